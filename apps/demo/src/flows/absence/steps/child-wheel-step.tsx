import { createAssessment, type Assessment } from '@barnets-basta/core';
import { Wheel } from '@barnets-basta/wheel';
import { useMemo } from 'react';
import { StepNav } from '../../../components/step-nav.tsx';
import { useI18n } from '../../../i18n/index.tsx';
import { href } from '../../../routing/routes.ts';
import { childAudience, childScale, hasContent, pack, registerOf } from '../../../state/absence.ts';
import type { StepProps } from '../step-props.ts';

/**
 * Step 3: the child's own wheel, in the register for their age. First what happens to the answers
 * (who sees them, skipping is fine), then the wheel, where the child chooses per answer who may
 * see it.
 */
export function ChildWheelStep({ draft, update, next, back }: StepProps) {
  const { m, f, locale } = useI18n();
  const audience = childAudience(draft.pupil.schoolYear);
  const scaleForAge = audience ? childScale(audience) : 'agree-5';
  // Answers already given keep the scale they were given on, even if the school year changes.
  const keepsOldScale =
    draft.child !== null && hasContent(draft.child) && draft.child.scale !== scaleForAge;
  const blank = useMemo(
    () => createAssessment({ pack, scale: scaleForAge, perspective: { kind: 'child' } }),
    [scaleForAge],
  );
  const value: Assessment =
    draft.child && (hasContent(draft.child) || draft.child.scale === scaleForAge)
      ? draft.child
      : blank;

  if (!audience) {
    return (
      <div className="app-form">
        <p className="app-inset">{m.childWheel.missingYear}</p>
        <p>
          <a href={href({ name: 'absence', step: 1 })}>{m.childWheel.missingYearLink}</a>
        </p>
        <StepNav onBack={back} onNext={next} />
      </div>
    );
  }

  const register = registerOf(audience);
  const childName = draft.pupil.protectedIdentity
    ? undefined
    : draft.pupil.chosenName.trim() || undefined;

  return (
    <div className="app-wide">
      <section className="app-panel app-panel--intro" aria-labelledby="child-intro">
        <h2 id="child-intro">{m.childWheel.introHeading}</h2>
        <ul className="app-list app-list--spaced">
          {m.childWheel.intro[register].map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <p className="app-hint">{f(m.childWheel.forWhom, { ages: m.childWheel.ages[register] })}</p>
      </section>

      {keepsOldScale ? <p className="app-inset">{m.childWheel.scaleKept}</p> : null}

      <section className="app-wheel-section" aria-labelledby="child-wheel">
        <h2 id="child-wheel">{m.childWheel.wheelHeading}</h2>
        <Wheel
          name="child"
          value={value}
          onChange={(child: Assessment) => update((d) => ({ ...d, child }))}
          content={pack}
          scale={value.scale}
          audience={audience}
          locale={locale}
          childName={childName}
          allowVisibilityChoice
          showHopes
          // Asked for on purpose (docs/privacy.md): this form is the child's own copy, kept as a
          // draft in this browser so the child can come back to it. Nothing is posted from it;
          // what leaves the browser (the school's file, the SIP meeting, the download) goes through
          // core's asSeenBy in state/absence.ts, so "Bara jag" never leaves.
          formReceiver="respondent"
        />
      </section>

      <StepNav onBack={back} onNext={next} />
    </div>
  );
}
