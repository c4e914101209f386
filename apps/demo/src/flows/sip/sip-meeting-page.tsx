import type { SipPlan } from '@barnets-basta/core';
import { currentFollowUp } from '@barnets-basta/core/sip';
import { SipFollowUp, SipPlanForm, type FollowUpPhase, type SipPhase } from '@barnets-basta/sip';
import { useI18n } from '../../i18n/index.tsx';
import { useNavigate } from '../../routing/navigation.tsx';
import { href } from '../../routing/routes.ts';
import { pack } from '../../state/absence.ts';
import { useDrafts } from '../../state/drafts.tsx';
import type { SipPageProps } from './sip-page-props.ts';

/** The meeting: the sip package's plan form in meeting mode, one phase of the meeting circle at a time. */
export function SipMeetingPage(_props: SipPageProps) {
  const { m, f, locale } = useI18n();
  const { sip } = useDrafts();
  const navigate = useNavigate();
  const draft = sip.value;

  if (!draft.started) {
    return (
      <div className="app-form">
        <p className="app-lead">{m.sip.startLead}</p>
        <p>
          <a href={href({ name: 'sip', step: 'start' })}>{m.sip.startTitle}</a>
        </p>
      </div>
    );
  }

  const setPlan = (plan: SipPlan) => sip.setValue((d) => ({ ...d, plan }));
  const setPhase = (phase: SipPhase) => sip.setValue((d) => ({ ...d, phase }));
  const setFollowUpPhase = (followUpPhase: FollowUpPhase) =>
    sip.setValue((d) => ({ ...d, followUpPhase }));
  const reference = draft.plan.child?.reference;
  // A saved plan read from a file can be followed up; while a follow-up is held, it is the page.
  const inFollowUp = currentFollowUp(draft.plan) !== undefined;
  const canFollowUp = inFollowUp || draft.source === 'import';

  if (inFollowUp) {
    return (
      <div className="app-meeting">
        <p className="app-lead">{m.sip.followUpInProgress}</p>
        <SipFollowUp
          value={draft.plan}
          onChange={setPlan}
          phase={draft.followUpPhase ?? 'present'}
          onPhaseChange={setFollowUpPhase}
          pack={pack}
          locale={locale}
          headingLevel={2}
        />
      </div>
    );
  }

  return (
    <div className="app-meeting">
      <p className="app-lead">{m.sip.meetingLead}</p>
      {draft.source === 'absence' && reference ? (
        <p className="app-hint">{f(m.sip.fromAbsence, { reference })}</p>
      ) : null}
      {canFollowUp ? (
        <div className="app-no-print">
          <p>{m.sip.followUpLead}</p>
          <SipFollowUp
            value={draft.plan}
            onChange={(plan) => sip.setValue((d) => ({ ...d, plan, followUpPhase: 'present' }))}
            pack={pack}
            locale={locale}
            headingLevel={2}
          />
        </div>
      ) : null}
      <SipPlanForm
        mode="meeting"
        value={draft.plan}
        onChange={setPlan}
        phase={draft.phase}
        onPhaseChange={setPhase}
        onComplete={() => navigate({ name: 'sip', step: 'plan' })}
        pack={pack}
        locale={locale}
        headingLevel={1}
        title={null}
      />
      <p className="app-no-print app-after-form">
        <a className="app-block-link" href={href({ name: 'sip', step: 'plan' })}>
          {m.sip.toPlan}
        </a>
      </p>
    </div>
  );
}
