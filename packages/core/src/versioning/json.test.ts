import { describe, expect, test } from 'vitest';
import { validAssessment, validSipPlan } from '../validation/test-fixtures.ts';
import type { ParseResult } from '../validation/types.ts';
import { importDocument } from '../sip/import-document.ts';
import { parseAssessment } from '../validation/parse.ts';
import { exportDocument, importAssessment } from './json.ts';

const issues = (r: ParseResult<unknown>) => (r.ok ? [] : r.issues);

describe('exportDocument', () => {
  test('sorted keys at every level, two-space indent, newline at the end', () => {
    const text = exportDocument(validAssessment());
    expect(text.endsWith('}\n')).toBe(true);
    expect(
      text.startsWith(
        '{\n  "areas": {\n    "aktiv": {\n      "answer": {\n        "kind": "declined"',
      ),
    ).toBe(true);
    const keys = [...text.matchAll(/^ {2}"(\w+)":/gm)].map((m) => m[1]);
    expect(keys).toEqual([...keys].sort());
    expect(keys[0]).toBe('areas');
  });

  test('same data, same bytes, whatever the key order', () => {
    const reverse = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(reverse)
        : value && typeof value === 'object'
          ? Object.fromEntries(
              Object.entries(value)
                .reverse()
                .map(([k, v]) => [k, reverse(v)]),
            )
          : value;
    const a = validAssessment();
    const reordered = reverse(a) as typeof a;
    expect(Object.keys(reordered)[0]).toBe('hopes');
    expect(exportDocument(reordered)).toBe(exportDocument(a));
  });

  test('undefined members are left out; arrays keep their order', () => {
    const plan = { ...validSipPlan(), purpose: undefined };
    const text = exportDocument(plan);
    expect(text).not.toContain('purpose');
    expect(JSON.parse(text).actions.map((a: { id: string }) => a.id)).toEqual([
      'i-1',
      'i-2',
      'i-3',
    ]);
  });
});

describe('importDocument', () => {
  test('reads what exportDocument wrote', () => {
    for (const doc of [validAssessment(), validSipPlan()]) {
      expect(importDocument(exportDocument(doc))).toEqual({ ok: true, value: doc });
    }
  });

  test('ignores a byte-order mark (files saved by some editors)', () => {
    expect(importDocument(`\uFEFF${exportDocument(validAssessment())}`).ok).toBe(true);
  });

  test('a syntax error gives invalid-json with line and column', () => {
    const text = '{\n  "type": "bb.assessment",\n  "id": \n}';
    const [issue] = issues(importDocument(text));
    expect(issue).toMatchObject({ code: 'invalid-json', path: [] });
    expect(issue!.message.sv).toBe('(dokumentet): är inte giltig JSON (rad 4, kolumn 1)');
    expect(issue!.message.en).toBe('(document): is not valid JSON (line 4, column 1)');
  });

  test.each([
    ['', 1, 1],
    ['   ', 1, 4],
    ['{', 1, 2],
    ['undefined', 1, 1],
    ["{'a': 1}", 1, 2],
    ['[1,]', 1, 4],
    ['{"a": 1 "b": 2}', 1, 9],
    ['{"a": 01}', 1, 8],
    ['{"a": "x\ny"}', 1, 7],
    ['[1]\n[2]', 2, 1],
    ['{"a":\n  [true, nul]}', 2, 10],
  ])('invalid JSON %j: line %i, column %i', (text, line, column) => {
    const found = issues(importDocument(text));
    expect(found).toHaveLength(1);
    expect(found[0]!.code).toBe('invalid-json');
    expect(found[0]!.message.en).toBe(
      `(document): is not valid JSON (line ${line}, column ${column})`,
    );
  });

  test('deep nesting in invalid JSON still gives an issue', () => {
    const found = issues(importDocument('['.repeat(200_000)));
    expect(found.map((i) => i.code)).toEqual(['invalid-json']);
  });

  test('valid JSON that is not a document gives the validation issues', () => {
    expect(issues(importDocument('42')).map((i) => i.code)).toEqual(['type']);
    expect(
      issues(importDocument('{"schemaVersion": 1}')).map((i) => `${i.code} @ ${i.path.join('.')}`),
    ).toEqual(['required @ type']);
  });

  test('a non-string never throws', () => {
    expect(issues(importDocument(undefined as never)).map((i) => i.code)).toEqual(['type']);
    expect(issues(importDocument({} as never)).map((i) => i.code)).toEqual(['type']);
  });
});

describe('importAssessment', () => {
  test('reads what exportDocument wrote, as parseAssessment would', () => {
    const doc = validAssessment();
    expect(importAssessment(exportDocument(doc))).toEqual({ ok: true, value: doc });
    expect(importAssessment(`\uFEFF${exportDocument(doc)}`)).toEqual({ ok: true, value: doc });
    const pack = { id: 'p', areas: [{ id: 'trygg' }] };
    const text = exportDocument(doc);
    expect(importAssessment(text, { pack })).toEqual(parseAssessment(JSON.parse(text), { pack }));
    expect(importAssessment(exportDocument(doc), { pack }).ok).toBe(false);
  });

  test('invalid JSON gives the same invalid-json issue as importDocument', () => {
    for (const text of [
      '{\n  "type": "bb.assessment",\n  "id": \n}',
      '',
      '[1,]',
      '['.repeat(5000),
    ]) {
      const found = issues(importAssessment(text));
      expect(found.map((i) => i.code)).toEqual(['invalid-json']);
      expect(found).toEqual(issues(importDocument(text)));
    }
    expect(issues(importAssessment('{"a":\n  [true, nul]}'))[0]!.message.sv).toBe(
      '(dokumentet): är inte giltig JSON (rad 2, kolumn 10)',
    );
  });

  test('a SIP plan is not an assessment: the issue names the type expected', () => {
    const found = issues(importAssessment(exportDocument(validSipPlan())));
    expect(found[0]).toMatchObject({ path: ['type'], code: 'enum' });
    expect(found[0]!.message.en).toBe('type: must be one of: "bb.assessment"');
  });

  test('a non-string never throws', () => {
    expect(issues(importAssessment(undefined as never)).map((i) => i.code)).toEqual(['type']);
    expect(issues(importAssessment(42 as never)).map((i) => i.code)).toEqual(['type']);
  });
});
