import {
  Checkboxes,
  ErrorSummary,
  Radios,
  Textarea,
  useErrorSummary,
  type ErrorSummaryItem,
} from '@barnets-basta/sip';
import { useEffect, type FormEvent } from 'react';
import { StepNav } from '../../../components/step-nav.tsx';
import { useRelocalisedErrors } from '../../../components/use-relocalised-errors.ts';
import { useI18n } from '../../../i18n/index.tsx';
import {
  ABSENCE_DURATIONS,
  ABSENCE_WHEN,
  length,
  LIMITS,
  type AbsenceDraft,
  type AbsenceDuration,
  type AbsenceWhen,
} from '../../../state/absence.ts';
import type { StepProps } from '../step-props.ts';

type TextKey = 'pupilView' | 'guardianView' | 'effect' | 'tried';
const TEXT_FIELDS: readonly TextKey[] = ['pupilView', 'guardianView', 'effect', 'tried'];
const id = (key: string) => `absence-${key}`;

/** Step 2: when the absence happens, for how long, and what the pupil and guardians think. */
export function AbsenceStep({ draft, update, next, back, setHasErrors }: StepProps) {
  const { m, f } = useI18n();
  const summary = useErrorSummary();
  const absence = draft.absence;
  useEffect(() => setHasErrors(summary.errors.length > 0), [setHasErrors, summary.errors.length]);

  const set = (patch: Partial<AbsenceDraft['absence']>) =>
    update((d) => ({ ...d, absence: { ...d.absence, ...patch } }));

  const labels: Record<TextKey, string> = {
    pupilView: m.absence.pupilView,
    guardianView: m.absence.guardianView,
    effect: m.absence.effect,
    tried: m.absence.tried,
  };

  const validate = (): ErrorSummaryItem[] => {
    const errors: ErrorSummaryItem[] = [];
    if (absence.when.length === 0)
      errors.push({ targetId: id('when'), text: m.absence.whenRequired });
    if (!absence.duration)
      errors.push({ targetId: id('duration'), text: m.absence.durationRequired });
    for (const key of TEXT_FIELDS) {
      if (length(absence[key]) > LIMITS.short) {
        errors.push({
          targetId: id(key),
          text: f(m.errors.tooLong, { max: LIMITS.short, field: labels[key] }),
        });
      }
    }
    return errors;
  };
  useRelocalisedErrors(summary, validate);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (summary.show(validate())) next();
  };

  const hints: Partial<Record<TextKey, string>> = {
    pupilView: m.absence.pupilViewHint,
    effect: m.absence.effectHint,
  };

  return (
    <form className="app-form" noValidate onSubmit={onSubmit}>
      <ErrorSummary {...summary.props} title={m.errors.summaryTitle} />
      <p className="app-lead">{m.absence.lead}</p>

      <Checkboxes
        id={id('when')}
        name="when"
        legend={m.absence.when}
        hint={m.absence.whenHint}
        value={absence.when}
        onChange={(values) => set({ when: values as AbsenceWhen[] })}
        options={ABSENCE_WHEN.map((value) => ({ value, label: m.absence.whenOptions[value] }))}
        error={summary.errorFor(id('when'))}
      />

      <Radios
        id={id('duration')}
        name="duration"
        legend={m.absence.duration}
        value={absence.duration}
        onChange={(value) => set({ duration: value as AbsenceDuration })}
        options={ABSENCE_DURATIONS.map((value) => ({
          value,
          label: m.absence.durationOptions[value],
        }))}
        error={summary.errorFor(id('duration'))}
      />

      {TEXT_FIELDS.map((key) => (
        <Textarea
          key={key}
          id={id(key)}
          name={key}
          label={labels[key]}
          hint={hints[key]}
          optional={key === 'tried'}
          rows={3}
          maxLength={LIMITS.short}
          value={absence[key]}
          onChange={(value) => set({ [key]: value })}
          error={summary.errorFor(id(key))}
        />
      ))}

      <StepNav onBack={back} />
    </form>
  );
}
