import { composeStories } from '@storybook/react-vite';
import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { expectNoAxeViolations } from '../../../../../testing/axe.ts';
import '../test-styles.ts';
import { filledPlan, PROTECTED_ADDRESS, PROTECTED_NAME } from '../test-fixtures.ts';
import * as stories from './family-plan.stories.tsx';

// The stories are the examples: each test renders the story of the state it checks (as GOV.UK
// drives its tests from one examples file), with args only where it needs other data.
const { Ifylld, Tom, SkyddadIdentitet, English } = composeStories(stories);

describe('FamilyPlan', () => {
  it('puts the child goals first, then who does what and when, the next meeting and contacts', async () => {
    const screen = await render(<Ifylld />);
    await expect
      .element(screen.getByRole('heading', { level: 2, name: 'Planen för Alva' }))
      .toBeVisible();
    const headings = screen
      .getByRole('heading', { level: 3 })
      .elements()
      .map((h) => h.textContent);
    expect(headings).toEqual([
      'Det här vill Alva',
      'Det här går bra',
      'Det här gör ni själva',
      'Vem gör vad och när',
      'Det här var ni inte överens om',
      'Vem håller ihop planen?',
      'Nästa gång ni ses',
      'Hit kan ni höra av er',
    ]);
    await expect
      .element(screen.getByText('Jag vill kunna gå till skolan tre dagar i veckan.'))
      .toBeVisible();

    const actions = screen.container.querySelectorAll('.bb-family-plan__action');
    expect(actions).toHaveLength(3);
    expect((actions[0] as HTMLElement).innerText.replace(/\s+/g, ' ').trim()).toBe(
      'Vad Samtal om oro och magont Vem BUP Växjö (regionen), Omar Haddad Hur ofta Varannan vecka När 10 mars–30 juni 2026 Vi kollar hur det går senast 15 maj 2026',
    );
    await expect
      .element(screen.getByText('Anna Berg på Socialtjänsten, Växjö kommun håller ihop planen.'))
      .toBeVisible();
    await expect
      .element(screen.getByText('Ni träffas igen den 20 maj 2026 för att se hur det går.'))
      .toBeVisible();

    // Plain words: none of the meeting's jargon, and never what the child did not want raised.
    const text = screen.container.textContent!;
    expect(text).not.toMatch(/huvudman|insats|samtycke|SoL|HSL/i);
    expect(text).not.toContain('lägret');
    await expectNoAxeViolations(screen.container);
  });

  it('says kindly when nothing is decided yet', async () => {
    const screen = await render(<Tom />);
    await expect.element(screen.getByRole('heading', { name: 'Planen för barnet' })).toBeVisible();
    await expect.element(screen.getByText('Inga mål är inskrivna än.')).toBeVisible();
    await expect.element(screen.getByText('Det är inte bestämt än när ni ses igen.')).toBeVisible();
    await expectNoAxeViolations(screen.container);
  });

  it('never shows the name or address of a child with protected identity', async () => {
    const screen = await render(<SkyddadIdentitet />);
    await expect.element(screen.getByRole('heading', { name: 'Planen för barnet' })).toBeVisible();
    expect(screen.container.textContent).not.toContain(PROTECTED_NAME);
    expect(screen.container.textContent).not.toContain(PROTECTED_ADDRESS);
    expect(screen.container.innerHTML).not.toContain(PROTECTED_NAME);
    // The name typed into free text becomes "barnet", so the sentence still reads.
    await expect.element(screen.getByText('Barnet skriver i en mående-dagbok.')).toBeVisible();
    await expectNoAxeViolations(screen.container);
  });

  it('keeps free text with markup as text', async () => {
    const plan = filledPlan();
    const markup = '<img src=x onerror="window.hacked=1">Jag vill <b>simma</b>';
    const screen = await render(
      <Ifylld value={{ ...plan, goals: [{ id: 'g', text: markup, term: 'short' }] }} />,
    );
    await expect.element(screen.getByText(markup)).toBeVisible();
    expect(screen.container.querySelector('img, b')).toBeNull();
  });

  it('reads in English', async () => {
    const screen = await render(<English />);
    await expect.element(screen.getByRole('heading', { name: 'The plan for Alva' })).toBeVisible();
    await expect
      .element(screen.getByRole('heading', { name: 'Who does what, and when' }))
      .toBeVisible();
    await expect
      .element(screen.getByText('You meet again on 20 May 2026 to see how it is going.'))
      .toBeVisible();
    await expectNoAxeViolations(screen.container);
  });
});
