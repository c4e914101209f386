import type { Audience } from '../content/types.ts';
import type { PerspectiveKind } from '../assessment/types.ts';
import type { ScaleId } from '../scales/types.ts';

/**
 * The version of every follow-up format in this entry (records, partials, tables). A reader of
 * version 1 refuses any other version with a path-specific message rather than guessing.
 *
 * @example
 * ```ts
 * import { FOLLOW_UP_VERSION } from '@barnets-basta/core/follow-up';
 * FOLLOW_UP_VERSION; // 1
 * ```
 */
export const FOLLOW_UP_VERSION = 1;

/** Type tag of a {@link StatisticsRecord}. */
export const STATISTICS_RECORD_TYPE = 'bb.statistics-record';
/** Type tag of a {@link FidelityRecord}. */
export const FIDELITY_RECORD_TYPE = 'bb.fidelity-record';
/** Type tag of a {@link FollowUpPartial}. */
export const FOLLOW_UP_PARTIAL_TYPE = 'bb.follow-up-partial';
/** Type tag of the {@link FollowUpTables} that `publish` returns. */
export const FOLLOW_UP_TABLES_TYPE = 'bb.follow-up-tables';

/**
 * A unit as a path from the top of the hierarchy down, one id per level (lower-case letters,
 * digits and hyphens), e.g. `['kronoberg', 'vaxjo', 'skola-norr']`: county › municipality ›
 * school. Ids, not names: the host maps ids to display names, so nothing typed freely travels.
 *
 * @example
 * ```ts
 * const unit: UnitPath = ['kronoberg', 'vaxjo', 'skola-norr'];
 * ```
 */
export type UnitPath = string[];

/**
 * A reporting period: a year (`2026`), a half-year (`2026-H1`, spring term; `2026-H2`), a
 * quarter (`2026-Q3`) or a month (`2026-09`). Records carry the period, never the day.
 *
 * @example
 * ```ts
 * const spring: Period = '2026-H1';
 * ```
 */
export type Period = string;

/**
 * How long a period is; `half` (the default) follows the school terms.
 *
 * @example
 * ```ts
 * const granularity: PeriodGranularity = 'quarter'; // '2026-Q1'
 * ```
 */
export type PeriodGranularity = 'year' | 'half' | 'quarter' | 'month';

/**
 * One area's level in a record: a value on the scale (1 … steps), "Vet inte" (`dont-know`),
 * "Vill inte svara" (`declined`) or not answered (`unanswered`). An answer its respondent shared
 * with nobody ("Bara jag", visibility `respondent`) is recorded as `unanswered`: indistinguishable
 * from an area nobody answered, so that not even its existence can be counted.
 *
 * @example
 * ```ts
 * const levels: AreaLevel[] = [4, 'dont-know', 'declined', 'unanswered'];
 * ```
 */
export type AreaLevel = number | 'dont-know' | 'declined' | 'unanswered';

/**
 * One wheel reading as statistics: nothing personal. No name, no free text, no note, no hopes,
 * no date (only the period), no assessment id. The case pseudonym is opaque and chosen by the
 * host; it must not look like a personal identity number (validation refuses one that does).
 *
 * @example
 * ```ts
 * const record: StatisticsRecord = {
 *   type: 'bb.statistics-record', version: 1,
 *   case: 'c-8f3a', unit: ['kronoberg', 'vaxjo', 'skola-norr'], period: '2026-H1',
 *   perspective: 'child', audience: 'child-8-12', pack: 'barnets-basta', scale: 'faces-3',
 *   reading: 1, areas: { trygg: 3, 'ma-bra': 'dont-know', larande: 'unanswered' },
 * };
 * ```
 */
export interface StatisticsRecord {
  type: typeof STATISTICS_RECORD_TYPE;
  version: typeof FOLLOW_UP_VERSION;
  /** Opaque case pseudonym chosen by the host (never a personal identity number). */
  case: string;
  unit: UnitPath;
  period: Period;
  /** Whose view (the perspective's free label is not kept). */
  perspective: PerspectiveKind;
  /** The text register the wheel was shown in, when the host knows it. */
  audience?: Audience;
  /** Content pack id. */
  pack: string;
  scale: ScaleId;
  /** 1 for the case's first reading of this perspective, 2 for the next, … */
  reading: number;
  /** Every area of the pack, by area id. */
  areas: Record<string, AreaLevel>;
}

