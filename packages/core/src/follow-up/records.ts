import type { Assessment } from '../assessment/types.ts';
import { parseAssessment } from '../validation/parse.ts';
import { isObj } from '../validation/guards.ts';
import { makeIssue, quote } from '../validation/messages.ts';
import type { ParseResult } from '../validation/types.ts';
import { AUDIENCES } from '../content/types.ts';
import { looksLikePersonalIdentityNumber } from '../validation/identity-number.ts';
import { isDate } from '../validation/schema.ts';
import {
  check,
  CONTEXT,
  CONTROL,
  FIDELITY_CONTEXT,
  isLevel,
  isUnit,
  periodOf,
  stepsOf,
} from './schema.ts';
import {
  FIDELITY_RECORD_TYPE,
  FOLLOW_UP_VERSION,
  STATISTICS_RECORD_TYPE,
  type AreaLevel,
  type FidelityContext,
  type FidelityRecord,
  type FollowUpStatus,
  type RecordContext,
  type SipFidelityFacts,
  type StatisticsRecord,
} from './types.ts';

/** The pack's areas, all a record needs of it. */
export interface PackAreas {
  id: string;
  areas: readonly { id: string }[];
}

const PERSPECTIVE_SET = new Set([
  'child',
  'guardian',
  'school',
  'student-health',
  'social-services',
  'health-care',
  'other',
]);

/**
 * The levels of an assessment, or undefined when what a record reads is not valid (then the
 * caller asks `parseAssessment` for the messages). Reads only what a record keeps.
 */
function levelsOf(x: Assessment, pack: PackAreas): Record<string, AreaLevel> | undefined {
  if (!isObj(x) || x.pack?.id !== pack.id || !PERSPECTIVE_SET.has(x.perspective?.kind)) return;
  const steps = stepsOf(x.scale);
  if (steps === undefined || !isObj(x.areas)) return;
  const out: Record<string, AreaLevel> = {};
  for (const { id } of pack.areas) {
    const area = Object.hasOwn(x.areas, id) ? x.areas[id] : undefined;
    const answer = area?.answer;
    // "Bara jag": an answer its respondent shared with nobody is not counted, not even as hidden.
    if (!answer || area.visibility === 'respondent') out[id] = 'unanswered';
    else if (answer.kind === 'value') {
      if (!isLevel(answer.value, steps)) return;
      out[id] = answer.value;
    } else if (answer.kind === 'dont-know' || answer.kind === 'declined') out[id] = answer.kind;
    else return;
  }
  return out;
}

const CONTEXT_KEYS = new Set(['case', 'unit', 'date', 'reading', 'audience', 'period']);
const GRANULARITIES = new Set(['year', 'half', 'quarter', 'month']);

/**
 * Unit paths (joined) and dates already found valid: a million readings come from a few hundred
 * units and days. Strings cannot change, so a cached answer stays true; the caches are bounded.
 */
const goodUnits = new Set<string>();
const goodDates = new Set<string>();
const CACHE_MAX = 10_000;
const remember = (set: Set<string>, key: string) => {
  if (set.size >= CACHE_MAX) set.clear();
  set.add(key);
};

/**
 * `isUnit`, with the joined path cached. Sound: every element is checked to be a string, and a
 * valid path's ids hold no `/`, so a valid path of the same length and join has the same ids.
 */
function unitOk(unit: unknown): boolean {
  if (!Array.isArray(unit)) return false;
  for (let i = 0; i < unit.length; i++) if (typeof unit[i] !== 'string') return false;
  const key = `${unit.length}:${unit.join('/')}`;
  if (goodUnits.has(key)) return true;
  if (!isUnit(unit)) return false;
  remember(goodUnits, key);
  return true;
}

function dateOk(date: unknown): boolean {
  if (typeof date !== 'string') return false;
  if (goodDates.has(date)) return true;
  if (!isDate(date)) return false;
  remember(goodDates, date);
  return true;
}

/**
 * Whether `id` may be shaped like a personal identity number, cheaply: a plain ASCII string
 * with fewer than ten digits cannot be (normalisation only folds non-ASCII characters into
 * digits, and the pattern needs ten), so only other strings run the full check.
 */
export function identityNumberLike(id: string): boolean {
  let digits = 0;
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    if (c > 0x7e) return looksLikePersonalIdentityNumber(id);
    if (c >= 0x30 && c <= 0x39) digits++;
  }
  return digits >= 10 && looksLikePersonalIdentityNumber(id);
}

/**
 * @internal True when a context is valid (as strict as the schema); false sends it to the schema.
 * `unit` false leaves the unit path to the caller (the partial builder checks it by its own cache).
 */
export function fastContext(c: RecordContext, unit = true): boolean {
  if (!isObj(c) || Object.getPrototypeOf(c) !== Object.prototype) return false;
  for (const k in c) if (!CONTEXT_KEYS.has(k)) return false;
  const { case: id, date, reading, audience, period } = c;
  if (typeof id !== 'string' || id.trim() === '' || CONTROL.test(id) || identityNumberLike(id))
    return false;
  if (!dateOk(date)) return false;
  if (reading !== undefined && !(Number.isSafeInteger(reading) && reading >= 1)) return false;
  if (audience !== undefined && !AUDIENCES.includes(audience)) return false;
  if (period !== undefined && !GRANULARITIES.has(period)) return false;
  return !unit || unitOk(c.unit);
}

