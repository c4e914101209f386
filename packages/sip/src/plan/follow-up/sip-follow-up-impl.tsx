import { useRef, useState } from 'react';
import { langAttributes } from '../../i18n/language.ts';
import {
  createAssessment,
  defaultPack,
  formatMessage,
  type Assessment,
  type ContentPack,
  type SipPlan,
  type UiLocale,
} from '@barnets-basta/core';
import {
  currentFollowUp,
  finishFollowUp,
  isActionOpen,
  startFollowUp,
  type ActionReport,
  type FollowUpMeeting,
  type GoalReport,
} from '@barnets-basta/core/sip';
import { Wheel, WheelDifferences } from '@barnets-basta/wheel';
import { useSafeId } from '@barnets-basta/wheel/internal';
import { Checkboxes, Radios, Select, Textarea } from '../../form/index.ts';
import type { FollowUpMessages } from '../../i18n/follow-up-messages.ts';
import { formatNodes, Typed } from '../shared/bidi.tsx';
import { sipCatalogues } from '../../i18n/language.ts';
import type { PlanMessages } from '../../i18n/plan-messages.ts';
import { participationLabel, PARTICIPATION } from '../shared/labels.ts';
import {
  enforceProtectedIdentity,
  formatDate,
  participantDisplayName,
} from '../shared/plan-utils.ts';
import { MeetingProgress, MeetingStepButtons } from '../meeting-mode/meeting-progress.tsx';
import { useMeetingPhase } from '../meeting-mode/use-meeting-phase.ts';
import { useRootOf } from '../shared/plan-context.tsx';
import { Heading } from '../shared/section-shell.tsx';
import { SipAvslutning } from '../sections/avslutning/sip-avslutning.tsx';
import { SipBehov } from '../sections/behov/sip-behov.tsx';
import {
  meetingAssessments,
  whoAnswered,
} from '../sections/aktuell-situation/earlier-assessments.tsx';
import type { SipFollowUpProps } from './follow-up-props.ts';
import {
  ACTION_STATUSES,
  EVALUATIONS,
  FOLLOW_UP_PHASES,
  type FollowUpPhase,
} from './follow-up-labels.ts';
import { statusLabel, evaluationLabel, phaseLabel, phaseIntro } from './follow-up-labels.ts';

const hasText = (s: string | undefined): s is string => typeof s === 'string' && s.trim() !== '';

/** Sets or removes (when empty) one optional text member. */
function withText<T extends object>(item: T, key: keyof T, text: string): T {
  const next = { ...item };
  if (text === '') delete next[key];
  else (next as Record<keyof T, unknown>)[key] = text;
  return next;
}

/**
 * Edits the report on one action or goal of a follow-up meeting, starting a new one when the
 * meeting has none for it yet.
 */
function editReport<K extends string, R extends Record<K, string>>(
  reports: readonly R[],
  key: K,
  id: string,
  edit: (report: R) => R,
): R[] {
  if (!reports.some((r) => r[key] === id)) return [...reports, edit({ [key]: id } as R)];
  return reports.map((r) => (r[key] === id ? edit(r) : r));
}

/**
 * The follow-up meeting itself (loaded on demand by `SipFollowUp`): see its documentation.
 */
