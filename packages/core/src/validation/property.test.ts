import fc from 'fast-check';
import { describe, expect, test } from 'vitest';

// Property runs are sized to take a few seconds on an idle machine; the generous per-test limit
// only keeps a busy shared CI machine from turning slowness into a failure.
const LIMIT = { timeout: 60_000 };
import { importDocument } from '../sip/import-document.ts';
import { parseDocument, parseSipPlan } from '../sip/parse-sip-plan.ts';
import { exportDocument } from '../versioning/json.ts';
import { parsePack } from '../content/parse-pack.ts';
import { parseAssessment } from './parse.ts';
import { assessment, contentPack, mutate, mutation, sipPlan } from './test-arbitraries.ts';
import type { IssueCode, ParseResult } from './types.ts';

const CODES: IssueCode[] = [
  'type',
  'required',
  'unknown-key',
  'format',
  'range',
  'enum',
  'too-few',
  'too-many',
  'duplicate',
  'unknown-area',
  'contrast',
  'protected-identity',
  'personal-identity-number',
  'unsupported-version',
  'invalid-json',
  'unknown-reference',
  'too-deep',
  'unreadable',
];

const CODE_SET = new Set<string>(CODES);

/**
 * A result is either a value or a non-empty list of well-formed issues, nothing else. Checked
 * by hand rather than with `expect`, whose per-call cost would dominate 50 000 checks.
 */
function expectWellFormed(result: ParseResult<unknown>) {
  const fail = (why: string) => {
    throw new Error(`${why}: ${JSON.stringify(result)}`);
  };
  if (result.ok === true) return;
  if (result.ok !== false || !Array.isArray(result.issues) || !result.issues.length)
    fail('malformed result');
  for (const issue of result.issues) {
    if (!Array.isArray(issue.path)) fail('path is not a list');
    if (issue.path.some((k) => typeof k !== 'string' && typeof k !== 'number'))
      fail('odd path key');
    if (!CODE_SET.has(issue.code)) fail('unknown code');
    if (!/^.+: .+/.test(issue.message.sv) || !/^.+: .+/.test(issue.message.en)) fail('bad message');
  }
}

const parsers = [parsePack, parseAssessment, parseSipPlan, parseDocument];

/** Everything fast-check can make, including the values JSON cannot hold. */
const hostile = fc.anything({
  maxDepth: 4,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
});

describe('parse never throws', LIMIT, () => {
  test('10 000 arbitrary values through every parse function and importDocument', () => {
    fc.assert(
      fc.property(hostile, (input) => {
        for (const parse of parsers) expectWellFormed(parse(input));
        let text: string | undefined;
        try {
          text = JSON.stringify(input);
        } catch {
          text = String(typeof input);
        }
        expectWellFormed(importDocument(text ?? 'undefined'));
      }),
      { numRuns: 10_000 },
    );
  });

  test('arbitrary text through importDocument', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => expectWellFormed(importDocument(text))),
      { numRuns: 2_000 },
    );
  });

  test('near-valid assessments with random mutations', () => {
    fc.assert(
      fc.property(assessment(), fc.array(mutation, { minLength: 1, maxLength: 4 }), (doc, ms) => {
        const input = mutate(doc, ms);
        expectWellFormed(parseAssessment(input));
        const result = parseDocument(input);
        expectWellFormed(result);
        // Whatever survives the mutations and still parses must still round-trip.
        if (result.ok) expect(importDocument(exportDocument(result.value))).toEqual(result);
      }),
      { numRuns: 1_000 },
    );
  });

  // Found by the property above (seed 1188499603): an object whose `toString` is not a function
  // cannot be turned into a string, so a parser that interpolates input values would throw.
  test('objects whose toString, valueOf or toJSON are not functions', () => {
    const hostile = { toString: 0, valueOf: 'x', toJSON: [], [Symbol.toPrimitive]: 1 };
    for (const parse of [parseAssessment, parseSipPlan, parseDocument, parsePack]) {
      for (const input of [hostile, { type: 'bb.assessment', id: hostile, areas: hostile }]) {
        const result = parse(input);
        expectWellFormed(result);
        expect(result.ok).toBe(false);
      }
    }
  });

  test('near-valid SIP plans with random mutations', () => {
    fc.assert(
      fc.property(sipPlan, fc.array(mutation, { minLength: 1, maxLength: 4 }), (doc, ms) => {
        const input = mutate(doc, ms);
        expectWellFormed(parseSipPlan(input));
        const result = parseDocument(input);
        expectWellFormed(result);
        if (result.ok) expect(importDocument(exportDocument(result.value))).toEqual(result);
      }),
      { numRuns: 500 },
    );
  });

  test('near-valid content packs with random mutations', () => {
    fc.assert(
      fc.property(contentPack, fc.array(mutation, { minLength: 1, maxLength: 4 }), (pack, ms) => {
        expectWellFormed(parsePack(mutate(pack, ms)));
      }),
      { numRuns: 500 },
    );
  });
});

