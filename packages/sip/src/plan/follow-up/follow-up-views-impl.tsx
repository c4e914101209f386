import { useState, type ReactNode } from 'react';
import { langAttributes } from '../../i18n/language.ts';
import {
  defaultPack,
  formatMessage,
  type ContentPack,
  type SipPlan,
  type UiLocale,
} from '@barnets-basta/core';
import { planChanges, planSnapshot, type PlanRevision } from '@barnets-basta/core/sip';
import { Wheel } from '@barnets-basta/wheel';
import { useSafeId } from '@barnets-basta/wheel/internal';
import { Select } from '../../form/index.ts';
import type { FollowUpMessages } from '../../i18n/follow-up-messages.ts';
import { formatNodes, Typed } from '../shared/bidi.tsx';
import { sipCatalogues } from '../../i18n/language.ts';
import type { PlanMessages } from '../../i18n/plan-messages.ts';
import { roleLabel } from '../shared/labels.ts';
import { formatDate, makeRedactor } from '../shared/plan-utils.ts';
import { Heading } from '../shared/section-shell.tsx';
import {
  meetingAssessments,
  whoAnswered,
} from '../sections/aktuell-situation/earlier-assessments.tsx';
import type { FamilyFollowUpProps, PlanHistoryProps } from './follow-up-props.ts';
import { evaluationLabel, statusLabel } from './follow-up-labels.ts';

const hasText = (s: string | undefined): s is string => typeof s === 'string' && s.trim() !== '';

function useCatalogues(props: {
  locale?: UiLocale;
  messages?: Partial<FollowUpMessages>;
  planMessages?: Partial<PlanMessages>;
}) {
  const { locale, f, m } = sipCatalogues(props.locale, {
    followUp: props.messages,
    plan: props.planMessages,
  });
  return { locale, f, m };
}

function revisionTitle(r: PlanRevision, f: FollowUpMessages, locale: UiLocale): string {
  const date = formatDate(r.meetingDate, locale) ?? f.historyNoDate;
  return formatMessage(r.meeting === 'first' ? f.historyFirst : f.historyFollowUp, { date });
}

/** See `PlanHistory`. */
export function PlanHistoryImpl(props: PlanHistoryProps) {
  const { locale, f, m } = useCatalogues(props);
  const plan = props.value;
  const level = props.headingLevel ?? 2;
  const revisions = plan.revisions ?? [];
  const [picked, setPicked] = useState(revisions.length ? revisions[0]!.id : '');
  const titleId = useSafeId('bb-history');
  const redact = makeRedactor(plan, m);
  const revision = revisions.find((r) => r.id === picked) ?? revisions[0];
  const H = (n: number) => Math.min(level + n, 6);
  if (!revision) {
    return (
      <section
        className="bb-follow-up-history"
        aria-labelledby={titleId}
        {...langAttributes(locale)}
      >
        <Heading level={level} id={titleId}>
          {f.historyTitle}
        </Heading>
        <p>{f.historyNone}</p>
      </section>
    );
  }
  const then = revision.plan;
  const changes = planChanges(then, planSnapshot(plan));
  const who = revision.participants
    .map((p) => p.roles.map((r) => roleLabel(r, m)).join(', '))
    .filter(hasText);
  // What people typed is isolated in the sentence (bidi.tsx).
  const typed = (template: string, text: string | undefined) =>
    formatNodes(template, { text: <Typed>{redact(text)}</Typed> });
  const changeList: ReactNode[] = [
    ...changes.goals.added.map((g) => typed(f.changeAdded, g.text)),
    ...changes.goals.changed.map((g) => typed(f.changeChanged, g.text)),
    ...changes.goals.removed.map((g) => typed(f.changeRemoved, g.text)),
    ...changes.actions.added.map((a) => typed(f.changeAdded, a.what)),
    ...changes.actions.changed.map((a) => typed(f.changeChanged, a.what)),
    ...changes.actions.removed.map((a) => typed(f.changeRemoved, a.what)),
  ];
  if (changes.followUpDate) {
    changeList.push(
      formatMessage(f.changeFollowUp, {
        before: formatDate(changes.followUpDate.before, locale) ?? f.nothing,
        after: formatDate(changes.followUpDate.after, locale) ?? f.nothing,
      }),
    );
  }
  if (changes.closed) changeList.push(f.changeClosed);
  return (
    <section className="bb-follow-up-history" aria-labelledby={titleId} {...langAttributes(locale)}>
      <Heading level={level} id={titleId}>
        {f.historyTitle}
      </Heading>
      <Select
        id={`${titleId}-pick`}
        name="revision"
        label={f.historyPick}
        options={revisions.map((r) => ({ value: r.id, label: revisionTitle(r, f, locale) }))}
        value={revision.id}
        onChange={setPicked}
        locale={locale}
      />
      <Heading level={H(1)}>{revisionTitle(revision, f, locale)}</Heading>
      {who.length ? <p>{formatMessage(f.historyWho, { list: who.join('; ') })}</p> : null}
      <Heading level={H(2)}>{f.historyGoals}</Heading>
      {then.goals.length ? (
        <ul>
          {then.goals.map((g) => (
            <li key={g.id}>{redact(g.text)}</li>
          ))}
        </ul>
      ) : (
        <p>{f.nothing}</p>
      )}
      <Heading level={H(2)}>{f.historyActions}</Heading>
      {then.actions.length ? (
        <ul>
          {then.actions.map((a) => (
            <li key={a.id}>
              {redact(a.what)}
              {hasText(a.organisation) ? ` (${a.organisation})` : ''}
            </li>
          ))}
        </ul>
      ) : (
        <p>{f.nothing}</p>
      )}
      <Heading level={H(2)}>{f.historyChanges}</Heading>
      {changeList.length ? (
        <ul>
          {changeList.map((text, i) => (
            <li key={i}>{text}</li>
          ))}
        </ul>
      ) : (
        <p>{f.historyNoChanges}</p>
      )}
    </section>
  );
}

