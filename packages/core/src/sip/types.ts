import type { Assessment, Visibility } from '../assessment/types.ts';

/** Roles in a SIP (DOMAIN.md). A participant may hold several. */
export type SipRole =
  'child' | 'guardian' | 'initiator' | 'chair' | 'coordinator' | 'professional' | 'other';

/** The principals (huvudmän) that can carry an action. */
export type Principal = 'kommun' | 'region' | 'other';

/** Date as `YYYY-MM-DD` (no time zone; dates in a plan are calendar dates). */
export type IsoDate = string;

/**
 * What someone typed into a date's three fields (day, month, year) that is not (yet) a real date,
 * kept exactly as typed so that a saved draft never loses it. Stored beside the date, in the
 * `unfinishedDates` of the object that holds the date, under the date's key; the date itself keeps
 * its last real value (or stays absent) until the parts make a real date.
 *
 * @example
 * ```ts
 * const action: SipAction = {
 *   id: 'a-1', areas: [], what: 'Samtal', start: '2026-03-10',
 *   unfinishedDates: { start: { day: '31', month: '2', year: '2026' } }, // 31 February: no such day
 * };
 * ```
 */
export interface UnfinishedDate {
  day: string;
  month: string;
  year: string;
}

/**
 * Unfinished dates of one object, by the key of the date they belong to.
 *
 * @example
 * ```ts
 * const kept: UnfinishedDates<'date'> = { date: { day: '5', month: '', year: '2026' } };
 * ```
 */
export type UnfinishedDates<K extends string> = Partial<Record<K, UnfinishedDate>>;

export interface Participant {
  /** Stable id within the plan, referenced by actions and consents. */
  id: string;
  name?: string;
  roles: SipRole[];
  organisation?: string;
  /** Phone or e-mail, free text. */
  contact?: string;
  present?: boolean;
}

/** Consent (samtycke) to share information between organisations. */
export interface ConsentRecord {
  id: string;
  /** Participant id of who gave it (the child, a guardian). */
  givenBy: string;
  /** Receiving organisations, by name. */
  organisations: string[];
  /** Kinds of information covered, free text per item (e.g. "skolfrånvaro", "journal BUP"). */
  information: string[];
  form: 'oral' | 'written';
  givenOn?: IsoDate;
  validUntil?: IsoDate;
  /** When set, the consent is withdrawn from this date on. */
  withdrawnOn?: IsoDate;
  /** Typed dates of this consent that are not real dates yet. */
  unfinishedDates?: UnfinishedDates<'givenOn' | 'validUntil' | 'withdrawnOn'>;
}

/** How the child takes part in the meeting. */
export type ChildParticipation =
  'in-person' | 'partly' | 'phone' | 'letter' | 'representative' | 'not-taking-part';

/** Current situation in one wheel area: strengths first. */
export interface AreaSituation {
  worksWell?: string;
  worksLessWell?: string;
  needs?: string;
}

export interface Goal {
  id: string;
  /** In the child's own words where possible. */
  text: string;
  term: 'short' | 'long';
  areas?: string[];
}

export interface SipAction {
  id: string;
  /** Wheel area ids the action belongs to. */
  areas: string[];
  /** What is done. */
  what: string;
  /** Responsible organisation, e.g. "Socialtjänsten, Växjö kommun", "BUP", "Skolan". */
  organisation?: string;
  contactPerson?: string;
  principal?: Principal;
  /** How often, free text ("varje vecka"). */
  frequency?: string;
  start?: IsoDate;
  end?: IsoDate;
  followUpBy?: IsoDate;
  /** Typed dates of this action that are not real dates yet. */
  unfinishedDates?: UnfinishedDates<'start' | 'end' | 'followUpBy'>;
}

export interface Disagreement {
  id: string;
  text: string;
  /** Who holds which view, free text. */
  positions?: string;
}

/** Document type tag of a SIP plan. */
export const SIP_PLAN_TYPE = 'bb.sip-plan';

