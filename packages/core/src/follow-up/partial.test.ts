import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { closeCases, emptyPartial, mergeByStrings, mergePartials, toPartial } from './partial.ts';
import { parsePartial } from './schema.ts';
import { fidelityRecord, statisticsRecord } from './test-arbitraries.ts';
import type { AreaLevel, FidelityRecord, FollowUpPartial, StatisticsRecord } from './types.ts';

const partialOf = (records: (StatisticsRecord | FidelityRecord)[]): FollowUpPartial => {
  const result = toPartial(records);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
};

const record = (over: Partial<StatisticsRecord>): StatisticsRecord => ({
  type: 'bb.statistics-record',
  version: 1,
  case: 'c-1',
  unit: ['k', 's'],
  period: '2026-H1',
  perspective: 'child',
  pack: 'bb',
  scale: 'faces-3',
  reading: 1,
  areas: { trygg: 2 },
  ...over,
});

const partial = fc
  .tuple(fc.array(statisticsRecord, { maxLength: 30 }), fc.array(fidelityRecord, { maxLength: 10 }))
  .map(([a, b]) => partialOf([...a, ...b]));

describe('toPartial', () => {
  test('counts per unit, period, perspective, area and level, and keeps first and latest per case', () => {
    const p = partialOf([
      record({ areas: { trygg: 1 } }),
      record({ case: 'c-2', areas: { trygg: 'dont-know' } }),
      record({ reading: 2, period: '2026-H2', areas: { trygg: 3 } }),
    ]);
    expect(p.distribution).toEqual([
      {
        unit: ['k', 's'],
        period: '2026-H1',
        perspective: 'child',
        pack: 'bb',
        scale: 'faces-3',
        area: 'trygg',
        counts: [1, 0, 0, 1, 0, 0],
      },
      {
        unit: ['k', 's'],
        period: '2026-H2',
        perspective: 'child',
        pack: 'bb',
        scale: 'faces-3',
        area: 'trygg',
        counts: [0, 0, 1, 0, 0, 0],
      },
    ]);
    const closed = closeCases(p);
    expect(closed.cases).toEqual([]);
    expect(closed.change).toEqual([
      {
        unit: ['k', 's'],
        perspective: 'child',
        pack: 'bb',
        scale: 'faces-3',
        area: 'trygg',
        up: 1,
        same: 0,
        down: 0,
      },
    ]);
    expect(closed.fidelity).toEqual([
      { unit: ['k', 's'], period: '2026-H1', indicator: 'child-wheel-done', yes: 2, no: 0 },
    ]);
  });

  test('refuses the whole batch when one record is bad, saying which', () => {
    const result = toPartial([
      record({}),
      record({ case: '19120304-1234' }),
      { ...record({}), version: 3 } as never,
    ]);
    expect(!result.ok && result.issues.map((i) => [i.path.join('.'), i.code])).toEqual([
      ['1.case', 'personal-identity-number'],
      ['2.version', 'unsupported-version'],
    ]);
  });

  test('a unit, period or area id checked once does not let a look-alike through', () => {
    // The checks are cached per batch by joined key: these share a join with the valid record.
    for (const bad of [
      record({ unit: ['k/s'] }),
      record({ unit: ['k', 's/'] }),
      record({ unit: ['k', 5 as unknown as string] }),
      record({ period: '2026-H1\u0000child' }),
      record({ areas: { Trygg: 2 } }),
    ]) {
      const result = toPartial([record({}), record({ case: 'c-2' }), bad]);
      expect(result.ok).toBe(false);
    }
  });

  test('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.array(fc.anything(), { maxLength: 5 }), (items) => {
        expect(typeof toPartial(items as never).ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});

describe('mergePartials', () => {
  test('is commutative and associative, with the empty partial as identity', () => {
    fc.assert(
      fc.property(partial, partial, partial, (a, b, c) => {
        expect(mergePartials(a, b)).toEqual(mergePartials(b, a));
        expect(mergePartials(mergePartials(a, b), c)).toEqual(
          mergePartials(a, mergePartials(b, c)),
        );
        expect(mergePartials(a, emptyPartial())).toEqual(mergePartials(a));
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  test('the partials of any split of the records merge into the partial of all of them', () => {
    fc.assert(
      fc.property(
        fc.array(statisticsRecord, { maxLength: 40 }),
        fc.array(fc.nat(3), { maxLength: 40 }),
        (records, parts) => {
          const pieces: StatisticsRecord[][] = [[], [], [], []];
          records.forEach((r, i) => pieces[parts[i] ?? 0]!.push(r));
          const merged = mergePartials(...pieces.map(partialOf));
          expect(merged).toEqual(partialOf(records));
          expect(closeCases(merged)).toEqual(closeCases(partialOf(records)));
        },
      ),
      { numRuns: 150 },
    );
  }, 120_000);

  test('its result is a valid partial that survives JSON', () => {
    fc.assert(
      fc.property(partial, partial, (a, b) => {
        const merged = mergePartials(a, closeCases(b));
        expect(parsePartial(JSON.parse(JSON.stringify(merged)))).toEqual({
          ok: true,
          value: merged,
        });
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});

describe('parsePartial', () => {
  test('says what is wrong, where, in Swedish and English', () => {
    const result = parsePartial({
      type: 'bb.follow-up-partial',
      version: 0,
      distribution: [
        {
          unit: ['k', 'S K'],
          period: '2026-H3',
          perspective: 'child',
          pack: 'bb',
          scale: 'faces-3',
          area: 'trygg',
          counts: [1, 2.5, -1],
        },
      ],
      change: [],
      fidelity: [{ unit: 'k', period: '2026', indicator: 'mood', yes: 1, no: 0 }],
      cases: [],
    });
    expect(!result.ok && result.issues.map((i) => [i.path.join('.'), i.code])).toEqual(
      expect.arrayContaining([
        ['version', 'unsupported-version'],
        ['distribution.0.unit', 'format'],
        ['distribution.0.period', 'format'],
        ['distribution.0.counts.1', 'range'],
        ['distribution.0.counts.2', 'range'],
        ['distribution.0.counts', 'range'],
        ['fidelity.0.unit', 'format'],
        ['fidelity.0.indicator', 'enum'],
      ]),
    );
    if (!result.ok) {
      const count = result.issues.find((i) => i.path.join('.') === 'distribution.0.counts')!;
      expect(count.message.sv).toBe(
        'distribution[0].counts: ska ha 6 antal för skalan "faces-3", har 3',
      );
      expect(count.message.en).toBe(
        'distribution[0].counts: must have 6 counts for the scale "faces-3", has 3',
      );
    }
  });

  test('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.anything(), (x) => {
        expect(typeof parsePartial(x).ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});

describe('mergePartials with integer keys', () => {
  test('gives exactly what the string-keyed merge gives (rows, order, values, copies)', () => {
    fc.assert(
      fc.property(fc.array(partial, { maxLength: 4 }), (ps) => {
        const closed = ps.map((p, i) => (i % 2 ? closeCases(p) : p));
        expect(JSON.stringify(mergePartials(...closed))).toBe(
          JSON.stringify(mergeByStrings(closed)),
        );
      }),
    );
  });

  test('falls back to the string-keyed merge when a field holds the separator', () => {
    const odd = partialOf([record({ period: '2026-H1' })]);
    const withNul = { ...odd, distribution: [{ ...odd.distribution[0]!, area: 'a\u0000b' }] };
    expect(mergePartials(withNul, odd)).toEqual(mergeByStrings([withNul, odd]));
  });

  test('shares nothing with its inputs', () => {
    const p = partialOf([record({})]);
    const merged = mergePartials(p);
    expect(merged.distribution[0]!.counts).not.toBe(p.distribution[0]!.counts);
    expect(merged.distribution[0]!.unit).not.toBe(p.distribution[0]!.unit);
  });
});

describe('toPartial over an iterator that reuses its objects', () => {
  test('counts each record under the unit it had when it was read', () => {
    const records = [
      record({ unit: ['k', 's1'], areas: { trygg: 1 } }),
      record({ case: 'c-2', unit: ['k', 's2'], areas: { trygg: 2 } }),
    ];
    // A reader that fills one record object and one unit array for every row it yields.
    function* reused(): Generator<StatisticsRecord> {
      const unit: string[] = [];
      const r = { ...records[0]!, unit };
      for (const x of records) {
        unit.length = 0;
        unit.push(...x.unit);
        Object.assign(r, { ...x, unit });
        yield r;
      }
    }
    const result = toPartial(reused());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toEqual(partialOf(records));
  });

  test('keeps the levels each record had when it was read', () => {
    const records = [
      record({ areas: { trygg: 1 } }),
      record({ reading: 2, period: '2026-H2', areas: { trygg: 3 } }),
    ];
    function* reused(): Generator<StatisticsRecord> {
      const areas: Record<string, AreaLevel> = {};
      const r = { ...records[0]!, areas };
      for (const x of records) {
        Object.assign(areas, x.areas);
        Object.assign(r, { ...x, areas });
        yield r;
      }
    }
    const result = toPartial(reused());
    expect(result.ok && result.value).toEqual(partialOf(records));
  });
});