/** See `FamilyFollowUp`. */
export function FamilyFollowUpImpl(props: FamilyFollowUpProps) {
  const { locale, f, m } = useCatalogues(props);
  const pack: ContentPack = props.pack ?? defaultPack;
  const plan: SipPlan = props.value;
  const level = props.headingLevel ?? 2;
  const titleId = useSafeId('bb-family-follow-up');
  const redact = makeRedactor(plan, m);
  const meetings = plan.followUps ?? [];
  const meeting = meetings.at(-1);
  const H = (n: number) => Math.min(level + n, 6);
  const closed = hasText(plan.closing?.date);
  const start = meetingAssessments(plan);
  const now = meeting
    ? meetingAssessments({ ...plan, assessments: meeting.assessments ?? [] })
    : [];
  const child = (list: typeof start) =>
    list.find((a) => a.perspective?.kind === 'child') ?? undefined;
  const childThen = child(start);
  const childNow = child(now);
  return (
    <article className="bb-family-follow-up" aria-labelledby={titleId} {...langAttributes(locale)}>
      <Heading level={level} id={titleId}>
        {f.familyTitle}
      </Heading>
      {!meeting ? (
        <p>{f.familyNoFollowUp}</p>
      ) : (
        <>
          {hasText(meeting.date) ? (
            <p>
              {formatMessage(f.familyMeeting, { date: formatDate(meeting.date, locale) ?? '' })}
            </p>
          ) : null}
          {hasText(meeting.familyView) ? <p dir="auto">{redact(meeting.familyView)}</p> : null}
          <Heading level={H(1)}>{f.familyActionsHeading}</Heading>
          <ul>
            {meeting.actions.map((report) => {
              const action = plan.actions.find((a) => a.id === report.actionId);
              if (!action) return null;
              return (
                <li key={report.actionId}>
                  <strong>
                    <Typed>{redact(action.what)}</Typed>
                  </strong>
                  {report.status ? `: ${statusLabel(report.status, f)}` : ''}
                  {hasText(report.outcome) ? (
                    <>
                      . <Typed>{redact(report.outcome)}</Typed>
                    </>
                  ) : null}
                </li>
              );
            })}
          </ul>
          <Heading level={H(1)}>{f.familyGoalsHeading}</Heading>
          <ul>
            {meeting.goals.map((report) => {
              const goal = plan.goals.find((g) => g.id === report.goalId);
              if (!goal) return null;
              return (
                <li key={report.goalId}>
                  <strong>
                    <Typed>{redact(goal.text)}</Typed>
                  </strong>
                  {report.evaluation ? `: ${evaluationLabel(report.evaluation, f)}` : ''}
                  {hasText(report.childWords) ? (
                    <>
                      {' '}
                      {formatNodes(f.familyChildWords, {
                        words: <Typed>{redact(report.childWords)}</Typed>,
                      })}
                    </>
                  ) : null}
                </li>
              );
            })}
          </ul>
          {childThen && childNow ? (
            <>
              <Heading level={H(1)}>{f.familyWheelHeading}</Heading>
              <Wheel
                value={childNow}
                series={[{ assessment: childThen, label: f.wheelThenUndated }]}
                readOnly
                content={pack}
                locale={locale}
                audience="professional"
                viewer="meeting"
                animate={false}
                childName={whoAnswered(childNow, m, locale)}
              />
            </>
          ) : null}
        </>
      )}
      <Heading level={H(1)}>{f.familyNextHeading}</Heading>
      <p>
        {closed
          ? formatNodes(f.familyClosed, { reason: <Typed>{redact(plan.closing?.reason)}</Typed> })
          : hasText(plan.followUp?.date)
            ? formatMessage(f.familyNext, { date: formatDate(plan.followUp?.date, locale) ?? '' })
            : f.familyNextUndated}
      </p>
      {props.printButton ? (
        <button type="button" className="bb-plan-button bb-no-print" onClick={() => window.print()}>
          {f.printButton}
        </button>
      ) : null}
    </article>
  );
}