/** A coordinated individual plan (samordnad individuell plan). */
export interface SipPlan {
  type: typeof SIP_PLAN_TYPE;
  schemaVersion: number;
  id: string;
  pack: { id: string; version: string };
  createdAt: string;
  updatedAt: string;
  /**
   * Configurable legal basis shown on the plan. A plan keeps the reference it was written under
   * (plans from before 1 July 2025 cite "SoL 2 kap. 7 §", the 2001 act).
   */
  legalReference: string;
  child?: { reference?: string; name?: string; address?: string; protectedIdentity?: boolean };
  meetingDate?: IsoDate;
  /** A typed meeting date that is not a real date yet. */
  unfinishedDates?: UnfinishedDates<'meetingDate'>;
  participants: Participant[];
  /** Participant ids. */
  initiator?: string;
  chair?: string;
  consents: ConsentRecord[];
  purpose?: string;
  questions?: string;
  childParticipation?: ChildParticipation;
  /** Topics the child does not want raised. Visible only to the meeting by default. */
  notToRaise?: { text: string; visibility?: Visibility };
  /** Per wheel area id. */
  situation: Record<string, AreaSituation>;
  goals: Goal[];
  /** What the child and family do themselves. */
  ownActions?: string;
  actions: SipAction[];
  /**
   * Set when the meeting stated that no one besides the principals takes actions. The law asks
   * the plan to say which actions others take; "none" must be an explicit statement, not silence.
   */
  noOtherActors?: boolean;
  disagreements: Disagreement[];
  /** Overall responsible principal (huvudansvarig) and the person for it. */
  overallResponsibility?: {
    principal?: Principal;
    organisation?: string;
    person?: string;
    childWish?: string;
  };
  /** The next follow-up: when it is planned and how (at a meeting, by phone). */
  followUp?: { date?: IsoDate; form?: string; unfinishedDates?: UnfinishedDates<'date'> };
  /** Set when the plan ends: from which date and why (the needs are met, the family moved). */
  closing?: { date?: IsoDate; reason?: string; unfinishedDates?: UnfinishedDates<'date'> };
  /** Assessments the plan starts from (shown read-only beside the current situation). */
  assessments?: Assessment[];
  /**
   * Follow-up meetings held (or in progress), oldest first. Since schema version 2; a plan from
   * version 1 is migrated with an empty list (it had none).
   */
  followUps?: FollowUpMeeting[];
  /**
   * What the plan looked like after each meeting, oldest first (schema version 2). The plan
   * itself is always the current state; a revision is a frozen copy beside it.
   */
  revisions?: PlanRevision[];
}

/**
 * What happened to an action since the last meeting (DOMAIN.md, follow-up): done, partly done, not
 * done, ongoing, or cancelled.
 */
export type ActionStatus = 'done' | 'partly' | 'not-done' | 'ongoing' | 'cancelled';

/** How a goal went: reached, partly reached, not reached, or changed (reworded or replaced). */
export type GoalEvaluation = 'reached' | 'partly' | 'not-reached' | 'changed';

/**
 * One action as reported at a follow-up meeting.
 *
 * @example
 * ```ts
 * const report: ActionReport = { actionId: 'a-1', status: 'partly', outcome: 'Två av fyra samtal', reportedBy: 'p-skola' };
 * ```
 */
export interface ActionReport {
  /** The plan action (`SipAction.id`) this reports on. */
  actionId: string;
  status?: ActionStatus;
  /** A short outcome in plain words. */
  outcome?: string;
  /** Participant id of who reports it (the school's contact person, the guardian). */
  reportedBy?: string;
}

/**
 * One goal as evaluated at a follow-up meeting.
 *
 * @example
 * ```ts
 * const evaluation: GoalReport = { goalId: 'g-1', evaluation: 'partly', childWords: 'Det går bättre på måndagar' };
 * ```
 */
export interface GoalReport {
  /** The plan goal (`Goal.id`) this evaluates. */
  goalId: string;
  evaluation?: GoalEvaluation;
  /** The child's own words about the goal, when the child gave them. */
  childWords?: string;
  /** What the others said, free text. */
  comment?: string;
}

/**
 * A follow-up meeting (uppföljning): who was there, what happened to each action, how each goal
 * went, the new wheel readings, and what comes next.
 *
 * @example
 * ```ts
 * const meeting: FollowUpMeeting = {
 *   id: 'f-1', due: '2025-05-14', date: '2025-05-16', present: ['p-barn', 'p-vh'],
 *   actions: [{ actionId: 'a-1', status: 'done' }], goals: [{ goalId: 'g-1', evaluation: 'reached' }],
 * };
 * ```
 */
export interface FollowUpMeeting {
  id: string;
  /** The date the follow-up was planned for (the plan's `followUp.date` when it began). */
  due?: IsoDate;
  /** The date it was held. */
  date?: IsoDate;
  /** A typed meeting date that is not a real date yet. */
  unfinishedDates?: UnfinishedDates<'date'>;
  /** Participant ids of those taking part. */
  present: string[];
  /** How the child took part in this meeting. */
  childParticipation?: ChildParticipation;
  actions: ActionReport[];
  goals: GoalReport[];
  /** New wheel readings from this meeting (the child's, the guardians', the professionals'). */
  assessments?: Assessment[];
  /** How the family and the child see things now, in their words. */
  familyView?: string;
  /** Set when the meeting is over: the plan goes on to another follow-up, or it is closed. */
  outcome?: 'continue' | 'close';
}

