import { formatIssues } from '@barnets-basta/core';
import { downloadJson } from '@barnets-basta/sip';
import { WheelSummaryTable } from '@barnets-basta/wheel';
import { useMemo, type ReactNode } from 'react';
import { useAnnounce } from '../../../components/announcer.tsx';
import { SummaryList, type SummaryRow } from '../../../components/summary-list.tsx';
import { useI18n } from '../../../i18n/index.tsx';
import { useNavigate } from '../../../routing/navigation.tsx';
import { href } from '../../../routing/routes.ts';
import { answeredCount, FACTORS, pack } from '../../../state/absence.ts';
import { buildSubmission, submissionFileName } from '../../../state/submission.ts';
import type { StepProps } from '../step-props.ts';

const step = (n: number) => href({ name: 'absence', step: n });

/** Step 8: the receipt. A summary, print, and the submission as a file checked by core first. */
export function ReceiptStep({ draft, restart }: StepProps) {
  const { m, f, date, list, locale } = useI18n();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const total = pack.areas.length;

  const series = useMemo(
    () => [
      ...(draft.child ? [{ id: 'child', assessment: draft.child }] : []),
      // Numbered explicitly, as on the guardians' page, unless the guardian chose a name.
      ...draft.guardians.map((assessment, i) => ({
        id: `guardian-${i + 1}`,
        assessment,
        label: assessment.perspective.label || f(m.guardianWheels.guardianLabel, { n: i + 1 }),
      })),
      { id: 'school', assessment: draft.school },
    ],
    [draft.child, draft.guardians, draft.school, f, m.guardianWheels.guardianLabel],
  );

  // Built and checked by core while the receipt renders, so the file is offered only when the
  // receiving system can read it; when it cannot, the problems are listed (in the current language)
  // instead of a button that would fail.
  const submission = useMemo(() => buildSubmission(draft), [draft]);

  if (!draft.submittedAt) {
    return (
      <div className="app-form">
        <p className="app-lead">{m.receipt.notSubmitted}</p>
        <p>
          <a href={step(7)}>{m.receipt.goToDecision}</a>
        </p>
      </div>
    );
  }

  const text = (value: string): ReactNode =>
    value.trim() ? <span className="app-pre">{value}</span> : m.receipt.notAnswered;
  const wheelText = (answered: number) => f(m.receipt.wheelAnswers, { answered, total });
  const d = draft.decision;

  const pupilRows: SummaryRow[] = [
    { key: m.summary.reference, value: draft.pupil.reference, changeHref: step(1) },
    {
      key: m.summary.schoolYear,
      value: draft.pupil.schoolYear
        ? m.pupil.schoolYears[draft.pupil.schoolYear]
        : m.receipt.notAnswered,
      changeHref: step(1),
    },
    {
      key: m.summary.protectedIdentity,
      value: draft.pupil.protectedIdentity ? m.summary.yes : m.summary.no,
      changeHref: step(1),
    },
    ...(!draft.pupil.protectedIdentity && draft.pupil.chosenName.trim()
      ? [{ key: m.summary.chosenName, value: draft.pupil.chosenName, changeHref: step(1) }]
      : []),
  ];
  const absenceRows: SummaryRow[] = [
    {
      key: m.summary.when,
      value: draft.absence.when.length
        ? list(draft.absence.when.map((w) => m.absence.whenOptions[w]))
        : m.receipt.notAnswered,
      changeHref: step(2),
    },
    {
      key: m.summary.duration,
      value: draft.absence.duration
        ? m.absence.durationOptions[draft.absence.duration]
        : m.receipt.notAnswered,
      changeHref: step(2),
    },
    { key: m.summary.pupilView, value: text(draft.absence.pupilView), changeHref: step(2) },
    { key: m.summary.guardianView, value: text(draft.absence.guardianView), changeHref: step(2) },
    { key: m.summary.effect, value: text(draft.absence.effect), changeHref: step(2) },
    { key: m.summary.tried, value: text(draft.absence.tried), changeHref: step(2) },
  ];
  const wheelRows: SummaryRow[] = [
    { key: m.summary.child, value: wheelText(answeredCount(draft.child)), changeHref: step(3) },
    {
      key: m.summary.guardian,
      value: draft.guardians
        .map(
          (g, i) =>
            `${g.perspective.label || f(m.guardianWheels.guardianLabel, { n: i + 1 })}: ${wheelText(answeredCount(g))}`,
        )
        .join('; '),
      changeHref: step(4),
    },
    { key: m.summary.school, value: wheelText(answeredCount(draft.school)), changeHref: step(5) },
  ];
  const conversationRows: SummaryRow[] = [
    ...FACTORS.map((factor) => ({
      key: m.together.factors[factor],
      value: text(draft.together[factor]),
      changeHref: step(6),
    })),
    { key: m.summary.support, value: text(draft.together.support), changeHref: step(6) },
  ];
  const decisionRows: SummaryRow[] = [
    {
      key: m.summary.decision,
      value: d.outcome ? m.decision.outcomeOptions[d.outcome] : m.receipt.notAnswered,
      changeHref: step(7),
    },
    ...(d.outcome === 'school'
      ? [
          { key: m.summary.schoolSupport, value: text(d.schoolSupport), changeHref: step(7) },
          {
            key: m.summary.followUp,
            value: d.followUp ? date(d.followUp) : m.receipt.notAnswered,
            changeHref: step(7),
          },
        ]
      : []),
    ...(d.outcome === 'sip'
      ? [
          {
            key: m.summary.principals,
            value: list(d.principals.map((p) => m.decision.principalOptions[p])),
            changeHref: step(7),
          },
          { key: m.summary.sipReason, value: text(d.sipReason), changeHref: step(7) },
        ]
      : []),
  ];

  const download = (json: string) => {
    downloadJson(submissionFileName(draft), json);
    announce(m.receipt.downloaded);
  };

  return (
    <div className="app-receipt">
      <div className="app-confirmation">
        <h2 className="app-confirmation__title">{m.receipt.title}</h2>
        <p className="app-confirmation__reference">
          {f(m.receipt.panelText, { reference: draft.pupil.reference })}
        </p>
        <p>{f(m.receipt.completedOn, { date: date(draft.submittedAt) })}</p>
      </div>
      <p className="app-print-only">
        {f(m.receipt.printedOn, { date: date(new Date().toISOString()) })}
      </p>

      <h2>{m.receipt.whatNext}</h2>
      <p>{d.outcome === 'sip' ? m.receipt.nextSip : m.receipt.nextSchool}</p>
      {d.outcome === 'sip' ? (
        <p className="app-no-print">
          <button
            type="button"
            className="app-button"
            onClick={() => navigate({ name: 'sip', step: 'start' })}
          >
            {m.receipt.continueToSip}
          </button>
        </p>
      ) : null}

      <h2>{m.receipt.summaryHeading}</h2>
      <h3>{m.pupil.title}</h3>
      <SummaryList rows={pupilRows} />
      <h3>{m.absence.title}</h3>
      <SummaryList rows={absenceRows} />
      <h3>{m.together.wheelHeading}</h3>
      <SummaryList rows={wheelRows} />
      <WheelSummaryTable
        series={series}
        pack={pack}
        locale={locale}
        caption={m.together.tableHeading}
      />
      <h3>{m.together.notesHeading}</h3>
      <SummaryList rows={conversationRows} />
      <h3>{m.decision.title}</h3>
      <SummaryList rows={decisionRows} />

      <div className="app-no-print app-receipt__actions">
        <h2>{m.receipt.download}</h2>
        <p className="app-hint">{m.receipt.downloadHint}</p>
        {submission.ok ? null : (
          <div className="app-error-panel">
            <p>{m.receipt.downloadInvalid}</p>
            <ul>
              {formatIssues(submission.issues, locale).map((issue) => (
                <li key={issue}>{issue}</li>
              ))}
            </ul>
          </div>
        )}
        <div className="app-button-group">
          {submission.ok ? (
            <button type="button" className="app-button" onClick={() => download(submission.value)}>
              {m.receipt.download}
            </button>
          ) : null}
          <button
            type="button"
            className="app-button app-button--secondary"
            onClick={() => window.print()}
          >
            {m.receipt.print}
          </button>
        </div>
        <p>
          <button type="button" className="app-link-button" onClick={restart}>
            {m.receipt.restartNew}
          </button>
        </p>
      </div>
    </div>
  );
}
