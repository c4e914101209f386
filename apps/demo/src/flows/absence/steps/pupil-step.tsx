import {
  Checkboxes,
  ErrorSummary,
  Select,
  TextInput,
  useErrorSummary,
  type ErrorSummaryItem,
} from '@barnets-basta/sip';
import { useEffect, type FormEvent } from 'react';
import { StepNav } from '../../../components/step-nav.tsx';
import { useRelocalisedErrors } from '../../../components/use-relocalised-errors.ts';
import { useI18n } from '../../../i18n/index.tsx';
import {
  identityNumberFields,
  length,
  LIMITS,
  SCHOOL_YEARS,
  withoutLabel,
  type SchoolYear,
} from '../../../state/absence.ts';
import type { StepProps } from '../step-props.ts';

const IDS = {
  reference: 'pupil-reference',
  schoolYear: 'pupil-school-year',
  protectedIdentity: 'pupil-protected',
  chosenName: 'pupil-chosen-name',
};

/** Step 1: a pseudonymous reference, the school year and protected identity. Never a personnummer. */
export function PupilStep({ draft, update, next, back, setHasErrors }: StepProps) {
  const { m, f } = useI18n();
  const summary = useErrorSummary();
  const pupil = draft.pupil;
  useEffect(() => setHasErrors(summary.errors.length > 0), [setHasErrors, summary.errors.length]);

  const setPupil = (patch: Partial<typeof pupil>) =>
    update((d) => ({ ...d, pupil: { ...d.pupil, ...patch } }));

  const validate = (): ErrorSummaryItem[] => {
    const errors: ErrorSummaryItem[] = [];
    const idLike = identityNumberFields(
      pupil.reference,
      pupil.protectedIdentity ? '' : pupil.chosenName,
    );
    if (!pupil.reference.trim())
      errors.push({ targetId: IDS.reference, text: m.pupil.referenceRequired });
    else if (idLike.has('reference'))
      errors.push({ targetId: IDS.reference, text: m.pupil.referenceLooksLikeId });
    else if (length(pupil.reference) > LIMITS.reference)
      errors.push({
        targetId: IDS.reference,
        text: f(m.pupil.referenceTooLong, { max: LIMITS.reference }),
      });
    if (!pupil.schoolYear)
      errors.push({ targetId: IDS.schoolYear, text: m.pupil.schoolYearRequired });
    if (!pupil.protectedIdentity) {
      if (idLike.has('name'))
        errors.push({ targetId: IDS.chosenName, text: m.pupil.referenceLooksLikeId });
      else if (length(pupil.chosenName) > LIMITS.chosenName)
        errors.push({
          targetId: IDS.chosenName,
          text: f(m.pupil.chosenNameTooLong, { max: LIMITS.chosenName }),
        });
    }
    return errors;
  };
  useRelocalisedErrors(summary, validate);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (summary.show(validate())) next();
  };

  return (
    <form className="app-form" noValidate onSubmit={onSubmit}>
      <ErrorSummary {...summary.props} title={m.errors.summaryTitle} />
      <p className="app-lead">{m.pupil.lead}</p>

      <TextInput
        id={IDS.reference}
        name="reference"
        label={m.pupil.reference}
        hint={m.pupil.referenceHint}
        value={pupil.reference}
        onChange={(reference) => setPupil({ reference })}
        error={summary.errorFor(IDS.reference)}
        width="20"
        autoComplete="off"
        spellCheck={false}
      />

      <Select
        id={IDS.schoolYear}
        name="schoolYear"
        label={m.pupil.schoolYear}
        hint={m.pupil.schoolYearHint}
        placeholder={m.pupil.schoolYearChoose}
        value={pupil.schoolYear}
        onChange={(value) => setPupil({ schoolYear: value as SchoolYear | '' })}
        options={SCHOOL_YEARS.map((year) => ({ value: year, label: m.pupil.schoolYears[year] }))}
        error={summary.errorFor(IDS.schoolYear)}
      />

      <Checkboxes
        id={IDS.protectedIdentity}
        name="protectedIdentity"
        legend={m.pupil.protectedIdentity}
        value={pupil.protectedIdentity ? ['yes'] : []}
        onChange={(values) => {
          const on = values.includes('yes');
          // With protected identity no name may be kept, not even hidden: clear it, not just hide
          // it. The guardians' chosen names go too: they can point to the family as well.
          if (on) {
            update((d) => ({
              ...d,
              pupil: { ...d.pupil, protectedIdentity: true, chosenName: '' },
              guardians: d.guardians.map(withoutLabel),
            }));
          } else {
            setPupil({ protectedIdentity: false });
          }
        }}
        options={[
          {
            value: 'yes',
            label: m.pupil.protectedIdentityLabel,
            hint: m.pupil.protectedIdentityHint,
          },
        ]}
      />

      {pupil.protectedIdentity ? (
        <p className="app-inset">{m.pupil.protectedIdentityOn}</p>
      ) : (
        <TextInput
          id={IDS.chosenName}
          name="chosenName"
          label={m.pupil.chosenName}
          hint={m.pupil.chosenNameHint}
          value={pupil.chosenName}
          onChange={(chosenName) => setPupil({ chosenName })}
          error={summary.errorFor(IDS.chosenName)}
          optional
          width="20"
          autoComplete="off"
        />
      )}

      <StepNav onBack={back} />
    </form>
  );
}
