import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareAssessments, compareReadings, largestGaps } from './differences.ts';
import { answer, makeAssessment, makePack, type Short } from './test-fixtures.ts';

const pack = makePack(['a1', 'a2', 'a3', 'a4', 'a5', 'a6']);

describe('compareAssessments', () => {
  const child = makeAssessment({ a1: 2, a2: 4, a3: 3, a4: '?', a5: undefined, a6: 5 });
  const guardian = makeAssessment({ a1: 5, a2: 4, a3: 1, a4: 3, a5: '-', a6: undefined });
  const result = compareAssessments(child, guardian, pack);

  it('gives one entry per pack area', () => {
    expect(result.map((r) => r.areaId).sort()).toEqual(['a1', 'a2', 'a3', 'a4', 'a5', 'a6']);
  });

  it('sorts both-answered areas by largest difference, then one-sided, then neither', () => {
    expect(result.map((r) => [r.areaId, r.status, r.difference])).toEqual([
      ['a1', 'both-values', 3],
      ['a3', 'both-values', -2],
      ['a2', 'both-values', 0],
      ['a4', 'only-b', undefined],
      ['a6', 'only-a', undefined],
      ['a5', 'neither', undefined],
    ]);
    expect(result[1]!.absDifference).toBe(2);
    expect(result.every((r) => r.normalised === false)).toBe(true);
  });

  it('never reports a missing answer as zero, and keeps what the other side said', () => {
    const a4 = result.find((r) => r.areaId === 'a4')!;
    expect(a4).toEqual({
      areaId: 'a4',
      a: { kind: 'dont-know' },
      b: { kind: 'value', value: 3 },
      status: 'only-b',
      normalised: false,
    });
    const a6 = result.find((r) => r.areaId === 'a6')!;
    expect(a6.b).toBeUndefined();
    expect('difference' in a6).toBe(false);
    const a5 = result.find((r) => r.areaId === 'a5')!;
    expect(a5).toMatchObject({ a: undefined, b: { kind: 'declined' }, status: 'neither' });
  });

  it('compares different scales as positions 0–1 and says so', () => {
    const five = makeAssessment({ a1: 5, a2: 1, a3: 3 }, { scale: 'agree-5' });
    const ten = makeAssessment({ a1: 1, a2: 10, a3: 5 }, { scale: 'steps-10' });
    const r = compareAssessments(five, ten, pack);
    expect(r.every((x) => x.normalised)).toBe(true);
    expect(r.slice(0, 3).map((x) => [x.areaId, x.difference])).toEqual([
      ['a1', -1],
      ['a2', 1],
      ['a3', -0.055555556],
    ]);
  });

  it('treats values that do not fit the scale, and any value on the discussion-only scale, as no value', () => {
    const broken = makeAssessment({ a1: 9, a2: 0, a3: 2.5 });
    const fine = makeAssessment({ a1: 3, a2: 3, a3: 3 });
    expect(
      compareAssessments(broken, fine, pack)
        .slice(0, 3)
        .map((x) => x.status),
    ).toEqual(['only-b', 'only-b', 'only-b']);
    const none = makeAssessment({ a1: 3 }, { scale: 'none' });
    expect(compareAssessments(none, none, pack).every((x) => x.status === 'neither')).toBe(true);
  });

  it('is antisymmetric: swapping sides negates differences and swaps only-a/only-b', () => {
    const short = fc.constantFrom<Short>(1, 2, 3, 4, 5, '?', '-', undefined);
    fc.assert(
      fc.property(
        fc.array(short, { minLength: 6, maxLength: 6 }),
        fc.array(short, { minLength: 6, maxLength: 6 }),
        (xs, ys) => {
          const a = makeAssessment(Object.fromEntries(xs.map((s, i) => [`a${i + 1}`, s])));
          const b = makeAssessment(Object.fromEntries(ys.map((s, i) => [`a${i + 1}`, s])));
          const ab = compareAssessments(a, b, pack);
          const ba = compareAssessments(b, a, pack);
          for (const x of ab) {
            const y = ba.find((e) => e.areaId === x.areaId)!;
            expect(y.status).toBe(
              { 'only-a': 'only-b', 'only-b': 'only-a' }[x.status as string] ?? x.status,
            );
            if (x.difference !== undefined) expect(y.difference).toBe(-x.difference || 0);
            expect(x.a).toEqual(answer(xs[Number(x.areaId.slice(1)) - 1]));
          }
          // Ordering: both-values first (non-increasing abs difference), then one-sided, then neither.
          const rank = ab.map(
            (x) => ({ 'both-values': 0, 'only-a': 1, 'only-b': 1, neither: 2 })[x.status],
          );
          expect([...rank].sort()).toEqual(rank);
          const abs = ab.filter((x) => x.status === 'both-values').map((x) => x.absDifference!);
          expect([...abs].sort((p, q) => q - p)).toEqual(abs);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('compareReadings', () => {
  it('reports change over time as latest − first', () => {
    const first = makeAssessment({ a1: 2, a2: 5, a3: '?' }, { id: 'autumn' });
    const latest = makeAssessment({ a1: 4, a2: 4, a3: 3 }, { id: 'spring' });
    const r = compareReadings(first, latest, pack);
    expect(r.find((x) => x.areaId === 'a1')).toMatchObject({
      difference: 2,
      status: 'both-values',
    });
    expect(r.find((x) => x.areaId === 'a2')).toMatchObject({ difference: -1 });
    expect(r.find((x) => x.areaId === 'a3')).toMatchObject({
      status: 'only-b',
      a: { kind: 'dont-know' },
    });
  });
});

describe('largestGaps', () => {
  it('gives the spread per area across perspectives that answered with a value, largest first', () => {
    const child = makeAssessment({ a1: 1, a2: 3, a3: 2, a4: '?', a5: 4 });
    const mother = makeAssessment({ a1: 4, a2: 3, a3: '-', a4: 2 });
    const mentor = makeAssessment({ a1: 5, a2: 2, a3: 4 });
    const gaps = largestGaps([child, mother, mentor], pack);
    expect(gaps.map((g) => [g.areaId, g.spread, g.answered])).toEqual([
      ['a1', 4, 3],
      ['a3', 2, 2],
      ['a2', 1, 3],
      ['a4', undefined, 1],
      ['a5', undefined, 1],
      ['a6', undefined, 0],
    ]);
    expect(gaps[0]).toMatchObject({ values: [1, 4, 5], min: 1, max: 5, normalised: false });
    expect(gaps[1]!.values).toEqual([2, undefined, 4]);
    expect(gaps[5]!.min).toBeUndefined();
  });

  it('normalises mixed scales and copes with no assessments', () => {
    const gaps = largestGaps(
      [
        makeAssessment({ a1: 3 }, { scale: 'faces-3' }),
        makeAssessment({ a1: 1 }, { scale: 'agree-5' }),
      ],
      pack,
    );
    expect(gaps[0]).toMatchObject({ areaId: 'a1', spread: 1, normalised: true, values: [1, 0] });
    expect(largestGaps([], pack).every((g) => g.answered === 0)).toBe(true);
  });
});
