/**
 * @internal Formats and the schema building blocks shared by the pack and assessment schemas
 * (`parse.ts`) and the SIP plan schema (`sip/parse-sip-plan.ts`). Nothing here is public.
 *
 * A schema is a plain function that checks a value and reports what is wrong through `add`, with
 * our own message keys, so no issue needs translating afterwards. It runs on the plain JSON copy
 * made by `run.ts` (no getters, proxies, cycles or `undefined` members), which keeps it small:
 * the default entry carries the validation of packs and assessments and has a size budget.
 */
import type { Visibility } from '../assessment/types.ts';
import { CURRENT_SCHEMA_VERSION } from '../versioning/migrations.ts';
import { filled, has, isObj } from './guards.ts';
import type { MessageKey, MessageParams } from './messages.ts';
import type { IssuePath } from './types.ts';

/** Reports one issue. */
export type Add = (path: IssuePath, key: MessageKey, params?: MessageParams) => void;

/** Checks `value` (found at `path`) and reports every problem through `add`. */
export interface Schema {
  (value: unknown, path: IssuePath, add: Add): void;
  /** Set by {@link opt}: the member may be left out of its object. */
  optional?: true;
}

// ---------------------------------------------------------------------------------------------
// Formats

const ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const STAMP_RE =
  /^(\d{4}-\d{2}-\d{2})T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)$/;
/**
 * Anything shaped like a personnummer or samordningsnummer: 10 or 12 digits with an optional
 * separator. No lookbehind: older Safari fails to parse it and would take the whole bundle down.
 */
export const PNR_RE = /(?:^|\D)(?:19|20)?\d{6}[-+ ]?\d{4}(?!\d)/;

// `constructor` and `prototype` match the id pattern but are skipped by object iteration in
// valibot and elsewhere, so an area with such an id could vanish silently.
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
// Schema building blocks: structure, types, formats and unknown keys. Rules that need more than
// one field are in `rules.ts` and beside each schema; they also run when the structure is broken,
// so a user sees every problem in one pass. Issues come in document order: an object's members
// in the order the schema lists them (a missing one where it would be), then its unknown keys.

const is =
  (test: (value: unknown) => boolean, key: MessageKey, params?: MessageParams): Schema =>
  (value, path, add) => {
    if (!test(value)) add(path, key, params);
  };

/** A closed object: a missing member is `required`, an unknown key is reported, never dropped. */
export const obj =
  (entries: Record<string, Schema>): Schema =>
  (value, path, add) => {
    if (!isObj(value)) return add(path, 'object');
    for (const [key, schema] of Object.entries(entries)) {
      if (has(value, key)) schema(value[key], [...path, key], add);
      else if (!schema.optional) add([...path, key], 'required');
    }
    for (const key of Object.keys(value)) {
      if (!has(entries, key)) add([...path, key], 'unknownKey');
    }
  };

/** An object used as a map (by language, by area id): every key and every value is checked. */
export const rec =
  (keys: Schema, values: Schema): Schema =>
  (value, path, add) => {
    if (!isObj(value)) return add(path, 'object');
    for (const [key, item] of Object.entries(value)) {
      keys(key, [...path, key], add);
      values(item, [...path, key], add);
    }
  };

export const list =
  (items: Schema): Schema =>
  (value, path, add) => {
    if (!Array.isArray(value)) return add(path, 'list');
    value.forEach((item, i) => items(item, [...path, i], add));
  };

/** A member that may be left out. */
export const opt = (schema: Schema): Schema => {
  const optional: Schema = (value, path, add) => {
    if (value !== undefined) schema(value, path, add);
  };
  optional.optional = true;
  return optional;
};

/** One of the given values; the message lists them (`"a", "b"`). */
export const oneOf = (options: readonly (string | number)[]): Schema =>
  is((value) => options.includes(value as string), 'enum', {
    options: options.map((o) => (typeof o === 'string' ? `"${o}"` : o)).join(', '),
  });

/** A string that passes `test`; `key` names the message for one that does not. */
export const fmt =
  (test: (s: string) => boolean, key: MessageKey): Schema =>
  (value, path, add) => {
    if (typeof value !== 'string') add(path, 'text');
    else if (!test(value)) add(path, key);
  };

export const any: Schema = () => {};
export const str = is((value) => typeof value === 'string', 'text');
export const bool = is((value) => typeof value === 'boolean', 'bool');
export const nonEmpty = fmt(filled, 'empty');
export const idS = fmt(isId, 'id');
const stampS = fmt(isTimestamp, 'timestamp');

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
