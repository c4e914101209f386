/**
 * @internal Validation of the follow-up formats with core's pipeline (`validation/run.ts`): the
 * same copy → schema → rules, the same path-specific messages in Swedish and English. Messages
 * only follow-up needs live here, so the default entry does not carry them.
 */
import { boolean } from 'valibot';
import type { PerspectiveKind } from '../assessment/types.ts';
import { AUDIENCES } from '../content/types.ts';
import { SCALES } from '../scales/scales.ts';
import type { ScaleId } from '../scales/types.ts';
import { has, isObj, items } from '../validation/guards.ts';
import type { Message } from '../validation/messages.ts';
import { entries, uniqueRule, type Add } from '../validation/rules.ts';
import { run, type Kind } from '../validation/run.ts';
import {
  any,
  fmt,
  idS,
  isDate,
  list,
  obj,
  oneOf,
  opt,
  rec,
  str,
  type Exhaustive,
} from '../validation/schema.ts';
import { looksLikePersonalIdentityNumber } from '../validation/identity-number.ts';
import type { IssuePath, ParseResult } from '../validation/types.ts';
import {
  FIDELITY_RECORD_TYPE,
  FOLLOW_UP_PARTIAL_TYPE,
  FOLLOW_UP_VERSION,
  STATISTICS_RECORD_TYPE,
  type FidelityIndicator,
  type FidelityRecord,
  type FollowUpPartial,
  type FollowUpStatus,
  type PeriodGranularity,
  type StatisticsRecord,
} from './types.ts';

/** @internal Follow-up's own messages (issue code, sv, en). */
export const MSG = {
  unit: [
    'format',
    'ska vara en enhetsväg: en lista med id, t.ex. ["kronoberg", "vaxjo"]',
    'must be a unit path: a list of ids, e.g. ["kronoberg", "vaxjo"]',
  ],
  period: [
    'format',
    'ska vara en period: "2026", "2026-H1", "2026-Q3" eller "2026-09"',
    'must be a period: "2026", "2026-H1", "2026-Q3" or "2026-09"',
  ],
  date: [
    'format',
    'ska vara ett datum som finns, t.ex. "2026-03-14"',
    'must be a date that exists, e.g. "2026-03-14"',
  ],
  count: ['range', 'ska vara ett heltal från 0', 'must be a whole number from 0'],
  positive: ['range', 'ska vara ett heltal från 1', 'must be a whole number from 1'],
  version: [
    'unsupported-version',
    'version {version} stöds inte: formatet har version {current}',
    'version {version} is not supported: the format is version {current}',
  ],
  threshold: [
    'range',
    'ska vara ett heltal från 5: en lägre gräns kan röja enskilda barn',
    'must be a whole number from 5: a lower threshold can reveal single children',
  ],
  level: [
    'range',
    'ska vara ett heltal från 1 till {max}, "dont-know", "declined" eller "unanswered"',
    'must be a whole number from 1 to {max}, "dont-know", "declined" or "unanswered"',
  ],
  length: [
    'range',
    'ska ha {expected} antal för skalan {scale}, har {count}',
    'must have {expected} counts for the scale {scale}, has {count}',
  ],
  notMore: ['range', 'får inte vara fler än {max}', 'must not be more than {max}'],
  order: [
    'range',
    'den första avläsningen kan inte komma efter den senaste',
    'the first reading cannot come after the latest',
  ],
} as const satisfies Record<string, Message>;

// ---------------------------------------------------------------------------------------------
// Formats

const ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const PERIOD_RE = /^(\d{4})(?:-(?:H[12]|Q[1-4]|(0[1-9]|1[0-2])))?$/;

/** @internal A unit path: one to 12 ids. */
export const isUnit = (x: unknown): x is string[] =>
  Array.isArray(x) &&
  x.length >= 1 &&
  x.length <= 12 &&
  x.every(
    (s) => typeof s === 'string' && ID_RE.test(s) && s !== 'constructor' && s !== 'prototype',
  );

/** @internal A period string (see `Period`). */
export const isPeriod = (s: unknown): s is string => typeof s === 'string' && PERIOD_RE.test(s);

/** @internal The period a date falls in. */
export function periodOf(date: string, granularity: PeriodGranularity = 'half'): string {
  const year = date.slice(0, 4);
  const month = Number(date.slice(5, 7));
  if (granularity === 'year') return year;
  if (granularity === 'half') return `${year}-H${month <= 6 ? 1 : 2}`;
  if (granularity === 'quarter') return `${year}-Q${Math.ceil(month / 3)}`;
  return date.slice(0, 7);
}

/** @internal A whole number from `min`. */
export const isInt = (x: unknown, min = 0): x is number =>
  typeof x === 'number' && Number.isSafeInteger(x) && x >= min;

