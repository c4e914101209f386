import { describe, expect, test } from 'vitest';
import { parseDocument } from '../sip/parse-sip-plan.ts';
import { validAssessment } from '../validation/test-fixtures.ts';
import type { ParseResult } from '../validation/types.ts';
import {
  CURRENT_SCHEMA_VERSION,
  migrate,
  runMigrations,
  type MigrationRegistry,
} from './migrations.ts';

const codes = (r: ParseResult<unknown>) =>
  r.ok ? [] : r.issues.map((i) => `${i.code} @ ${i.path.join('.')}`);

/**
 * A test-only history of three versions. v1 → v2 renamed `note` to `notes`; v2 → v3 turned the
 * numeric `level` into an object. Every real migration gets a test like these: fixture in,
 * expected document out, input untouched.
 */
const registry: MigrationRegistry = {
  1: ({ note, ...rest }) => ({ ...rest, notes: note === undefined ? [] : [note] }),
  2: (doc) => ({ ...doc, level: { value: doc.level } }),
};

describe('runMigrations (the mechanism)', () => {
  test('runs every step from the document version up to the target, in order', () => {
    const v1 = { schemaVersion: 1, note: 'hej', level: 3 };
    expect(runMigrations(v1, registry, 3)).toEqual({
      ok: true,
      value: { schemaVersion: 3, notes: ['hej'], level: { value: 3 } },
    });
    expect(runMigrations({ schemaVersion: 2, notes: [], level: 1 }, registry, 3)).toEqual({
      ok: true,
      value: { schemaVersion: 3, notes: [], level: { value: 1 } },
    });
  });

  test('stops at the target and leaves a current document as it is', () => {
    const v1 = { schemaVersion: 1, note: 'hej', level: 3 };
    expect(runMigrations(v1, registry, 2)).toEqual({
      ok: true,
      value: { schemaVersion: 2, notes: ['hej'], level: 3 },
    });
    const v3 = { schemaVersion: 3 };
    const result = runMigrations(v3, registry, 3);
    expect(result.ok && result.value).toBe(v3);
  });

  test('never mutates its input', () => {
    const v1 = { schemaVersion: 1, note: 'hej', level: 3 };
    const copy = structuredClone(v1);
    runMigrations(v1, registry, 3);
    expect(v1).toEqual(copy);
  });

  test('the runner sets schemaVersion, so a step need not', () => {
    const result = runMigrations(
      { schemaVersion: 1 },
      { 1: () => ({ schemaVersion: 99, x: 1 }) },
      2,
    );
    expect(result).toEqual({ ok: true, value: { schemaVersion: 2, x: 1 } });
  });

  test('a newer document is refused', () => {
    const result = runMigrations({ schemaVersion: 4 }, registry, 3);
    expect(codes(result)).toEqual(['unsupported-version @ schemaVersion']);
    expect(result.ok ? '' : result.issues[0]!.message.en).toBe(
      'schemaVersion: version 4 is newer than 3: update the tool',
    );
  });

  test('a missing step, a throwing step and a step returning nonsense are issues', () => {
    expect(codes(runMigrations({ schemaVersion: 1 }, { 2: (d) => d }, 3))).toEqual([
      'unsupported-version @ schemaVersion',
    ]);
    const throwing: MigrationRegistry = {
      1: () => {
        throw new Error('cannot');
      },
    };
    const failed = runMigrations({ schemaVersion: 1 }, throwing, 2);
    expect(codes(failed)).toEqual(['unsupported-version @ schemaVersion']);
    expect(failed.ok ? '' : failed.issues[0]!.message.sv).toBe(
      'schemaVersion: migreringen från version 1 misslyckades',
    );
    expect(codes(runMigrations({ schemaVersion: 1 }, { 1: () => null as never }, 2))).toEqual([
      'unsupported-version @ schemaVersion',
    ]);
  });

  test('a missing or malformed schemaVersion is an issue', () => {
    expect(codes(runMigrations({}, registry, 3))).toEqual(['required @ schemaVersion']);
    for (const bad of [0, -1, 1.5, '1', null]) {
      expect(codes(runMigrations({ schemaVersion: bad }, registry, 3))).toEqual([
        'type @ schemaVersion',
      ]);
    }
    expect(codes(runMigrations([], registry, 3))).toEqual(['type @ ']);
    expect(codes(runMigrations('x', registry, 3))).toEqual(['type @ ']);
  });

  test('never throws, even on a hostile object', () => {
    const hostile = new Proxy(
      {},
      {
        getOwnPropertyDescriptor: () => {
          throw new Error('boom');
        },
      },
    );
    expect(codes(runMigrations(hostile, registry, 3))).toEqual(['unreadable @ ']);
    const inherited = Object.create({ 1: () => ({}) }) as MigrationRegistry;
    expect(codes(runMigrations({ schemaVersion: 1 }, inherited, 2))).toEqual([
      'unsupported-version @ schemaVersion',
    ]);
  });
});

describe('migrate (the shipped registry)', () => {
  test('version 1 is current: nothing to migrate yet', () => {
    expect(CURRENT_SCHEMA_VERSION).toBe(1);
    const doc = validAssessment();
    const result = migrate(doc);
    expect(result.ok && result.value).toBe(doc);
  });

  test('documents from a newer tool are refused, also through parseDocument', () => {
    expect(codes(migrate({ ...validAssessment(), schemaVersion: 2 }))).toEqual([
      'unsupported-version @ schemaVersion',
    ]);
    expect(codes(parseDocument({ ...validAssessment(), schemaVersion: 2 }))).toEqual([
      'unsupported-version @ schemaVersion',
    ]);
  });
});
