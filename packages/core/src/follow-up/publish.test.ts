import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatIssues } from '../validation/messages.ts';
import { mergePartials, toPartial } from './partial.ts';
import { publish } from './publish.ts';
import { fidelityRecord, statisticsRecord } from './test-arbitraries.ts';
import type {
  AreaLevel,
  FidelityRecord,
  FollowUpPartial,
  FollowUpTables,
  PublishedCount,
  StatisticsRecord,
} from './types.ts';

/** Records of one area on faces-3 for a unit, by level: `[ones, twos, threes]`. */
function school(unit: string[], counts: [number, number, number], start: number) {
  const out: StatisticsRecord[] = [];
  let k = start;
  counts.forEach((count, i) => {
    for (let j = 0; j < count; j++) {
      out.push({
        type: 'bb.statistics-record',
        version: 1,
        case: `c-${k++}`,
        unit,
        period: '2026-H1',
        perspective: 'child',
        pack: 'bb',
        scale: 'faces-3',
        reading: 1,
        areas: { trygg: i + 1 },
      });
    }
  });
  return out;
}

const partialOf = (records: (StatisticsRecord | FidelityRecord)[]): FollowUpPartial => {
  const result = toPartial(records);
  if (!result.ok) throw new Error(formatIssues(result.issues, 'en').join('\n'));
  return result.value;
};

const tablesOf = (partial: FollowUpPartial, options = {}): FollowUpTables => {
  const result = publish(partial, options);
  if (!result.ok) throw new Error(formatIssues(result.issues, 'en').join('\n'));
  return result.value;
};

const show = (c: PublishedCount) => (c.suppressed ? c.reason : c.value);

describe('publish: the worked example of docs/follow-up.md', () => {
  const records = [
    ...school(['vaxjo', 'skola-a'], [6, 2, 7], 0),
    ...school(['vaxjo', 'skola-b'], [5, 5, 10], 100),
  ];
  const tables = tablesOf(partialOf(records));
  const row = (unit: string) =>
    tables.distribution.find((r) => r.unit.join('/') === unit && !r.direct)!;

  test('hides the small cell, then complementary cells in its row and across the level above', () => {
    expect(row('vaxjo').cells.map(show)).toEqual([11, 7, 17, 0, 0, 0]);
    expect(show(row('vaxjo').n)).toBe(35);
    expect(row('vaxjo/skola-a').cells.map(show)).toEqual([
      'complementary-row',
      'small-group',
      7,
      0,
      0,
      0,
    ]);
    expect(row('vaxjo/skola-b').cells.map(show)).toEqual([
      'complementary-row',
      'complementary-unit',
      10,
      0,
      0,
      0,
    ]);
  });

  test('a hidden cell carries its reason in Swedish and English and no value', () => {
    const hidden = row('vaxjo/skola-a').cells[1]!;
    expect(hidden).toEqual({
      suppressed: true,
      reason: 'small-group',
      message: {
        sv: 'Färre än 5: visas inte för att skydda enskilda barn',
        en: 'Fewer than 5: not shown, to protect individual children',
      },
    });
    expect(hidden).not.toHaveProperty('value');
  });

  test('the median rests on the value answers, not a mean of the scale', () => {
    expect(row('vaxjo').median).toBe(2);
    expect(row('vaxjo/skola-b').median).toBe(2.5);
  });

  test('a threshold of 10 hides more, and a host may reword the reasons', () => {
    const ten = tablesOf(partialOf(records), {
      threshold: 10,
      messages: { 'small-group': { sv: 'Under {threshold}', en: 'Under {threshold}' } },
    });
    const a = ten.distribution.find((r) => r.unit.join('/') === 'vaxjo/skola-a')!;
    expect(a.cells[0]).toMatchObject({ suppressed: true, message: { sv: 'Under 10' } });
  });
});

describe('publish: options and bad input', () => {
  const partial = partialOf(school(['vaxjo'], [6, 6, 6], 0));

  test.each([4, 0, -5, 5.5, '5', Number.NaN])('refuses the threshold %s', (threshold) => {
    const result = publish(partial, { threshold: threshold as number });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues[0]).toMatchObject({ path: ['threshold'], code: 'range' });
      expect(result.issues[0]!.message.sv).toContain('från 5');
      expect(result.issues[0]!.message.en).toContain('from 5');
    }
  });

  test('refuses a partial of another version, negative counts, unknown perspectives', () => {
    const bad = {
      ...partial,
      version: 2,
      distribution: [
        { ...partial.distribution[0]!, perspective: 'teacher', counts: [-1, 2, 3, 0, 0, 0] },
      ],
    } as unknown as FollowUpPartial;
    const result = publish(bad);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues.map((i) => [i.path.join('.'), i.code])).toEqual(
        expect.arrayContaining([
          ['version', 'unsupported-version'],
          ['distribution.0.perspective', 'enum'],
          ['distribution.0.counts.0', 'range'],
        ]),
      );
    }
  });

  test('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (p, o) => {
        const result = publish(p as FollowUpPartial, o as never);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  }, 120_000);
});

