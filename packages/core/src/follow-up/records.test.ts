import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ASSESSMENT_TYPE, type Assessment } from '../assessment/types.ts';
import type { SipPlan } from '../sip/types.ts';
import { toFidelityRecord, toStatisticsRecord, toStatisticsRecords } from './records.ts';
import { parseStatisticsRecord } from './schema.ts';
import { sipFidelityFacts } from './sip-facts.ts';

const pack = {
  id: 'bb',
  areas: [{ id: 'trygg' }, { id: 'ma-bra' }, { id: 'larande' }, { id: 'aktiv' }],
};

const assessment = (over: Partial<Assessment> = {}): Assessment => ({
  type: ASSESSMENT_TYPE,
  schemaVersion: 1,
  id: 'a-1',
  pack: { id: 'bb', version: '1.0.0' },
  scale: 'faces-3',
  perspective: { kind: 'child', label: 'Alva' },
  createdAt: '2026-03-14T09:30:00Z',
  updatedAt: '2026-03-14T09:30:00Z',
  child: { reference: 'Elev 7B-12', name: 'Alva Andersson' },
  areas: {
    trygg: { answer: { kind: 'value', value: 3 }, note: 'Jag har en kompis' },
    'ma-bra': { answer: { kind: 'value', value: 1 }, visibility: 'respondent' },
    larande: { answer: { kind: 'dont-know' } },
  },
  hopes: { text: 'Att få vara med' },
  ...over,
});

const context = { case: 'c-8f3a', unit: ['kronoberg', 'vaxjo', 'skola-norr'], date: '2026-03-14' };

describe('toStatisticsRecord', () => {
  test('keeps levels, unit, period and perspective kind, and nothing personal', () => {
    const result = toStatisticsRecord(assessment(), { ...context, audience: 'child-8-12' }, pack);
    expect(result).toEqual({
      ok: true,
      value: {
        type: 'bb.statistics-record',
        version: 1,
        case: 'c-8f3a',
        unit: ['kronoberg', 'vaxjo', 'skola-norr'],
        period: '2026-H1',
        perspective: 'child',
        audience: 'child-8-12',
        pack: 'bb',
        scale: 'faces-3',
        reading: 1,
        // "Bara jag": the private answer counts as not answered, like an area nobody touched.
        areas: { trygg: 3, 'ma-bra': 'unanswered', larande: 'dont-know', aktiv: 'unanswered' },
      },
    });
    const text = JSON.stringify(result);
    for (const personal of [
      'Alva',
      'Elev 7B-12',
      'kompis',
      'Att få',
      'a-1',
      '2026-03-14',
      '09:30',
    ]) {
      expect(text).not.toContain(personal);
    }
  });

  test('no private answer is ever counted, whatever its value', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3 }),
        fc.constantFrom('value', 'dont-know', 'declined'),
        (value, kind) => {
          const a = assessment({
            areas: {
              trygg: {
                answer: kind === 'value' ? { kind, value } : { kind: kind as 'declined' },
                visibility: 'respondent',
              },
            },
          });
          const result = toStatisticsRecord(a, context, pack);
          expect(result.ok && result.value.areas.trygg).toBe('unanswered');
        },
      ),
    );
  });

  test.each([
    [
      'a personal identity number as case',
      { case: '20120304-1234' },
      'case',
      'personal-identity-number',
    ],
    [
      'a short personal identity number',
      { case: 'x 120304-1234' },
      'case',
      'personal-identity-number',
    ],
    // A control character could join two cases' keys in a partial.
    ['a control character in the case', { case: 'c-1\u0000b' }, 'case', 'format'],
    ['a date that does not exist', { date: '2026-02-29' }, 'date', 'format'],
    ['a unit that is not a path', { unit: 'kronoberg/vaxjo' }, 'unit', 'format'],
    ['an empty unit path', { unit: [] }, 'unit', 'format'],
    ['a reading of 0', { reading: 0 }, 'reading', 'range'],
  ])('refuses %s, with a path and both languages', (_name, change, path, code) => {
    const result = toStatisticsRecord(assessment(), { ...context, ...change } as never, pack);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues[0]).toMatchObject({ path: [path], code });
      expect(result.issues[0]!.message.sv).toMatch(new RegExp(`^${path}: `));
      expect(result.issues[0]!.message.en).toMatch(new RegExp(`^${path}: `));
    }
  });

  test('refuses an answer outside the scale, and an assessment of another pack', () => {
    const bad = assessment({ areas: { trygg: { answer: { kind: 'value', value: 7 } } } });
    const result = toStatisticsRecord(bad, context, pack);
    expect(!result.ok && result.issues[0]!.path).toEqual(['areas', 'trygg', 'answer', 'value']);
    const other = toStatisticsRecord(
      assessment({ pack: { id: 'annat', version: '1' } }),
      context,
      pack,
    );
    expect(!other.ok && other.issues[0]!.path).toEqual(['pack', 'id']);
  });

  test('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (a, c) => {
        const result = toStatisticsRecord(a as Assessment, c as never, pack);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});

