import { useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { exportDocument, type SipPlan } from '@barnets-basta/core';
import { parseSipPlan } from '@barnets-basta/core/sip';
import { expectNoAxeViolations } from '../../../../../testing/axe.ts';
import { memoryStorageAdapter, useDraft, type DraftStorage } from '../../draft/index.ts';
import { SipAvslutning } from '../sections/avslutning/sip-avslutning.tsx';
import { SipPlanForm } from '../sip-plan-form/sip-plan-form.tsx';
import '../test-styles.ts';
import { filledPlan } from '../test-fixtures.ts';
import { byId, expectFocusOn, PlanHost, tabTo, typeDate } from '../test-utils.tsx';

/** An e-service page: the plan kept as a draft in `storage`, as the README shows. */
function DraftPage({
  storage,
  onPlan,
}: {
  storage: DraftStorage;
  onPlan?: (plan: SipPlan) => void;
}) {
  const draft = useDraft({
    key: 'plan',
    storage,
    initial: filledPlan,
    parse: (data) => parseSipPlan(data),
    serialize: exportDocument,
    debounceMs: 0,
  });
  return (
    <form aria-label="SIP" onSubmit={(event) => event.preventDefault()}>
      <SipPlanForm
        value={draft.value}
        onChange={(next) => {
          draft.setValue(next);
          onPlan?.(next);
        }}
      />
    </form>
  );
}

const meetingDate = () => document.getElementById('sip-meetingDate')!;
const part = (name: 'day' | 'month' | 'year') => byId<HTMLInputElement>(`sip-meetingDate-${name}`);
const formData = () =>
  Object.fromEntries(new FormData(document.querySelector('form')!).entries()) as Record<
    string,
    string
  >;

const KEPT =
  'Datumet finns inte. Kontrollera året. Skriv året med fyra siffror. ' +
  'Planen har kvar det tidigare datumet, 3 mars 2026, tills du rättar det.';

describe('a date in the plan that is not a real date', () => {
  // The shared setup does not await its cleanup: wait until the previous test's form has gone, so
  // ids and the Tab order are this test's alone.
  beforeEach(async () => {
    await expect.poll(() => document.querySelectorAll('form').length).toBe(0);
  });

  it('shows why, keeps the typed parts and the earlier date, and survives a draft reload', async () => {
    const storage = memoryStorageAdapter();
    let latest: SipPlan | undefined;
    const first = await render(<DraftPage storage={storage} onPlan={(p) => (latest = p)} />);
    const group = first.getByRole('group', { name: 'Datum för mötet' });
    await expect.element(part('year')).toHaveValue('2026');

    await tabTo(part('year'));
    await userEvent.keyboard('{Control>}a{/Control}26');
    // No message while the date is still being typed.
    await expect.element(part('year')).not.toHaveAttribute('aria-invalid');
    await expect.element(group).not.toHaveAccessibleDescription(/Fel/);

    // Leaving the date: the message at the field, and in the live region.
    await userEvent.keyboard('{Tab}');
    await expect.element(group).toHaveAccessibleDescription(`Fel: ${KEPT}`);
    await expect.element(part('year')).toHaveAttribute('aria-invalid', 'true');
    await expect.element(part('day')).not.toHaveAttribute('aria-invalid');
    await expect
      .element(first.getByRole('status').filter({ hasText: `Datum för mötet: ${KEPT}` }))
      .toBeInTheDocument();
    expect([part('day').value, part('month').value, part('year').value]).toEqual(['3', '3', '26']);

    // The data: the earlier date kept, what was typed beside it, and still a valid plan.
    expect(latest!.meetingDate).toBe('2026-03-03');
    expect(latest!.unfinishedDates).toEqual({ meetingDate: { day: '3', month: '3', year: '26' } });
    expect(parseSipPlan(latest).ok).toBe(true);
    // A plain form submission gets the parts as typed and no ISO date.
    expect(formData()).toMatchObject({
      'sip.meetingDate-day': '3',
      'sip.meetingDate-month': '3',
      'sip.meetingDate-year': '26',
      'sip.meetingDate': '',
    });
    // The draft holds what was typed.
    await expect
      .poll(() => JSON.parse(storage.entries().plan ?? '{}').unfinishedDates)
      .toEqual({ meetingDate: { day: '3', month: '3', year: '26' } });
    await expectNoAxeViolations(first.container);
    await first.unmount();

    // After a reload: the parts as typed, and the message at once.
    const second = await render(<DraftPage storage={storage} />);
    await expect
      .element(second.getByRole('group', { name: 'Datum för mötet' }))
      .toHaveAccessibleDescription(`Fel: ${KEPT}`);
    expect([part('day').value, part('month').value, part('year').value]).toEqual(['3', '3', '26']);
    expect(meetingDate().querySelector('input[type="hidden"]')).toHaveProperty('value', '');
    await expectNoAxeViolations(second.container);

    // Correcting it stores the new date; the message and the kept parts go.
    await tabTo(part('year'));
    await userEvent.keyboard('{Control>}a{/Control}2027{Tab}');
    await expect
      .element(second.getByRole('group', { name: 'Datum för mötet' }))
      .not.toHaveAccessibleDescription(/Fel/);
    await expect
      .poll(() => JSON.parse(storage.entries().plan ?? '{}'))
      .toMatchObject({ meetingDate: '2027-03-03' });
    expect(JSON.parse(storage.entries().plan!).unfinishedDates).toBeUndefined();
  });

  it('31 2 2026 is listed when the plan is marked complete, linked to the day, until it is fixed', async () => {
    const onComplete = vi.fn();
    let latest: SipPlan | undefined;
    const screen = await render(
      <PlanHost
        initial={filledPlan()}
        mode="meeting"
        defaultPhase="behov"
        onComplete={onComplete}
        onPlan={(p) => (latest = p)}
      />,
    );
    await typeDate('sip-actions-1-end', '31', '2', '2026');
    expect(latest!.actions[1]!.end).toBeUndefined();
    expect(latest!.actions[1]!.unfinishedDates).toEqual({
      end: { day: '31', month: '2', year: '2026' },
    });

    await screen.getByRole('button', { name: 'Markera planen som klar' }).click();
    expect(onComplete).not.toHaveBeenCalled();
    const summary = screen.getByRole('region', { name: 'Det här saknas i planen' });
    await expect.poll(() => document.activeElement).toBe(summary.element());
    const link = summary.getByRole('link', {
      name: 'Insats 2, slutar: Datumet finns inte. Kontrollera dagen.',
    });
    await expect.element(link).toHaveAttribute('href', '#sip-actions-1-end-day');
    // The field says the same, and marks only the day.
    await expect
      .element(screen.getByRole('group', { name: 'Slutar' }).nth(1))
      .toHaveAccessibleDescription('Fel: Datumet finns inte. Kontrollera dagen.');
    await expect.element(byId('sip-actions-1-end-day')).toHaveAttribute('aria-invalid', 'true');
    await expect.element(byId('sip-actions-1-end-month')).not.toHaveAttribute('aria-invalid');
    await expectNoAxeViolations(screen.container);

    // From the summary to the day by keyboard, and fix it there.
    await userEvent.keyboard('{Tab}');
    await userEvent.keyboard('{Enter}');
    await expectFocusOn('sip-actions-1-end-day');
    await userEvent.keyboard('{Control>}a{/Control}28');
    await expect.element(summary).not.toBeInTheDocument();
    expect(latest!.actions[1]!.end).toBe('2026-02-28');
    expect(latest!.actions[1]!.unfinishedDates).toBeUndefined();

    await screen.getByRole('button', { name: 'Markera planen som klar' }).click();
    expect(onComplete).toHaveBeenCalledWith(latest);
  });

  it('speaks English, also in a section used on its own', async () => {
    function Section() {
      const [plan, setPlan] = useState(filledPlan);
      return (
        <form aria-label="SIP">
          <SipAvslutning value={plan} onChange={setPlan} locale="en" />
        </form>
      );
    }
    const screen = await render(<Section />);
    const date = screen.getByRole('group', { name: 'When will you follow up the plan?' });
    await date.getByRole('textbox', { name: 'Month' }).click();
    // Month emptied, then on past the year and out of the date.
    await userEvent.keyboard('{Control>}a{/Control}{Backspace}{Tab}{Tab}');
    await expect
      .element(date)
      .toHaveAccessibleDescription(
        'Error: The date is missing the month. The plan keeps the earlier date, 20 May 2026, until you correct it.',
      );
    // The section's own live region says it too.
    await expect
      .element(screen.getByRole('status'))
      .toHaveTextContent(/^When will you follow up the plan\?: The date is missing the month\./);
    await expectNoAxeViolations(screen.container);
  });
});
