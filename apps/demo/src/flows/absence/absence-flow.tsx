import { DraftStatus } from '@barnets-basta/sip';
import { useCallback, useMemo, useState, type ComponentType } from 'react';
import { useAnnounce } from '../../components/announcer.tsx';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { usePageTitle } from '../../components/page-title.ts';
import { useI18n } from '../../i18n/index.tsx';
import { StepProgress } from '../../layout/step-progress.tsx';
import { useNavigate } from '../../routing/navigation.tsx';
import { ABSENCE_STEPS, href } from '../../routing/routes.ts';
import { useDrafts } from '../../state/drafts.tsx';
import { absenceStepTitles } from './steps.ts';
import { AbsenceStep } from './steps/absence-step.tsx';
import { ChildWheelStep } from './steps/child-wheel-step.tsx';
import { DecisionStep } from './steps/decision-step.tsx';
import { GuardianWheelsStep } from './steps/guardian-wheels-step.tsx';
import { PupilStep } from './steps/pupil-step.tsx';
import { ReceiptStep } from './steps/receipt-step.tsx';
import { SchoolWheelStep } from './steps/school-wheel-step.tsx';
import { TogetherStep } from './steps/together-step.tsx';
import type { AbsenceDraft } from '../../state/absence.ts';
import type { StepProps } from './step-props.ts';

const STEPS: ComponentType<StepProps>[] = [
  PupilStep,
  AbsenceStep,
  ChildWheelStep,
  GuardianWheelsStep,
  SchoolWheelStep,
  TogetherStep,
  DecisionStep,
  ReceiptStep,
];

/** Flow 1: the school-absence investigation, eight steps around one saved draft. */
export function AbsenceFlow({ step }: { step: number }) {
  const { m, f } = useI18n();
  const { absence, restart: restartDraft } = useDrafts();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const [hasErrors, setHasErrors] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const titles = absenceStepTitles(m);
  const title = titles[step - 1] ?? '';
  usePageTitle(
    [title, f(m.flow.stepOf, { step, total: ABSENCE_STEPS }), m.flow.absenceName],
    hasErrors,
  );

  const { setValue } = absence;
  const update = useCallback(
    (recipe: (draft: AbsenceDraft) => AbsenceDraft) => setValue((previous) => recipe(previous)),
    [setValue],
  );
  const goTo = useCallback(
    (target: number) => navigate({ name: 'absence', step: target }),
    [navigate],
  );
  const next = useCallback(() => {
    const target = Math.min(step + 1, ABSENCE_STEPS);
    update((d) => (d.reached >= target ? d : { ...d, reached: target }));
    goTo(target);
  }, [goTo, step, update]);
  const back = useCallback(() => {
    if (step === 1) navigate({ name: 'start' });
    else goTo(step - 1);
  }, [goTo, navigate, step]);

  const confirmRestart = async () => {
    setConfirming(false);
    await restartDraft('absence');
    announce(m.flow.restarted);
    if (step === 1) document.querySelector<HTMLElement>('main h1')?.focus();
    else goTo(1);
  };

  const progress = useMemo(
    () => titles.map((t, i) => ({ title: t, href: href({ name: 'absence', step: i + 1 }) })),
    [titles],
  );
  const Step = STEPS[step - 1] ?? PupilStep;
  const draft = absence.value;
  const reached = draft.submittedAt ? ABSENCE_STEPS : draft.reached;

  return (
    <div className="app-flow">
      <StepProgress
        label={m.flow.absenceProgressLabel}
        steps={progress}
        current={step}
        reached={reached}
      />
      <div className="app-flow__main">
        <PageHeading
          caption={`${m.flow.absenceName} · ${f(m.flow.stepOf, { step, total: ABSENCE_STEPS })}`}
        >
          {title}
        </PageHeading>
        <DraftStatus draft={absence} className="app-draft-status" />
        <Step
          step={step}
          draft={draft}
          update={update}
          next={next}
          back={back}
          goTo={goTo}
          setHasErrors={setHasErrors}
          restart={() => setConfirming(true)}
        />
        {step < ABSENCE_STEPS || !draft.submittedAt ? (
          <div className="app-restart app-no-print">
            <p className="app-hint">{m.flow.saveHint}</p>
            <button type="button" className="app-link-button" onClick={() => setConfirming(true)}>
              {m.flow.restart}
            </button>
          </div>
        ) : null}
      </div>
      <ConfirmDialog
        open={confirming}
        title={m.flow.restartTitle}
        text={m.flow.restartAbsence}
        confirmLabel={m.flow.restartConfirm}
        cancelLabel={m.flow.cancel}
        onConfirm={() => void confirmRestart()}
        onCancel={() => setConfirming(false)}
      />
    </div>
  );
}
