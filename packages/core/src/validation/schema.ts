/**
 * @internal Formats and the valibot building blocks shared by the assessment schema (`parse.ts`),
 * the content-pack schema (`content/parse-pack.ts`) and the SIP plan schema
 * (`sip/parse-sip-plan.ts`). Nothing here is public.
 *
 * Every schema carries one of our message keys as its valibot `message`, so `run.ts` turns a
 * valibot issue into ours by looking the key up (no translation of valibot's English texts).
 * Functions are imported one by one so a bundler keeps only what the schemas use.
 */
import {
  array,
  boolean,
  check,
  custom,
  never,
  objectWithRest,
  optional,
  picklist,
  pipe,
  record,
  string,
  unknown,
  type GenericSchema,
} from 'valibot';
import type { Visibility } from '../assessment/types.ts';
import { CURRENT_SCHEMA_VERSION } from '../versioning/migrations.ts';
import { filled, isObj } from './guards.ts';
import type { MessageKey } from './messages.ts';

/** A valibot schema as the pipeline runs it (on plain JSON data, output unused). */
export type Schema = GenericSchema;

// ---------------------------------------------------------------------------------------------
// Formats

const ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const STAMP_RE =
  /^(\d{4}-\d{2}-\d{2})T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)$/;

// `constructor` and `prototype` match the id pattern but are dropped by the copy in `run.ts` and
// skipped by valibot's record, so an area with such an id could vanish silently.
const isId = (s: string) => ID_RE.test(s) && s !== 'constructor' && s !== 'prototype';

/** A calendar date that exists (2025-02-29 does not). */
export function isDate(s: string): boolean {
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const month = Number(m[2]);
  const day = Number(m[3]);
  const days = new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
  return month >= 1 && month <= 12 && day >= 1 && day <= days;
}

/** ISO 8601 date-time with a zone (Z or an offset): a time without a zone means nothing to a reader elsewhere. */
const isTimestamp = (s: string): boolean => {
  const m = STAMP_RE.exec(s);
  return !!m && isDate(m[1]!);
};

// ---------------------------------------------------------------------------------------------
// Building blocks: structure, types, formats and unknown keys. Rules that need more than one
// field are in `rules.ts` and beside each schema; they also run when the structure is broken, so
// a user sees every problem in one pass. Valibot reports in document order: an object's members
// in the order the schema lists them (a missing one where it would be), then its unknown keys.

/**
 * A plain object (valibot's object schemas also take arrays). `custom` runs first in the pipe, so
 * the object schema's own message only ever concerns a missing member.
 */
const plain = custom<Record<string, unknown>>(isObj, 'object' satisfies MessageKey);

/**
 * A closed object: a missing member is `required`, every unknown key is reported (valibot's
 * `strictObject` stops at the first), never dropped.
 */
export const obj = (entries: Record<string, Schema>): Schema =>
  pipe(
    plain,
    objectWithRest(
      entries,
      never('unknownKey' satisfies MessageKey),
      'required' satisfies MessageKey,
    ),
  );

/** An object used as a map (by language, by area id): every key and every value is checked. */
export const rec = (keys: GenericSchema<string>, values: Schema): Schema =>
  pipe(plain, record(keys, values));

export const list = (items: Schema): Schema => array(items, 'list' satisfies MessageKey);

/** A member that may be left out. */
export const opt = (schema: Schema): Schema => optional(schema);

/** One of the given values; the message lists them (`"a", "b"`, from valibot's `expected`). */
export const oneOf = (options: readonly (string | number)[]): Schema =>
  picklist(options, 'enum' satisfies MessageKey);

/**
 * A string that passes `test`; `key` names the message for one that does not (a key of the
 * shared table, or of the kind's own `messages` in `run.ts`).
 */
export const fmt = (test: (s: string) => boolean, key: string): GenericSchema<string> =>
  pipe(string('text' satisfies MessageKey), check(test, key));

export const any: Schema = unknown();
export const str = string('text' satisfies MessageKey);
export const bool = boolean('bool' satisfies MessageKey);
export const nonEmpty = fmt(filled, 'empty' satisfies MessageKey);
export const idS = fmt(isId, 'id' satisfies MessageKey);
export const stampS = fmt(isTimestamp, 'timestamp' satisfies MessageKey);

/** Compile-time proof that a list names every member of a union: `Exhaustive<Exclude<U, L>>`. */
export type Exhaustive<T extends never> = T;
const VISIBILITIES = ['meeting', 'contact-person', 'respondent'] as const satisfies Visibility[];
type _Complete = Exhaustive<Exclude<Visibility, (typeof VISIBILITIES)[number]>>;

export const visibility = opt(oneOf(VISIBILITIES));

/** The members every document (assessment, SIP plan) starts with. */
export const common = {
  schemaVersion: oneOf([CURRENT_SCHEMA_VERSION]),
  id: nonEmpty,
  pack: obj({ id: idS, version: nonEmpty }),
  createdAt: stampS,
  updatedAt: stampS,
  child: opt(
    obj({ reference: opt(str), name: opt(str), address: opt(str), protectedIdentity: opt(bool) }),
  ),
};