export default function SipFollowUpImpl(props: SipFollowUpProps) {
  const pack: ContentPack = props.pack ?? defaultPack;
  const { locale, f, m } = sipCatalogues(props.locale, {
    followUp: props.messages,
    plan: props.planMessages,
  });
  const prefix = props.idPrefix ?? 'sip-fu';
  const level = props.headingLevel ?? 2;
  const now = props.now ?? (() => new Date());
  const plan = props.value;
  const meeting = currentFollowUp(plan);
  // Lookups by id go through the root the meeting is in (a shadow root in a custom element).
  const frame = useRef<HTMLElement>(null);
  const getRoot = useRootOf(frame);
  const [phase, goTo] = useMeetingPhase<FollowUpPhase>({
    phase: props.phase,
    defaultPhase: 'present',
    onPhaseChange: props.onPhaseChange,
    headingId: (p) => `${prefix}-phase-${p}`,
    getRoot,
  });
  const [status, setStatus] = useState('');
  const [outcome, setOutcome] = useState<'' | 'continue' | 'close'>('');
  const [outcomeError, setOutcomeError] = useState<string | undefined>();
  const titleId = useSafeId(`${prefix}-title`);

  const change = (next: SipPlan) =>
    props.onChange(enforceProtectedIdentity({ ...next, updatedAt: now().toISOString() }));
  const setMeeting = (edit: (meeting: FollowUpMeeting) => FollowUpMeeting) => {
    const current = currentFollowUp(plan);
    if (!current) return;
    const followUps = [...(plan.followUps ?? [])];
    followUps[followUps.length - 1] = edit(current);
    change({ ...plan, followUps });
  };
  const name = (p: SipPlan['participants'][number], i: number) =>
    participantDisplayName(p, i, plan, m);
  const H = (n: number) => Math.min(level + n, 6);

  if (!meeting) {
    const closed = hasText(plan.closing?.date);
    return (
      <section
        ref={frame}
        className="bb-follow-up"
        aria-labelledby={titleId}
        {...langAttributes(locale)}
      >
        <Heading level={level} id={titleId}>
          {closed ? f.closedTitle : f.title}
        </Heading>
        {closed ? (
          <>
            <p>
              {formatMessage(f.closedOn, { date: formatDate(plan.closing?.date, locale) ?? '' })}
            </p>
            {hasText(plan.closing?.reason) ? (
              <p>{formatNodes(f.closedReason, { reason: <Typed>{plan.closing.reason}</Typed> })}</p>
            ) : null}
          </>
        ) : (
          <>
            <p>{f.intro}</p>
            {hasText(plan.followUp?.date) ? (
              <p>{formatMessage(f.due, { date: formatDate(plan.followUp?.date, locale) ?? '' })}</p>
            ) : null}
            <p className="bb-hint" id={`${prefix}-start-hint`}>
              {f.startHint}
            </p>
            <button
              type="button"
              className="bb-plan-button bb-plan-button--primary"
              aria-describedby={`${prefix}-start-hint`}
              onClick={() => {
                change(startFollowUp(plan, { now: now() }));
                setStatus(f.started);
                goTo('present');
              }}
            >
              {f.startButton}
            </button>
          </>
        )}
        <div className="bb-visually-hidden" role="status" aria-live="polite">
          {status}
        </div>
      </section>
    );
  }

  const setAction = (actionId: string, edit: (r: ActionReport) => ActionReport) =>
    setMeeting((mt) => ({ ...mt, actions: editReport(mt.actions, 'actionId', actionId, edit) }));
  const setGoal = (goalId: string, edit: (r: GoalReport) => GoalReport) =>
    setMeeting((mt) => ({ ...mt, goals: editReport(mt.goals, 'goalId', goalId, edit) }));
  const participantOptions = plan.participants.map((p, i) => ({ value: p.id, label: name(p, i) }));

  const finish = () => {
    if (!outcome) return setOutcomeError(f.outcomeMissing);
    if (outcome === 'close' && !hasText(plan.closing?.reason))
      return setOutcomeError(f.closeReasonMissing);
    // Going on needs a next date after this meeting (the planned date was this one's).
    const nextDate = plan.followUp?.date;
    if (
      outcome === 'continue' &&
      (!hasText(nextDate) || (meeting.date && nextDate <= meeting.date))
    )
      return setOutcomeError(f.nextDateMissing);
    setOutcomeError(undefined);
    // Nothing typed is dropped: a closing reason written before "we follow up again" stays in the
    // plan (without a closing date the plan is not closed).
    change(finishFollowUp(plan, outcome, { now: now() }));
    setStatus(f.finished);
  };

  let body: React.ReactNode;
  if (phase === 'present') {
    body = (
      <>
        {participantOptions.length ? (
          <Checkboxes
            id={`${prefix}-present`}
            name={`${prefix}.present`}
            legend={f.presentLegend}
            options={participantOptions}
            value={meeting.present}
            onChange={(present) => setMeeting((mt) => ({ ...mt, present }))}
            locale={locale}
          />
        ) : (
          <p>{f.noParticipants}</p>
        )}
        <Radios
          id={`${prefix}-participation`}
          name={`${prefix}.childParticipation`}
          legend={f.participationLegend}
          options={PARTICIPATION.map((p) => ({ value: p, label: participationLabel(p, m) }))}
          value={meeting.childParticipation ?? ''}
          onChange={(value) => setMeeting((mt) => ({ ...mt, childParticipation: value as never }))}
          locale={locale}
        />
      </>
    );
  } else if (phase === 'actions') {
    const reported = meeting.actions.map((r) => r.actionId);
    const actions = plan.actions.filter((a) => reported.includes(a.id));
    const closed = plan.actions.filter(
      (a) => hasText(a.what) && !reported.includes(a.id) && !isActionOpen(plan, a, meeting.id),
    );
    body = (
      <>
        {actions.length === 0 ? <p>{f.noActions}</p> : null}
        <ol className="bb-follow-up__list">
          {actions.map((action, i) => {
            const report = meeting.actions.find((r) => r.actionId === action.id)!;
            const base = `${prefix}-actions-${i}`;
            const who = [action.organisation, action.contactPerson].filter(hasText).join(', ');
            // What people typed is isolated in the sentence (bidi.tsx).
            return (
              <li key={action.id} className="bb-follow-up__item">
                <Heading level={H(2)} id={`${base}-heading`}>
                  {formatNodes(f.actionHeading, { n: i + 1, what: <Typed>{action.what}</Typed> })}
                </Heading>
                {who ? (
                  <p className="bb-hint">
                    {formatNodes(f.actionWho, { who: <Typed>{who}</Typed> })}
                  </p>
                ) : null}
                <Radios
                  id={`${base}-status`}
                  name={`${prefix}.actions.${i}.status`}
                  legend={f.statusLegend}
                  options={ACTION_STATUSES.map((s) => ({ value: s, label: statusLabel(s, f) }))}
                  value={report.status ?? ''}
                  onChange={(value) =>
                    setAction(action.id, (r) => ({ ...r, status: value as never }))
                  }
                  locale={locale}
                  inline
                />
                <Textarea
                  id={`${base}-outcome`}
                  name={`${prefix}.actions.${i}.outcome`}
                  label={f.outcomeLabel}
                  rows={2}
                  value={report.outcome ?? ''}
                  onChange={(value) => setAction(action.id, (r) => withText(r, 'outcome', value))}
                  locale={locale}
                  optional
                />
                <Select
                  id={`${base}-reported-by`}
                  name={`${prefix}.actions.${i}.reportedBy`}
                  label={f.reportedByLabel}
                  options={participantOptions}
                  placeholder
                  value={report.reportedBy ?? ''}
                  onChange={(value) =>
                    setAction(action.id, (r) => withText(r, 'reportedBy', value))
                  }
                  locale={locale}
                  optional
                />
              </li>
            );
          })}
        </ol>
        {closed.length ? (
          <p className="bb-hint">
            {formatMessage(f.closedActions, { list: closed.map((a) => a.what).join(', ') })}
          </p>
        ) : null}
      </>
    );
  } else if (phase === 'wheel') {
    body = (
      <WheelPhase
        plan={plan}
        meeting={meeting}
        pack={pack}
        locale={locale}
        f={f}
        m={m}
        prefix={prefix}
        level={H(2)}
        now={now}
        setMeeting={setMeeting}
      />
    );
  } else if (phase === 'goals') {
    const goals = plan.goals.filter((g) => hasText(g.text));
    body = goals.length ? (
      <ol className="bb-follow-up__list">
        {goals.map((goal, i) => {
          const report = meeting.goals.find((g) => g.goalId === goal.id) ?? { goalId: goal.id };
          const base = `${prefix}-goals-${i}`;
          return (
            <li key={goal.id} className="bb-follow-up__item">
              <Heading level={H(2)} id={`${base}-heading`}>
                {formatNodes(f.goalHeading, { n: i + 1, text: <Typed>{goal.text}</Typed> })}
              </Heading>
              <Radios
                id={`${base}-evaluation`}
                name={`${prefix}.goals.${i}.evaluation`}
                legend={f.evaluationLegend}
                options={EVALUATIONS.map((e) => ({ value: e, label: evaluationLabel(e, f) }))}
                value={report.evaluation ?? ''}
                onChange={(value) =>
                  setGoal(goal.id, (r) => ({ ...r, evaluation: value as never }))
                }
                locale={locale}
                inline
              />
              <Textarea
                id={`${base}-child-words`}
                name={`${prefix}.goals.${i}.childWords`}
                label={f.childWordsLabel}
                rows={2}
                value={report.childWords ?? ''}
                onChange={(value) => setGoal(goal.id, (r) => withText(r, 'childWords', value))}
                locale={locale}
                optional
              />
              <Textarea
                id={`${base}-comment`}
                name={`${prefix}.goals.${i}.comment`}
                label={f.goalCommentLabel}
                rows={2}
                value={report.comment ?? ''}
                onChange={(value) => setGoal(goal.id, (r) => withText(r, 'comment', value))}
                locale={locale}
                optional
              />
            </li>
          );
        })}
      </ol>
    ) : (
      <p>{f.noGoals}</p>
    );
  } else if (phase === 'changes') {
    body = (
      <SipBehov
        value={plan}
        onChange={change}
        pack={pack}
        locale={locale}
        messages={props.planMessages}
        idPrefix={`${prefix}-plan`}
        headingLevel={H(1) as 3}
        label={props.label}
      />
    );
  } else {
    body = (
      <>
        <SipAvslutning
          value={plan}
          onChange={change}
          pack={pack}
          locale={locale}
          messages={props.planMessages}
          idPrefix={`${prefix}-plan`}
          headingLevel={H(1) as 3}
          label={props.label}
        />
        <Radios
          id={`${prefix}-outcome`}
          name={`${prefix}.outcome`}
          legend={f.outcomeLegend}
          options={[
            { value: 'continue', label: f.outcomeContinue, hint: f.outcomeContinueHint },
            { value: 'close', label: f.outcomeClose, hint: f.outcomeCloseHint },
          ]}
          value={outcome}
          onChange={(value) => {
            setOutcome(value as 'continue' | 'close');
            setOutcomeError(undefined);
          }}
          error={outcomeError}
          locale={locale}
        />
        <button type="button" className="bb-plan-button bb-plan-button--primary" onClick={finish}>
          {f.finishButton}
        </button>
      </>
    );
  }

  return (
    <section
      ref={frame}
      className="bb-follow-up"
      aria-labelledby={titleId}
      {...langAttributes(locale)}
    >
      <Heading level={level} id={titleId}>
        {f.title}
      </Heading>
      {hasText(meeting.due) ? (
        <p className="bb-hint">
          {formatMessage(f.due, { date: formatDate(meeting.due, locale) ?? '' })}
        </p>
      ) : null}
      <MeetingProgress
        phases={FOLLOW_UP_PHASES}
        phase={phase}
        onSelect={goTo}
        title={(p) => phaseLabel(p, f)}
        label={f.progressLabel}
        stepOf={(n, total) => formatMessage(f.stepOf, { n, total })}
        idPrefix={prefix}
      />
      <section className="bb-follow-up__phase" aria-labelledby={`${prefix}-phase-${phase}`}>
        <Heading level={H(1)} id={`${prefix}-phase-${phase}`} tabIndex={-1}>
          {phaseLabel(phase, f)}
        </Heading>
        <p className="bb-hint">{phaseIntro(phase, f)}</p>
        {body}
      </section>
      <MeetingStepButtons
        phases={FOLLOW_UP_PHASES}
        phase={phase}
        onSelect={goTo}
        previousText={(p) => formatMessage(f.previous, { title: phaseLabel(p, f) })}
        nextText={(p) => formatMessage(f.next, { title: phaseLabel(p, f) })}
      />
      <div className="bb-visually-hidden" role="status" aria-live="polite">
        {status}
      </div>
    </section>
  );
}

