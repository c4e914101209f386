import type { SipPlan } from '@barnets-basta/core';
import { DateInput, Fieldset, Textarea, TextInput } from '../../../form/index.ts';
import { roleLabel } from '../../shared/labels.ts';
import { usePlanSection, type PlanSectionProps } from '../../shared/plan-context.tsx';
import { withOptional } from '../../shared/plan-section-api.ts';
import { participantDisplayName } from '../../shared/plan-utils.ts';
import { Heading, SectionShell } from '../../shared/section-shell.tsx';

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
  const { plan, m, id, name, update, headingLevel, locale } = s;
  const followUp = plan.followUp ?? {};
  const closing = plan.closing ?? {};

  const setFollowUp = (key: keyof FollowUp, value: string) =>
    update((p) => {
      const next = withOptional({ ...p.followUp }, key, value);
      return Object.keys(next).length === 0
        ? withOptional(p, 'followUp', undefined)
        : { ...p, followUp: next };
    });
  const setClosing = (key: keyof Closing, value: string) =>
    update((p) => {
      const next = withOptional({ ...p.closing }, key, value);
      return Object.keys(next).length === 0
        ? withOptional(p, 'closing', undefined)
        : { ...p, closing: next };
    });

  const contacts = plan.participants
    .map((p, index) => ({ p, index }))
    .filter(({ p }) => hasText(p.contact) || hasText(p.organisation));

  return (
    <SectionShell
      phase="avslutning"
      headingId={id('phase', 'avslutning')}
      headingLevel={headingLevel}
      locale={locale}
      m={m}
      formMessages={s.formMessages}
      issues={s.issues}
      liveRegion={s.liveRegion}
    >
      <Fieldset
        id={id('followUp')}
        legend={m.followUpHeading}
        legendAs={`h${Math.min(headingLevel + 1, 6)}` as 'h3'}
        className="bb-plan-group"
      >
        <DateInput
          id={id('followUp', 'date')}
          name={name('followUp', 'date')}
          legend={m.followUpDate}
          value={followUp.date ?? ''}
          onChange={(iso) => setFollowUp('date', iso)}
        />
        <TextInput
          id={id('followUp', 'form')}
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
        <DateInput
          id={id('closing', 'date')}
          name={name('closing', 'date')}
          legend={m.closingDate}
          value={closing.date ?? ''}
          onChange={(iso) => setClosing('date', iso)}
        />
        <Textarea
          id={id('closing', 'reason')}
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
