import type { Assessment } from '../assessment/types.ts';
import type { ContentPack } from '../content/types.ts';
import { SCALES } from '../scales/scales.ts';
import type { Answer, ScaleId } from '../scales/types.ts';

/** How two answers to one area relate. A missing answer is never read as zero. */
export type ComparisonStatus =
  /** Both answered with a value on the scale: `difference` and `absDifference` are set. */
  | 'both-values'
  /** Only the first answered with a value; `b` says what the other did (nothing, "Vet inte", "Vill inte svara"). */
  | 'only-a'
  /** Only the second answered with a value; `a` says what the first did. */
  | 'only-b'
  /** Neither answered with a value. */
  | 'neither';

/** One area of a comparison between two assessments (two perspectives, or two readings). */
export interface AreaComparison {
  areaId: string;
  /** The first assessment's answer, as given (`undefined`: unanswered). */
  a: Answer | undefined;
  /** The second assessment's answer, as given. */
  b: Answer | undefined;
  status: ComparisonStatus;
  /**
   * `b − a` when `status` is `both-values`: in scale steps, or in positions 0–1 when `normalised`.
   * For readings over time this is the change, `latest − first`.
   */
  difference?: number;
  /** `|difference|`, the sort key. */
  absDifference?: number;
  /** True when the two assessments use different scales and values were compared as positions 0–1. */
  normalised: boolean;
}

/** The gap between several perspectives on one area. */
export interface AreaGap {
  areaId: string;
  /**
   * Per assessment, in the order given: its value (or its position 0–1 when `normalised`), or
   * `undefined` when it gave no value ("Vet inte", "Vill inte svara", unanswered).
   */
  values: (number | undefined)[];
  /** How many of the assessments answered with a value. */
  answered: number;
  /** `max − min` of the values; `undefined` when fewer than two answered with a value. */
  spread?: number;
  min?: number;
  max?: number;
  /** True when the assessments use different scales and values are positions 0–1. */
  normalised: boolean;
}

/** Scale steps of an assessment, 0 when the scale is unknown or discussion-only. */
const stepsOf = (id: ScaleId): number => (Object.hasOwn(SCALES, id) ? SCALES[id].steps : 0);

/**
 * A value answer that fits the scale, as a number (or as a position 0–1 when `norm`). Anything
 * else, including an out-of-range value in damaged data, is "no value" and is kept as given.
 */
function place(answer: Answer | undefined, steps: number, norm: boolean): number | undefined {
  if (answer?.kind !== 'value' || steps < 2) return undefined;
  const v = answer.value;
  if (!Number.isInteger(v) || v < 1 || v > steps) return undefined;
  return norm ? (v - 1) / (steps - 1) : v;
}

// Positions on different scales are fractions: round away float noise so ties sort as ties.
const tidy = (x: number) => Math.round(x * 1e9) / 1e9;

const rank = { 'both-values': 0, 'only-a': 1, 'only-b': 1, neither: 2 };

/**
 * Compares two assessments area by area, for every area of the pack, in this order: areas where
 * both answered with a value, largest difference first; then areas only one of them answered with
 * a value (`only-a`/`only-b`; the other side's answer says whether it was "Vet inte", "Vill inte
 * svara" or unanswered); then areas neither did. Ties keep the pack's order. When the two use
 * different scales, values are compared as positions 0–1 (`(v − 1) / (steps − 1)`) and every
 * entry says `normalised: true`. Differences are conversation starters, not errors.
 *
 * @example
 * const gaps = compareAssessments(childAssessment, guardianAssessment, defaultPack);
 * // [{ areaId: 'aktiv', a: { kind: 'value', value: 2 }, b: { kind: 'value', value: 5 },
 * //    status: 'both-values', difference: 3, absDifference: 3, normalised: false },
 * //  { areaId: 'trygg', a: { kind: 'value', value: 4 }, b: { kind: 'dont-know' }, status: 'only-a', normalised: false }, ...]
 */
export function compareAssessments(
  a: Assessment,
  b: Assessment,
  pack: ContentPack,
): AreaComparison[] {
  const sa = stepsOf(a.scale);
  const sb = stepsOf(b.scale);
  const normalised = a.scale !== b.scale;
  const out = pack.areas.map(({ id }): AreaComparison => {
    const ansA = a.areas[id]?.answer;
    const ansB = b.areas[id]?.answer;
    const va = place(ansA, sa, normalised);
    const vb = place(ansB, sb, normalised);
    const entry: AreaComparison = {
      areaId: id,
      a: ansA,
      b: ansB,
      status:
        va === undefined
          ? vb === undefined
            ? 'neither'
            : 'only-b'
          : vb === undefined
            ? 'only-a'
            : 'both-values',
      normalised,
    };
    if (va !== undefined && vb !== undefined) {
      entry.difference = tidy(vb - va);
      entry.absDifference = Math.abs(entry.difference);
    }
    return entry;
  });
  // Array.prototype.sort is stable, so equal entries keep the pack's order.
  return out.sort(
    (x, y) => rank[x.status] - rank[y.status] || (y.absDifference ?? 0) - (x.absDifference ?? 0),
  );
}

/**
 * Change between two readings of the same wheel over time (Outcomes Star style: first reading vs
 * latest). Same shape and order as {@link compareAssessments}, with `a` the first reading, `b` the
 * latest, and `difference` the change `latest − first`.
 *
 * @example
 * const change = compareReadings(autumn, spring, defaultPack);
 * change.find((c) => c.areaId === 'trygg')?.difference; // 2: two steps more than in the autumn
 */
export function compareReadings(
  first: Assessment,
  latest: Assessment,
  pack: ContentPack,
): AreaComparison[] {
  return compareAssessments(first, latest, pack);
}

/**
 * Per area, how far apart several perspectives (child, guardians, school, ...) are: the spread
 * `max − min` of the values of those that answered with a value, largest spread first; then areas
 * only one perspective answered with a value; then areas none did. Meant for the wheel's
 * "differences" view, where the largest gaps are offered as conversation starters. Mixed scales
 * are compared as positions 0–1 (`normalised: true`).
 *
 * @example
 * const gaps = largestGaps([child, mother, mentor], defaultPack);
 * gaps[0]; // { areaId: 'delaktig', values: [2, 4, 5], answered: 3, spread: 3, min: 2, max: 5, normalised: false }
 */
export function largestGaps(assessments: readonly Assessment[], pack: ContentPack): AreaGap[] {
  const normalised = assessments.some((x) => x.scale !== assessments[0]!.scale);
  const steps = assessments.map((x) => stepsOf(x.scale));
  const out = pack.areas.map(({ id }): AreaGap => {
    const values = assessments.map((x, i) => place(x.areas[id]?.answer, steps[i]!, normalised));
    const present = values.filter((v): v is number => v !== undefined);
    const gap: AreaGap = { areaId: id, values, answered: present.length, normalised };
    if (present.length) {
      gap.min = Math.min(...present);
      gap.max = Math.max(...present);
      if (present.length > 1) gap.spread = tidy(gap.max - gap.min);
    }
    return gap;
  });
  const key = (g: AreaGap) => (g.spread === undefined ? (g.answered ? -1 : -2) : g.spread);
  return out.sort((x, y) => key(y) - key(x));
}
