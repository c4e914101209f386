import type { Assessment } from '@barnets-basta/core';
import { TextInput } from '@barnets-basta/sip';
import { Wheel } from '@barnets-basta/wheel';
import { useState } from 'react';
import { useAnnounce } from '../../../components/announcer.tsx';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { StepNav } from '../../../components/step-nav.tsx';
import { useI18n } from '../../../i18n/index.tsx';
import { guardianAssessment, LIMITS, pack } from '../../../state/absence.ts';
import type { StepProps } from '../step-props.ts';

/** Step 4: one wheel per guardian, each separate from the child's and from each other. */
export function GuardianWheelsStep({ draft, update, next, back }: StepProps) {
  const { m, f, locale } = useI18n();
  const announce = useAnnounce();
  const [confirmRemove, setConfirmRemove] = useState(false);

  const setGuardian = (index: number, assessment: Assessment) =>
    update((d) => ({ ...d, guardians: d.guardians.map((g, i) => (i === index ? assessment : g)) }));

  const setLabel = (index: number, label: string) =>
    update((d) => ({
      ...d,
      guardians: d.guardians.map((g, i) => {
        if (i !== index) return g;
        const perspective = { ...g.perspective };
        if (label) perspective.label = label;
        else delete perspective.label;
        return { ...g, perspective };
      }),
    }));

  const add = () => {
    update((d) =>
      d.guardians.length >= 2 ? d : { ...d, guardians: [...d.guardians, guardianAssessment()] },
    );
    announce(m.guardianWheels.added);
    // The new guardian's heading is where the user wants to go next.
    requestAnimationFrame(() => document.getElementById('guardian-2-heading')?.focus());
  };

  const remove = () => {
    setConfirmRemove(false);
    update((d) => ({ ...d, guardians: d.guardians.slice(0, 1) }));
    announce(m.guardianWheels.removed);
    requestAnimationFrame(() => document.getElementById('guardian-add')?.focus());
  };

  return (
    <div className="app-wide">
      <p className="app-lead">{m.guardianWheels.lead}</p>
      {draft.guardians.map((guardian, index) => {
        const n = index + 1;
        return (
          <section
            key={guardian.id}
            className="app-wheel-section"
            aria-labelledby={`guardian-${n}-heading`}
          >
            <h2 id={`guardian-${n}-heading`} tabIndex={-1}>
              {f(m.guardianWheels.guardianLabel, { n })}
            </h2>
            {draft.pupil.protectedIdentity ? null : (
              <TextInput
                id={`guardian-${n}-label`}
                name={`guardian-${n}-label`}
                label={m.guardianWheels.labelField}
                hint={m.guardianWheels.labelFieldHint}
                optional
                width="20"
                maxLength={LIMITS.label}
                autoComplete="off"
                value={guardian.perspective.label ?? ''}
                onChange={(label) => setLabel(index, label)}
              />
            )}
            <Wheel
              name={`guardian-${n}`}
              value={guardian}
              onChange={(next: Assessment) => setGuardian(index, next)}
              content={pack}
              scale={guardian.scale}
              audience="guardian"
              locale={locale}
              showHopes
            />
            {index === 1 ? (
              <p>
                <button
                  type="button"
                  className="app-button app-button--secondary"
                  onClick={() => setConfirmRemove(true)}
                >
                  {m.guardianWheels.remove}
                </button>
              </p>
            ) : null}
          </section>
        );
      })}
      {draft.guardians.length < 2 ? (
        <p>
          <button
            id="guardian-add"
            type="button"
            className="app-button app-button--secondary"
            onClick={add}
          >
            <svg className="app-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <path d="M12 5v14M5 12h14" fill="none" stroke="currentColor" strokeWidth="2.4" />
            </svg>
            {m.guardianWheels.add}
          </button>
        </p>
      ) : null}

      <StepNav onBack={back} onNext={next} />

      <ConfirmDialog
        open={confirmRemove}
        title={m.guardianWheels.removeTitle}
        text={m.guardianWheels.removeText}
        confirmLabel={m.guardianWheels.removeConfirm}
        cancelLabel={m.flow.cancel}
        onConfirm={remove}
        onCancel={() => setConfirmRemove(false)}
      />
    </div>
  );
}
