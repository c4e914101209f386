import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-reduced-motion: reduce)';

function subscribe(onChange: () => void) {
  if (typeof matchMedia !== 'function') return () => {};
  const list = matchMedia(QUERY);
  list.addEventListener('change', onChange);
  return () => list.removeEventListener('change', onChange);
}

const read = () => typeof matchMedia === 'function' && matchMedia(QUERY).matches;

/**
 * Whether the user asks for reduced motion, read live from the media query (Motion's own hook
 * reads it once per page, and its reduced-motion mode still animates non-transform values such as
 * a circle's radius, which is what the fills animate).
 */
export function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(subscribe, read, () => false);
}