/**
 * Phase 3: the new wheel readings, each beside the reading of the same perspective that the plan
 * started from (the wheel package's overlay and differences views, read-only), and a new editable
 * wheel for each perspective that has none yet.
 */
function WheelPhase({
  plan,
  meeting,
  pack,
  locale,
  f,
  m,
  prefix,
  level,
  now,
  setMeeting,
}: {
  plan: SipPlan;
  meeting: FollowUpMeeting;
  pack: ContentPack;
  locale: UiLocale;
  f: FollowUpMessages;
  m: PlanMessages;
  prefix: string;
  level: number;
  now: () => Date;
  setMeeting: (edit: (meeting: FollowUpMeeting) => FollowUpMeeting) => void;
}) {
  const starting = meetingAssessments(plan);
  const fresh = meeting.assessments ?? [];
  const key = (a: Assessment) => `${a.perspective?.kind ?? 'other'}:${a.perspective?.label ?? ''}`;
  const missing = starting.filter((s) => !fresh.some((n) => key(n) === key(s)));
  const setReading = (i: number, next: Assessment) =>
    setMeeting((mt) => {
      const list = [...(mt.assessments ?? [])];
      list[i] = next;
      return { ...mt, assessments: list };
    });
  return (
    <>
      {starting.length === 0 ? <p>{f.wheelNoStart}</p> : null}
      {fresh.length === 0 && starting.length > 0 ? <p>{f.wheelNoNew}</p> : null}
      {fresh.map((reading, i) => {
        const who = whoAnswered(reading, m, locale);
        const then = starting.find((s) => key(s) === key(reading));
        const thenLabel = then?.createdAt
          ? formatMessage(f.wheelThen, {
              date: formatDate(then.createdAt.slice(0, 10), locale) ?? '',
            })
          : f.wheelThenUndated;
        return (
          <section
            key={reading.id}
            className="bb-follow-up__wheel"
            aria-labelledby={`${prefix}-wheel-${i}`}
          >
            <Heading level={level} id={`${prefix}-wheel-${i}`}>
              {formatMessage(then ? f.wheelStartHeading : f.wheelNewHeading, { who })}
            </Heading>
            <Wheel
              value={reading}
              onChange={(next) => setReading(i, next)}
              content={pack}
              locale={locale}
              audience={reading.perspective?.kind === 'guardian' ? 'guardian' : 'professional'}
              viewer="meeting"
              animate={false}
              name={`${prefix}.wheel.${i}`}
            />
            {then ? (
              <>
                <Wheel
                  value={reading}
                  series={[{ assessment: then, label: thenLabel }]}
                  readOnly
                  content={pack}
                  locale={locale}
                  audience="professional"
                  viewer="meeting"
                  animate={false}
                />
                <WheelDifferences
                  series={[
                    { assessment: then, label: thenLabel },
                    { assessment: reading, label: f.wheelNow },
                  ]}
                  seriesKind="readings"
                  pack={pack}
                  locale={locale}
                  viewer="meeting"
                  headingLevel={Math.min(level + 1, 6) as 3}
                />
              </>
            ) : null}
          </section>
        );
      })}
      {missing.map((start) => {
        const who = whoAnswered(start, m, locale);
        return (
          <button
            key={start.id}
            type="button"
            className="bb-plan-button"
            onClick={() =>
              setMeeting((mt) => ({
                ...mt,
                assessments: [
                  ...(mt.assessments ?? []),
                  createAssessment({
                    pack,
                    scale: start.scale,
                    perspective: { ...start.perspective },
                    now: now(),
                  }),
                ],
              }))
            }
          >
            {formatMessage(f.wheelAdd, { who })}
          </button>
        );
      })}
      <Textarea
        id={`${prefix}-family-view`}
        name={`${prefix}.familyView`}
        label={f.familyViewLabel}
        rows={3}
        value={meeting.familyView ?? ''}
        onChange={(value) => setMeeting((mt) => withText(mt, 'familyView', value))}
        locale={locale}
        optional
      />
    </>
  );
}
