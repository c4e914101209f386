import { useCallback, useRef, useState } from 'react';

/** What {@link useControllableState} takes: React's controlled/uncontrolled prop pair. */
export interface ControllableStateOptions<T> {
  /** The controlled value; `undefined` means uncontrolled. */
  prop: T | undefined;
  /** The starting value when uncontrolled. */
  defaultProp: T | (() => T);
  /** Told of every change, controlled or not. */
  onChange?: ((next: T) => void) | undefined;
}

/**
 * One place for "controlled through `value`, else our own state from `defaultValue`", after
 * Radix's `useControllableState`: returns the current value, a setter that updates our own state
 * only when uncontrolled and always calls `onChange`, and whether the value is controlled. The
 * setter is stable and sees the latest value and `onChange` (they live in refs), so memoised
 * children that receive it do not re-render when the parent does. `latest.current` is what the
 * setter last set or the last render saw, for handlers that chain several changes in one event.
 *
 * @example
 * ```tsx
 * const [text, setText, { controlled }] = useControllableState({
 *   prop: value,
 *   defaultProp: defaultValue ?? '',
 *   onChange,
 * });
 * <textarea value={text} onChange={(e) => setText(e.currentTarget.value)} />;
 * ```
 */
export function useControllableState<T>({
  prop,
  defaultProp,
  onChange,
}: ControllableStateOptions<T>): [
  T,
  (next: T) => void,
  { controlled: boolean; latest: { current: T }; setOwn: (next: T) => void },
] {
  const controlled = prop !== undefined;
  const [own, setOwn] = useState<T>(defaultProp);
  const value = controlled ? (prop as T) : own;
  const latest = useRef(value);
  latest.current = value;
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const controlledRef = useRef(controlled);
  controlledRef.current = controlled;
  const set = useCallback((next: T) => {
    latest.current = next;
    if (!controlledRef.current) setOwn(next);
    onChangeRef.current?.(next);
  }, []);
  return [value, set, { controlled, latest, setOwn }];
}