// ---------------------------------------------------------------------------------------------
// The attack: rebuild, from the published tables alone, every equation a reader can form, and
// try to recover a hidden small group; compare against the truth counted from the records.

type Key = string;
interface Figure {
  shown: boolean;
  value: number;
}

/** The true count of every published figure, counted straight from the records. */
function truth(tables: FollowUpTables, records: (StatisticsRecord | FidelityRecord)[]) {
  const D = tables.depth;
  const inRow = (unit: string[], direct: boolean, path: string[]) => {
    const p = path.slice(0, D);
    return direct
      ? p.join('/') === unit.join('/')
      : unit.every((u, i) => p[i] === u) && p.length >= unit.length;
  };
  const stats = records.filter((r): r is StatisticsRecord => r.type === 'bb.statistics-record');
  const figures = new Map<Key, Figure>();
  for (const row of tables.distribution) {
    const here = stats.filter(
      (r) =>
        inRow(row.unit, row.direct, r.unit) &&
        r.period === row.period &&
        r.perspective === row.perspective &&
        r.scale === row.scale,
    );
    const base = [row.unit.join('/'), row.direct, row.period, row.perspective, row.scale];
    const put = (k: unknown[], c: PublishedCount, value: number) => {
      expect(c.suppressed || c.value === value).toBe(true);
      figures.set(JSON.stringify(k), { shown: !c.suppressed, value });
    };
    put([...base, 'n'], row.n, here.length);
    row.levels.forEach((level, i) =>
      put(
        [...base, row.area, i],
        row.cells[i]!,
        here.filter((r) => r.areas[row.area] === level).length,
      ),
    );
  }
  return figures;
}

/** Every equation between published figures: rows, and each unit with its published sub-units. */
function equations(tables: FollowUpTables): [Key, Key[]][] {
  const out: [Key, Key[]][] = [];
  const k = (...parts: unknown[]) => JSON.stringify(parts);
  for (const row of tables.distribution) {
    const base = [row.unit.join('/'), row.direct, row.period, row.perspective, row.scale];
    out.push([k(...base, 'n'), row.levels.map((_, i) => k(...base, row.area, i))]);
  }
  for (const parent of tables.units.filter((u) => !u.direct)) {
    const kids = tables.units.filter(
      (u) =>
        u.parent?.join('/') === parent.unit.join('/') ||
        (u.direct && u.unit.join('/') === parent.unit.join('/')),
    );
    if (!kids.length) continue;
    for (const row of tables.distribution.filter(
      (r) => !r.direct && r.unit.join('/') === parent.unit.join('/'),
    )) {
      const base = (u: { unit: string[]; direct: boolean }) => [
        u.unit.join('/'),
        u.direct,
        row.period,
        row.perspective,
        row.scale,
      ];
      out.push([k(...base(row), 'n'), kids.map((c) => k(...base(c), 'n'))]);
      row.levels.forEach((_, i) =>
        out.push([k(...base(row), row.area, i), kids.map((c) => k(...base(c), row.area, i))]),
      );
    }
  }
  return out;
}

/** Hidden figures the shown ones determine exactly (elimination over the hidden ones). */
function determined(eqs: [Key, Key[]][], figures: Map<Key, Figure>): Key[] {
  const unknown = [...figures].filter(([, f]) => !f.shown).map(([k]) => k);
  const col = new Map(unknown.map((k, i) => [k, i]));
  const rows: number[][] = [];
  for (const [total, parts] of eqs) {
    const row = new Array<number>(unknown.length).fill(0);
    const add = (key: Key, s: number) => {
      const j = col.get(key);
      if (j !== undefined) row[j]! += s;
    };
    add(total, 1);
    for (const p of parts) add(p, -1);
    if (row.some((x) => x !== 0)) rows.push(row);
  }
  // Reduced row echelon form.
  let r = 0;
  const pivots: number[] = [];
  for (let c = 0; c < unknown.length && r < rows.length; c++) {
    const p = rows.findIndex((row, i) => i >= r && Math.abs(row[c]!) > 1e-9);
    if (p < 0) continue;
    [rows[r], rows[p]] = [rows[p]!, rows[r]!];
    const pv = rows[r]![c]!;
    rows[r] = rows[r]!.map((x) => x / pv);
    for (let i = 0; i < rows.length; i++) {
      if (i === r || Math.abs(rows[i]![c]!) < 1e-9) continue;
      const f = rows[i]![c]!;
      rows[i] = rows[i]!.map((x, j) => x - f * rows[r]![j]!);
    }
    pivots.push(c);
    r++;
  }
  return pivots
    .filter((c, i) => rows[i]!.every((x, j) => j === c || Math.abs(x) < 1e-9))
    .map((c) => unknown[c]!);
}

