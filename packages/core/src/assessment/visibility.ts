import type { Visibility } from './types.ts';

const WIDTH: Record<Visibility, number> = { meeting: 0, 'contact-person': 1, respondent: 2 };

/**
 * @internal Whether a reader who may see up to `audience` may see something marked `visibility`
 * (default `meeting`): the meeting sees only `meeting`, the contact person also `contact-person`,
 * and the respondent's own copy everything. Exports (CSV, FHIR) leave out what fails this.
 */
export function visibleTo(visibility: Visibility | undefined, audience: Visibility): boolean {
  return WIDTH[visibility ?? 'meeting'] <= WIDTH[audience];
}
