/**
 * The shipped JSON Schema files (`@barnets-basta/core/schema/*`) are a fresh generation from
 * core's valibot schemas, and every document core accepts, Ajv (draft 2020-12) accepts too.
 * The reverse does not hold: docs/data-format.md lists the rules a schema cannot say.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parsePack } from '../content/parse-pack.ts';
import { toPartial } from '../follow-up/partial.ts';
import { parseFidelityRecord, parsePartial, parseStatisticsRecord } from '../follow-up/schema.ts';
import { fidelityRecord, statisticsRecord } from '../follow-up/test-arbitraries.ts';
import { parseSipPlan } from '../sip/parse-sip-plan.ts';
import { parseAssessment } from '../validation/parse.ts';
import { migrate } from '../versioning/migrations.ts';
import { assessment, contentPack, sipPlan } from '../validation/test-arbitraries.ts';
import { validAssessment, validPack, validSipPlan } from '../validation/test-fixtures.ts';
import { generateJsonSchemas } from './generate-json-schema.ts';

const DIR = resolve(import.meta.dirname, '../../schema');
const shipped = (file: string) => readFileSync(resolve(DIR, file), 'utf8');
const LIMIT = { timeout: 60_000 };
const DOC_SECTION = readFileSync(
  resolve(import.meta.dirname, '../../../../docs/data-format.md'),
  'utf8',
).split('## JSON Schema: validating outside JavaScript')[1]!;

const ajv = new Ajv2020({ allErrors: true, strict: true });
const validator = (file: string) => ajv.compile(JSON.parse(shipped(file)) as object);
const checks = {
  assessment: validator('assessment.schema.json'),
  sipPlan: validator('sip-plan.schema.json'),
  pack: validator('content-pack.schema.json'),
  record: validator('statistics-record.schema.json'),
  fidelity: validator('fidelity-record.schema.json'),
  partial: validator('follow-up-partial.schema.json'),
};

describe('JSON Schema files', () => {
  test('the shipped files equal a fresh generation (run `pnpm --filter @barnets-basta/core json-schema`)', () => {
    const fresh = generateJsonSchemas();
    expect(Object.keys(fresh).sort()).toEqual([
      'assessment.schema.json',
      'content-pack.schema.json',
      'fidelity-record.schema.json',
      'follow-up-partial.schema.json',
      'sip-plan.schema.json',
      'statistics-record.schema.json',
    ]);
    for (const [file, text] of Object.entries(fresh)) expect(shipped(file), file).toBe(text);
  });

  test('the package exports them as @barnets-basta/core/schema/*', () => {
    const pkg = JSON.parse(readFileSync(resolve(DIR, '../package.json'), 'utf8')) as {
      exports: Record<string, unknown>;
      files: string[];
    };
    expect(pkg.exports['./schema/*']).toBe('./schema/*');
    expect(pkg.files).toContain('schema');
  });

  test('the fixtures pass, and a schema does reject: wrong type, unknown key, missing member', () => {
    expect(checks.assessment(validAssessment())).toBe(true);
    expect(checks.sipPlan(validSipPlan())).toBe(true);
    expect(checks.pack(validPack())).toBe(true);
    expect(checks.assessment({ ...validAssessment(), scale: 'traffic-light' })).toBe(false);
    expect(checks.assessment({ ...validAssessment(), colour: 'red' })).toBe(false);
    const { perspective: _, ...noPerspective } = validAssessment();
    expect(checks.assessment(noPerspective)).toBe(false);
    expect(checks.sipPlan({ ...validSipPlan(), type: 'bb.assessment' })).toBe(false);
    expect(checks.pack({ ...validPack(), areas: 'trygg' })).toBe(false);
  });

  const a = validAssessment;
  const plan = validSipPlan;
  const DIFFERENCES: [string, unknown, keyof typeof checks, string][] = [
    [
      'a timestamp without a zone',
      { ...a(), createdAt: '2025-03-14T09:30' },
      'assessment',
      'format',
    ],
    ['an area id in capitals', { ...a(), areas: { Trygg: {} } }, 'assessment', 'format'],
    ['an empty document id', { ...a(), id: ' ' }, 'assessment', 'required'],
    [
      'a value outside the scale',
      { ...a(), areas: { trygg: { answer: { kind: 'value', value: 9 } } } },
      'assessment',
      'range',
    ],
    [
      '"Vet inte" with a value',
      { ...a(), areas: { trygg: { answer: { kind: 'dont-know', value: 2 } } } },
      'assessment',
      'unknown-key',
    ],
    [
      'a name under protected identity',
      { ...a(), child: { name: 'Sam', protectedIdentity: true } },
      'assessment',
      'protected-identity',
    ],
    [
      'a personal identity number',
      { ...a(), child: { reference: '20120315-1234' } },
      'assessment',
      'personal-identity-number',
    ],
    ['a date that does not exist', { ...plan(), meetingDate: '2025-02-29' }, 'sipPlan', 'format'],
    [
      'two actions with one id',
      { ...plan(), actions: [plan().actions[0]!, plan().actions[0]!] },
      'sipPlan',
      'duplicate',
    ],
    [
      'a reference to no participant',
      { ...plan(), chair: 'p-nobody' },
      'sipPlan',
      'unknown-reference',
    ],
    [
      'an end before the start',
      { ...plan(), actions: [{ ...plan().actions[0]!, end: '2025-01-01' }] },
      'sipPlan',
      'range',
    ],
    ['two areas', { ...validPack(), areas: validPack().areas.slice(0, 2) }, 'pack', 'too-few'],
    [
      'a pale colour',
      {
        ...validPack(),
        areas: [{ ...validPack().areas[0]!, color: '#ffff00' }, ...validPack().areas.slice(1)],
      },
      'pack',
      'contrast',
    ],
  ];

  test.each(DIFFERENCES)(
    'what a schema cannot say, listed in docs/data-format.md: %s',
    (_, doc, kind, code) => {
      expect(checks[kind](doc), JSON.stringify(checks[kind].errors)).toBe(true);
      const parse = {
        assessment: parseAssessment,
        sipPlan: parseSipPlan,
        pack: parsePack,
        record: parseStatisticsRecord,
        fidelity: parseFidelityRecord,
        partial: parsePartial,
      }[kind];
      const result = parse(doc);
      expect(result.ok ? [] : result.issues.map((i) => i.code)).toContain(code);
      expect(DOC_SECTION).toContain(`\`${code}\``);
    },
  );

  test('every assessment core accepts, Ajv accepts', LIMIT, () => {
    fc.assert(
      fc.property(assessment(), (doc) => {
        const json = JSON.parse(JSON.stringify(doc)) as unknown;
        fc.pre(parseAssessment(json).ok);
        expect(checks.assessment(json), JSON.stringify(checks.assessment.errors)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  test('every SIP plan core accepts, Ajv accepts', LIMIT, () => {
    fc.assert(
      fc.property(sipPlan, (doc) => {
        const json = JSON.parse(JSON.stringify(doc)) as unknown;
        fc.pre(parseSipPlan(json).ok);
        // The schema describes today's version; an older plan is migrated first (a documented
        // difference), as every reader of these files must do.
        const migrated = migrate(json);
        expect(migrated.ok).toBe(true);
        const current = migrated.ok ? migrated.value : undefined;
        expect(checks.sipPlan(current), JSON.stringify(checks.sipPlan.errors)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  test('every content pack core accepts, Ajv accepts', LIMIT, () => {
    fc.assert(
      fc.property(contentPack, (doc) => {
        const json = JSON.parse(JSON.stringify(doc)) as unknown;
        fc.pre(parsePack(json).ok);
        expect(checks.pack(json), JSON.stringify(checks.pack.errors)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  test('every follow-up record and partial core accepts, Ajv accepts', LIMIT, () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(statisticsRecord, fidelityRecord), { maxLength: 8 }),
        (records) => {
          const json = JSON.parse(JSON.stringify(records)) as Record<string, unknown>[];
          for (const r of json) {
            if (parseStatisticsRecord(r).ok)
              expect(checks.record(r), JSON.stringify(checks.record.errors)).toBe(true);
            if (parseFidelityRecord(r).ok)
              expect(checks.fidelity(r), JSON.stringify(checks.fidelity.errors)).toBe(true);
          }
          const partial = toPartial(records);
          fc.pre(partial.ok);
          const doc = JSON.parse(JSON.stringify(partial.ok && partial.value)) as unknown;
          expect(parsePartial(doc).ok).toBe(true);
          expect(checks.partial(doc), JSON.stringify(checks.partial.errors)).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });
});
