import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ASSESSMENT_TYPE, type Assessment } from '../assessment/types.ts';
import type { Answer } from '../scales/types.ts';
import { partialBuilder, partialFromAssessments } from './builder.ts';
import { closeCases, toPartial } from './partial.ts';
import { toStatisticsRecord } from './records.ts';
import type { RecordContext, StatisticsRecord } from './types.ts';

const pack = { id: 'bb', areas: [{ id: 'trygg' }, { id: 'ma-bra' }, { id: 'larande' }] };

const answer: fc.Arbitrary<Answer | undefined> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.integer({ min: 1, max: 5 }).map((value) => ({ kind: 'value', value }) as Answer),
  },
  { weight: 1, arbitrary: fc.constantFrom<Answer>({ kind: 'dont-know' }, { kind: 'declined' }) },
  { weight: 1, arbitrary: fc.constant(undefined) },
);

/** Mostly valid readings, some with a private answer, a level off the scale, another pack. */
const assessment: fc.Arbitrary<Assessment> = fc
  .record({
    scale: fc.constantFrom('faces-3', 'agree-5', 'agree-5', 'none'),
    kind: fc.constantFrom('child', 'guardian', 'school', 'teacher'),
    pack: fc.constantFrom('bb', 'bb', 'bb', 'bb', 'other'),
    areas: fc.dictionary(
      fc.constantFrom('trygg', 'ma-bra', 'larande', 'extra'),
      fc.record({ answer, respondent: fc.boolean() }),
    ),
  })
  .map(
    ({ scale, kind, pack: id, areas }) =>
      ({
        type: ASSESSMENT_TYPE,
        schemaVersion: 1,
        id: 'a-1',
        pack: { id, version: '1.0.0' },
        scale,
        perspective: { kind, label: 'Alva' },
        createdAt: '2026-03-14T09:30:00Z',
        updatedAt: '2026-03-14T09:30:00Z',
        areas: Object.fromEntries(
          Object.entries(areas).map(([k, { answer: a, respondent }]) => [
            k,
            a
              ? { answer: a, note: 'fritext', ...(respondent ? { visibility: 'respondent' } : {}) }
              : {},
          ]),
        ),
      }) as Assessment,
  );

const units = [['lan'], ['lan', 'k1'], ['lan', 'k1', 's1'], ['lan', 'k2'], ['lan', 'k2', 's2']];
const context: fc.Arbitrary<RecordContext> = fc.record(
  {
    case: fc.constantFrom('c-1', 'c-2', 'c-10', 'c-1-b', '19121212-1212', ''),
    unit: fc.constantFrom(...units, ['Lan']),
    date: fc.constantFrom('2026-03-14', '2026-09-01', '2025-12-31', '2026-02-30'),
    reading: fc.integer({ min: 0, max: 3 }),
    period: fc.constantFrom('half', 'year', 'quarter'),
  },
  { requiredKeys: ['case', 'unit', 'date'] },
);

const readings = fc.array(fc.record({ assessment, context }), { maxLength: 60 });

/** The record path the builder replaces: a record per reading, then `toPartial`. */
function viaRecords(list: { assessment: Assessment; context: RecordContext }[]) {
  const records: StatisticsRecord[] = [];
  const oks: boolean[] = [];
  for (const { assessment: a, context: c } of list) {
    const r = toStatisticsRecord(a, c, pack);
    oks.push(r.ok);
    if (r.ok) records.push(r.value);
  }
  const partial = toPartial(records);
  if (!partial.ok) throw new Error('records from toStatisticsRecord must count');
  return { oks, partial: partial.value };
}

