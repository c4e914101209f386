/**
 * `@barnets-basta/core/privacy`: who may see what, as data. Core owns the visibility rules; every
 * component, element and export sends a document through {@link asSeenBy} before it leaves for
 * someone else. Its own entry so that the default entry stays within its budget (ADR 5).
 *
 * @example
 * ```ts
 * import { asSeenBy } from '@barnets-basta/core/privacy';
 * const forTheMeeting = asSeenBy(childWheel, 'meeting');
 * ```
 */
export { asSeenBy } from './as-seen-by.ts';
export type { AsSeenByOptions } from './as-seen-by.ts';
export {
  childIdentity,
  identityScrubber,
  SCRUB_WORDS_SV,
  scrubChildIdentity,
} from './scrub-identity.ts';
export type { ChildIdentity, ScrubWords } from './scrub-identity.ts';
export { maySee, redactAssessment, VIEWERS } from './viewers.ts';
export type { Redacted, SeeOptions, Viewer } from './viewers.ts';
