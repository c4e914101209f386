import { describe, expect, it } from 'vitest';
import { aggregate } from './aggregate.ts';
import { generateAssessments, makeAssessment, makePack } from './test-fixtures.ts';

const pack = makePack(['x', 'y', 'z']);

describe('aggregate', () => {
  const group = [
    makeAssessment({ x: 1, y: '?', z: 5 }),
    makeAssessment({ x: 1, y: '-' }),
    makeAssessment({ x: 3, y: 5, z: 5 }),
    makeAssessment({ x: '?', y: 5 }),
    makeAssessment({ x: 5, z: 2 }),
  ];

  it('counts values, "Vet inte", "Vill inte svara" and unanswered per area', () => {
    const r = aggregate(group, { pack });
    expect(r).toMatchObject({
      packId: 'test-pack',
      scale: 'agree-5',
      n: 5,
      skipped: 0,
      suppressed: false,
      minGroupSize: 5,
    });
    expect(r.areas).toEqual([
      {
        areaId: 'x',
        n: 5,
        counts: [2, 0, 1, 0, 1],
        dontKnow: 1,
        declined: 0,
        unanswered: 0,
        invalid: 0,
        suppressed: false,
      },
      {
        areaId: 'y',
        n: 5,
        counts: [0, 0, 0, 0, 2],
        dontKnow: 1,
        declined: 1,
        unanswered: 1,
        invalid: 0,
        suppressed: false,
      },
      {
        areaId: 'z',
        n: 5,
        counts: [0, 1, 0, 0, 2],
        dontKnow: 0,
        declined: 0,
        unanswered: 2,
        invalid: 0,
        suppressed: false,
      },
    ]);
  });

  it('suppresses every count below the minimum group size (4 of 5), and not at it', () => {
    const four = aggregate(group.slice(0, 4), { pack });
    expect(four.suppressed).toBe(true);
    expect(four.n).toBe(4);
    for (const area of four.areas) {
      expect(area).toEqual({
        areaId: area.areaId,
        n: 4,
        counts: null,
        dontKnow: null,
        declined: null,
        unanswered: null,
        invalid: null,
        suppressed: true,
      });
    }
    expect(aggregate(group, { pack }).areas.every((a) => a.counts !== null)).toBe(true);
    expect(aggregate(group, { pack, minGroupSize: 6 }).suppressed).toBe(true);
    expect(aggregate(group.slice(0, 1), { pack, minGroupSize: 1 }).suppressed).toBe(false);
  });

  it('never counts an answer the child shared with nobody ("Bara jag"): it is unanswered', () => {
    const marked = group.map((a, i) =>
      i === 0
        ? {
            ...a,
            areas: {
              ...a.areas,
              x: { ...a.areas.x, visibility: 'respondent' as const },
              z: { ...a.areas.z, visibility: 'contact-person' as const },
            },
          }
        : a,
    );
    const [x, , z] = aggregate(marked, { pack }).areas;
    // The private 1 in x is gone; the 5 in z shared with the contact person still counts.
    expect(x).toMatchObject({ n: 5, counts: [1, 0, 1, 0, 1], unanswered: 1 });
    expect(z).toMatchObject({ counts: [0, 1, 0, 0, 2], unanswered: 2 });
  });

  it('never lets a nonsensical minimum switch suppression off', () => {
    expect(aggregate(group.slice(0, 2), { pack, minGroupSize: Number.NaN }).suppressed).toBe(true);
  });

  it('skips assessments of another pack or another scale, and garbage entries', () => {
    const mixed = [
      ...group,
      makeAssessment({ x: 2 }, { packId: 'other' }),
      makeAssessment({ x: 2 }, { scale: 'steps-10' }),
      null as never,
    ];
    const r = aggregate(mixed, { pack });
    expect(r.n).toBe(5);
    expect(r.skipped).toBe(3);
    expect(r.areas[0]!.counts).toEqual([2, 0, 1, 0, 1]);
    const tens = aggregate(mixed, { pack, scale: 'steps-10', minGroupSize: 1 });
    expect(tens).toMatchObject({ n: 1, skipped: 7, scale: 'steps-10' });
    expect(tens.areas[0]!.counts).toEqual([0, 1, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('takes the scale from the first assessment of the pack when none is given', () => {
    const r = aggregate(
      [
        makeAssessment({ x: 2 }, { packId: 'other', scale: 'faces-3' }),
        makeAssessment({ x: 2 }, { scale: 'faces-3' }),
      ],
      {
        pack,
        minGroupSize: 1,
      },
    );
    expect(r).toMatchObject({ scale: 'faces-3', n: 1, skipped: 1 });
    expect(r.areas[0]!.counts).toEqual([0, 1, 0]);
  });

  it('counts values that do not fit the scale as invalid rather than coercing them', () => {
    const r = aggregate([makeAssessment({ x: 7, y: 0, z: 2.5 })], { pack, minGroupSize: 1 });
    expect(r.areas.map((a) => a.invalid)).toEqual([1, 1, 1]);
    expect(r.areas.map((a) => a.counts)).toEqual([
      [0, 0, 0, 0, 0],
      [0, 0, 0, 0, 0],
      [0, 0, 0, 0, 0],
    ]);
  });

  it('works on an empty input and on any iterable, such as a generator', () => {
    const empty = aggregate([], { pack, minGroupSize: 0 });
    expect(empty).toMatchObject({ n: 0, scale: 'none', suppressed: false });
    expect(empty.areas[0]).toMatchObject({ counts: [], unanswered: 0 });
    function* gen() {
      yield* group;
    }
    expect(aggregate(gen(), { pack }).areas).toEqual(aggregate(group, { pack }).areas);
  });

  it('adds up: for every area the counts sum to n', () => {
    const big = makePack();
    const data = generateAssessments(2000, big, 7);
    const r = aggregate(data, { pack: big });
    expect(r.n + r.skipped).toBe(2000);
    expect(r.skipped).toBe(40);
    for (const a of r.areas) {
      const sum =
        a.counts!.reduce((s, c) => s + c, 0) +
        a.dontKnow! +
        a.declined! +
        a.unanswered! +
        a.invalid!;
      expect(sum).toBe(r.n);
      expect(a.counts!.every((c) => c > 0)).toBe(true);
    }
  });
});