/**
 * Who took part in a meeting, as a revision records it. In a plan with protected identity only
 * roles (and organisation) are kept, never names or participant ids.
 *
 * @example
 * ```ts
 * const who: RevisionParticipant = { roles: ['guardian'] };
 * ```
 */
export interface RevisionParticipant {
  /** Participant id, left out when the plan has protected identity. */
  participantId?: string;
  roles: SipRole[];
  organisation?: string;
}

/**
 * The plan's content at one moment: everything a family reads in it, without its history, its
 * readings and its bookkeeping (`type`, `schemaVersion`, `id`, `pack`, `createdAt`).
 */
export type PlanSnapshot = Omit<
  SipPlan,
  | 'type'
  | 'schemaVersion'
  | 'id'
  | 'pack'
  | 'createdAt'
  | 'updatedAt'
  | 'child'
  | 'assessments'
  | 'followUps'
  | 'revisions'
>;

/**
 * The plan as a meeting left it.
 *
 * @example
 * ```ts
 * const first: PlanRevision = {
 *   id: 'r-1', at: '2025-03-14T11:00:00.000Z', meetingDate: '2025-03-14', meeting: 'first',
 *   participants: [{ roles: ['child'] }, { roles: ['guardian'] }], plan: snapshot,
 * };
 * ```
 */
export interface PlanRevision {
  id: string;
  /** When the revision was taken (ISO 8601 with a zone). */
  at: string;
  /** The date of the meeting it records. */
  meetingDate?: IsoDate;
  /** The first meeting, or a follow-up (then `followUpId` names it). */
  meeting: 'first' | 'follow-up';
  followUpId?: string;
  /** Who took part in that meeting. */
  participants: RevisionParticipant[];
  /** The plan as it stood after the meeting. */
  plan: PlanSnapshot;
}

/**
 * The facts the fidelity indicators need, derived from one plan (see `sipFidelityFacts`). Carries
 * no name, no free text and no id number.
 *
 * @example
 * ```ts
 * const facts: SipFidelityFacts = {
 *   startedFromWheel: true, childTookPart: true, followUpDue: '2025-05-14', followUpHeld: '2025-05-16',
 *   actions: 3, actionsWithOwnerAndDate: 2,
 * };
 * ```
 */
export interface SipFidelityFacts {
  /** The plan carries at least one wheel reading it started from. */
  startedFromWheel: boolean;
  /** The child took part (in any form but "not taking part") in the latest meeting held. */
  childTookPart: boolean;
  /** The date the latest follow-up was (or is) due, if one was planned. */
  followUpDue: string | null;
  /** The date the latest follow-up was held, if one was. */
  followUpHeld: string | null;
  /** Actions that say what is done. */
  actions: number;
  /** Of those, the ones with an owner (organisation or contact person) and a follow-up date. */
  actionsWithOwnerAndDate: number;
}

/**
 * The four elements a SIP must contain by law (SoL 2:7, HSL 16:4), and `consent`: a consent
 * record that does not satisfy the {@link ConsentPolicy} (consent is required for a SIP).
 */
export type LegalElement =
  'actions' | 'principal-responsibility' | 'other-actors' | 'overall-responsibility' | 'consent';

/**
 * Who must consent for a child (DOMAIN.md: regions differ).
 *
 * - `'guardians-must-consent'` (the default): the guardians always consent. A consent the child
 *   gave does not count on its own: each organisation it names must also be covered by a consent
 *   from a participant in the guardian role that is not withdrawn.
 * - `'child-may-consent-alone'`: a child mature enough may consent alone; the child's consent
 *   counts on its own.
 *
 * @example
 * ```ts
 * checkLegalElements(plan, { consentPolicy: 'child-may-consent-alone' });
 * ```
 */
export type ConsentPolicy = 'child-may-consent-alone' | 'guardians-must-consent';

/**
 * Options of `checkLegalElements`.
 *
 * @example
 * ```ts
 * const options: CheckLegalElementsOptions = { consentPolicy: 'guardians-must-consent' };
 * ```
 */
export interface CheckLegalElementsOptions {
  /** The region's consent policy. Default `'guardians-must-consent'`. */
  consentPolicy?: ConsentPolicy;
}
