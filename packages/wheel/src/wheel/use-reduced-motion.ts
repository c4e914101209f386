import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-reduced-motion: reduce)';

// One live MediaQueryList for every wheel on the page: `matchMedia` was called on every render of
// every wheel (about 1 % of mounting a class overview of 100 wheels), and `matches` is live anyway.
let shared: MediaQueryList | null | undefined;
const mediaList = () =>
  shared === undefined
    ? (shared = typeof matchMedia === 'function' ? matchMedia(QUERY) : null)
    : shared;

function subscribe(onChange: () => void) {
  const list = mediaList();
  if (!list) return () => {};
  list.addEventListener('change', onChange);
  return () => list.removeEventListener('change', onChange);
}

const read = () => mediaList()?.matches ?? false;

/**
 * Whether the user asks for reduced motion, read live from the media query (Motion's own hook
 * reads it once per page, and its reduced-motion mode still animates non-transform values such as
 * a circle's radius, which is what the fills animate).
 */
export function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(subscribe, read, () => false);
}
