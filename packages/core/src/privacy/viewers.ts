import type { Assessment, Visibility } from '../assessment/types.ts';

/**
 * Who looks at, or receives, a document. Each viewer has a width: what it may see of answers and
 * notes marked with a {@link Visibility}.
 *
 * - `respondent`: the person who answered, looking at their own answers: everything.
 * - `contact-person`: the child's contact person (mentor, kurator): `meeting` and `contact-person`.
 * - `meeting`: everyone taking part in the meeting (guardians are there): only `meeting`.
 * - `guardian`: a guardian, in the meeting or reading at home: only `meeting`. A child may keep an
 *   answer from their guardians (Offentlighets- och sekretesslagen 12 kap. 3 §), so a guardian is
 *   never widened to `contact-person`; named apart from `meeting` so that a host says whom it
 *   serves and the rule cannot be loosened by a setting for the meeting.
 *
 * Anything else (a typo, a value from another version) is treated as the narrowest viewer.
 */
export type Viewer = 'respondent' | 'contact-person' | 'meeting' | 'guardian';

/** Every viewer, widest first. */
export const VIEWERS: readonly Viewer[] = ['respondent', 'contact-person', 'meeting', 'guardian'];

const WIDTH: Record<Viewer, number> = {
  respondent: 2,
  'contact-person': 1,
  meeting: 0,
  guardian: 0,
};
const NEEDS: Record<Visibility, number> = { meeting: 0, 'contact-person': 1, respondent: 2 };

/** Options for what a viewer may see. */
export interface SeeOptions {
  /**
   * The document is the viewer's own (their own answers): they see all of it. Default `false`.
   */
  own?: boolean;
}

/**
 * Whether `viewer` may see an answer or note marked `visibility` (default `meeting`). A mark that
 * is not one of the three visibilities counts as `respondent`, so damaged data hides rather than
 * shows.
 *
 * @example
 * ```ts
 * maySee('contact-person', 'meeting'); // false
 * maySee('contact-person', 'guardian'); // false
 * maySee('respondent', 'meeting', { own: true }); // true: the viewer's own answer
 * ```
 */
export function maySee(visibility: unknown, viewer: Viewer, options?: SeeOptions): boolean {
  // No default object: aggregate() calls this once per area of thousands of assessments.
  if (options?.own === true) return true;
  const needs =
    visibility === undefined
      ? 0
      : typeof visibility === 'string' && Object.hasOwn(NEEDS, visibility)
        ? NEEDS[visibility as Visibility]
        : 2;
  const width = typeof viewer === 'string' && Object.hasOwn(WIDTH, viewer) ? WIDTH[viewer] : 0;
  return needs <= width;
}

/** What {@link redactAssessment} returns: the copy, and what was taken out of it. */
export interface Redacted {
  /** A copy holding only what the viewer may see. */
  assessment: Assessment;
  /** Ids of the areas taken out, in the document's order. */
  hiddenAreas: string[];
  /** The closing question's answer was taken out. */
  hopesHidden: boolean;
}

/**
 * A copy of the assessment without the areas (answer and note together) and hopes that `viewer`
 * may not see, plus what was taken out, so a view can say "not shared" where a value would be.
 * What is taken out is gone from the copy: it never reaches a form, a file, a chart or the DOM.
 * For a whole document with protected identity as well, use {@link asSeenBy}.
 *
 * @example
 * ```ts
 * const { assessment, hiddenAreas } = redactAssessment(childWheel, 'guardian');
 * ```
 */
export function redactAssessment(
  assessment: Assessment,
  viewer: Viewer,
  options: SeeOptions = {},
): Redacted {
  const areas: Assessment['areas'] = {};
  const hiddenAreas: string[] = [];
  for (const [id, area] of Object.entries(assessment.areas ?? {})) {
    if (typeof area !== 'object' || area === null) continue;
    if (maySee(area.visibility, viewer, options)) areas[id] = area;
    else hiddenAreas.push(id);
  }
  const copy: Assessment = { ...assessment, areas };
  const hopesHidden =
    assessment.hopes !== undefined && !maySee(assessment.hopes?.visibility, viewer, options);
  if (hopesHidden) delete copy.hopes;
  return { assessment: copy, hiddenAreas, hopesHidden };
}
