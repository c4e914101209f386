import { useCallback, useRef } from 'react';
import type { Visibility } from '@barnets-basta/core';

/** Scales with more steps than this use one native range input instead of radios. */
export const MAX_RADIO_STEPS = 7;

/**
 * Which native input of an area: a step radio (`"1"`…`"7"`, core's encoding of the answer),
 * "Vet inte"/"Vill inte svara", the 1–10 range, the "talked about" checkbox or the inline note.
 */
export type AreaInputPart = `${number}` | 'dont-know' | 'declined' | 'range' | 'talked' | 'note';

/** A native input the wheel needs to reach, by a typed key (never a string parsed back). */
export type InputKey =
  | { kind: 'area'; areaId: string; part: AreaInputPart }
  | { kind: 'hopes' }
  | { kind: 'hopes-visibility'; visibility: Visibility };

type Control = HTMLInputElement | HTMLTextAreaElement;

/** The wheel's native inputs by typed key, to hand them pointer clicks and to sync them after a reset. */
export interface InputRegistry {
  /** A ref callback's body: registers `el` under `key`, or forgets it when `el` is `null`. */
  register: (key: InputKey, el: Control | null) => void;
  /** One area's input. */
  area: (areaId: string, part: AreaInputPart) => HTMLInputElement | undefined;
  /** Every registered input with its key. */
  entries: () => Iterable<[InputKey, Control]>;
}

/**
 * Keeps the wheel's native inputs in nested maps (area → part → element) so a key is always a
 * typed {@link InputKey}; the registry is stable for the life of the wheel.
 *
 * @example
 * ```tsx
 * const inputs = useInputRegistry();
 * <input ref={(el) => inputs.register({ kind: 'area', areaId: 'trygg', part: '3' }, el)} />;
 * inputs.area('trygg', '3')?.focus();
 * ```
 */
export function useInputRegistry(): InputRegistry {
  const areas = useRef(new Map<string, Map<AreaInputPart, Control>>());
  const hopes = useRef<HTMLTextAreaElement | null>(null);
  const hopesVisibility = useRef(new Map<Visibility, HTMLInputElement>());

  const register = useCallback((key: InputKey, el: Control | null) => {
    if (key.kind === 'hopes') {
      hopes.current = el as HTMLTextAreaElement | null;
    } else if (key.kind === 'hopes-visibility') {
      if (el) hopesVisibility.current.set(key.visibility, el as HTMLInputElement);
      else hopesVisibility.current.delete(key.visibility);
    } else {
      let parts = areas.current.get(key.areaId);
      if (!parts) areas.current.set(key.areaId, (parts = new Map()));
      if (el) parts.set(key.part, el);
      else parts.delete(key.part);
    }
  }, []);

  const area = useCallback(
    (areaId: string, part: AreaInputPart) =>
      areas.current.get(areaId)?.get(part) as HTMLInputElement | undefined,
    [],
  );

  const entries = useCallback(function* (): Iterable<[InputKey, Control]> {
    for (const [areaId, parts] of areas.current)
      for (const [part, el] of parts) yield [{ kind: 'area', areaId, part }, el];
    if (hopes.current) yield [{ kind: 'hopes' }, hopes.current];
    for (const [visibility, el] of hopesVisibility.current)
      yield [{ kind: 'hopes-visibility', visibility }, el];
  }, []);

  const registry = useRef<InputRegistry>({ register, area, entries });
  return registry.current;
}
