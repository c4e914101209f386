// fast-check generators and deterministic generators of follow-up records, for tests and the
// benchmark. Not part of the published package (`test-*`).
import fc from 'fast-check';
import type { PerspectiveKind } from '../assessment/types.ts';
import type { ScaleId } from '../scales/types.ts';
import {
  FIDELITY_RECORD_TYPE,
  STATISTICS_RECORD_TYPE,
  type AreaLevel,
  type FidelityRecord,
  type FollowUpStatus,
  type StatisticsRecord,
} from './types.ts';

export const AREAS = ['trygg', 'ma-bra', 'larande'];
const PERSPECTIVES: PerspectiveKind[] = ['child', 'guardian', 'school'];
const STEPS: Record<string, number> = { 'faces-3': 3, 'agree-5': 5 };

/** A unit hierarchy: paths of depth 1 to 3 under at most two roots. */
export const unitPath = fc
  .tuple(
    fc.constantFrom('lan-a', 'lan-b'),
    fc.constantFrom('k1', 'k2', 'k3'),
    fc.constantFrom('s1', 's2', 's3', 's4'),
    fc.integer({ min: 1, max: 3 }),
  )
  .map(([a, b, c, depth]) => [a, b, c].slice(0, depth));

const level = (steps: number): fc.Arbitrary<AreaLevel> =>
  fc.oneof(
    { weight: 6, arbitrary: fc.integer({ min: 1, max: steps }) },
    { weight: 1, arbitrary: fc.constantFrom<AreaLevel>('dont-know', 'declined', 'unanswered') },
  );

/** A valid statistics record on one of two scales, with few cases so readings repeat. */
export const statisticsRecord: fc.Arbitrary<StatisticsRecord> = fc
  .constantFrom('faces-3', 'agree-5')
  .chain((scale) =>
    fc.record({
      type: fc.constant(STATISTICS_RECORD_TYPE),
      version: fc.constant(1 as const),
      case: fc.constantFrom('c-1', 'c-2', 'c-3', 'c-4', 'c-5', 'c-6'),
      unit: unitPath,
      period: fc.constantFrom('2026-H1', '2026-H2'),
      perspective: fc.constantFrom(...PERSPECTIVES),
      pack: fc.constant('bb'),
      scale: fc.constant(scale as ScaleId),
      reading: fc.integer({ min: 1, max: 4 }),
      areas: fc.record(Object.fromEntries(AREAS.map((a) => [a, level(STEPS[scale]!)]))),
    }),
  );

export const fidelityRecord: fc.Arbitrary<FidelityRecord> = fc
  .record({
    unit: unitPath,
    period: fc.constantFrom('2026-H1', '2026-H2'),
    startedFromWheel: fc.boolean(),
    childTookPart: fc.boolean(),
    followUp: fc.constantFrom<FollowUpStatus>(
      'not-due',
      'on-time',
      'late',
      'not-held',
      'not-planned',
    ),
    actions: fc.integer({ min: 0, max: 6 }),
    done: fc.integer({ min: 0, max: 6 }),
  })
  .map(({ done, ...r }) => ({
    type: FIDELITY_RECORD_TYPE,
    version: 1 as const,
    ...r,
    actionsWithOwnerAndDate: Math.min(done, r.actions),
  }));

/** A small deterministic pseudo-random generator (mulberry32), for data of a given size. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` records of a county with `municipalities` municipalities of a few schools each, eight
 * areas on agree-5, two readings per case for about half the cases.
 */
export function generateRecords(
  count: number,
  { seed = 2026, municipalities = 12, areas = 8 } = {},
): StatisticsRecord[] {
  const next = random(seed);
  const ids = Array.from({ length: areas }, (_, i) => `area-${i + 1}`);
  const out: StatisticsRecord[] = [];
  for (let i = 0; i < count; i++) {
    const m = Math.floor(next() * municipalities);
    const s = Math.floor(next() * 4);
    const second = next() < 0.5 && i > 0;
    const levels: Record<string, AreaLevel> = {};
    for (const id of ids) {
      const r = next();
      levels[id] =
        r < 0.04
          ? 'dont-know'
          : r < 0.06
            ? 'declined'
            : r < 0.08
              ? 'unanswered'
              : 1 + Math.floor(next() * 5);
    }
    out.push({
      type: STATISTICS_RECORD_TYPE,
      version: 1,
      case: `c-${second ? i - 1 : i}`,
      unit: ['lan', `k-${m}`, `s-${m}-${s}`],
      period: next() < 0.5 ? '2026-H1' : '2026-H2',
      perspective: next() < 0.6 ? 'child' : 'guardian',
      pack: 'bb',
      scale: 'agree-5',
      reading: second ? 2 : 1,
      areas: levels,
    });
  }
  return out;
}
