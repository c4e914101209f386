import { has, isObj } from '../validation/guards.ts';
import { makeIssue } from '../validation/messages.ts';
import type { ParseResult } from '../validation/types.ts';
import { SIP_PLAN_TYPE } from '../sip/types.ts';

/**
 * The schema version this build writes and reads for assessments (and any document that is not a
 * SIP plan). Documents carry it as `schemaVersion`; older documents are migrated up to it on
 * import, newer ones are refused with `unsupported-version`. SIP plans have their own version,
 * {@link SIP_PLAN_SCHEMA_VERSION}: each document type moves on its own, so a change to the plan
 * does not make every saved wheel "older".
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
 * The schema version this build writes and reads for SIP plans (`type: 'bb.sip-plan'`). Version 2
 * added follow-up meetings (`followUps`) and revisions (`revisions`).
 *
 * @example
 * createSipPlan({ pack: defaultPack }).schemaVersion === SIP_PLAN_SCHEMA_VERSION; // true
 */
export const SIP_PLAN_SCHEMA_VERSION = 2;

/**
 * The SIP plan's steps. 1 → 2: a version 1 plan had no follow-up meetings and no revisions, so it
 * gets empty lists; everything else (the legal reference it was written under too) stays as it
 * was, so the plan means exactly what it meant.
 */
const SIP_MIGRATIONS: MigrationRegistry = {
  1: (doc) => ({ ...doc, followUps: [], revisions: [] }),
};

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
 * Brings a document (plain JSON data) up to {@link CURRENT_SCHEMA_VERSION} (a SIP plan: up to
 * {@link SIP_PLAN_SCHEMA_VERSION}). A current document is
 * returned as it is; a missing or malformed `schemaVersion` and a version newer than this build
 * give issues. Only the version is checked here: validate the result with `parseAssessment`, or
 * `parseDocument` from `@barnets-basta/core/sip` (both call this first). Never throws.
 *
 * @example
 * const result = migrate(JSON.parse(text));
 * if (!result.ok) console.error(formatIssues(result.issues, 'sv'));
 */
export function migrate(doc: unknown): ParseResult<unknown> {
  let type: unknown;
  try {
    type = isObj(doc) ? doc.type : undefined;
  } catch {
    // A hostile object: runMigrations reports it as unreadable.
  }
  return migrateAs(doc, type);
}

/**
 * @internal Migrates `doc` as a document of `type` (the SIP plan's steps for `bb.sip-plan`, the
 * assessment's for anything else). The validation pipeline uses it to migrate a document as the
 * kind it expects, so a plan handed to `parseAssessment` is reported as the wrong type only.
 *
 * @example
 * migrateAs({ schemaVersion: 1, type: 'bb.sip-plan' }, 'bb.sip-plan'); // ok, schemaVersion 2
 */
export function migrateAs(doc: unknown, type: unknown): ParseResult<unknown> {
  return type === SIP_PLAN_TYPE
    ? runMigrations(doc, SIP_MIGRATIONS, SIP_PLAN_SCHEMA_VERSION)
    : runMigrations(doc, MIGRATIONS, CURRENT_SCHEMA_VERSION);
}