/**
 * Where a reading happened and which case it belongs to: what the host adds to an assessment to
 * make a {@link StatisticsRecord}.
 *
 * @example
 * ```ts
 * const context: RecordContext = {
 *   case: 'c-8f3a', unit: ['kronoberg', 'vaxjo', 'skola-norr'], date: '2026-03-14', reading: 2,
 * };
 * ```
 */
export interface RecordContext {
  /** Opaque case pseudonym (never a personal identity number). */
  case: string;
  unit: UnitPath;
  /** ISO date (`YYYY-MM-DD`) of the reading; only its period is kept. */
  date: string;
  /** Reading number within the case and perspective, from 1. Default 1. */
  reading?: number;
  /** The text register the wheel was shown in. */
  audience?: Audience;
  /** Default `half`. */
  period?: PeriodGranularity;
}

/**
 * What the fidelity indicators read from one SIP plan. Plain facts, so that any plan format can
 * produce them (`sipFidelityFacts` derives them from today's plan).
 *
 * @example
 * ```ts
 * const facts: SipFidelityFacts = {
 *   startedFromWheel: true, childTookPart: true, followUpDue: '2026-05-01',
 *   followUpHeld: '2026-04-28', actions: 4, actionsWithOwnerAndDate: 3,
 * };
 * ```
 */
export interface SipFidelityFacts {
  /** The plan links at least one wheel reading at its start. */
  startedFromWheel: boolean;
  /** The child took part in the meeting in any form. */
  childTookPart: boolean;
  /** ISO date of the planned (first) follow-up, null if none. */
  followUpDue: string | null;
  /** ISO date a follow-up meeting was held, null if none. */
  followUpHeld: string | null;
  /** Actions in the plan. */
  actions: number;
  /** Actions with a responsible organisation and a date. */
  actionsWithOwnerAndDate: number;
}

/**
 * Where a plan's follow-up stands on the record's date: `not-due` (its date has not come),
 * `on-time` (held by its planned date), `late` (held after it), `not-held` (due and not held),
 * `not-planned` (no follow-up date at all).
 *
 * @example
 * ```ts
 * const status: FollowUpStatus = 'on-time';
 * ```
 */
export type FollowUpStatus = 'not-due' | 'on-time' | 'late' | 'not-held' | 'not-planned';

/**
 * One SIP plan as statistics: the fidelity facts, and nothing else.
 *
 * @example
 * ```ts
 * const record: FidelityRecord = {
 *   type: 'bb.fidelity-record', version: 1, unit: ['kronoberg', 'vaxjo'], period: '2026-H1',
 *   startedFromWheel: true, childTookPart: true, followUp: 'on-time',
 *   actions: 4, actionsWithOwnerAndDate: 3,
 * };
 * ```
 */
export interface FidelityRecord {
  type: typeof FIDELITY_RECORD_TYPE;
  version: typeof FOLLOW_UP_VERSION;
  unit: UnitPath;
  period: Period;
  startedFromWheel: boolean;
  childTookPart: boolean;
  followUp: FollowUpStatus;
  actions: number;
  actionsWithOwnerAndDate: number;
}

/**
 * Where a plan was made, and the date its follow-up status is judged on.
 *
 * @example
 * ```ts
 * const context: FidelityContext = { unit: ['kronoberg', 'vaxjo'], date: '2026-06-30' };
 * ```
 */
export interface FidelityContext {
  unit: UnitPath;
  /** ISO date the status is judged on (usually the end of the period). */
  date: string;
  /** Default `half`. */
  period?: PeriodGranularity;
}

/**
 * The fidelity indicators (interventionstrogenhet):
 * - `child-wheel-done`: investigations (cases) where the child's own wheel was done;
 * - `started-from-wheel`: SIP plans started from a wheel;
 * - `child-took-part`: SIP plans where the child took part;
 * - `follow-up-on-time`: plans whose follow-up was held by its planned date (of those due);
 * - `actions-with-owner-and-date`: actions with a responsible organisation and a date.
 *
 * @example
 * ```ts
 * const indicator: FidelityIndicator = 'child-took-part';
 * ```
 */
export type FidelityIndicator =
  | 'child-wheel-done'
  | 'started-from-wheel'
  | 'child-took-part'
  | 'follow-up-on-time'
  | 'actions-with-owner-and-date';

/**
 * Counts of one area's levels for one unit, period and perspective. `counts` has `steps + 3`
 * entries: values 1 … steps, then `dont-know`, `declined`, `unanswered` (on the `none` scale just
 * the last three).
 *
 * @example
 * ```ts
 * const row: DistributionCounts = {
 *   unit: ['kronoberg', 'vaxjo'], period: '2026-H1', perspective: 'child',
 *   pack: 'barnets-basta', scale: 'faces-3', area: 'trygg', counts: [2, 9, 31, 1, 0, 3],
 * };
 * ```
 */
