import {
  answerLabel,
  formatMessage,
  getScale,
  type Assessment,
  type ContentPack,
  type SipPlan,
  type UiLocale,
} from '@barnets-basta/core';
import { Wheel, WheelDifferences, WheelSummaryTable } from '@barnets-basta/wheel';
import { useSafeId } from '@barnets-basta/wheel/internal';
import type { PlanMessages } from '../../../i18n/plan-messages.ts';
import { perspectiveLabel } from '../../shared/labels.ts';
import { hasHiddenParts, meetingView } from '../../shared/plan-utils.ts';
import { Heading } from '../../shared/section-shell.tsx';

/** The plan's assessments as the meeting may see them (private answers and protected names removed). */
export function meetingAssessments(plan: SipPlan): Assessment[] {
  return (Array.isArray(plan.assessments) ? plan.assessments : [])
    .filter((a) => a && typeof a === 'object' && a.areas && typeof a.areas === 'object')
    .map((a) => meetingView(a, plan));
}

/** "Barnet", "Mamma": the perspective's own label, else its kind. */
export function whoAnswered(a: Assessment, m: PlanMessages, locale: UiLocale): string {
  const own = a.perspective?.label;
  if (typeof own === 'string' && own.trim()) return own;
  const text = perspectiveLabel(a.perspective?.kind ?? 'other', m);
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

/**
 * The earlier wheels beside the current situation: each read-only, the largest differences as
 * conversation starters, and all answers as a table (the text equivalent of the pictures).
 * Answers meant only for the respondent or the contact person never reach the meeting's screen.
 */
export function EarlierAssessments({
  plan,
  pack,
  locale,
  m,
  headingLevel,
}: {
  plan: SipPlan;
  pack: ContentPack;
  locale: UiLocale;
  m: PlanMessages;
  headingLevel: number;
}) {
  const titleId = useSafeId('bb-earlier');
  const raw = Array.isArray(plan.assessments) ? plan.assessments : [];
  const assessments = meetingAssessments(plan);
  const series = assessments.map((assessment) => ({
    assessment,
    label: whoAnswered(assessment, m, locale),
  }));
  const level = Math.min(headingLevel, 6);
  const primary = series.find((x) => x.assessment.perspective?.kind === 'child') ?? series[0];
  const others = series.filter((x) => x !== primary);
  return (
    <aside className="bb-situation__earlier" aria-labelledby={titleId}>
      <Heading level={level} id={titleId} className="bb-plan-group__heading">
        {m.earlierHeading}
      </Heading>
      {!primary ? (
        <p>{m.earlierNone}</p>
      ) : (
        <>
          <p className="bb-hint">{m.earlierIntro}</p>
          {raw.some(hasHiddenParts) ? <p className="bb-hint">{m.earlierHiddenNote}</p> : null}
          {/* One wheel: the child's own view (or the first), the others drawn over it as outlines. */}
          <Wheel
            value={primary.assessment}
            series={others}
            readOnly
            content={pack}
            locale={locale}
            audience="professional"
            viewer="meeting"
            animate={false}
          />
          {series.length > 1 ? (
            <WheelDifferences
              series={series}
              pack={pack}
              locale={locale}
              viewer="meeting"
              headingLevel={Math.min(level + 1, 6) as 3}
              heading={m.earlierDifferencesHeading}
            />
          ) : null}
          <WheelSummaryTable
            series={series}
            pack={pack}
            locale={locale}
            viewer="meeting"
            caption={m.earlierSummaryHeading}
          />
        </>
      )}
    </aside>
  );
}

/** One area's earlier answers as a short list beside its text fields. */
export function AreaAnswers({
  areaId,
  areaName,
  assessments,
  locale,
  m,
}: {
  areaId: string;
  areaName: string;
  assessments: Assessment[];
  locale: UiLocale;
  m: PlanMessages;
}) {
  const answers = assessments
    .map((a) => {
      const answer = a.areas?.[areaId]?.answer;
      if (!answer) return undefined;
      const scale = getScale(a.scale);
      const words = answerLabel(scale, answer, locale);
      // steps-10 labels already carry their number ("1 – Långt ifrån"); others get it in front.
      const text =
        answer.kind === 'value' && !words.startsWith(String(answer.value))
          ? `${answer.value} – ${words}`
          : words;
      return {
        id: a.id,
        text: formatMessage(m.earlierAnswer, { who: whoAnswered(a, m, locale), answer: text }),
      };
    })
    .filter((x): x is { id: string; text: string } => x !== undefined);
  if (answers.length === 0) return null;
  return (
    <ul
      className="bb-situation__answers"
      aria-label={formatMessage(m.earlierAnswers, { area: areaName })}
    >
      {answers.map((a) => (
        <li key={a.id}>{a.text}</li>
      ))}
    </ul>
  );
}
