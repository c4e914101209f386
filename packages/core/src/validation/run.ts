/**
 * @internal The validation pipeline every `parse*` function runs: copy → (documents) migrate →
 * schema → rules. The kinds it can check are passed in, so a module that validates only packs and
 * assessments never carries the SIP plan schema.
 */
import { safeParse } from 'valibot';
import { migrateAs } from '../versioning/migrations.ts';
import { has, isObj, UNSAFE_KEYS } from './guards.ts';
import { makeIssue, quote, type Message, type MessageKey } from './messages.ts';
import { packAreas, type Add, type KnownAreas } from './rules.ts';
import type { Schema } from './schema.ts';
import type { IssuePath, ParseOptions, ParseResult, ValidationIssue } from './types.ts';

/** One kind of input `run` can validate. */
export interface Kind {
  /** The document's `type` (`bb.assessment`, ...). None for content packs, which are not migrated. */
  type?: string;
  schema: Schema;
  /** Messages that only this kind's schema uses, by the key its schema gives valibot. */
  messages?: Readonly<Record<string, Message>>;
  /** Rules across fields; they run even when the schema fails. */
  rules: (doc: unknown, add: Add, known: KnownAreas) => void;
}

// Every issue, whatever a host sets with valibot's `setGlobalConfig`: a user sees all problems at once.
const ALL_ISSUES = { abortEarly: false, abortPipeEarly: false } as const;

/**
 * Runs a valibot schema on plain data and turns its issues into ours: each schema carries one of
 * our message keys as its `message` (see `schema.ts`); a choice lists valibot's `expected`
 * values, `("a" | "b")`, as `"a", "b"`.
 */
export function schemaIssues(
  schema: Schema,
  value: unknown,
  messages?: Readonly<Record<string, Message>>,
): ValidationIssue[] {
  const result = safeParse(schema, value, ALL_ISSUES);
  if (result.success) return [];
  return result.issues.map((issue) => {
    const key = issue.message;
    const path = (issue.path ?? []).map((step) => step.key as string | number);
    const params =
      key === 'enum'
        ? {
            options: String(issue.expected)
              .replace(/^\((.*)\)$/, '$1')
              .split(' | ')
              .join(', '),
          }
        : undefined;
    return makeIssue(path, messages?.[key] ?? (key as MessageKey), params);
  });
}

// ---------------------------------------------------------------------------------------------
// Copying the input into plain JSON data, defensively

const MAX_DEPTH = 48;
const MAX_ITEMS = 100_000;

/**
 * Copies `input` into plain JSON data so nothing after this step can meet a getter, a proxy or a
 * cycle. Problems become issues and the value is left out; `undefined` object members are dropped
 * (as JSON does). Every read is guarded: this is the one place that touches foreign objects.
 */
function toPlain(input: unknown, path: IssuePath, issues: ValidationIssue[]): unknown {
  const t = typeof input;
  if (
    input === null ||
    input === undefined ||
    t === 'string' ||
    t === 'number' ||
    t === 'boolean'
  ) {
    return input;
  }
  if (t !== 'object') {
    issues.push(makeIssue(path, 'notJson'));
    return undefined;
  }
  if (path.length > MAX_DEPTH) {
    issues.push(makeIssue(path, 'deep'));
    return undefined;
  }
  const source = input as Record<string, unknown>;
  let keys: string[];
  let list: boolean;
  try {
    list = Array.isArray(source);
    // Date, Map, Set, RegExp, boxed values, typed arrays: not JSON, and copying their (absent)
    // own keys would turn them silently into `{}`. The tag test also works across realms.
    if (!list && Object.prototype.toString.call(source) !== '[object Object]') {
      issues.push(makeIssue(path, 'notJson'));
      return undefined;
    }
    keys = list ? [] : Object.keys(source);
    const count = list ? (source as unknown as unknown[]).length : keys.length;
    if (count > MAX_ITEMS) {
      issues.push(makeIssue(path, 'tooMany', { max: MAX_ITEMS, count }));
      return undefined;
    }
    if (list) for (let i = 0; i < count; i++) keys.push(String(i));
  } catch {
    issues.push(makeIssue(path, 'unreadable'));
    return undefined;
  }
  const out: Record<string, unknown> | unknown[] = list ? [] : {};
  for (const [index, key] of keys.entries()) {
    const at = [...path, list ? index : key];
    if (!list && UNSAFE_KEYS.has(key)) {
      issues.push(makeIssue(at, 'unknownKey'));
      continue;
    }
    let value: unknown;
    try {
      value = source[key];
    } catch {
      issues.push(makeIssue(at, 'unreadable'));
      value = undefined;
    }
    const copy = toPlain(value, at, issues);
    if (list) (out as unknown[]).push(copy);
    else if (copy !== undefined) (out as Record<string, unknown>)[key] = copy;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The pipeline

const startsWith = (path: IssuePath, prefix: IssuePath) =>
  prefix.length <= path.length && prefix.every((key, i) => key === path[i]);

/**
 * Copy → (documents) migrate → schema → rules. `kinds` lists what the input may be: one kind for
 * `parseAssessment` and friends, several document kinds for `parseDocument`, which then chooses
 * by the document's `type`.
 */
export function run(
  input: unknown,
  kinds: readonly Kind[],
  options: ParseOptions | undefined,
): ParseResult<unknown> {
  const issues: ValidationIssue[] = [];
  try {
    let doc = toPlain(input, [], issues);
    const copied = issues.length;
    // A value left out of the copy (it threw, was a bigint...) must not also be reported as missing.
    const done = () => {
      const covered = issues.slice(0, copied).map((i) => i.path);
      const kept = issues.filter(
        (issue, i) => i < copied || !covered.some((p) => startsWith(issue.path, p)),
      );
      return kept.length ? { ok: false as const, issues: kept } : { ok: true as const, value: doc };
    };
    const typeIssue = () => {
      if (!isObj(doc)) return;
      const allowed = kinds.map((k) => k.type);
      if (!has(doc, 'type')) issues.push(makeIssue(['type'], 'required'));
      else if (!allowed.includes(doc.type as never)) {
        issues.push(makeIssue(['type'], 'enum', { options: allowed.map(quote).join(', ') }));
      }
    };
    let kind = kinds[0]!;
    if (kind.type !== undefined) {
      // Migrate as the kind the document claims to be when it is one we take, else as the
      // first: a plan handed to parseAssessment is then only the wrong type, not also "too new".
      const claimed = isObj(doc) ? doc.type : undefined;
      const migrated = migrateAs(doc, kinds.some((k) => k.type === claimed) ? claimed : kind.type);
      if (!migrated.ok) {
        typeIssue();
        issues.push(...migrated.issues);
        return done();
      }
      doc = migrated.value;
      if (kinds.length > 1) {
        const type = isObj(doc) ? doc.type : undefined;
        const found = kinds.find((k) => typeof type === 'string' && k.type === type);
        if (!found) {
          typeIssue();
          return done();
        }
        kind = found;
      }
    }
    issues.push(...schemaIssues(kind.schema, doc, kind.messages));
    const add: Add = (path, key, params) => {
      issues.push(makeIssue([...path], key, params));
    };
    kind.rules(doc, add, packAreas(options));
    return done();
  } catch {
    // Nothing above should throw on plain data; this is the last line of the never-throw promise.
    issues.push(makeIssue([], 'unreadable'));
    return { ok: false, issues };
  }
}
