import { exportDocument, formatIssues } from '@barnets-basta/core';
import { asSeenBy } from '@barnets-basta/core/privacy';
import { parseSipPlan } from '@barnets-basta/core/sip';
import {
  downloadJson,
  FamilyFollowUp,
  FamilyPlan,
  PlanHistory,
  PrintPlan,
} from '@barnets-basta/sip';
import { useState } from 'react';
import { flushSync } from 'react-dom';
import { useAnnounce } from '../../components/announcer.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useNavigate } from '../../routing/navigation.tsx';
import { href } from '../../routing/routes.ts';
import { pack } from '../../state/absence.ts';
import { useDrafts } from '../../state/drafts.tsx';
import type { SipPageProps } from './sip-page-props.ts';

type PrintVersion = 'family' | 'full';

/** The end of the meeting: the plan as the family reads it, print (family or full A4) and download. */
export function SipPlanPage(_props: SipPageProps) {
  const { m, locale } = useI18n();
  const { sip } = useDrafts();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const [printVersion, setPrintVersion] = useState<PrintVersion>('family');
  const [issues, setIssues] = useState<string[]>([]);
  const plan = sip.value.plan;

  if (!sip.value.started) {
    return (
      <div className="app-form">
        <p className="app-lead">{m.sip.startLead}</p>
        <p>
          <a href={href({ name: 'sip', step: 'start' })}>{m.sip.startTitle}</a>
        </p>
      </div>
    );
  }

  const print = (version: PrintVersion) => {
    // The chosen version must be in the DOM before the print dialog takes its snapshot.
    flushSync(() => setPrintVersion(version));
    window.print();
  };

  const download = () => {
    const result = parseSipPlan(JSON.parse(exportDocument(plan)), { pack });
    if (!result.ok) {
      setIssues(formatIssues(result.issues, locale));
      return;
    }
    setIssues([]);
    downloadJson(
      `sip-plan-${(plan.meetingDate ?? plan.createdAt).slice(0, 10)}.json`,
      // The file leaves the meeting: it holds what the meeting may see (core's rule), never more.
      exportDocument(asSeenBy(result.value, 'meeting')),
    );
    announce(m.receipt.downloaded);
  };

  return (
    <div className="app-plan" data-print={printVersion}>
      <p className="app-lead app-no-print">{m.sip.planLead}</p>
      <div className="app-plan__family">
        {plan.followUps?.length ? (
          <FamilyFollowUp value={plan} pack={pack} locale={locale} headingLevel={2} />
        ) : null}
        <FamilyPlan value={plan} pack={pack} locale={locale} headingLevel={2} />
      </div>
      {plan.revisions?.length ? (
        <div className="app-no-print">
          <PlanHistory value={plan} pack={pack} locale={locale} headingLevel={2} />
        </div>
      ) : null}
      <div className="app-plan__full">
        <PrintPlan value={plan} pack={pack} locale={locale} headingLevel={2} />
      </div>
      <div className="app-no-print app-plan__actions">
        {issues.length > 0 ? (
          <div className="app-error-panel" role="alert">
            <p>{m.sip.downloadInvalid}</p>
            <ul>
              {issues.map((issue) => (
                <li key={issue}>{issue}</li>
              ))}
            </ul>
          </div>
        ) : null}
        <div className="app-button-group">
          <button type="button" className="app-button" onClick={() => print('family')}>
            {m.sip.print}
          </button>
          <button
            type="button"
            className="app-button app-button--secondary"
            onClick={() => print('full')}
          >
            {m.sip.printFull}
          </button>
          <button type="button" className="app-button app-button--secondary" onClick={download}>
            {m.sip.download}
          </button>
        </div>
        <p>
          <button
            type="button"
            className="app-link-button"
            onClick={() => navigate({ name: 'sip', step: 'meeting' })}
          >
            {m.sip.backToMeeting}
          </button>
        </p>
      </div>
    </div>
  );
}
