import { newId } from '../assessment/assessment.ts';
import { filled } from '../validation/guards.ts';
import type {
  ActionReport,
  FollowUpMeeting,
  Goal,
  GoalReport,
  PlanRevision,
  PlanSnapshot,
  RevisionParticipant,
  SipAction,
  SipPlan,
} from './types.ts';

// Pure functions over a plan's follow-up cycle. None mutates its input; each returns a new plan.

/** A calendar date in the local time zone (what a meeting's date means to the people in it). */
function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const isProtected = (plan: SipPlan) => plan.child?.protectedIdentity === true;

/**
 * The plan's content without identity, readings or history: what a revision freezes. In a plan
 * with protected identity the participants keep only their ids, roles and organisation, so a
 * revision never carries a family member's name or contact.
 *
 * @example
 * const before = planSnapshot(plan);
 * before.goals.length === plan.goals.length; // true
 */
export function planSnapshot(plan: SipPlan): PlanSnapshot {
  const {
    type: _type,
    schemaVersion: _version,
    id: _id,
    pack: _pack,
    createdAt: _created,
    updatedAt: _updated,
    child: _child,
    assessments: _assessments,
    followUps: _followUps,
    revisions: _revisions,
    ...content
  } = plan;
  const snapshot = structuredClone(content);
  if (isProtected(plan)) {
    snapshot.participants = snapshot.participants.map(({ id, roles, organisation }) =>
      organisation === undefined ? { id, roles } : { id, roles, organisation },
    );
  }
  return snapshot;
}

/** Who took part, as a revision records it: roles only (no ids) when the identity is protected. */
function revisionParticipants(plan: SipPlan, ids: readonly string[]): RevisionParticipant[] {
  const hidden = isProtected(plan);
  return plan.participants
    .filter((p) => ids.includes(p.id))
    .map((p) => ({
      ...(hidden ? {} : { participantId: p.id }),
      roles: [...p.roles],
      ...(p.organisation ? { organisation: p.organisation } : {}),
    }));
}

/** Ids of those present at the first meeting (all participants when nobody was marked). */
function firstMeetingPresent(plan: SipPlan): string[] {
  const marked = plan.participants.filter((p) => p.present === true);
  return (marked.length ? marked : plan.participants).map((p) => p.id);
}

/**
 * The follow-up meeting in progress: the last one that has no `outcome` yet, or `undefined`.
 *
 * @example
 * const meeting = currentFollowUp(plan);
 * if (!meeting) plan = startFollowUp(plan);
 */
export function currentFollowUp(plan: SipPlan): FollowUpMeeting | undefined {
  const last = plan.followUps?.at(-1);
  return last && last.outcome === undefined ? last : undefined;
}

/**
 * What was last reported about each action, by action id (the latest meeting that reported it
 * with a status or an outcome).
 *
 * @example
 * latestActionReports(plan).get('a-1')?.status; // 'done'
 */
export function latestActionReports(
  plan: SipPlan,
  options?: { before?: string },
): Map<string, ActionReport> {
  const out = new Map<string, ActionReport>();
  for (const meeting of plan.followUps ?? []) {
    if (meeting.id === options?.before) break;
    for (const report of meeting.actions) {
      if (report.status !== undefined || filled(report.outcome)) out.set(report.actionId, report);
    }
  }
  return out;
}

/**
 * Whether an action is still open: not reported done or cancelled at an earlier follow-up.
 *
 * @example
 * plan.actions.filter((action) => isActionOpen(plan, action));
 */
export function isActionOpen(plan: SipPlan, action: SipAction, before?: string): boolean {
  const status = latestActionReports(plan, { before }).get(action.id)?.status;
  return status !== 'done' && status !== 'cancelled';
}

/** Options of {@link startFollowUp} and {@link finishFollowUp}. */
export interface FollowUpOptions {
  /** Defaults to the current time; pass a fixed date in tests. */
  now?: Date;
  /** The new meeting's (or revision's) id; random by default. */
  id?: string;
}

/**
 * Begins a follow-up meeting: the first time, the plan as the first meeting left it is kept as a
 * revision; then a meeting is added, due on the plan's planned follow-up date, held today, with a
 * row for each open action and each goal. A meeting already in progress is returned as it is.
 *
 * @example
 * let next = startFollowUp(plan, { now: new Date('2025-05-16T09:00:00Z') });
 * currentFollowUp(next)?.due; // plan.followUp?.date
 */
