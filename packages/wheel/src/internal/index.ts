/**
 * `@barnets-basta/wheel/internal`: the React helpers the wheel and the SIP package share (ADR 8).
 * Not a public API: no semver promise, for `@barnets-basta/sip` only.
 *
 * @example
 * ```ts
 * import { useClientLayoutEffect, useControllableState } from '@barnets-basta/wheel/internal';
 * ```
 */
export { useClientLayoutEffect } from './use-client-layout-effect.ts';
export { useControllableState, type ControllableStateOptions } from './use-controllable-state.ts';
export { safeId, useSafeId } from './safe-id.ts';
