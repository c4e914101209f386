import type { Assessment } from '@barnets-basta/core';
import { Radios } from '@barnets-basta/sip';
import { Wheel } from '@barnets-basta/wheel';
import { StepNav } from '../../../components/step-nav.tsx';
import { useI18n } from '../../../i18n/index.tsx';
import { pack, SCHOOL_ROLES, type SchoolRole } from '../../../state/absence.ts';
import type { StepProps } from '../step-props.ts';

/** Step 5: the school's wheel, by the mentor or the student health team. */
export function SchoolWheelStep({ draft, update, next, back }: StepProps) {
  const { m, locale } = useI18n();
  const setRole = (role: SchoolRole) =>
    update((d) => ({
      ...d,
      schoolRole: role,
      school: { ...d.school, perspective: { ...d.school.perspective, kind: role } },
    }));

  return (
    <div className="app-wide">
      <p className="app-lead">{m.schoolWheel.lead}</p>
      <Radios
        id="school-role"
        name="schoolRole"
        legend={m.schoolWheel.who}
        inline
        value={draft.schoolRole}
        onChange={(value) => setRole(value as SchoolRole)}
        options={SCHOOL_ROLES.map((value) => ({ value, label: m.schoolWheel.whoOptions[value] }))}
      />
      <section className="app-wheel-section" aria-labelledby="school-wheel">
        <h2 id="school-wheel">{m.schoolWheel.whoOptions[draft.schoolRole]}</h2>
        <Wheel
          name="school"
          value={draft.school}
          onChange={(school: Assessment) => update((d) => ({ ...d, school }))}
          content={pack}
          scale={draft.school.scale}
          audience="professional"
          locale={locale}
        />
      </section>
      <StepNav onBack={back} onNext={next} />
    </div>
  );
}