describe('valid documents', LIMIT, () => {
  test('every generated assessment parses, and survives export → import unchanged', () => {
    fc.assert(
      fc.property(assessment(), (doc) => {
        expect(parseAssessment(doc)).toStrictEqual({ ok: true, value: doc });
        const text = exportDocument(doc);
        const back = importDocument(text);
        expect(back).toStrictEqual({ ok: true, value: doc });
        // Same data, same bytes, also after a round trip.
        if (back.ok) expect(exportDocument(back.value)).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  test('every generated version 1 SIP plan opens unchanged in meaning, and survives export → import unchanged', () => {
    fc.assert(
      fc.property(sipPlan, (v1) => {
        // The arbitrary writes plans as saved before follow-ups existed (schema version 1): they
        // migrate to version 2 with no follow-ups and no revisions, every other member as it was.
        const doc = { ...v1, schemaVersion: 2, followUps: [], revisions: [] };
        expect(parseSipPlan(v1)).toStrictEqual({ ok: true, value: doc });
        const text = exportDocument(doc);
        const back = importDocument(text);
        expect(back).toStrictEqual({ ok: true, value: doc });
        if (back.ok) expect(exportDocument(back.value)).toBe(text);
      }),
      { numRuns: 200 },
    );
  });

  test('export does not depend on the order keys were set in', () => {
    const shuffled = (value: unknown, seed: number): unknown => {
      if (Array.isArray(value)) return value.map((v) => shuffled(v, seed));
      if (!value || typeof value !== 'object') return value;
      const entries = Object.entries(value);
      const order = entries
        .map((_, i) => i)
        .sort((a, b) => ((a * 7919 + seed) % 97) - ((b * 7919 + seed) % 97));
      return Object.fromEntries(order.map((i) => [entries[i]![0], shuffled(entries[i]![1], seed)]));
    };
    fc.assert(
      fc.property(fc.oneof(assessment(), sipPlan), fc.nat(), (doc, seed) => {
        expect(exportDocument(shuffled(doc, seed) as typeof doc)).toBe(exportDocument(doc));
      }),
      { numRuns: 200 },
    );
  });

  test('every generated content pack parses', () => {
    fc.assert(
      fc.property(contentPack, (pack) => {
        expect(parsePack(pack)).toStrictEqual({ ok: true, value: pack });
      }),
      { numRuns: 300 },
    );
  });

  test('the value returned shares nothing with the input', () => {
    fc.assert(
      fc.property(assessment(), (doc) => {
        const result = parseAssessment(doc);
        if (!result.ok) throw new Error('valid document rejected');
        const before = exportDocument(result.value);
        (doc as { id: string }).id = 'changed';
        for (const area of Object.values(doc.areas)) area.note = 'changed';
        expect(exportDocument(result.value)).toBe(before);
      }),
      { numRuns: 100 },
    );
  });
});
