import { useCallback, useEffect, useRef, useState } from 'react';
import type { ParseResult } from '@barnets-basta/core';
import {
  initialValue,
  isThenable,
  markerKey,
  quietly,
  readDraft,
  stateFrom,
  type CorruptDraft,
  type DraftHookState,
  type DraftSaveStatus,
} from './draft-reading.ts';
import { toDraftStorageError, type DraftErrorCode, type DraftStorage } from './storage.ts';

export type { CorruptDraft, DraftSaveStatus } from './draft-reading.ts';

/** Options of {@link useDraft}. */
export interface UseDraftOptions<T> {
  /** Storage key of this draft (one per form and case). */
  key: string;
  /** Where to keep it. Keep the same adapter between renders. */
  storage: DraftStorage;
  /** The value when there is no saved draft (or a function making it). */
  initial: T | (() => T);
  /** Validates what was read back, e.g. core's `parseSipPlan`. Must not throw (if it does, the draft counts as corrupt). */
  parse: (data: unknown) => ParseResult<T>;
  /** Turns the value into text. Default `JSON.stringify`; pass core's `exportDocument` for plans. */
  serialize?: (value: T) => string;
  /** Quiet time after the last change before saving, in ms. Default 800. */
  debounceMs?: number;
  /** Clock for the corrupt-copy key (tests). Default `Date.now`. */
  now?: () => number;
}

/** What {@link useDraft} returns. */
export interface DraftState<T> {
  /** The current value: restored, initial, or as edited. Always kept in memory, whatever storage does. */
  value: T;
  /** Replace the value (or update it from the previous one); saved after `debounceMs`. */
  setValue: (next: T | ((previous: T) => T)) => void;
  /** `saving` only while an asynchronous write is under way. */
  status: DraftSaveStatus;
  /** Why the last save (or load) failed, when `status` is `'error'`. */
  error?: DraftErrorCode;
  /** When the last successful save happened. */
  savedAt?: Date;
  /** True when `value` came from a saved draft. */
  restored: boolean;
  /** True while an asynchronous storage is still loading; render the form after it. */
  loading: boolean;
  /** Changes not yet written (waiting for the debounce or a failed save). */
  pending: boolean;
  /** Set when a saved draft could not be read; it was moved aside and the form started fresh. */
  corrupt?: CorruptDraft;
  /**
   * Hides the corrupt-draft notice for good (the moved copy stays in storage). When the copy could
   * not be stored, this is also the user's consent that new work may now replace the old draft.
   */
  dismissCorrupt: () => void;
  /** Writes pending changes now (e.g. before navigating away). */
  flush: () => void;
  /**
   * Deletes the saved draft and goes back to `initial`. With `{ setAside: true }` the copy of an
   * unreadable draft that was set aside goes too, and its notice with it.
   */
  clear: (options?: { setAside?: boolean }) => Promise<void>;
}

/**
 * Keeps a form's value as a draft in a storage the host chooses, so nothing is lost: it saves after
 * each pause in typing and when the page is hidden or closed, restores the draft after a reload,
 * keeps working in memory when saving fails (and says why through `status`/`error`), and moves an
 * unreadable draft aside to `${key}.corrupt-${timestamp}` instead of crashing. Show the state with
 * {@link DraftStatus}.
 *
 * @example
 * ```tsx
 * const storage = useMemo(() => localStorageAdapter(), []);
 * const draft = useDraft({
 *   key: `sip-plan:${caseRef}`, storage, initial: () => createSipPlan({ pack: defaultPack }),
 *   parse: (data) => parseSipPlan(data), serialize: exportDocument,
 * });
 * return (
 *   <>
 *     <DraftStatus draft={draft} />
 *     <SipPlanForm value={draft.value} onChange={draft.setValue} />
 *   </>
 * );
 * ```
 */
