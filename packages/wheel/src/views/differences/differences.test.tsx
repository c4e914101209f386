import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { expectNoAxeViolations } from '../../../../../testing/axe.ts';
import '../views.css';
import {
  build,
  child,
  fourPerspectives,
  guardian1,
  readings,
  school,
  twoPerspectives,
} from '../test-fixtures.ts';
import { WheelDifferences } from './differences.tsx';

const items = (container: HTMLElement) =>
  Array.from(container.querySelectorAll('ol > li')).map((li) => li.textContent);

describe('WheelDifferences', () => {
  it('lists the largest gaps between two perspectives first, in an ordered list (sv)', async () => {
    const screen = await render(<WheelDifferences series={twoPerspectives} />);
    await expect
      .element(screen.getByRole('heading', { level: 2, name: 'Olika svar att prata om' }))
      .toBeInTheDocument();
    await expect
      .element(screen.getByRole('region', { name: 'Olika svar att prata om' }))
      .toBeInTheDocument();
    const list = screen.getByRole('list');
    expect(list.element().tagName).toBe('OL');
    expect(items(screen.container)).toEqual([
      'Trygg: Barnet svarade 2 – Stämmer lite, Skolan (mentor) svarade 5 – Stämmer helt (skillnad 3)',
      'Delaktig: Barnet svarade 2 – Stämmer lite, Skolan (mentor) svarade 5 – Stämmer helt (skillnad 3)',
      'Omvårdad: Barnet svarade 5 – Stämmer helt, Skolan (mentor) svarade 4 – Stämmer bra (skillnad 1)',
      'Aktiv: Barnet svarade Vet inte, Skolan (mentor) svarade 3 – Stämmer ganska bra',
      'Ansvarstagande: Barnet svarade Vill inte svara, Skolan (mentor) svarade 4 – Stämmer bra',
    ]);
    await expect.element(screen.getByText('Samma svar: Må bra och Utvecklas.')).toBeInTheDocument();
    // The child's Respekterad answer is for the respondent only: left out, and it says so.
    expect(screen.container.textContent).not.toContain('Respekterad');
    await expect
      .element(screen.getByText('Svar som är dolda för dig finns inte med här.'))
      .toBeInTheDocument();
    await expectNoAxeViolations(screen.container);
  });

  it('says "Bara … svarade" for a one-sided answer, never a difference from zero (sv and en)', async () => {
    const a = build(
      'a',
      { kind: 'child' },
      { trygg: { kind: 'value', value: 2 }, aktiv: { kind: 'value', value: 4 } },
    );
    const b = build(
      'b',
      { kind: 'school' },
      { trygg: { kind: 'value', value: 3 }, 'ma-bra': { kind: 'value', value: 5 } },
    );
    const screen = await render(
      <WheelDifferences series={[{ assessment: a }, { assessment: b }]} />,
    );
    expect(items(screen.container)).toEqual([
      'Trygg: Barnet svarade 2 – Stämmer lite, Skolan svarade 3 – Stämmer ganska bra (skillnad 1)',
      'Må bra: Bara Skolan svarade, 5 – Stämmer helt',
      'Aktiv: Bara Barnet svarade, 4 – Stämmer bra',
    ]);
    await expectNoAxeViolations(screen.container);
  });

  it('says "Only … answered" in English', async () => {
    const a = build(
      'a',
      { kind: 'child' },
      { trygg: { kind: 'value', value: 2 }, aktiv: { kind: 'value', value: 4 } },
    );
    const b = build(
      'b',
      { kind: 'school' },
      { trygg: { kind: 'value', value: 3 }, 'ma-bra': { kind: 'value', value: 5 } },
    );
    const en = await render(
      <WheelDifferences series={[{ assessment: a }, { assessment: b }]} locale="en" />,
    );
    expect(items(en.container)).toEqual([
      'Safe: Child answered 2 – A little true, School answered 3 – Quite true (difference 1)',
      'Healthy: Only School answered, 5 – Completely true',
      'Active: Only Child answered, 4 – True',
    ]);
    await expectNoAxeViolations(en.container);
  });

  it('spreads three or more perspectives and names every answer', async () => {
    const screen = await render(
      <WheelDifferences series={fourPerspectives} viewer="contact-person" headingLevel={3} />,
    );
    await expect
      .element(screen.getByRole('heading', { level: 3 }))
      .toHaveTextContent('Olika svar att prata om');
    const list = items(screen.container);
    expect(list[0]).toBe(
      'Trygg: Barnet svarade 2 – Stämmer lite, Vårdnadshavare 1 svarade 3 – Stämmer ganska bra, Vårdnadshavare 2 svarade 4 – Stämmer bra och Skolan (mentor) svarade 5 – Stämmer helt (skillnad 3)',
    );
    expect(list[1]).toMatch(/^Delaktig: .*\(skillnad 3\)$/);
    // Largest first: the numbers never grow down the list.
    const gaps = list.map((t) => Number(/\(skillnad (\d+)\)$/.exec(t ?? '')?.[1] ?? 0));
    const numbered = gaps.filter((g) => g > 0);
    expect(numbered).toEqual([...numbered].sort((x, y) => y - x));
    // Ansvarstagande: one value, one "Vill inte svara", two unanswered.
    expect(list).toContain(
      'Ansvarstagande: Barnet svarade Vill inte svara, Vårdnadshavare 1 svarade 3 – Stämmer ganska bra och Skolan (mentor) svarade 4 – Stämmer bra (skillnad 1)',
    );
    await expectNoAxeViolations(screen.container);
  });

  it('shows a guardian no area where an answer is kept from the meeting', async () => {
    const screen = await render(<WheelDifferences series={fourPerspectives} viewer="guardian" />);
    await expect
      .element(screen.getByText('Svar som är dolda för dig finns inte med här.'))
      .toBeInTheDocument();
    const list = items(screen.container);
    expect(list.length).toBeGreaterThan(0);
    // Omvårdad: a guardian's answer for the contact person; Respekterad: the child's "Bara jag".
    expect(list.filter((t) => /^(Omvårdad|Respekterad):/.test(t ?? ''))).toEqual([]);
    const contact = await render(
      <WheelDifferences series={fourPerspectives} viewer="contact-person" />,
    );
    expect(items(contact.container).some((t) => t?.startsWith('Omvårdad:'))).toBe(true);
    await expectNoAxeViolations(screen.container);
  });

  it('compares the first and the latest reading, whatever order they come in', async () => {
    const screen = await render(<WheelDifferences series={readings} seriesKind="readings" />);
    await expect
      .element(screen.getByRole('heading', { name: 'Förändring över tid' }))
      .toBeInTheDocument();
    await expect
      .element(
        screen.getByText(
          'Jämför Mätning 6 okt. 2025 med Mätning 20 apr. 2026. Störst förändring står först.',
        ),
      )
      .toBeInTheDocument();
    expect(items(screen.container)).toEqual([
      'Trygg: först 1 – Stämmer inte alls, senast 4 – Stämmer bra (förändring +3)',
      'Utvecklas: först 2 – Stämmer lite, senast 3 – Stämmer ganska bra (förändring +1)',
      'Delaktig: först 1 – Stämmer inte alls, senast 2 – Stämmer lite (förändring +1)',
      'Aktiv: först 2 – Stämmer lite, senast Vet inte',
      'Ansvarstagande: svar bara senaste gången, 3 – Stämmer ganska bra',
    ]);
    await expect
      .element(screen.getByText('Ingen förändring: Må bra, Omvårdad och Respekterad.'))
      .toBeInTheDocument();
    await expectNoAxeViolations(screen.container);
  });

  it('speaks English for readings, with a signed change', async () => {
    const screen = await render(
      <WheelDifferences
        series={[{ assessment: readings[0]!.assessment }, { assessment: readings[1]!.assessment }]}
        seriesKind="readings"
        locale="en"
      />,
    );
    expect(items(screen.container)[0]).toBe(
      'Safe: first 1 – Not at all true, latest 4 – True (change +3)',
    );
    await expectNoAxeViolations(screen.container);
  });

  it('says there is nothing to compare with fewer than two series or no answers', async () => {
    const screen = await render(<WheelDifferences series={[{ assessment: child }]} />);
    await expect.element(screen.getByText('Det finns inget att jämföra ännu.')).toBeInTheDocument();
    expect(screen.container.querySelector('ol')).toBeNull();
    await expectNoAxeViolations(screen.container);
  });

  it('says there is nothing to compare when nobody answered', async () => {
    const empty = build('e1', { kind: 'child' }, {});
    const empty2 = build('e2', { kind: 'school' }, {});
    const none = await render(
      <WheelDifferences series={[{ assessment: empty }, { assessment: empty2 }]} locale="en" />,
    );
    await expect.element(none.getByText('There is nothing to compare yet.')).toBeInTheDocument();
  });

  it('says so when everyone answered alike', async () => {
    const screen = await render(
      <WheelDifferences
        series={[
          { assessment: guardian1 },
          { assessment: { ...guardian1, id: 'copy', perspective: { kind: 'school' } } },
        ]}
      />,
    );
    await expect
      .element(screen.getByText('Alla som svarat har svarat likadant.'))
      .toBeInTheDocument();
    expect(screen.container.querySelector('ol')).toBeNull();
  });

  it('keeps labels with markup as text and honours a limit', async () => {
    const screen = await render(
      <WheelDifferences
        series={[{ assessment: child, label: '<b>Kim</b>' }, { assessment: school }]}
        limit={1}
        heading="Att prata om"
      />,
    );
    expect(items(screen.container)).toEqual([
      'Trygg: <b>Kim</b> svarade 2 – Stämmer lite, Skolan (mentor) svarade 5 – Stämmer helt (skillnad 3)',
    ]);
    expect(screen.container.querySelector('li b')).toBeNull();
    await expect.element(screen.getByRole('heading', { name: 'Att prata om' })).toBeInTheDocument();
  });

  it('uses calm styling: no red in the list', async () => {
    const screen = await render(<WheelDifferences series={twoPerspectives} />);
    expect(screen.container.querySelectorAll('li').length).toBeGreaterThan(0);
    for (const li of Array.from(screen.container.querySelectorAll('li'))) {
      const style = getComputedStyle(li);
      for (const colour of [style.color, style.borderInlineStartColor, style.backgroundColor]) {
        const [r = 0, g = 0, b = 0] = (colour.match(/\d+/g) ?? []).map(Number);
        expect(r > 150 && g < 100 && b < 100).toBe(false);
      }
    }
  });

  it('leaves out a series that fails validation and says why', async () => {
    const broken = { ...school, scale: 'agree-5', areas: { trygg: { answer: { kind: 'maybe' } } } };
    const screen = await render(
      <WheelDifferences series={[{ assessment: child }, { assessment: broken as never }]} />,
    );
    await expect
      .element(screen.getByText('Svaren från Skolan (mentor) kunde inte visas:'))
      .toBeInTheDocument();
    await expect.element(screen.getByText(/^areas\.trygg\.answer/)).toBeInTheDocument();
    await expect.element(screen.getByText('Det finns inget att jämföra ännu.')).toBeInTheDocument();
    await expectNoAxeViolations(screen.container);
  });
});