export function startFollowUp(plan: SipPlan, options: FollowUpOptions = {}): SipPlan {
  if (currentFollowUp(plan)) return plan;
  const now = options.now ?? new Date();
  const revisions = [...(plan.revisions ?? [])];
  if (revisions.length === 0) {
    revisions.push({
      id: newId(),
      at: now.toISOString(),
      ...(plan.meetingDate ? { meetingDate: plan.meetingDate } : {}),
      meeting: 'first',
      participants: revisionParticipants(plan, firstMeetingPresent(plan)),
      plan: planSnapshot(plan),
    });
  }
  const meeting: FollowUpMeeting = {
    id: options.id ?? newId(),
    ...(plan.followUp?.date ? { due: plan.followUp.date } : {}),
    date: localDate(now),
    present: [],
    actions: plan.actions
      .filter((a) => filled(a.what) && isActionOpen(plan, a))
      .map((a) => ({ actionId: a.id })),
    goals: plan.goals.filter((g) => filled(g.text)).map((g) => ({ goalId: g.id })),
  };
  return {
    ...plan,
    updatedAt: now.toISOString(),
    followUps: [...(plan.followUps ?? []), meeting],
    revisions,
  };
}

/**
 * Ends the follow-up meeting in progress: it gets its outcome (another follow-up, or the plan is
 * closed) and the plan as it now stands is kept as a revision. Closing sets `closing.date` to the
 * meeting's date unless one was given. Without a meeting in progress the plan is returned as it is.
 *
 * @example
 * const done = finishFollowUp(plan, 'close', { now });
 * done.closing?.date; // the meeting's date
 */
export function finishFollowUp(
  plan: SipPlan,
  outcome: 'continue' | 'close',
  options: FollowUpOptions = {},
): SipPlan {
  const meeting = currentFollowUp(plan);
  if (!meeting) return plan;
  const now = options.now ?? new Date();
  const finished: FollowUpMeeting = { ...meeting, outcome };
  const followUps = [...(plan.followUps ?? []).slice(0, -1), finished];
  const closing =
    outcome === 'close'
      ? { ...plan.closing, date: plan.closing?.date ?? meeting.date ?? localDate(now) }
      : plan.closing;
  const next: SipPlan = {
    ...plan,
    updatedAt: now.toISOString(),
    followUps,
    ...(closing ? { closing } : {}),
  };
  const revision: PlanRevision = {
    id: options.id ?? newId(),
    at: now.toISOString(),
    ...(meeting.date ? { meetingDate: meeting.date } : {}),
    meeting: 'follow-up',
    followUpId: meeting.id,
    participants: revisionParticipants(plan, meeting.present),
    plan: planSnapshot(next),
  };
  return { ...next, revisions: [...(plan.revisions ?? []), revision] };
}

/** Changes to one list (goals or actions) between two states of a plan, by id. */
export interface ListChanges<T> {
  added: T[];
  removed: T[];
  /** The item as it is now, where anything in it differs. */
  changed: T[];
}

/**
 * What changed between two states of a plan (a revision's `plan` and the plan now, or two
 * revisions): goals and actions added, removed or reworded; the next follow-up date; closing.
 *
 * @example
 * const changes = planChanges(plan.revisions[0].plan, planSnapshot(plan));
 * changes.actions.added.map((a) => a.what); // ['Samtal med kurator']
 */
export interface PlanChanges {
  goals: ListChanges<Goal>;
  actions: ListChanges<SipAction>;
  followUpDate: { before?: string; after?: string } | null;
  closed: boolean;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function listChanges<T extends { id: string }>(before: T[], after: T[]): ListChanges<T> {
  const old = new Map(before.map((item) => [item.id, item]));
  const now = new Set(after.map((item) => item.id));
  return {
    added: after.filter((item) => !old.has(item.id)),
    removed: before.filter((item) => !now.has(item.id)),
    changed: after.filter((item) => old.has(item.id) && !same(old.get(item.id), item)),
  };
}

/**
 * Compares two states of a plan; see {@link PlanChanges}.
 *
 * @example
 * planChanges(plan.revisions[0].plan, planSnapshot(plan)).goals.changed.length; // 1
 */
export function planChanges(before: PlanSnapshot, after: PlanSnapshot): PlanChanges {
  const b = before.followUp?.date;
  const a = after.followUp?.date;
  return {
    goals: listChanges(before.goals, after.goals),
    actions: listChanges(before.actions, after.actions),
    followUpDate: b === a ? null : { ...(b ? { before: b } : {}), ...(a ? { after: a } : {}) },
    closed: !filled(before.closing?.date) && filled(after.closing?.date),
  };
}

/**
 * The report on one goal at a meeting, or an empty one.
 *
 * @example
 * goalReport(meeting, 'g-1').evaluation; // 'partly'
 */
export function goalReport(meeting: FollowUpMeeting, goalId: string): GoalReport {
  return meeting.goals.find((g) => g.goalId === goalId) ?? { goalId };
}

/**
 * The report on one action at a meeting, or an empty one.
 *
 * @example
 * actionReport(meeting, 'a-1').status; // 'done'
 */
export function actionReport(meeting: FollowUpMeeting, actionId: string): ActionReport {
  return meeting.actions.find((a) => a.actionId === actionId) ?? { actionId };
}

// One home for the fidelity rule, shared with `@barnets-basta/core/follow-up` (which must not load
// the rest of this file).
export { sipFidelityFacts } from './fidelity-facts.ts';
