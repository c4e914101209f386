import type { SipPlan } from '@barnets-basta/core';
import { Fieldset, Textarea, TextInput, type DateParts } from '../../../form/index.ts';
import { roleLabel } from '../../shared/labels.ts';
import { usePlanSection, type PlanSectionProps } from '../../shared/plan-context.tsx';
import { withOptional } from '../../shared/plan-section-api.ts';
import { participantDisplayName } from '../../shared/plan-utils.ts';
import { Heading, SectionShell } from '../../shared/section-shell.tsx';
import { PlanDateInput } from '../../shared/plan-date-input.tsx';
import { unfinishedDate, withTypedDate } from '../../shared/plan-dates.ts';

/** Props of {@link SipAvslutning}. */
export type SipAvslutningProps = PlanSectionProps;

type FollowUp = NonNullable<SipPlan['followUp']>;
type Closing = NonNullable<SipPlan['closing']>;

const hasText = (s: string | undefined) => typeof s === 'string' && s.trim() !== '';

/**
 * Phase 5 of the meeting circle, Avslutning: when and how the plan is followed up, everyone's
 * contact details (from the participants, read-only here), and, when the time comes, the date the
 * plan was closed and why.
 *
 * @example
 * ```tsx
 * <SipAvslutning value={plan} onChange={setPlan} />
 * ```
 */
export function SipAvslutning(props: SipAvslutningProps) {
  const s = usePlanSection(props);
  const { plan, m, id, name, update, headingLevel, locale, errorFor } = s;
  const followUp = plan.followUp ?? {};
  const closing = plan.closing ?? {};

  // An empty follow-up or closing is left out of the data rather than kept as `{}`.
  const setPart = <K extends 'followUp' | 'closing'>(
    part: K,
    change: (current: NonNullable<SipPlan[K]>) => NonNullable<SipPlan[K]>,
  ) =>
    update((p) => {
      const next = change({ ...p[part] } as NonNullable<SipPlan[K]>);
      return Object.keys(next).length === 0
        ? withOptional(p, part, undefined)
        : { ...p, [part]: next };
    });
  const setFollowUp = (key: keyof FollowUp, value: string) =>
    setPart('followUp', (f) => withOptional(f, key, value));
  const setClosing = (key: keyof Closing, value: string) =>
    setPart('closing', (c) => withOptional(c, key, value));
  const setDate = (part: 'followUp' | 'closing', parts: DateParts) =>
    setPart(part, (holder) => withTypedDate(holder, 'date', parts));

  const contacts = plan.participants
    .map((p, index) => ({ p, index }))
    .filter(({ p }) => hasText(p.contact) || hasText(p.organisation));

  return (
    <SectionShell phase="avslutning" section={s}>
      <Fieldset
        id={id('followUp')}
        legend={m.followUpHeading}
        legendAs={`h${Math.min(headingLevel + 1, 6)}` as 'h3'}
        className="bb-plan-group"
      >
        <PlanDateInput
          s={s}
          path={['followUp', 'date']}
          legend={m.followUpDate}
          value={followUp.date}
          unfinished={unfinishedDate(followUp, 'date')}
          onParts={(parts) => setDate('followUp', parts)}
        />
        <TextInput
          id={id('followUp', 'form')}
          error={errorFor('followUp', 'form')}
          name={name('followUp', 'form')}
          label={m.followUpForm}
          hint={m.followUpFormHint}
          autoComplete="off"
          value={followUp.form ?? ''}
          onChange={(v) => setFollowUp('form', v)}
        />
      </Fieldset>

      <div className="bb-plan-group" id={id('contacts')}>
        <Heading level={headingLevel + 1} className="bb-plan-group__heading">
          {m.contactsHeading}
        </Heading>
        <p className="bb-hint">{m.contactsIntro}</p>
        {contacts.length === 0 ? (
          <p className="bb-plan-empty">{m.contactsEmpty}</p>
        ) : (
          <ul className="bb-plan-contacts">
            {contacts.map(({ p, index }) => (
              <li key={p.id}>
                <strong>{participantDisplayName(p, index, plan, m)}</strong>
                {p.roles?.length
                  ? ` (${p.roles.map((r) => roleLabel(r, m).toLocaleLowerCase(locale)).join(', ')})`
                  : ''}
                {hasText(p.organisation) ? `, ${p.organisation}` : ''}
                {hasText(p.contact) ? `: ${p.contact}` : ''}
              </li>
            ))}
          </ul>
        )}
      </div>

      <Fieldset
        id={id('closing')}
        legend={m.closingHeading}
        legendAs={`h${Math.min(headingLevel + 1, 6)}` as 'h3'}
        hint={m.closingHint}
        className="bb-plan-group"
      >
        <PlanDateInput
          s={s}
          path={['closing', 'date']}
          legend={m.closingDate}
          value={closing.date}
          unfinished={unfinishedDate(closing, 'date')}
          onParts={(parts) => setDate('closing', parts)}
        />
        <Textarea
          id={id('closing', 'reason')}
          error={errorFor('closing', 'reason')}
          name={name('closing', 'reason')}
          label={m.closingReason}
          rows={2}
          value={closing.reason ?? ''}
          onChange={(v) => setClosing('reason', v)}
        />
      </Fieldset>
    </SectionShell>
  );
}