export interface DistributionCounts {
  unit: UnitPath;
  period: Period;
  perspective: PerspectiveKind;
  pack: string;
  scale: ScaleId;
  area: string;
  counts: number[];
}

/**
 * How many cases moved up, stayed or moved down in one area between their first and latest
 * reading of the same perspective (cases with a value at both), by the unit of the latest reading.
 *
 * @example
 * ```ts
 * const row: ChangeCounts = {
 *   unit: ['kronoberg', 'vaxjo'], perspective: 'child', pack: 'barnets-basta', scale: 'faces-3',
 *   area: 'trygg', up: 12, same: 20, down: 4,
 * };
 * ```
 */
export interface ChangeCounts {
  unit: UnitPath;
  perspective: PerspectiveKind;
  pack: string;
  scale: ScaleId;
  area: string;
  up: number;
  same: number;
  down: number;
}

/**
 * One fidelity indicator for one unit and period: how many met it (`yes`) and how many did not
 * (`no`); the share is `yes / (yes + no)`.
 *
 * @example
 * ```ts
 * const row: FidelityCounts = {
 *   unit: ['kronoberg', 'vaxjo'], period: '2026-H1', indicator: 'child-took-part', yes: 31, no: 6,
 * };
 * ```
 */
export interface FidelityCounts {
  unit: UnitPath;
  period: Period;
  indicator: FidelityIndicator;
  yes: number;
  no: number;
}

/**
 * One reading kept for change: its number, where and when, and its levels.
 *
 * @example
 * ```ts
 * const first: CaseReading = { reading: 1, unit: ['k', 'v'], period: '2026-H1', areas: { trygg: 2 } };
 * ```
 */
export interface CaseReading {
  reading: number;
  unit: UnitPath;
  period: Period;
  areas: Record<string, AreaLevel>;
}

/**
 * A case's first and latest reading of one perspective (pack and scale), kept while change is
 * still being counted where the records are. `closeCases` turns open cases into
 * {@link ChangeCounts} and `child-wheel-done` counts; close them before a partial leaves the
 * organisation that holds the records.
 *
 * @example
 * ```ts
 * const open: OpenCase = {
 *   case: 'c-8f3a', perspective: 'child', pack: 'barnets-basta', scale: 'faces-3',
 *   first: { reading: 1, unit: ['k', 'v'], period: '2026-H1', areas: { trygg: 2 } },
 *   latest: { reading: 3, unit: ['k', 'v'], period: '2026-H2', areas: { trygg: 3 } },
 * };
 * ```
 */
export interface OpenCase {
  case: string;
  perspective: PerspectiveKind;
  pack: string;
  scale: ScaleId;
  first: CaseReading;
  latest: CaseReading;
}

/**
 * Partial aggregates: plain counts that any engine able to sum can compute and that merge
 * associatively and commutatively (`mergePartials`), so a school, a municipality and a county
 * each compute their part and send counts upward. Rows are sorted by their key, one row per key.
 *
 * @example
 * ```ts
 * const empty: FollowUpPartial = {
 *   type: 'bb.follow-up-partial', version: 1, distribution: [], change: [], fidelity: [], cases: [],
 * };
 * ```
 */
export interface FollowUpPartial {
  type: typeof FOLLOW_UP_PARTIAL_TYPE;
  version: typeof FOLLOW_UP_VERSION;
  distribution: DistributionCounts[];
  change: ChangeCounts[];
  fidelity: FidelityCounts[];
  /** Open cases; empty once closed (`closeCases`). */
  cases: OpenCase[];
}

/**
 * Why a published cell is hidden:
 * - `small-group`: its group is under the threshold (primary suppression);
 * - `complementary-row`: hidden so that a hidden cell cannot be calculated from its row total;
 * - `complementary-unit`: hidden so that a hidden cell cannot be calculated from a higher unit's
 *   figure (a county minus its visible municipalities).
 *
 * @example
 * ```ts
 * const reason: SuppressionReason = 'small-group';
 * ```
 */
export type SuppressionReason = 'small-group' | 'complementary-row' | 'complementary-unit';

