import {
  Checkboxes,
  DateInput,
  ErrorSummary,
  Radios,
  Textarea,
  useErrorSummary,
  type ErrorSummaryItem,
} from '@barnets-basta/sip';
import { useEffect, useState, type FormEvent } from 'react';
import { StepNav } from '../../../components/step-nav.tsx';
import { useRelocalisedErrors } from '../../../components/use-relocalised-errors.ts';
import { useI18n } from '../../../i18n/index.tsx';
import {
  length,
  LIMITS,
  SIP_PRINCIPALS,
  type AbsenceDraft,
  type SipPrincipalChoice,
} from '../../../state/absence.ts';
import type { StepProps } from '../step-props.ts';

const IDS = {
  outcome: 'decision-outcome',
  schoolSupport: 'decision-school-support',
  followUp: 'decision-follow-up',
  principals: 'decision-principals',
  sipReason: 'decision-sip-reason',
};

/**
 * Step 7: the school handles it, or other principals are needed and a SIP is proposed (which
 * carries the wheels into the SIP meeting). Completing the step completes the investigation.
 */
export function DecisionStep({ draft, update, next, back, setHasErrors }: StepProps) {
  const { m, f } = useI18n();
  const summary = useErrorSummary();
  const decision = draft.decision;
  // The date input reports '' for a date that is typed but not real; remember that to say so.
  const [followUpTyped, setFollowUpTyped] = useState(false);
  useEffect(() => setHasErrors(summary.errors.length > 0), [setHasErrors, summary.errors.length]);

  const set = (patch: Partial<AbsenceDraft['decision']>) =>
    update((d) => ({ ...d, decision: { ...d.decision, ...patch } }));

  const validate = (): ErrorSummaryItem[] => {
    const errors: ErrorSummaryItem[] = [];
    if (!decision.outcome) errors.push({ targetId: IDS.outcome, text: m.decision.outcomeRequired });
    if (decision.outcome === 'school') {
      if (!decision.schoolSupport.trim())
        errors.push({ targetId: IDS.schoolSupport, text: m.decision.schoolSupportRequired });
      else if (length(decision.schoolSupport) > LIMITS.short)
        errors.push({
          targetId: IDS.schoolSupport,
          text: f(m.errors.tooLong, { max: LIMITS.short, field: m.decision.schoolSupport }),
        });
      if (followUpTyped && !decision.followUp)
        errors.push({ targetId: IDS.followUp, text: m.errors.dateInvalid });
    }
    if (decision.outcome === 'sip') {
      if (decision.principals.length === 0)
        errors.push({ targetId: IDS.principals, text: m.decision.principalsRequired });
      if (length(decision.sipReason) > LIMITS.short)
        errors.push({
          targetId: IDS.sipReason,
          text: f(m.errors.tooLong, { max: LIMITS.short, field: m.decision.sipReason }),
        });
    }
    return errors;
  };
  useRelocalisedErrors(summary, validate);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!summary.show(validate())) return;
    update((d) => ({ ...d, submittedAt: new Date().toISOString(), reached: 8 }));
    next();
  };

  return (
    <form className="app-form" noValidate onSubmit={onSubmit}>
      <ErrorSummary {...summary.props} title={m.errors.summaryTitle} />
      <p className="app-lead">{m.decision.lead}</p>

      <Radios
        id={IDS.outcome}
        name="outcome"
        legend={m.decision.outcome}
        value={decision.outcome}
        onChange={(value) => set({ outcome: value as 'school' | 'sip' })}
        options={(['school', 'sip'] as const).map((value) => ({
          value,
          label: m.decision.outcomeOptions[value],
          hint: m.decision.outcomeHints[value],
        }))}
        error={summary.errorFor(IDS.outcome)}
      />

      {decision.outcome === 'school' ? (
        <div className="app-conditional">
          <Textarea
            id={IDS.schoolSupport}
            name="schoolSupport"
            label={m.decision.schoolSupport}
            rows={4}
            maxLength={LIMITS.short}
            value={decision.schoolSupport}
            onChange={(schoolSupport) => set({ schoolSupport })}
            error={summary.errorFor(IDS.schoolSupport)}
          />
          <DateInput
            id={IDS.followUp}
            name="followUp"
            legend={m.decision.followUp}
            hint={m.decision.followUpHint}
            optional
            value={decision.followUp}
            onChange={(iso, parts) => {
              setFollowUpTyped(Boolean(parts.day || parts.month || parts.year));
              set({ followUp: iso });
            }}
            error={summary.errorFor(IDS.followUp)}
          />
        </div>
      ) : null}

      {decision.outcome === 'sip' ? (
        <div className="app-conditional">
          <Checkboxes
            id={IDS.principals}
            name="principals"
            legend={m.decision.principals}
            hint={m.decision.principalsHint}
            value={decision.principals}
            onChange={(values) => set({ principals: values as SipPrincipalChoice[] })}
            options={SIP_PRINCIPALS.map((value) => ({
              value,
              label: m.decision.principalOptions[value],
            }))}
            error={summary.errorFor(IDS.principals)}
          />
          <Textarea
            id={IDS.sipReason}
            name="sipReason"
            label={m.decision.sipReason}
            optional
            rows={4}
            maxLength={LIMITS.short}
            value={decision.sipReason}
            onChange={(sipReason) => set({ sipReason })}
            error={summary.errorFor(IDS.sipReason)}
          />
          <p className="app-inset">{m.decision.consentNote}</p>
        </div>
      ) : null}

      <StepNav onBack={back} nextLabel={m.decision.submit} />
    </form>
  );
}
