/**
 * `@barnets-basta/wheel/internal`: the React and DOM helpers the wheel, the SIP package and the
 * follow-up views share (ADR 8). Not a public API: no semver promise, for our own packages only.
 *
 * @example
 * ```ts
 * import { useClientLayoutEffect, useControllableState } from '@barnets-basta/wheel/internal';
 * ```
 */
export { useClientLayoutEffect } from './use-client-layout-effect.ts';
export { useControllableState, type ControllableStateOptions } from './use-controllable-state.ts';
export { safeId, useSafeId } from './safe-id.ts';
export { offerDownload } from './offer-download.ts';
export {
  perspectiveLabel,
  PERSPECTIVE_MESSAGE_KEY,
  type PerspectiveMessages,
} from './perspective-label.ts';
