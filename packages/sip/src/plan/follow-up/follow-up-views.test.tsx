import { afterEach, describe, expect, it } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { finishFollowUp } from '@barnets-basta/core/sip';
import { expectNoAxeViolations } from '../../../../../testing/axe.ts';
import '../test-styles.ts';
import { PROTECTED_ADDRESS, PROTECTED_NAME } from '../test-fixtures.ts';
import { FamilyFollowUp, PlanHistory } from './follow-up-views.tsx';
import { dueForFollowUp, followUpHeld, planClosed, protectedFollowUp } from './test-fixtures.ts';

const LONG = { timeout: 10_000 };

async function emulatePrint(on: boolean) {
  await cdp().send('Emulation.setEmulatedMedia', { media: on ? 'print' : '' });
}
afterEach(() => emulatePrint(false));

describe('PlanHistory', () => {
  it('shows the plan as it was at an earlier meeting, and what changed since', async () => {
    const screen = await render(<PlanHistory value={followUpHeld()} />);
    await expect
      .element(screen.getByRole('heading', { name: 'Planens historik' }), LONG)
      .toBeVisible();
    await expect
      .element(screen.getByRole('heading', { name: 'Första mötet 3 mars 2026' }))
      .toBeVisible();
    await expect
      .element(
        screen.getByRole('listitem').filter({ hasText: 'Nytt: Jag vill orka hela skoldagar.' }),
      )
      .toBeVisible();
    await expect
      .element(screen.getByText('Nästa uppföljning: 20 maj 2026 → 15 september 2026'))
      .toBeVisible();
    await expectNoAxeViolations(screen.container);
    // Pick the follow-up: nothing has changed since it.
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Visa planen som den var' }),
      'Uppföljning 20 maj 2026',
    );
    await expect
      .element(screen.getByText('Inget av målen eller insatserna har ändrats sedan dess.'))
      .toBeVisible();
  });

  it('says when there is no history yet', async () => {
    const screen = await render(<PlanHistory value={dueForFollowUp()} locale="en" />);
    await expect.element(screen.getByText(/The plan has no history yet/), LONG).toBeVisible();
  });
});

describe('FamilyFollowUp', () => {
  it('tells the family what happened, in plain words, with the child’s own words and the next date', async () => {
    const screen = await render(<FamilyFollowUp value={followUpHeld()} printButton />);
    await expect
      .element(screen.getByRole('heading', { name: 'Det här har hänt sedan sist' }), LONG)
      .toBeVisible();
    await expect.element(screen.getByText('Barnet säger: ”Jag har Sara.”')).toBeVisible();
    await expect.element(screen.getByText('Vi ses igen 15 september 2026.')).toBeVisible();
    await expect.element(screen.getByRole('heading', { name: 'Hjulet då och nu' })).toBeVisible();
    await expectNoAxeViolations(screen.container);
  });

  it('prints in greyscale without the print button', async () => {
    const screen = await render(<FamilyFollowUp value={followUpHeld()} printButton />);
    const button = screen.getByRole('button', { name: 'Skriv ut' });
    await expect.element(button, LONG).toBeVisible();
    const el = button.element();
    await emulatePrint(true);
    expect(getComputedStyle(el).display).toBe('none');
    const article = screen.container.querySelector('.bb-family-follow-up')!;
    expect(getComputedStyle(article).color).toBe('rgb(0, 0, 0)');
    const pictures = [...article.querySelectorAll('svg')];
    expect(pictures.length).toBeGreaterThan(0);
    for (const svg of pictures) expect(getComputedStyle(svg).filter).toBe('grayscale(1)');
  });

  it('a closed plan says so, with the reason', async () => {
    const screen = await render(<FamilyFollowUp value={planClosed()} />);
    await expect.element(screen.getByText(/Planen är avslutad\. Alva går/), LONG).toBeVisible();
  });

  it('protected identity: never the name or address, on screen or in print', async () => {
    const plan = finishFollowUp(protectedFollowUp(), 'continue', {
      now: new Date('2026-05-20T10:00:00Z'),
    });
    const screen = await render(<FamilyFollowUp value={plan} />);
    await expect
      .element(screen.getByRole('heading', { name: 'Det här har hänt sedan sist' }), LONG)
      .toBeVisible();
    await emulatePrint(true);
    expect(screen.container.innerHTML).not.toContain(PROTECTED_NAME);
    expect(screen.container.innerHTML).not.toContain(PROTECTED_ADDRESS);
  });
});
