import { useId } from 'react';

/**
 * React's `useId` output made safe in a URL fragment, a CSS selector and an SVG `url(#…)`
 * reference (it holds characters such as `:` or `«` that would need escaping), with a prefix.
 *
 * @example
 * safeId('bb-radios', ':r3:'); // "bb-radios-r3"
 */
export function safeId(prefix: string, raw: string): string {
  const clean = raw.replace(/[^a-zA-Z0-9_-]/g, '');
  return prefix ? `${prefix}-${clean}` : clean;
}

/**
 * A generated id for this component instance, safe everywhere an id goes (see {@link safeId}).
 *
 * @example
 * ```tsx
 * const titleId = useSafeId('bb-who');
 * <h3 id={titleId}>…</h3>;
 * ```
 */
export function useSafeId(prefix: string): string {
  return safeId(prefix, useId());
}