/** Dense data: few groups, so that rows hold a mix of small and large cells. */
const dense = fc.array(
  fc.record({
    type: fc.constant('bb.statistics-record' as const),
    version: fc.constant(1 as const),
    case: fc.constant('c-1'),
    unit: fc
      .tuple(fc.constantFrom('k1', 'k2'), fc.constantFrom('s1', 's2', 's3'), fc.nat(9))
      .map(([k, s, d]) => (d === 0 ? ['lan'] : d === 1 ? ['lan', k] : ['lan', k, s])),
    period: fc.constant('2026-H1'),
    perspective: fc.constantFrom('child' as const, 'child' as const, 'guardian' as const),
    pack: fc.constant('bb'),
    scale: fc.constant('faces-3' as const),
    reading: fc.constant(1),
    areas: fc.record({
      trygg: fc.constantFrom<AreaLevel>(1, 2, 2, 3, 3, 3, 'dont-know'),
      halsa: fc.constantFrom<AreaLevel>(1, 1, 2, 3, 'declined'),
    }),
  }),
  { minLength: 10, maxLength: 160 },
);

describe('publish: an attacker learns no small group', () => {
  test('for random records and hierarchies, no figure, difference or solved system reveals 1 … threshold − 1', () => {
    fc.assert(
      fc.property(
        fc.oneof(dense, fc.array(statisticsRecord, { maxLength: 120 })),
        fc.constantFrom(5, 6, 10),
        fc.integer({ min: 1, max: 3 }),
        (records, threshold, depth) => {
          const tables = tablesOf(partialOf(records), { threshold, depth });
          const figures = truth(tables, records);
          const small = (v: number) => v > 0 && v < threshold;
          // No shown figure is a small group.
          for (const f of figures.values()) if (f.shown) expect(small(f.value)).toBe(false);
          // No equation's residual (total minus the shown parts) is a small group.
          for (const [total, parts] of equations(tables)) {
            const t = figures.get(total)!;
            if (!t.shown) continue;
            const known = parts.reduce(
              (s, p) => s + (figures.get(p)?.shown ? figures.get(p)!.value : 0),
              0,
            );
            expect(small(t.value - known)).toBe(false);
          }
          // Solving every equation together pins down no hidden small group.
          for (const key of determined(equations(tables), figures)) {
            expect(small(figures.get(key)!.value)).toBe(false);
          }
        },
      ),
      { numRuns: 100 },
    );
  }, 120_000);

  test('change and fidelity rows: every shown figure is zero or at least the threshold', () => {
    fc.assert(
      fc.property(
        fc.array(statisticsRecord, { maxLength: 80 }),
        fc.array(fidelityRecord, { maxLength: 60 }),
        (records, plans) => {
          const tables = tablesOf(partialOf([...records, ...plans]));
          const counts = [
            ...tables.change.flatMap((r) => [r.n, r.up, r.same, r.down]),
            ...tables.fidelity.flatMap((r) => [r.denominator, r.numerator]),
          ];
          for (const c of counts)
            if (!c.suppressed) expect(c.value === 0 || c.value >= 5).toBe(true);
          for (const r of tables.fidelity) {
            // The complement (denominator − numerator) is a figure too.
            if (!r.denominator.suppressed && !r.numerator.suppressed) {
              const rest = r.denominator.value - r.numerator.value;
              expect(rest === 0 || rest >= 5).toBe(true);
            }
          }
          for (const r of tables.change) {
            const shown = [r.up, r.same, r.down].filter((c) => !c.suppressed);
            if (!r.n.suppressed) {
              const rest = r.n.value - shown.reduce((s, c) => s + (c.suppressed ? 0 : c.value), 0);
              expect(rest === 0 || rest >= 5).toBe(true);
            }
          }
        },
      ),
      { numRuns: 100 },
    );
  }, 120_000);

  test('the order partials are merged in never changes the tables', () => {
    fc.assert(
      fc.property(fc.array(statisticsRecord, { maxLength: 60 }), fc.nat(), (records, cut) => {
        const at = records.length ? cut % records.length : 0;
        const a = partialOf(records.slice(0, at));
        const b = partialOf(records.slice(at));
        expect(tablesOf(mergePartials(a, b))).toEqual(tablesOf(mergePartials(b, a)));
      }),
      { numRuns: 50 },
    );
  }, 120_000);
});
