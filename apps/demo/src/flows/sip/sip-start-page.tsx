import {
  formatIssues,
  SIP_PLAN_TYPE,
  type SipPlan,
  type ValidationIssue,
} from '@barnets-basta/core';
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
import { useRelocalisedErrors } from '../../components/use-relocalised-errors.ts';
import { useI18n } from '../../i18n/index.tsx';
import { useNavigate } from '../../routing/navigation.tsx';
import { pack } from '../../state/absence.ts';
import { useDrafts } from '../../state/drafts.tsx';
import { absenceHasWheels, emptySip, planFromAbsence, type SipSource } from '../../state/sip.ts';
import type { SipPageProps } from './sip-page-props.ts';

const IDS = { source: 'sip-source', file: 'sip-import' };

/** Preparation: start the meeting from the investigation's wheels, from nothing, or from a saved file. */
export function SipStartPage({ setHasErrors }: SipPageProps) {
  const { m, f, list, locale } = useI18n();
  const { absence, sip } = useDrafts();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const summary = useErrorSummary();
  const canUseAbsence = absenceHasWheels(absence.value);
  // The choice and an imported plan live in the draft, so a reload before the meeting starts keeps
  // them. Until something is chosen, an investigation that proposed a SIP is the suggestion.
  const draft = sip.value;
  const suggested: SipSource =
    canUseAbsence && absence.value.decision.outcome === 'sip' ? 'absence' : '';
  const source: SipSource = draft.source || suggested;
  const imported = draft.source === 'import' && draft.imported ? draft.plan : null;
  // Problems with the chosen file, kept as core's issues and worded at render time, so a language
  // switch rewords them too. Not saved: a reload asks for the file again.
  const [importProblem, setImportProblem] = useState<{
    file: string;
    issues: ValidationIssue[] | 'not-a-plan';
  } | null>(null);
  // The name of the file the held plan came from, to tell a later failure apart from it.
  const [importedFile, setImportedFile] = useState<string | null>(null);
  const setSource = (next: SipSource) => sip.setValue((d) => ({ ...d, source: next }));

  const validate = (): ErrorSummaryItem[] => {
    const errors: ErrorSummaryItem[] = [];
    if (!source) errors.push({ targetId: IDS.source, text: m.sip.sourceRequired });
    if (source === 'import' && !imported)
      errors.push({ targetId: IDS.file, text: m.sip.importRequired });
    return errors;
  };
  useRelocalisedErrors(summary, validate);
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

  const onImport = (text: string, file: File) => {
    const result = importDocument(text, { pack });
    const plan =
      result.ok && result.value.type === SIP_PLAN_TYPE ? (result.value as SipPlan) : null;
    if (!plan) {
      // A failed import changes nothing: a plan imported before stays, and the message says so.
      setImportProblem({ file: file.name, issues: result.ok ? 'not-a-plan' : result.issues });
      return;
    }
    setImportProblem(null);
    setImportedFile(file.name);
    sip.setValue((d) => ({ ...d, source: 'import', imported: true, plan }));
    announce(m.sip.imported);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!summary.show(validate())) return;
    const base = emptySip(config.legalReference);
    const plan =
      source === 'absence'
        ? planFromAbsence(a, config.legalReference, {
            school: m.sip.schoolOrganisation,
            principals: m.decision.principalOptions,
          })
        : source === 'import' && imported
          ? imported
          : base.plan;
    sip.setValue({
      ...base,
      source,
      imported: source === 'import',
      started: true,
      phase: 'inledning',
      plan,
    });
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
          {importProblem ? (
            <div className="app-error-panel" role="alert">
              <p>{f(m.sip.importFailedFile, { file: importProblem.file })}</p>
              <ul>
                {(importProblem.issues === 'not-a-plan'
                  ? [m.sip.importNotPlan]
                  : formatIssues(importProblem.issues, locale)
                ).map((issue) => (
                  <li key={issue}>{issue}</li>
                ))}
              </ul>
              {imported ? (
                <p>{f(m.sip.importKept, { file: importedFile ?? m.sip.importEarlierFile })}</p>
              ) : null}
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