/**
 * Turns one wheel reading into a statistics record that carries nothing personal: the unit path,
 * the period (not the day), the perspective's kind (not its label), the audience register, and per
 * area of the pack the level, "vet inte", "vill inte svara" or not answered. No name, no note, no
 * hopes, no assessment id. An answer shared with nobody ("Bara jag", visibility `respondent`)
 * counts as not answered. The case pseudonym must not look like a personal identity number.
 *
 * Validates the assessment (as `parseAssessment`) and the context; never throws.
 *
 * @example
 * ```ts
 * const result = toStatisticsRecord(assessment, {
 *   case: 'c-8f3a', unit: ['kronoberg', 'vaxjo', 'skola-norr'], date: '2026-03-14', reading: 1,
 * }, defaultPack);
 * if (result.ok) records.push(result.value);
 * ```
 */
export function toStatisticsRecord(
  assessment: Assessment,
  context: RecordContext,
  pack: PackAreas,
): ParseResult<StatisticsRecord> {
  // The common case, checked by hand (a million readings should not each run the schema); the
  // schema runs only when this fails, for its messages.
  let c = context;
  if (!fastContext(context)) {
    const ctx = check(context, CONTEXT);
    if (!ctx.ok) return ctx;
    c = ctx.value as RecordContext;
  }
  let levels: Record<string, AreaLevel> | undefined;
  try {
    levels = levelsOf(assessment, pack);
  } catch {
    levels = undefined;
  }
  if (!levels) {
    const parsed = parseAssessment(assessment, { pack: { id: pack.id, areas: [...pack.areas] } });
    if (!parsed.ok) return parsed;
    levels = levelsOf(parsed.value, pack);
    // Valid, but made with another pack: its areas are not the ones counted.
    if (!levels)
      return {
        ok: false,
        issues: [makeIssue(['pack', 'id'], 'enum', { options: quote(pack.id) })],
      };
  }
  const record: StatisticsRecord = {
    type: STATISTICS_RECORD_TYPE,
    version: FOLLOW_UP_VERSION,
    case: c.case,
    unit: [...c.unit],
    period: periodOf(c.date, c.period),
    perspective: assessment.perspective.kind,
    pack: pack.id,
    scale: assessment.scale,
    reading: c.reading ?? 1,
    areas: levels,
  };
  if (c.audience) record.audience = c.audience;
  return { ok: true, value: record };
}

/**
 * Turns every reading of one case into records, numbering the readings of each perspective kind
 * in time order (by `createdAt`), so that change between the first and the latest reading can be
 * counted. The date of each record is its assessment's `createdAt`.
 *
 * @example
 * ```ts
 * const result = toStatisticsRecords(assessmentsOfCase, {
 *   case: 'c-8f3a', unit: ['kronoberg', 'vaxjo', 'skola-norr'],
 * }, defaultPack);
 * ```
 */
export function toStatisticsRecords(
  assessments: readonly Assessment[],
  context: Omit<RecordContext, 'date' | 'reading'>,
  pack: PackAreas,
): ParseResult<StatisticsRecord[]> {
  const sorted = assessments
    .map((a, i) => ({ a, i, at: String(a?.createdAt ?? '') }))
    .sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : x.i - y.i));
  const seen = new Map<string, number>();
  const out: StatisticsRecord[] = [];
  for (const { a } of sorted) {
    const kind = String(a?.perspective?.kind);
    const reading = (seen.get(kind) ?? 0) + 1;
    seen.set(kind, reading);
    const result = toStatisticsRecord(
      a,
      { ...context, date: String(a?.createdAt ?? '').slice(0, 10), reading },
      pack,
    );
    if (!result.ok) return result;
    out.push(result.value);
  }
  return { ok: true, value: out };
}

/** Where a plan's follow-up stands on `date`. */
function followUpStatus(facts: SipFidelityFacts, date: string): FollowUpStatus {
  const due = facts.followUpDue;
  const held = facts.followUpHeld;
  if (!due) return 'not-planned';
  if (held && held <= due) return 'on-time';
  if (due >= date) return held ? 'late' : 'not-due';
  return held ? 'late' : 'not-held';
}

/**
 * Turns one SIP plan's fidelity facts into a fidelity record: booleans and counts, where the plan
 * was made, in which period, and whether its follow-up was held by its planned date as of
 * `context.date` (a follow-up whose date has not come yet is `not-due` and not counted).
 *
 * @example
 * ```ts
 * const facts = sipFidelityFacts(plan);
 * const result = toFidelityRecord(facts, { unit: ['kronoberg', 'vaxjo'], date: '2026-06-30' });
 * ```
 */
export function toFidelityRecord(
  facts: SipFidelityFacts,
  context: FidelityContext,
): ParseResult<FidelityRecord> {
  const ctx = check(context, FIDELITY_CONTEXT);
  if (!ctx.ok) return ctx;
  const c = ctx.value as FidelityContext;
  const actions = Number.isSafeInteger(facts?.actions) ? Math.max(0, facts.actions) : 0;
  const done = Number.isSafeInteger(facts?.actionsWithOwnerAndDate)
    ? Math.min(actions, Math.max(0, facts.actionsWithOwnerAndDate))
    : 0;
  return {
    ok: true,
    value: {
      type: FIDELITY_RECORD_TYPE,
      version: FOLLOW_UP_VERSION,
      unit: [...c.unit],
      period: periodOf(c.date, c.period),
      startedFromWheel: facts?.startedFromWheel === true,
      childTookPart: facts?.childTookPart === true,
      followUp: followUpStatus(facts, c.date),
      actions,
      actionsWithOwnerAndDate: done,
    },
  };
}