/** @internal Steps of a scale, or undefined for an unknown one. */
export const stepsOf = (scale: unknown): number | undefined =>
  typeof scale === 'string' && has(SCALES, scale) ? SCALES[scale as ScaleId].steps : undefined;

/** @internal A level on a scale of `steps` steps. */
export const isLevel = (x: unknown, steps: number): boolean =>
  x === 'dont-know' ||
  x === 'declined' ||
  x === 'unanswered' ||
  (typeof x === 'number' && Number.isInteger(x) && x >= 1 && x <= steps);

export const SCALE_IDS = ['none', 'faces-3', 'agree-5', 'steps-10'] as const satisfies ScaleId[];
export const PERSPECTIVES = [
  'child',
  'guardian',
  'school',
  'student-health',
  'social-services',
  'health-care',
  'other',
] as const satisfies PerspectiveKind[];
export const INDICATORS = [
  'child-wheel-done',
  'started-from-wheel',
  'child-took-part',
  'follow-up-on-time',
  'actions-with-owner-and-date',
] as const satisfies FidelityIndicator[];
const STATUSES = [
  'not-due',
  'on-time',
  'late',
  'not-held',
  'not-planned',
] as const satisfies FollowUpStatus[];
type _Complete = [
  Exhaustive<Exclude<ScaleId, (typeof SCALE_IDS)[number]>>,
  Exhaustive<Exclude<PerspectiveKind, (typeof PERSPECTIVES)[number]>>,
  Exhaustive<Exclude<FidelityIndicator, (typeof INDICATORS)[number]>>,
  Exhaustive<Exclude<FollowUpStatus, (typeof STATUSES)[number]>>,
];

// ---------------------------------------------------------------------------------------------
// Schemas: structure; ranges that depend on another field are rules below.

const unitS = any; // checked by `unitRule`, one message for the whole path
const periodS = fmt(isPeriod, 'period');
const countS = any; // checked by `countRule$`
const bool = boolean('bool');

const head = {
  type: any,
  version: any,
};

/** @internal (the JSON Schema files are generated from it) */
export const recordSchema = obj({
  ...head,
  case: str,
  unit: unitS,
  period: periodS,
  perspective: oneOf(PERSPECTIVES),
  audience: opt(oneOf(AUDIENCES)),
  pack: idS,
  scale: oneOf(SCALE_IDS),
  reading: any,
  areas: rec(idS, any),
});

/** @internal (the JSON Schema files are generated from it) */
export const fidelitySchema = obj({
  ...head,
  unit: unitS,
  period: periodS,
  startedFromWheel: bool,
  childTookPart: bool,
  followUp: oneOf(STATUSES),
  actions: countS,
  actionsWithOwnerAndDate: countS,
});

const readingSchema = obj({ reading: any, unit: unitS, period: periodS, areas: rec(idS, any) });

/** @internal (the JSON Schema files are generated from it) */
export const partialSchema = obj({
  ...head,
  distribution: list(
    obj({
      unit: unitS,
      period: periodS,
      perspective: oneOf(PERSPECTIVES),
      pack: idS,
      scale: oneOf(SCALE_IDS),
      area: idS,
      counts: list(any),
    }),
  ),
  change: list(
    obj({
      unit: unitS,
      perspective: oneOf(PERSPECTIVES),
      pack: idS,
      scale: oneOf(SCALE_IDS),
      area: idS,
      up: countS,
      same: countS,
      down: countS,
    }),
  ),
  fidelity: list(
    obj({ unit: unitS, period: periodS, indicator: oneOf(INDICATORS), yes: countS, no: countS }),
  ),
  cases: list(
    obj({
      case: str,
      perspective: oneOf(PERSPECTIVES),
      pack: idS,
      scale: oneOf(SCALE_IDS),
      first: readingSchema,
      latest: readingSchema,
    }),
  ),
});

// ---------------------------------------------------------------------------------------------
// Rules

function headRule(add: Add, doc: Record<string, unknown>, type: string) {
  if (!has(doc, 'type')) add(['type'], 'required');
  else if (doc.type !== type) add(['type'], 'enum', { options: JSON.stringify(type) });
  if (!has(doc, 'version')) add(['version'], 'required');
  else if (doc.version !== FOLLOW_UP_VERSION) {
    add(['version'], MSG.version, {
      version: JSON.stringify(doc.version) ?? String(doc.version),
      current: FOLLOW_UP_VERSION,
    });
  }
}

/** @internal A unit path, reported once for the whole path. */
export function unitRule(add: Add, path: IssuePath, x: unknown) {
  if (x !== undefined && !isUnit(x)) add(path, MSG.unit);
}