export function useDraft<T>(options: UseDraftOptions<T>): DraftState<T> {
  const { key, debounceMs = 800 } = options;
  const opts = useRef(options);
  useEffect(() => {
    opts.current = options;
  });

  const [state, setState] = useState<DraftHookState<T>>(() => {
    const now = options.now ?? Date.now;
    const loaded = readDraft(options.storage, key, options.parse);
    if (loaded instanceof Promise) {
      return {
        value: initialValue(options.initial),
        restored: false,
        loading: true,
        status: 'idle',
      };
    }
    return stateFrom(loaded, key, options.initial, now);
  });
  const [loadedKey, setLoadedKey] = useState(key);
  const valueRef = useRef(state.value);
  const dirty = useRef(false);
  const [pending, setPending] = useState(false);

  // A new key is a different draft: read it like on first render. Unsaved edits of the old draft
  // are carried over and written under the old key by the effect below.
  const carry = useRef<{ key: string; value: T } | null>(null);
  if (loadedKey !== key) {
    if (dirty.current) carry.current = { key: loadedKey, value: valueRef.current };
    setLoadedKey(key);
    const loaded = readDraft(options.storage, key, options.parse);
    const next: DraftHookState<T> =
      loaded instanceof Promise
        ? { value: initialValue(options.initial), restored: false, loading: true, status: 'idle' }
        : stateFrom(loaded, key, options.initial, options.now ?? Date.now);
    valueRef.current = next.value;
    dirty.current = false;
    setState(next);
  }

  useEffect(() => {
    const left = carry.current;
    if (!left) return;
    carry.current = null;
    const { storage, serialize = JSON.stringify } = opts.current;
    try {
      const result = storage.save(left.key, serialize(left.value));
      // The user has moved on to another draft; a late failure here has no one to tell.
      if (isThenable(result)) Promise.resolve(result).catch(() => undefined);
    } catch {
      // As above.
    }
  }, [key]);

  // Asynchronous storages answer later. Edits made meanwhile win over the saved draft.
  useEffect(() => {
    if (!state.loading) return;
    let cancelled = false;
    const { storage, parse, initial, now = Date.now } = opts.current;
    void Promise.resolve(readDraft(storage, key, parse)).then((loaded) => {
      if (cancelled) return;
      setState((prev) => {
        if (!prev.loading) return prev;
        if (dirty.current) return { ...prev, loading: false };
        const next = stateFrom(loaded, key, initial, now);
        valueRef.current = next.value;
        return next;
      });
    });
    return () => {
      cancelled = true;
    };
  }, [state.loading, key]);

  // Move an unreadable draft aside before anything can overwrite it. Idempotent (same target key),
  // so a double run in StrictMode does no harm.
  const move = state.moveCorrupt;
  useEffect(() => {
    if (!move) return;
    const { storage } = opts.current;
    const fail = (error: unknown) =>
      setState((prev) => ({
        ...prev,
        status: 'error',
        error: toDraftStorageError(error).code,
        corrupt: prev.corrupt ? { ...prev.corrupt, movedTo: null } : prev.corrupt,
        moveCorrupt: undefined,
      }));
    const done = () =>
      setState((prev) => (prev.moveCorrupt === move ? { ...prev, moveCorrupt: undefined } : prev));
    try {
      const saved = storage.save(move.to, move.text);
      const thenRemove = () => {
        // Remember the notice until the user has seen it, also across reloads and on pages that
        // do not show it. If even this small note cannot be written, the notice lasts this visit.
        quietly(() =>
          storage.save(markerKey(move.from), JSON.stringify({ movedTo: move.to, at: Date.now() })),
        );
        try {
          const removed = storage.remove(move.from);
          if (isThenable(removed)) Promise.resolve(removed).then(done, fail);
          else done();
        } catch (error) {
          fail(error);
        }
      };
      if (isThenable(saved)) Promise.resolve(saved).then(thenRemove, fail);
      else thenRemove();
    } catch (error) {
      fail(error);
    }
  }, [move]);

  const writing = useRef(0);
  const flush = useCallback(() => {
    if (!dirty.current) return;
    const { storage, serialize = JSON.stringify } = opts.current;
    dirty.current = false;
    setPending(false);
    const fail = (error: unknown) => {
      // Keep the change marked unsaved so the next edit, pagehide or flush tries again.
      dirty.current = true;
      setPending(true);
      setState((prev) => ({ ...prev, status: 'error', error: toDraftStorageError(error).code }));
    };
    const succeed = () =>
      setState((prev) => ({ ...prev, status: 'saved', error: undefined, savedAt: new Date() }));
    let text: string;
    try {
      text = serialize(valueRef.current);
    } catch (error) {
      fail(error);
      return;
    }
    try {
      const result = storage.save(key, text);
      if (isThenable(result)) {
        const ticket = ++writing.current;
        setState((prev) => ({ ...prev, status: 'saving' }));
        Promise.resolve(result).then(
          () => ticket === writing.current && succeed(),
          (error: unknown) => ticket === writing.current && fail(error),
        );
      } else {
        succeed();
      }
    } catch (error) {
      fail(error);
    }
  }, [key]);

  const setValue = useCallback((next: T | ((previous: T) => T)) => {
    const value =
      typeof next === 'function' ? (next as (previous: T) => T)(valueRef.current) : next;
    valueRef.current = value;
    dirty.current = true;
    setPending(true);
    setState((prev) => ({ ...prev, value }));
  }, []);

  // Debounced save: each change restarts the timer. Waits while loading or moving a corrupt copy,
  // and never writes over an unreadable draft that could not be set aside until the user says so.
  const blocked = state.loading || Boolean(state.moveCorrupt) || state.corrupt?.movedTo === null;
  useEffect(() => {
    if (!pending || blocked) return;
    const timer = setTimeout(flush, debounceMs);
    return () => clearTimeout(timer);
  }, [state.value, pending, blocked, debounceMs, flush]);

  // Closing the tab, switching app on a phone, or navigating away: save now, not after the debounce.
  useEffect(() => {
    if (blocked) return;
    const onHide = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHide);
      // Unmounting (a route change in the host) must not drop the last edits either.
      flush();
    };
  }, [blocked, flush]);

  const dismissCorrupt = useCallback(() => {
    const { storage } = opts.current;
    quietly(() => storage.remove(markerKey(key)));
    setState((prev) => ({ ...prev, corrupt: undefined }));
  }, [key]);

  const corruptNow = useRef(state.corrupt);
  useEffect(() => {
    corruptNow.current = state.corrupt;
  });
  const clear = useCallback(
    async ({ setAside = false }: { setAside?: boolean } = {}) => {
      const { storage, initial } = opts.current;
      const setAsideCopy = setAside ? corruptNow.current?.movedTo : undefined;
      dirty.current = false;
      setPending(false);
      writing.current += 1;
      const value = initialValue(initial);
      valueRef.current = value;
      setState((prev) => ({
        value,
        restored: false,
        loading: false,
        status: 'idle',
        // A draft that could not be set aside is deleted with the rest ("Börja om" was confirmed):
        // nothing is left to protect, so saving must not stay blocked.
        corrupt: setAside || prev.corrupt?.movedTo === null ? undefined : prev.corrupt,
      }));
      try {
        await storage.remove(key);
        if (setAside) {
          await storage.remove(markerKey(key));
          if (setAsideCopy) await storage.remove(setAsideCopy);
        }
      } catch (error) {
        setState((prev) => ({ ...prev, status: 'error', error: toDraftStorageError(error).code }));
      }
    },
    [key],
  );

  return {
    value: state.value,
    setValue,
    status: state.status,
    error: state.status === 'error' ? state.error : undefined,
    savedAt: state.savedAt,
    restored: state.restored,
    loading: state.loading,
    pending,
    corrupt: state.corrupt,
    dismissCorrupt,
    flush,
    clear,
  };
}
