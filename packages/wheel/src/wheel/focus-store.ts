/** Where the drawing's focus ring goes: a ring cell, or the whole segment when `level` is 0. */
export interface FocusTarget {
  areaIndex: number;
  level: number;
}

/** The drawn focus ring's target, kept outside React state (see {@link createFocusStore}). */
export interface FocusStore {
  get(): FocusTarget | null;
  set(target: FocusTarget | null): void;
  subscribe(listener: () => void): () => void;
}

/**
 * A tiny store for the drawn focus ring. Keyboard focus moves on every arrow key (a blur and a
 * focus event before the change itself); kept in the wheel's state, each move re-rendered the
 * whole wheel and its drawing. Held here, only the ring (`useSyncExternalStore`) re-renders.
 *
 * @example
 * const store = createFocusStore();
 * store.set({ areaIndex: 2, level: 3 }); // the ring subscribes with useSyncExternalStore
 */
export function createFocusStore(): FocusStore {
  let current: FocusTarget | null = null;
  // One ring per wheel, so one listener.
  let notify = () => {};
  return {
    get: () => current,
    set(target) {
      current = target;
      notify();
    },
    subscribe(listener) {
      notify = listener;
      return () => (notify = () => {});
    },
  };
}
