import { DraftStatus, planMessages, type PlanMessages, type SipPhase } from '@barnets-basta/sip';
import { useCallback, useState } from 'react';
import { useAnnounce } from '../../components/announcer.tsx';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { usePageTitle } from '../../components/page-title.ts';
import { uiMessages, useI18n } from '../../i18n/index.tsx';
import { StepProgress } from '../../layout/step-progress.tsx';
import { useNavigate } from '../../routing/navigation.tsx';
import { href, SIP_STEPS, type SipStep } from '../../routing/routes.ts';
import { useDrafts } from '../../state/drafts.tsx';
import { SipMeetingPage } from './sip-meeting-page.tsx';
import { SipPlanPage } from './sip-plan-page.tsx';
import { SipStartPage } from './sip-start-page.tsx';

const PHASE_TITLES: Record<SipPhase, keyof PlanMessages> = {
  inledning: 'phaseInledning',
  'aktuell-situation': 'phaseAktuellSituation',
  behov: 'phaseBehov',
  sammanfattning: 'phaseSammanfattning',
  avslutning: 'phaseAvslutning',
};

/** Flow 2: the SIP meeting. Preparation, the meeting circle, and the family's plan. */
export function SipFlow({ step }: { step: SipStep }) {
  const { m, f, locale } = useI18n();
  const { sip, restart: restartDraft } = useDrafts();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const [hasErrors, setHasErrors] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const index = SIP_STEPS.indexOf(step) + 1;
  const titles: Record<SipStep, string> = {
    start: m.sip.startTitle,
    meeting: m.sip.meetingTitle,
    plan: m.sip.planTitle,
  };
  const title = titles[step];
  // In the meeting, the phase of the meeting circle leads the title, as a step does elsewhere.
  const phase =
    step === 'meeting' && sip.value.started
      ? String(uiMessages('sip-plan', locale, planMessages)[PHASE_TITLES[sip.value.phase]])
      : null;
  usePageTitle(
    [
      ...(phase ? [phase] : []),
      title,
      f(m.flow.stepOf, { step: index, total: SIP_STEPS.length }),
      m.flow.sipName,
    ],
    hasErrors,
  );

  const restart = useCallback(() => setConfirming(true), []);
  const confirmRestart = async () => {
    setConfirming(false);
    await restartDraft('sip');
    announce(m.flow.restarted);
    if (step === 'start') document.querySelector<HTMLElement>('main h1')?.focus();
    else navigate({ name: 'sip', step: 'start' });
  };

  const reached = sip.value.started ? SIP_STEPS.length : 1;
  const Page = step === 'start' ? SipStartPage : step === 'meeting' ? SipMeetingPage : SipPlanPage;

  return (
    <div className="app-flow" data-flow="sip">
      <StepProgress
        label={m.flow.sipProgressLabel}
        steps={SIP_STEPS.map((s) => ({
          title: m.sip.steps[s],
          href: href({ name: 'sip', step: s }),
        }))}
        current={index}
        reached={reached}
      />
      <div className="app-flow__main">
        <PageHeading
          caption={`${m.flow.sipName} · ${f(m.flow.stepOf, { step: index, total: SIP_STEPS.length })}`}
        >
          {title}
        </PageHeading>
        <DraftStatus draft={sip} className="app-draft-status" />
        <Page setHasErrors={setHasErrors} restart={restart} />
        <div className="app-restart app-no-print">
          <p className="app-hint">{m.flow.saveHint}</p>
          <button type="button" className="app-link-button" onClick={restart}>
            {m.flow.restart}
          </button>
        </div>
      </div>
      <ConfirmDialog
        open={confirming}
        title={m.flow.restartTitle}
        text={m.flow.restartSip}
        confirmLabel={m.flow.restartConfirm}
        cancelLabel={m.flow.cancel}
        onConfirm={() => void confirmRestart()}
        onCancel={() => setConfirming(false)}
      />
    </div>
  );
}
