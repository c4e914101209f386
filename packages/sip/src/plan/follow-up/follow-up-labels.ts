import type { ActionStatus, GoalEvaluation } from '@barnets-basta/core/sip';
import type { FollowUpMessages } from '../../i18n/follow-up-messages.ts';

/** The follow-up meeting's phases, in order (the meeting circle for a follow-up). */
export const FOLLOW_UP_PHASES = [
  'present',
  'actions',
  'wheel',
  'goals',
  'changes',
  'next',
] as const;

/** One phase of the follow-up meeting. */
export type FollowUpPhase = (typeof FOLLOW_UP_PHASES)[number];

/** What can have happened to an action, in the order the form offers them. */
export const ACTION_STATUSES: readonly ActionStatus[] = [
  'done',
  'partly',
  'not-done',
  'ongoing',
  'cancelled',
];

/** How a goal went, in the order the form offers them. */
export const EVALUATIONS: readonly GoalEvaluation[] = [
  'reached',
  'partly',
  'not-reached',
  'changed',
];

const STATUS: Record<ActionStatus, keyof FollowUpMessages> = {
  done: 'statusDone',
  partly: 'statusPartly',
  'not-done': 'statusNotDone',
  ongoing: 'statusOngoing',
  cancelled: 'statusCancelled',
};
const EVALUATION: Record<GoalEvaluation, keyof FollowUpMessages> = {
  reached: 'evaluationReached',
  partly: 'evaluationPartly',
  'not-reached': 'evaluationNotReached',
  changed: 'evaluationChanged',
};
const PHASE: Record<FollowUpPhase, [keyof FollowUpMessages, keyof FollowUpMessages]> = {
  present: ['phasePresent', 'introPresent'],
  actions: ['phaseActions', 'introActions'],
  wheel: ['phaseWheel', 'introWheel'],
  goals: ['phaseGoals', 'introGoals'],
  changes: ['phaseChanges', 'introChanges'],
  next: ['phaseNext', 'introNext'],
};

/** "Klar", "Pågår": the label of an action status. */
export const statusLabel = (s: ActionStatus, f: FollowUpMessages): string =>
  STATUS[s] ? f[STATUS[s]] : s;
/** "Nått", "Delvis nått": the label of a goal evaluation. */
export const evaluationLabel = (e: GoalEvaluation, f: FollowUpMessages): string =>
  EVALUATION[e] ? f[EVALUATION[e]] : e;
/** The phase's title. */
export const phaseLabel = (p: FollowUpPhase, f: FollowUpMessages): string => f[PHASE[p][0]];
/** The phase's one-line guidance for the chair. */
export const phaseIntro = (p: FollowUpPhase, f: FollowUpMessages): string => f[PHASE[p][1]];
