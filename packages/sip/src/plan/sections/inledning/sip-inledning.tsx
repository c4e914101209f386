import type { ChildParticipation, ConsentPolicy } from '@barnets-basta/core';
import { Radios, Textarea, TextInput } from '../../../form/index.ts';
import { PARTICIPATION, participationLabel } from '../../shared/labels.ts';
import { usePlanSection, type PlanSectionProps } from '../../shared/plan-context.tsx';
import { isProtected, orUndefined } from '../../shared/plan-utils.ts';
import { SectionShell } from '../../shared/section-shell.tsx';
import { PlanDateInput } from '../../shared/plan-date-input.tsx';
import { unfinishedDate, withTypedDate } from '../../shared/plan-dates.ts';
import { withOptional } from '../../shared/plan-section-api.ts';
import { ConsentsEditor } from './consents-editor.tsx';
import { ParticipantsEditor } from './participants-editor.tsx';

/** Props of {@link SipInledning}. */
export interface SipInledningProps extends PlanSectionProps {
  /**
   * The region's consent policy (DOMAIN.md: regions differ). Default `'guardians-must-consent'`:
   * a consent the child gave needs the guardians' consent too, and the consent editor says so at
   * "Vem ger samtycket?". `'child-may-consent-alone'` lets a mature child consent alone.
   */
  consentPolicy?: ConsentPolicy;
}

/**
 * Phase 1 of the meeting circle, Inledning: the meeting date, the child's reference, the
 * participants and their roles, consent records (given by, to which organisations, which
 * information, valid until, oral or written, withdraw), the purpose and questions of the meeting,
 * how the child takes part and what the child does not want raised.
 *
 * Controlled: pass the plan as `value` and store what `onChange` gives. Every field's id derives
 * from its path in the plan (`sip-participants-0-name`), so an error summary can link to it.
 *
 * @example
 * ```tsx
 * const [plan, setPlan] = useState(() => createSipPlan({ pack: defaultPack }));
 * <form><SipInledning value={plan} onChange={setPlan} consentPolicy="child-may-consent-alone" /></form>
 * ```
 */
export function SipInledning(props: SipInledningProps) {
  const s = usePlanSection(props);
  const { plan, m, id, name, update, errorFor } = s;

  return (
    <SectionShell phase="inledning" section={s}>
      <PlanDateInput
        s={s}
        path={['meetingDate']}
        legend={m.meetingDateLegend}
        value={plan.meetingDate}
        unfinished={unfinishedDate(plan, 'meetingDate')}
        onParts={(parts) => update((p) => withTypedDate(p, 'meetingDate', parts))}
      />
      <div className="bb-plan-group">
        <TextInput
          id={id('child', 'reference')}
          error={errorFor('child', 'reference')}
          name={name('child', 'reference')}
          label={m.childReferenceLabel}
          hint={m.childReferenceHint}
          width="20"
          autoComplete="off"
          value={plan.child?.reference ?? ''}
          onChange={(v) =>
            update((p) => {
              const child = { ...p.child, reference: orUndefined(v) };
              if (child.reference === undefined) delete child.reference;
              return { ...p, child };
            })
          }
        />
        {isProtected(plan) ? (
          <p className="bb-plan-notice" data-kind="protected">
            {m.childProtectedNotice}
          </p>
        ) : null}
      </div>

      <ParticipantsEditor s={s} />
      <ConsentsEditor s={s} policy={props.consentPolicy ?? 'guardians-must-consent'} />

      <div className="bb-plan-group">
        <Textarea
          id={id('purpose')}
          error={errorFor('purpose')}
          name={name('purpose')}
          label={m.purposeLabel}
          hint={m.purposeHint}
          rows={3}
          value={plan.purpose ?? ''}
          onChange={(v) => update((p) => withOptional(p, 'purpose', v))}
        />
        <Textarea
          id={id('questions')}
          error={errorFor('questions')}
          name={name('questions')}
          label={m.questionsLabel}
          rows={3}
          value={plan.questions ?? ''}
          onChange={(v) => update((p) => withOptional(p, 'questions', v))}
        />
        <Radios
          id={id('childParticipation')}
          error={errorFor('childParticipation')}
          name={name('childParticipation')}
          legend={m.childParticipationLegend}
          options={PARTICIPATION.map((value) => ({ value, label: participationLabel(value, m) }))}
          value={plan.childParticipation ?? ''}
          onChange={(v) => update((p) => ({ ...p, childParticipation: v as ChildParticipation }))}
        />
        <Textarea
          id={id('notToRaise', 'text')}
          error={errorFor('notToRaise', 'text')}
          name={name('notToRaise', 'text')}
          label={m.notToRaiseLabel}
          hint={m.notToRaiseHint}
          rows={3}
          value={plan.notToRaise?.text ?? ''}
          onChange={(v) =>
            update((p) => {
              const next = { ...p };
              if (v === '') delete next.notToRaise;
              else next.notToRaise = { ...p.notToRaise, text: v };
              return next;
            })
          }
        />
      </div>
    </SectionShell>
  );
}