function countRule$(add: Add, path: IssuePath, x: unknown, min = 0) {
  if (x !== undefined && !isInt(x, min)) add(path, min === 0 ? MSG.count : MSG.positive);
}

/** @internal Control characters (C0, DEL, C1): never in a case pseudonym (keys join on one). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
export const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** @internal No personnummer as a case pseudonym, and nothing that could break its key. */
export function caseRule(add: Add, path: IssuePath, x: unknown) {
  if (looksLikePersonalIdentityNumber(x)) add(path, 'pnr');
  else if (typeof x === 'string' && x.trim() === '') add(path, 'empty');
  // Control characters have no place in a pseudonym, and the partial's keys join fields with one.
  else if (typeof x === 'string' && CONTROL.test(x)) add(path, 'pseudonym');
}

function areasRule(add: Add, path: IssuePath, areas: unknown, scale: unknown) {
  const steps = stepsOf(scale) ?? 10;
  for (const [id, level] of entries(areas)) {
    if (!isLevel(level, steps)) add([...path, id], MSG.level, { max: steps });
  }
}

function recordRules(doc: unknown, add: Add) {
  if (!isObj(doc)) return;
  headRule(add, doc, STATISTICS_RECORD_TYPE);
  caseRule(add, ['case'], doc.case);
  unitRule(add, ['unit'], doc.unit);
  countRule$(add, ['reading'], doc.reading, 1);
  areasRule(add, ['areas'], doc.areas, doc.scale);
}

function fidelityRules(doc: unknown, add: Add) {
  if (!isObj(doc)) return;
  headRule(add, doc, FIDELITY_RECORD_TYPE);
  unitRule(add, ['unit'], doc.unit);
  countRule$(add, ['actions'], doc.actions);
  countRule$(add, ['actionsWithOwnerAndDate'], doc.actionsWithOwnerAndDate);
  if (
    isInt(doc.actions) &&
    isInt(doc.actionsWithOwnerAndDate) &&
    doc.actionsWithOwnerAndDate > doc.actions
  ) {
    add(['actionsWithOwnerAndDate'], MSG.notMore, { max: doc.actions });
  }
}

function partialRules(doc: unknown, add: Add) {
  if (!isObj(doc)) return;
  headRule(add, doc, FOLLOW_UP_PARTIAL_TYPE);
  items(doc.distribution).forEach((row, i) => {
    if (!isObj(row)) return;
    const at = ['distribution', i];
    unitRule(add, [...at, 'unit'], row.unit);
    const steps = stepsOf(row.scale);
    items(row.counts).forEach((c, j) => countRule$(add, [...at, 'counts', j], c));
    if (steps !== undefined && Array.isArray(row.counts) && row.counts.length !== steps + 3) {
      add([...at, 'counts'], MSG.length, {
        expected: steps + 3,
        scale: JSON.stringify(row.scale),
        count: row.counts.length,
      });
    }
  });
  items(doc.change).forEach((row, i) => {
    if (!isObj(row)) return;
    unitRule(add, ['change', i, 'unit'], row.unit);
    for (const k of ['up', 'same', 'down']) countRule$(add, ['change', i, k], row[k]);
  });
  items(doc.fidelity).forEach((row, i) => {
    if (!isObj(row)) return;
    unitRule(add, ['fidelity', i, 'unit'], row.unit);
    for (const k of ['yes', 'no']) countRule$(add, ['fidelity', i, k], row[k]);
  });
  items(doc.cases).forEach((row, i) => {
    if (!isObj(row)) return;
    caseRule(add, ['cases', i, 'case'], row.case);
    for (const k of ['first', 'latest'] as const) {
      const r = row[k];
      if (!isObj(r)) continue;
      unitRule(add, ['cases', i, k, 'unit'], r.unit);
      countRule$(add, ['cases', i, k, 'reading'], r.reading, 1);
      areasRule(add, ['cases', i, k, 'areas'], r.areas, row.scale);
    }
    const first = isObj(row.first) ? row.first.reading : undefined;
    const latest = isObj(row.latest) ? row.latest.reading : undefined;
    if (isInt(first, 1) && isInt(latest, 1) && first > latest) {
      add(['cases', i, 'latest', 'reading'], MSG.order);
    }
  });
  // One row per key: a repeated key would be counted twice by a reader that does not merge.
  const keyed = (list: unknown, key: (row: Record<string, unknown>) => string, name: string) =>
    uniqueRule(
      add,
      [name],
      items(list).map((row) => (isObj(row) ? { k: key(row) } : row)),
      'k',
    );
  keyed(
    doc.distribution,
    (r) => JSON.stringify([r.unit, r.period, r.perspective, r.pack, r.scale, r.area]),
    'distribution',
  );
  keyed(
    doc.change,
    (r) => JSON.stringify([r.unit, r.perspective, r.pack, r.scale, r.area]),
    'change',
  );
  keyed(doc.fidelity, (r) => JSON.stringify([r.unit, r.period, r.indicator]), 'fidelity');
  keyed(doc.cases, (r) => JSON.stringify([r.case, r.perspective, r.pack, r.scale]), 'cases');
}

