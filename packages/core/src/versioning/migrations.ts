import { has, isObj } from '../validation/guards.ts';
import { makeIssue } from '../validation/messages.ts';
import type { ParseResult } from '../validation/types.ts';

/**
 * The schema version this build writes and reads. Documents carry it as `schemaVersion`; older
 * documents are migrated up to it on import, newer ones are refused with `unsupported-version`.
 *
 * @example
 * createAssessment({ pack, scale: 'agree-5', perspective: { kind: 'child' } }).schemaVersion === CURRENT_SCHEMA_VERSION; // true
 */
export const CURRENT_SCHEMA_VERSION = 1;

/**
 * One migration step: takes a document of version `n` (as plain JSON data) and returns it in the
 * shape of version `n + 1`. It must return a new object and never mutate its input; it need not
 * set `schemaVersion` (the runner does). It may throw on input it cannot handle: the runner turns
 * that into an `unsupported-version` issue.
 */
export type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;

/** Migration steps keyed by the version they migrate *from*. */
export type MigrationRegistry = Readonly<Record<number, Migration>>;

/**
 * The shipped migrations. Schema version 1 is the first published version, so there are none yet.
 * To release version 2: add `1: (doc) => ({ ...doc, ... })` here, raise
 * `CURRENT_SCHEMA_VERSION`, and add the step's tests beside the mechanism tests in
 * `migrations.test.ts` (a v1 fixture in, the expected v2 document out).
 */
const MIGRATIONS: MigrationRegistry = {};

/**
 * @internal Runs `registry`'s steps from the document's `schemaVersion` up to `target`. Exported
 * so that the mechanism (and every future step) can be tested with a test-only registry.
 *
 * @example
 * const registry = { 1: (doc) => ({ ...doc, renamed: doc.old }) };
 * runMigrations({ schemaVersion: 1, old: 'x' }, registry, 2); // { ok: true, value: { schemaVersion: 2, old: 'x', renamed: 'x' } }
 */
export function runMigrations(
  doc: unknown,
  registry: MigrationRegistry,
  target: number,
): ParseResult<unknown> {
  const path = ['schemaVersion'];
  try {
    if (!isObj(doc)) return { ok: false, issues: [makeIssue([], 'object')] };
    if (!has(doc, 'schemaVersion')) return { ok: false, issues: [makeIssue(path, 'required')] };
    let version = doc.schemaVersion;
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
      return { ok: false, issues: [makeIssue(path, 'version')] };
    }
    if (version > target) {
      return { ok: false, issues: [makeIssue(path, 'newer', { version, current: target })] };
    }
    let out: Record<string, unknown> = doc;
    for (; version < target; version++) {
      const step = has(registry, String(version)) ? registry[version] : undefined;
      if (!step) return { ok: false, issues: [makeIssue(path, 'noMigration', { version })] };
      let next: unknown;
      try {
        next = step(out);
      } catch {
        next = undefined;
      }
      if (!isObj(next)) {
        return { ok: false, issues: [makeIssue(path, 'migrationFailed', { version })] };
      }
      out = { ...next, schemaVersion: version + 1 };
    }
    return { ok: true, value: out };
  } catch {
    // A hostile object (throwing getter, revoked proxy) must not escape as an exception.
    return { ok: false, issues: [makeIssue([], 'unreadable')] };
  }
}

/**
 * Brings a document (plain JSON data) up to {@link CURRENT_SCHEMA_VERSION}. A current document is
 * returned as it is; a missing or malformed `schemaVersion` and a version newer than this build
 * give issues. Only the version is checked here: validate the result with `parseAssessment`, or
 * `parseDocument` from `@barnets-basta/core/sip` (both call this first). Never throws.
 *
 * @example
 * const result = migrate(JSON.parse(text));
 * if (!result.ok) console.error(formatIssues(result.issues, 'sv'));
 */
export function migrate(doc: unknown): ParseResult<unknown> {
  return runMigrations(doc, MIGRATIONS, CURRENT_SCHEMA_VERSION);
}