/**
 * One published figure: a count, or a hidden one that says why (never a zero).
 *
 * @example
 * ```ts
 * const shown: PublishedCount = { suppressed: false, value: 42 };
 * const hidden: PublishedCount = {
 *   suppressed: true, reason: 'small-group',
 *   message: { sv: 'Färre än 5: visas inte', en: 'Fewer than 5: not shown' },
 * };
 * ```
 */
export type PublishedCount =
  | { suppressed: false; value: number }
  | { suppressed: true; reason: SuppressionReason; message: { sv: string; en: string } };

/**
 * A unit in the published tables. `direct` marks the readings attached to a unit itself rather
 * than to one of its published sub-units (e.g. a municipality's own social services when the
 * table is by school); such a row has the parent's path and counts like a sibling.
 *
 * @example
 * ```ts
 * const unit: PublishedUnit = { unit: ['kronoberg', 'vaxjo'], depth: 2, parent: ['kronoberg'], direct: false };
 * ```
 */
export interface PublishedUnit {
  unit: UnitPath;
  depth: number;
  parent: UnitPath | null;
  direct: boolean;
}

/**
 * Distribution of one area for one unit, period and perspective. `cells[i]` is the count of
 * `levels[i]`; `n` the readings it rests on; `median` the median value answer, or null when
 * fewer than the threshold answered with a value or the row is hidden.
 *
 * @example
 * ```ts
 * declare const row: DistributionRow;
 * row.levels; // [1, 2, 3, 'dont-know', 'declined', 'unanswered']
 * ```
 */
export interface DistributionRow {
  unit: UnitPath;
  direct: boolean;
  period: Period;
  perspective: PerspectiveKind;
  pack: string;
  scale: ScaleId;
  area: string;
  n: PublishedCount;
  levels: AreaLevel[];
  cells: PublishedCount[];
  median: number | null;
}

/**
 * Change in one area between first and latest reading, for one unit and perspective. `n` is the
 * number of cases it rests on.
 *
 * @example
 * ```ts
 * declare const row: ChangeRow;
 * const movedUp = row.up.suppressed ? null : row.up.value; // never a zero for a hidden count
 * ```
 */
export interface ChangeRow {
  unit: UnitPath;
  direct: boolean;
  perspective: PerspectiveKind;
  pack: string;
  scale: ScaleId;
  area: string;
  n: PublishedCount;
  up: PublishedCount;
  same: PublishedCount;
  down: PublishedCount;
}

/**
 * One fidelity indicator for one unit and period: `numerator` of `denominator` met it; `share`
 * (0 … 1) only when both are shown.
 *
 * @example
 * ```ts
 * declare const row: FidelityRow;
 * row.share; // 0.84, or null when hidden
 * ```
 */
export interface FidelityRow {
  unit: UnitPath;
  direct: boolean;
  period: Period;
  indicator: FidelityIndicator;
  denominator: PublishedCount;
  numerator: PublishedCount;
  share: number | null;
}

/**
 * What `publish` returns: the tables a person sees, every small group hidden with a reason.
 *
 * @example
 * ```ts
 * declare const tables: FollowUpTables;
 * tables.distribution.filter((row) => row.area === 'trygg' && row.perspective === 'child');
 * ```
 */
export interface FollowUpTables {
  type: typeof FOLLOW_UP_TABLES_TYPE;
  version: typeof FOLLOW_UP_VERSION;
  /** The threshold used (5 or more). */
  threshold: number;
  /** The deepest unit level shown (1 = the top of each path). */
  depth: number;
  units: PublishedUnit[];
  distribution: DistributionRow[];
  change: ChangeRow[];
  fidelity: FidelityRow[];
}

/**
 * The suppression texts, by reason, Swedish and English; `{threshold}` is replaced. A host may
 * override any of them (`PublishOptions.messages`).
 *
 * @example
 * ```ts
 * const messages: Partial<SuppressionMessages> = {
 *   'small-group': { sv: 'Under {threshold}', en: 'Under {threshold}' },
 * };
 * ```
 */
export type SuppressionMessages = Record<SuppressionReason, { sv: string; en: string }>;

/**
 * Options of `publish`.
 *
 * @example
 * ```ts
 * const options: PublishOptions = { threshold: 10, depth: 2 };
 * ```
 */
export interface PublishOptions {
  /** Smallest group shown. Default 5; never lower (a lower value is a validation issue). */
  threshold?: number;
  /** Deepest unit level shown, from 1. Default: the deepest level in the partial. */
  depth?: number;
  /** Count every period together (period `all`) instead of one table per period. */
  combinePeriods?: boolean;
  /** Overrides of the suppression texts. */
  messages?: Partial<SuppressionMessages>;
}