const RECORD: Kind = { schema: recordSchema, rules: recordRules, messages: MSG };
const FIDELITY: Kind = { schema: fidelitySchema, rules: fidelityRules, messages: MSG };
const PARTIAL: Kind = { schema: partialSchema, rules: partialRules, messages: MSG };

/**
 * Validates a statistics record: its version, a case pseudonym that is not shaped like a personal
 * identity number, a unit path, a period, levels within the scale. Never throws.
 *
 * @example
 * ```ts
 * const result = parseStatisticsRecord(JSON.parse(line));
 * if (!result.ok) console.error(formatIssues(result.issues, 'sv'));
 * ```
 */
export function parseStatisticsRecord(input: unknown): ParseResult<StatisticsRecord> {
  return run(input, [RECORD], undefined) as ParseResult<StatisticsRecord>;
}

/**
 * Validates a fidelity record. Never throws.
 *
 * @example
 * ```ts
 * const result = parseFidelityRecord(JSON.parse(line));
 * ```
 */
export function parseFidelityRecord(input: unknown): ParseResult<FidelityRecord> {
  return run(input, [FIDELITY], undefined) as ParseResult<FidelityRecord>;
}

/**
 * Validates a partial (what a school or municipality sends upward): its version, whole
 * non-negative counts, as many counts as the scale has levels, known perspectives and
 * indicators, unit paths, one row per key. Never throws.
 *
 * @example
 * ```ts
 * const result = parsePartial(JSON.parse(received));
 * if (result.ok) county = mergePartials(county, result.value);
 * else console.error(formatIssues(result.issues, 'en'));
 * ```
 */
export function parsePartial(input: unknown): ParseResult<FollowUpPartial> {
  return run(input, [PARTIAL], undefined) as ParseResult<FollowUpPartial>;
}

// ---------------------------------------------------------------------------------------------
// Contexts and options (validated where they enter: the record builders and `publish`)

const contextSchema = obj({
  case: str,
  unit: unitS,
  date: fmt(isDate, 'date'),
  reading: opt(any),
  audience: opt(oneOf(AUDIENCES)),
  period: opt(oneOf(['year', 'half', 'quarter', 'month'])),
});

const fidelityContextSchema = obj({
  unit: unitS,
  date: fmt(isDate, 'date'),
  period: opt(oneOf(['year', 'half', 'quarter', 'month'])),
});

const optionsSchema = obj({
  threshold: opt(any),
  depth: opt(any),
  combinePeriods: opt(bool),
  messages: opt(any),
});

/** @internal Context kind: case pseudonym, unit, date, reading. */
export const CONTEXT: Kind = {
  schema: contextSchema,
  messages: { ...MSG, date: MSG.date },
  rules: (doc, add) => {
    if (!isObj(doc)) return;
    caseRule(add, ['case'], doc.case);
    unitRule(add, ['unit'], doc.unit);
    countRule$(add, ['reading'], doc.reading, 1);
  },
};

/** @internal Fidelity context kind. */
export const FIDELITY_CONTEXT: Kind = {
  schema: fidelityContextSchema,
  messages: { date: MSG.date },
  rules: (doc, add) => {
    if (isObj(doc)) unitRule(add, ['unit'], doc.unit);
  },
};

/** @internal Publish options kind. */
export const OPTIONS: Kind = {
  schema: optionsSchema,
  rules: (doc, add) => {
    if (!isObj(doc)) return;
    if (doc.threshold !== undefined && !isInt(doc.threshold, 5)) add(['threshold'], MSG.threshold);
    countRule$(add, ['depth'], doc.depth, 1);
    if (doc.messages !== undefined) {
      if (!isObj(doc.messages)) add(['messages'], 'object');
      else
        for (const [reason, m] of entries(doc.messages)) {
          if (!['small-group', 'complementary-row', 'complementary-unit'].includes(reason))
            add(['messages', reason], 'unknownKey');
          else if (!isObj(m) || typeof m.sv !== 'string' || typeof m.en !== 'string')
            add(['messages', reason], 'object');
        }
    }
  },
};

/** @internal Runs one of the kinds above; issues get `prefix` in front of their path. */
export function check(input: unknown, kind: Kind): ParseResult<unknown> {
  return run(input, [kind], undefined);
}
