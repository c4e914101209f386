import type { Assessment } from '../assessment/types.ts';
import type { ContentPack } from '../content/types.ts';
import { maySee } from '../privacy/viewers.ts';
import { SCALES } from '../scales/scales.ts';
import type { ScaleId } from '../scales/types.ts';

/** Options for {@link aggregate}. */
export interface AggregateOptions {
  /** Only assessments of this pack (matched by id, any version) are counted. */
  pack: ContentPack;
  /**
   * Smallest group whose counts are shown; below it every count is suppressed (`null`) so that
   * no single child's answers can be read out of a small group. Default 5.
   */
  minGroupSize?: number;
  /** Only assessments on this scale are counted. Default: the scale of the first assessment of the pack. */
  scale?: ScaleId;
}

/** The distribution of answers to one area. Every count is `null` when the group is suppressed. */
export interface AreaDistribution {
  areaId: string;
  /** Assessments counted (the group size), the same for every area. */
  n: number;
  /** `counts[i]` is how many answered value `i + 1`. Empty on the `none` scale. */
  counts: number[] | null;
  dontKnow: number | null;
  declined: number | null;
  /** No answer at all (the area may still have been talked about). */
  unanswered: number | null;
  /** Value answers outside the scale: damaged data, counted rather than coerced. */
  invalid: number | null;
  /** True when `n` is below `minGroupSize`. */
  suppressed: boolean;
}

/** The result of {@link aggregate}. */
export interface Aggregation {
  packId: string;
  scale: ScaleId;
  /** Assessments counted. */
  n: number;
  /** Assessments passed over because they belong to another pack or use another scale. */
  skipped: number;
  minGroupSize: number;
  /** True when `n < minGroupSize`: all counts are `null`. */
  suppressed: boolean;
  /** One entry per area of the pack, in the pack's order. */
  areas: AreaDistribution[];
}

/**
 * Counts many assessments (a class, a school, a municipality) into a per-area distribution of
 * answers, for follow-up and improvement work. One pass, linear in the number of assessments, with
 * one flat counter array and no allocation per assessment.
 *
 * Privacy: small-number suppression. When fewer than `minGroupSize` (default 5) assessments are
 * counted, every count is replaced by `null` and `suppressed` is `true`, because in a small group a
 * distribution can reveal what one child answered. Only the group size `n` remains. Suppression
 * does not protect against differencing two overlapping groups; a host that publishes several
 * breakdowns must still check them together.
 *
 * An answer the respondent shared with nobody (visibility `respondent`, "Bara jag") is never
 * counted: it counts as unanswered, as in the follow-up records. Answers shared with the contact
 * person are counted, since statistics reach no one as an individual answer.
 *
 * Assessments of another pack (by id) or on another scale are skipped and counted in `skipped`.
 *
 * @example
 * const result = aggregate(assessmentsOfSchool, { pack: defaultPack, scale: 'agree-5' });
 * result.areas[0]; // { areaId: 'trygg', n: 212, counts: [4, 11, 40, 87, 58], dontKnow: 7, declined: 3, unanswered: 2, invalid: 0, suppressed: false }
 * aggregate(fourAssessments, { pack: defaultPack }).areas[0].counts; // null (suppressed)
 */
export function aggregate(
  assessments: Iterable<Assessment>,
  options: AggregateOptions,
): Aggregation {
  const { pack } = options;
  // A NaN or missing minimum must never switch suppression off.
  const minGroupSize = Number.isFinite(options.minGroupSize) ? options.minGroupSize! : 5;
  let scale = options.scale;
  const ids = pack.areas.map((area) => area.id);
  const k = ids.length;
  let steps = 0;
  let width = 0;
  let c: Uint32Array | undefined;
  let n = 0;
  let skipped = 0;
  // Counter layout per area: [value 1 … value steps, dont-know, declined, unanswered, invalid].
  const init = (id: ScaleId) => {
    steps = Object.hasOwn(SCALES, id) ? SCALES[id].steps : 0;
    width = steps + 4;
    c = new Uint32Array(k * width);
  };
  if (scale) init(scale);
  for (const x of assessments) {
    if (x?.pack?.id !== pack.id || (scale !== undefined && x.scale !== scale)) {
      skipped++;
      continue;
    }
    if (!c) init((scale = x.scale));
    n++;
    const areas = x.areas;
    for (let j = 0, o = 0; j < k; j++, o += width) {
      const area = areas?.[ids[j]!];
      // "Bara jag": an answer its respondent shared with nobody is never counted, not even as
      // hidden; it counts as unanswered (so is a damaged mark, which hides rather than shows).
      const answer = area && maySee(area.visibility, 'contact-person') ? area.answer : undefined;
      let slot = steps + 2;
      if (answer) {
        if (answer.kind === 'value') {
          const v = answer.value;
          slot = v >= 1 && v <= steps && (v | 0) === v ? v - 1 : steps + 3;
        } else
          slot =
            answer.kind === 'dont-know'
              ? steps
              : answer.kind === 'declined'
                ? steps + 1
                : steps + 3;
      }
      c![o + slot]!++;
    }
  }
  if (!c) init('none');
  const suppressed = n < minGroupSize;
  const areas = ids.map((areaId, j): AreaDistribution => {
    const o = j * width;
    const at = (i: number) => (suppressed ? null : c![o + i]!);
    return {
      areaId,
      n,
      counts: suppressed ? null : Array.from(c ? c.subarray(o, o + steps) : []),
      dontKnow: at(steps),
      declined: at(steps + 1),
      unanswered: at(steps + 2),
      invalid: at(steps + 3),
      suppressed,
    };
  });
  return { packId: pack.id, scale: scale ?? 'none', n, skipped, minGroupSize, suppressed, areas };
}
