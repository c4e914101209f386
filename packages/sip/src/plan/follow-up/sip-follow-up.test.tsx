import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import type { SipPlan } from '@barnets-basta/core';
import { parseSipPlan, sipFidelityFacts } from '@barnets-basta/core/sip';
import { expectNoAxeViolations } from '../../../../../testing/axe.ts';
import '../test-styles.ts';
import { tabTo } from '../test-utils.tsx';
import { SipFollowUp, type SipFollowUpProps } from './sip-follow-up.tsx';
import {
  dueForFollowUp,
  FOLLOW_UP_NOW,
  followUpFilled,
  planClosed,
  protectedFollowUp,
} from './test-fixtures.ts';
import { PROTECTED_NAME } from '../test-fixtures.ts';

const LONG = { timeout: 10_000 };

function Host({
  initial,
  onPlan,
  ...props
}: { initial: SipPlan; onPlan?: (plan: SipPlan) => void } & Omit<
  SipFollowUpProps,
  'value' | 'onChange'
>) {
  const [plan, setPlan] = useState(initial);
  return (
    <form aria-label="SIP" onSubmit={(event) => event.preventDefault()}>
      <SipFollowUp
        now={() => FOLLOW_UP_NOW}
        {...props}
        value={plan}
        onChange={(next) => {
          setPlan(next);
          onPlan?.(next);
        }}
      />
    </form>
  );
}

describe('SipFollowUp', () => {
  it('walks a whole follow-up by keyboard: start, who is here, actions, goals, next date, end', async () => {
    const seen: SipPlan[] = [];
    const last = () => seen.at(-1)!;
    const screen = await render(<Host initial={dueForFollowUp()} onPlan={(p) => seen.push(p)} />);
    const start = screen.getByRole('button', { name: 'Börja uppföljningsmötet' });
    await expect.element(start, LONG).toBeVisible();
    await expectNoAxeViolations(screen.container);
    await tabTo(start.element());
    await userEvent.keyboard('{Enter}');
    expect(last().revisions).toHaveLength(1);
    expect(last().updatedAt).toBe(FOLLOW_UP_NOW.toISOString());

    // 1 Who is here
    await expect
      .element(screen.getByRole('button', { name: '1 Vilka är här' }), LONG)
      .toHaveAttribute('aria-current', 'step');
    const mum = screen.getByRole('checkbox', { name: 'Sara Lind' });
    await tabTo(mum.element());
    await userEvent.keyboard(' ');
    expect(last().followUps![0]!.present).toEqual(['p-mum']);
    await expectNoAxeViolations(screen.container);

    // 2 What has happened
    await userEvent.click(screen.getByRole('button', { name: 'Nästa: Vad har hänt' }));
    await expect.element(screen.getByRole('heading', { name: 'Vad har hänt' })).toHaveFocus();
    const done = screen
      .getByRole('group', { name: 'Vad har hänt med insatsen?' })
      .nth(1)
      .getByRole('radio', { name: 'Klar' });
    await tabTo(done.element());
    await userEvent.keyboard(' ');
    await userEvent.keyboard('{Tab}');
    await userEvent.keyboard('Klart i april');
    const report = last().followUps![0]!.actions.find((a) => a.actionId === 'act-2')!;
    expect(report).toEqual({ actionId: 'act-2', status: 'done', outcome: 'Klart i april' });
    await expectNoAxeViolations(screen.container);

    // 4 Goals, in the child's own words
    await userEvent.click(screen.getByRole('button', { name: '4 Målen' }));
    const words = screen.getByRole('textbox', { name: /Med barnets egna ord/ }).first();
    await tabTo(words.element());
    await userEvent.keyboard('Nästan varje dag');
    expect(last().followUps![0]!.goals[0]).toEqual({
      goalId: 'g-1',
      childWords: 'Nästan varje dag',
    });
    await expectNoAxeViolations(screen.container);

    // 6 Next: ending without a choice says what is missing; then "follow up again".
    await userEvent.click(screen.getByRole('button', { name: '6 Hur går vi vidare' }));
    const end = screen.getByRole('button', { name: 'Avsluta uppföljningsmötet' });
    await userEvent.click(end);
    await expect
      .element(screen.getByText('Välj om ni följer upp igen eller om planen avslutas.'))
      .toBeVisible();
    await userEvent.click(screen.getByRole('radio', { name: /Vi följer upp igen/ }));
    await userEvent.click(end);
    // The planned date was today's: a next date is needed before the plan can go on.
    await expect
      .element(screen.getByText('Skriv datum för nästa uppföljning ovan.').first())
      .toBeVisible();
    const when = screen.getByRole('group', { name: 'När följer ni upp planen?' });
    await userEvent.fill(when.getByRole('textbox', { name: 'Dag' }), '15');
    await userEvent.fill(when.getByRole('textbox', { name: 'Månad' }), '9');
    await userEvent.fill(when.getByRole('textbox', { name: 'År' }), '2026');
    expect(last().followUp?.date).toBe('2026-09-15');
    await userEvent.click(end);
    await expect
      .element(screen.getByRole('status').filter({ hasText: 'avslutat' }))
      .toHaveTextContent('Uppföljningsmötet är avslutat och sparat i historiken.');
    await expectNoAxeViolations(screen.container);
    expect(last().followUps![0]!.outcome).toBe('continue');
    expect(last().revisions).toHaveLength(2);
    expect(parseSipPlan(last()).ok).toBe(true);
    expect(sipFidelityFacts(last())).toMatchObject({
      followUpDue: '2026-05-20',
      followUpHeld: '2026-05-20',
    });
  });

  it('the new wheel is compared with the one the plan started from, and passes axe', async () => {
    const screen = await render(<Host initial={followUpFilled()} phase="wheel" />);
    await expect
      .element(screen.getByRole('heading', { name: 'Hjulet då och nu: Barnet' }), LONG)
      .toBeVisible();
    await expect
      .element(screen.getByRole('heading', { name: 'Förändring över tid' }))
      .toBeVisible();
    await expect
      .element(screen.getByRole('button', { name: 'Fyll i ett nytt hjul: Mamma' }))
      .toBeVisible();
    await expectNoAxeViolations(screen.container);
  });

  it('a closed plan says so, with its reason', async () => {
    const screen = await render(<Host initial={planClosed()} />);
    await expect
      .element(screen.getByRole('heading', { name: 'Planen är avslutad' }), LONG)
      .toBeVisible();
    await expect.element(screen.getByText(/Alva går till skolan igen/)).toBeVisible();
    await expectNoAxeViolations(screen.container);
  });

  it('protected identity: the child is never named, in any phase', async () => {
    const screen = await render(<Host initial={protectedFollowUp()} />);
    await expect
      .element(screen.getByRole('button', { name: '1 Vilka är här' }), LONG)
      .toBeVisible();
    for (const name of ['1 Vilka är här', '2 Vad har hänt', '3 Hur är det nu', '4 Målen']) {
      await userEvent.click(screen.getByRole('button', { name }));
      expect(screen.container.textContent).not.toContain(PROTECTED_NAME);
    }
  });

  it('English', async () => {
    const screen = await render(<Host initial={dueForFollowUp()} locale="en" />);
    await expect
      .element(screen.getByRole('button', { name: 'Start the follow-up meeting' }), LONG)
      .toBeVisible();
    void page;
  });
});
