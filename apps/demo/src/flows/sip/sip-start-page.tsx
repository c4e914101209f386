import { formatIssues, SIP_PLAN_TYPE, type SipPlan } from '@barnets-basta/core';
import { importDocument } from '@barnets-basta/core/sip';
import {
  ErrorSummary,
  ImportJsonButton,
  Radios,
  useErrorSummary,
  type ErrorSummaryItem,
} from '@barnets-basta/sip';
import { useEffect, useState, type FormEvent } from 'react';
import { useAnnounce } from '../../components/announcer.tsx';
import { config } from '../../config.ts';
import { useI18n } from '../../i18n/index.tsx';
import { useNavigate } from '../../routing/navigation.tsx';
import { pack } from '../../state/absence.ts';
import { useDrafts } from '../../state/drafts.tsx';
import { absenceHasWheels, emptySip, planFromAbsence, type SipSource } from '../../state/sip.ts';
import type { SipPageProps } from './sip-flow.tsx';

const IDS = { source: 'sip-source', file: 'sip-import' };

/** Preparation: start the meeting from the investigation's wheels, from nothing, or from a saved file. */
export function SipStartPage({ setHasErrors }: SipPageProps) {
  const { m, f, list, locale } = useI18n();
  const { absence, sip } = useDrafts();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const summary = useErrorSummary();
  const canUseAbsence = absenceHasWheels(absence.value);
  const [source, setSource] = useState<SipSource>(() =>
    canUseAbsence && absence.value.decision.outcome === 'sip' ? 'absence' : '',
  );
  const [imported, setImported] = useState<SipPlan | null>(null);
  const [importIssues, setImportIssues] = useState<string[]>([]);
  useEffect(() => setHasErrors(summary.errors.length > 0), [setHasErrors, summary.errors.length]);

  if (sip.value.started) {
    return (
      <div className="app-form">
        <p className="app-lead">{m.sip.existing}</p>
        <p>
          <button
            type="button"
            className="app-button"
            onClick={() => navigate({ name: 'sip', step: 'meeting' })}
          >
            {m.sip.continueMeeting}
          </button>
        </p>
      </div>
    );
  }

  const a = absence.value;
  const who = [
    ...(a.child && Object.keys(a.child.areas).length ? [m.summary.child] : []),
    ...(a.guardians.some((g) => Object.keys(g.areas).length) ? [m.summary.guardian] : []),
    ...(Object.keys(a.school.areas).length ? [m.summary.school] : []),
  ];

  const onImport = (text: string) => {
    const result = importDocument(text, { pack });
    if (!result.ok) {
      setImported(null);
      setImportIssues(formatIssues(result.issues, locale));
    } else if (result.value.type !== SIP_PLAN_TYPE) {
      setImported(null);
      setImportIssues([m.sip.importNotPlan]);
    } else {
      setImported(result.value as SipPlan);
      setImportIssues([]);
      announce(m.sip.imported);
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const errors: ErrorSummaryItem[] = [];
    if (!source) errors.push({ targetId: IDS.source, text: m.sip.sourceRequired });
    if (source === 'import' && !imported)
      errors.push({ targetId: IDS.file, text: m.sip.importRequired });
    if (!summary.show(errors)) return;
    const base = emptySip(config.legalReference);
    const plan =
      source === 'absence'
        ? planFromAbsence(a, config.legalReference)
        : source === 'import' && imported
          ? imported
          : base.plan;
    sip.setValue({ ...base, source, started: true, phase: 'inledning', plan });
    navigate({ name: 'sip', step: 'meeting' });
  };

  return (
    <form className="app-form" noValidate onSubmit={onSubmit}>
      <ErrorSummary {...summary.props} title={m.errors.summaryTitle} />
      <p className="app-lead">{m.sip.startLead}</p>
      <Radios
        id={IDS.source}
        name="source"
        legend={m.sip.source}
        hint={canUseAbsence ? undefined : m.sip.sourceHints.absenceNone}
        value={source}
        onChange={(value) => setSource(value as SipSource)}
        error={summary.errorFor(IDS.source)}
        options={[
          // Offered only when there is an investigation with wheels in this browser.
          ...(canUseAbsence
            ? [
                {
                  value: 'absence',
                  label: m.sip.sourceOptions.absence,
                  hint: f(m.sip.sourceHints.absence, { who: list(who) }),
                },
              ]
            : []),
          { value: 'empty', label: m.sip.sourceOptions.empty, hint: m.sip.sourceHints.empty },
          { value: 'import', label: m.sip.sourceOptions.import, hint: m.sip.sourceHints.import },
        ]}
      />
      {source === 'import' ? (
        <div className="app-conditional">
          {summary.errorFor(IDS.file) ? (
            <p className="app-error-text">{summary.errorFor(IDS.file)}</p>
          ) : null}
          <ImportJsonButton id={IDS.file} onImport={onImport}>
            {m.sip.importLabel}
          </ImportJsonButton>
          {imported ? <p className="app-inset">{m.sip.imported}</p> : null}
          {importIssues.length > 0 ? (
            <div className="app-error-panel" role="alert">
              <p>{m.sip.importFailed}</p>
              <ul>
                {importIssues.map((issue) => (
                  <li key={issue}>{issue}</li>
                ))}
              </ul>
            </div>
          ) : null}
        </div>
      ) : null}
      <div className="app-step-nav">
        <button type="submit" className="app-button">
          {m.sip.startMeeting}
        </button>
      </div>
    </form>
  );
}
