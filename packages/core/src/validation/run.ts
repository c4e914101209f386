/**
 * @internal The validation pipeline every `parse*` function runs: copy → (documents) migrate →
 * schema → rules. The kinds it can check are passed in, so a module that validates only packs and
 * assessments never carries the SIP plan schema.
 */
import { safeParse, type BaseIssue, type GenericSchema } from 'valibot';
import { migrate } from '../versioning/migrations.ts';
import { has, isObj } from './guards.ts';
import { isMessageKey, makeIssue, quote, type MessageKey, type MessageParams } from './messages.ts';
import { packAreas, type Add, type KnownAreas } from './rules.ts';
import type { IssuePath, ParseOptions, ParseResult, ValidationIssue } from './types.ts';

/** One kind of input `run` can validate. */
export interface Kind {
  /** The document's `type` (`bb.assessment`, ...). None for content packs, which are not migrated. */
  type?: string;
  schema: GenericSchema;
  /** Rules across fields; they run even when the schema fails. */
  rules: (doc: unknown, add: Add, known: KnownAreas) => void;
}

/** Turns a valibot issue into ours: our message keys travel as valibot's `message`. */
function fromValibot(issue: BaseIssue<unknown>): ValidationIssue {
  const steps = issue.path ?? [];
  const path = steps.map((step) => step.key as string | number);
  const last = steps[steps.length - 1];
  const type = issue.type;
  let key: MessageKey = 'object';
  let params: MessageParams | undefined;
  if (isMessageKey(issue.message)) key = issue.message;
  else if (type === 'never') key = 'unknownKey';
  else if (type === 'object_with_rest' && last?.origin === 'key' && issue.input === undefined) {
    key = 'required';
  } else if (type === 'string') key = 'text';
  else if (type === 'boolean') key = 'bool';
  else if (type === 'array') key = 'list';
  else if (type === 'picklist' || type === 'literal') {
    key = 'enum';
    params = {
      options: String(issue.expected)
        .replace(/^\((.*)\)$/, '$1')
        .replace(/ \| /g, ', '),
    };
  }
  return makeIssue(path, key, params);
}

// ---------------------------------------------------------------------------------------------
// Copying the input into plain JSON data, defensively

const MAX_DEPTH = 48;
const MAX_ITEMS = 100_000;
const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);

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
    if (list) {
      const length = (source as unknown as unknown[]).length;
      if (length > MAX_ITEMS) {
        issues.push(makeIssue(path, 'tooMany', { max: MAX_ITEMS, count: length }));
        return undefined;
      }
      for (let i = 0; i < length; i++) keys.push(String(i));
    } else if (keys.length > MAX_ITEMS) {
      issues.push(makeIssue(path, 'tooMany', { max: MAX_ITEMS, count: keys.length }));
      return undefined;
    }
  } catch {
    issues.push(makeIssue(path, 'unreadable'));
    return undefined;
  }
  const out: Record<string, unknown> | unknown[] = list ? [] : {};
  for (const [index, key] of keys.entries()) {
    const at = [...path, list ? index : key];
    if (!list && RESERVED.has(key)) {
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
      const migrated = migrate(doc);
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
    const result = safeParse(kind.schema, doc);
    if (!result.success) issues.push(...result.issues.map(fromValibot));
    const add: Add = (path, key, params) => issues.push(makeIssue(path, key, params));
    kind.rules(doc, add, packAreas(options));
    return done();
  } catch {
    // Nothing above should throw on plain data; this is the last line of the never-throw promise.
    issues.push(makeIssue([], 'unreadable'));
    return { ok: false, issues };
  }
}
