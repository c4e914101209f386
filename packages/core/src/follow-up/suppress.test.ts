import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { Grid } from './suppress.ts';

/** Random sparse equations over a few cells: coefficients ±1 and ±2, as the audit forms them. */
const system = fc
  .tuple(
    fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 13, maxLength: 13 }),
    fc.array(
      fc.array(fc.tuple(fc.integer({ min: 0, max: 12 }), fc.constantFrom(-2, -1, 1, 2)), {
        minLength: 1,
        maxLength: 5,
      }),
      { minLength: 1, maxLength: 12 },
    ),
  )
  .map(([values, rows]) => ({
    values,
    rows: rows.map((entries) => new Map(entries)),
  }));

describe('the audit', () => {
  test('the typed-array elimination finds a determined small cell exactly when solve does', () => {
    fc.assert(
      fc.property(system, ({ values, rows }) => {
        const grid = new Grid(5);
        for (const v of values) grid.cell(v);
        const solve = (grid as unknown as { solve(r: Map<number, number>[]): number | undefined })
          .solve;
        expect(grid.anyDetermined(rows)).toBe(solve.call(grid, rows) !== undefined);
      }),
      { numRuns: 2000 },
    );
  });

  test('a cell alone in an equation is determined; two that only add up are not', () => {
    const grid = new Grid(5);
    grid.cell(3);
    grid.cell(2);
    expect(grid.anyDetermined([new Map([[0, 1]])])).toBe(true);
    expect(
      grid.anyDetermined([
        new Map([
          [0, 1],
          [1, 1],
        ]),
      ]),
    ).toBe(false);
    expect(
      grid.anyDetermined([
        new Map([
          [0, 1],
          [1, 1],
        ]),
        new Map([
          [0, 1],
          [1, -1],
        ]),
      ]),
    ).toBe(true);
  });
});
