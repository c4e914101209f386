import { safeId } from '@barnets-basta/wheel/internal';
import { useEffect, useId, useRef } from 'react';

/** Joins ids for `aria-describedby`, dropping empty ones; `undefined` when nothing is left. */
export function joinIds(...ids: (string | false | null | undefined)[]): string | undefined {
  const out = ids.filter((id): id is string => typeof id === 'string' && id.length > 0);
  return out.length > 0 ? out.join(' ') : undefined;
}

/**
 * Runs `onReset` after the surrounding `<form>` has been reset. The `reset` event fires before the
 * browser restores default values, so the callback waits one task to read the restored state.
 */
export function useFormReset(
  element: React.RefObject<HTMLElement | null>,
  onReset: () => void,
): void {
  const latest = useRef(onReset);
  useEffect(() => {
    latest.current = onReset;
  });
  useEffect(() => {
    const node = element.current;
    const form = node?.closest('form');
    if (!form) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const handle = () => {
      timer = setTimeout(() => latest.current(), 0);
    };
    form.addEventListener('reset', handle);
    return () => {
      form.removeEventListener('reset', handle);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [element]);
}

/**
 * The caller's id, or a generated one that is safe in a URL fragment and a CSS selector (React's
 * `useId` output contains characters like `:` or `«` that need escaping in `#href`s).
 */
export function useControlId(prefix: string, idProp?: string): string {
  const generated = useId();
  return idProp ?? safeId(prefix, generated);
}
