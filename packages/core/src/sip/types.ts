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
  /** Configurable legal basis shown on the plan, e.g. "SoL 2 kap. 7 §, HSL 16 kap. 4 §". */
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
  followUp?: { date?: IsoDate; form?: string; unfinishedDates?: UnfinishedDates<'date'> };
  closing?: { date?: IsoDate; reason?: string; unfinishedDates?: UnfinishedDates<'date'> };
  /** Assessments the plan starts from (shown read-only beside the current situation). */
  assessments?: Assessment[];
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