describe('partialBuilder: the same partial as toStatisticsRecord + toPartial', () => {
  test('accepts and refuses the same readings, and counts the same (open and closed)', () => {
    fc.assert(
      fc.property(readings, (list) => {
        const builder = partialBuilder(pack);
        const oks = list.map(({ assessment: a, context: c }) => builder.add(a, c).ok);
        const expected = viaRecords(list);
        expect(oks).toEqual(expected.oks);
        expect(builder.partial()).toEqual(expected.partial);
        expect(builder.closed()).toEqual(closeCases(expected.partial));
      }),
      { numRuns: 300 },
    );
  });

  test('the same issues as toStatisticsRecord for an invalid reading', () => {
    fc.assert(
      fc.property(assessment, context, (a, c) => {
        const added = partialBuilder(pack).add(a, c);
        const record = toStatisticsRecord(a, c, pack);
        if (record.ok) expect(added.ok).toBe(true);
        else expect(added).toEqual(record);
      }),
    );
  });

  test('a private answer ("Bara jag") is never counted, and nothing personal is kept', () => {
    const builder = partialBuilder(pack);
    builder.add(
      {
        type: ASSESSMENT_TYPE,
        schemaVersion: 1,
        id: 'a-1',
        pack: { id: 'bb', version: '1.0.0' },
        scale: 'faces-3',
        perspective: { kind: 'child', label: 'Alva' },
        createdAt: '2026-03-14T09:30:00Z',
        updatedAt: '2026-03-14T09:30:00Z',
        areas: {
          trygg: { answer: { kind: 'value', value: 1 }, visibility: 'respondent' },
          'ma-bra': { answer: { kind: 'value', value: 2 }, note: 'Jag har en kompis' },
        },
      },
      { case: 'c-1', unit: ['lan', 'k1'], date: '2026-03-14' },
    );
    const partial = builder.partial();
    const trygg = partial.distribution.find((r) => r.area === 'trygg')!;
    expect(trygg.counts).toEqual([0, 0, 0, 0, 0, 1]);
    expect(partial.cases[0]!.first.areas.trygg).toBe('unanswered');
    const text = JSON.stringify([partial, builder.closed()]);
    for (const personal of ['Alva', 'kompis', 'a-1', '2026-03-14'])
      expect(text).not.toContain(personal);
  });

  test('a unit array changed between readings is read anew', () => {
    const builder = partialBuilder(pack);
    const unit = ['lan', 'k1'];
    const a = {
      ...fc.sample(assessment, { numRuns: 1, seed: 1 })[0]!,
      pack: { id: 'bb', version: '1' },
      scale: 'faces-3' as const,
      perspective: { kind: 'child' as const },
    };
    expect(builder.add(a, { case: 'c-1', unit, date: '2026-03-14' }).ok).toBe(true);
    unit[1] = 'k2';
    expect(builder.add(a, { case: 'c-2', unit, date: '2026-03-14' }).ok).toBe(true);
    unit[1] = 'K3';
    expect(builder.add(a, { case: 'c-3', unit, date: '2026-03-14' }).ok).toBe(false);
    expect(new Set(builder.partial().distribution.map((r) => r.unit.join('/')))).toEqual(
      new Set(['lan/k1', 'lan/k2']),
    );
  });
});

describe('partialFromAssessments', () => {
  test('equals toPartial of the records, and refuses with indexed issues', () => {
    fc.assert(
      fc.property(readings, (list) => {
        const result = partialFromAssessments(list, pack);
        const expected = viaRecords(list);
        if (expected.oks.every(Boolean))
          expect(result).toEqual({ ok: true, value: expected.partial });
        else {
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.issues[0]!.path[0]).toBe(expected.oks.indexOf(false));
        }
      }),
      { numRuns: 200 },
    );
  });

  test('an unusual pack (a repeated area id) takes the record path and agrees with it', () => {
    const odd = { id: 'bb', areas: [{ id: 'trygg' }, { id: 'trygg' }] };
    fc.assert(
      fc.property(readings, (list) => {
        const records = list.flatMap(({ assessment: a, context: c }) => {
          const r = toStatisticsRecord(a, c, odd);
          return r.ok ? [r.value] : [];
        });
        const builder = partialBuilder(odd);
        for (const { assessment: a, context: c } of list) builder.add(a, c);
        expect(builder.partial()).toEqual((toPartial(records) as { value: unknown }).value);
      }),
      { numRuns: 30 },
    );
  });

  test('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (list, p) => {
        const input = Array.isArray(list) ? list : [list];
        expect(typeof partialFromAssessments(input as never, pack).ok).toBe('boolean');
        expect(() => partialBuilder(p as never).add(list as never, p as never)).not.toThrow();
      }),
    );
  });
});