describe('toStatisticsRecords', () => {
  test('numbers the readings of each perspective in time order', () => {
    const at = (kind: 'child' | 'guardian', createdAt: string) =>
      assessment({ perspective: { kind }, createdAt, updatedAt: createdAt });
    const result = toStatisticsRecords(
      [
        at('child', '2026-09-01T10:00:00Z'),
        at('guardian', '2026-03-01T10:00:00Z'),
        at('child', '2026-03-01T10:00:00Z'),
      ],
      { case: 'c-1', unit: ['k'] },
      pack,
    );
    expect(result.ok && result.value.map((r) => [r.perspective, r.reading, r.period])).toEqual([
      ['guardian', 1, '2026-H1'],
      ['child', 1, '2026-H1'],
      ['child', 2, '2026-H2'],
    ]);
  });
});

describe('parseStatisticsRecord', () => {
  test('refuses another version, an unknown perspective and a level off the scale', () => {
    const record = toStatisticsRecord(assessment(), context, pack);
    if (!record.ok) throw new Error('fixture');
    const result = parseStatisticsRecord({
      ...record.value,
      version: 2,
      perspective: 'teacher',
      areas: { trygg: 4 },
      name: 'Alva',
    });
    expect(!result.ok && result.issues.map((i) => [i.path.join('.'), i.code])).toEqual(
      expect.arrayContaining([
        ['version', 'unsupported-version'],
        ['perspective', 'enum'],
        ['areas.trygg', 'range'],
        ['name', 'unknown-key'],
      ]),
    );
  });
});

describe('fidelity', () => {
  const plan = {
    childParticipation: 'letter',
    assessments: [assessment()],
    followUp: { date: '2026-05-01' },
    actions: [
      { id: '1', areas: [], what: 'Samtal', organisation: 'Skolan', followUpBy: '2026-05-01' },
      { id: '2', areas: [], what: 'Stöd', organisation: ' ', followUpBy: '2026-05-01' },
      { id: '3', areas: [], what: 'Läxhjälp', organisation: 'BUP' },
    ],
  } as unknown as SipPlan;

  test('reads the facts from a plan', () => {
    expect(sipFidelityFacts(plan, { held: '2026-04-28' })).toEqual({
      startedFromWheel: true,
      childTookPart: true,
      followUpDue: '2026-05-01',
      followUpHeld: '2026-04-28',
      actions: 3,
      actionsWithOwnerAndDate: 1,
    });
    expect(
      sipFidelityFacts({ ...plan, childParticipation: 'not-taking-part', assessments: [] })
        .childTookPart,
    ).toBe(false);
  });

  test.each([
    ['2026-04-28', '2026-06-30', 'on-time'],
    ['2026-05-03', '2026-06-30', 'late'],
    [null, '2026-06-30', 'not-held'],
    [null, '2026-04-01', 'not-due'],
  ] as const)('a follow-up held %s, judged on %s, is %s', (held, date, status) => {
    const facts = sipFidelityFacts(plan, held ? { held } : undefined);
    const result = toFidelityRecord(facts, { unit: ['kronoberg', 'vaxjo'], date });
    expect(result.ok && result.value.followUp).toBe(status);
  });
});
