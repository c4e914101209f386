/**
 * Where drafts are kept. A host passes one to `useDraft`: the provided `localStorageAdapter`, the
 * in-memory adapter, or its own (IndexedDB, a server behind the host's own API, ...). Each method
 * may work synchronously or return a promise; failures should throw (or reject) a
 * {@link DraftStorageError} so the user is told the right reason.
 *
 * @example
 * ```ts
 * const sessionAdapter: DraftStorage = {
 *   load: (key) => sessionStorage.getItem(key),
 *   save: (key, text) => sessionStorage.setItem(key, text),
 *   remove: (key) => sessionStorage.removeItem(key),
 * };
 * ```
 */
export interface DraftStorage {
  load(key: string): Promise<string | null> | string | null;
  save(key: string, text: string): Promise<void> | void;
  remove(key: string): Promise<void> | void;
}

/** Why a draft could not be stored or read. */
export type DraftErrorCode = 'quota' | 'unavailable' | 'unknown';

/**
 * A storage failure with a reason the user can be told: `quota` (storage full), `unavailable`
 * (switched off, private mode, blocked by policy) or `unknown`.
 *
 * @example
 * ```ts
 * throw new DraftStorageError('quota', 'IndexedDB is full');
 * ```
 */
export class DraftStorageError extends Error {
  readonly code: DraftErrorCode;
  constructor(code: DraftErrorCode, message?: string, options?: { cause?: unknown }) {
    super(message ?? `Draft storage failed: ${code}`, options);
    this.name = 'DraftStorageError';
    this.code = code;
  }
}

function errorName(error: unknown): string {
  try {
    return typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  } catch {
    return '';
  }
}

/**
 * Classifies anything a storage threw into a {@link DraftStorageError}. Quota errors have different
 * names across browsers (`QuotaExceededError`, Firefox's `NS_ERROR_DOM_QUOTA_REACHED`, legacy code
 * 22); blocked storage throws `SecurityError`.
 *
 * @example
 * ```ts
 * try { localStorage.setItem(k, v) } catch (e) { throw toDraftStorageError(e) }
 * ```
 */
export function toDraftStorageError(error: unknown): DraftStorageError {
  if (error instanceof DraftStorageError) return error;
  const name = errorName(error);
  let code: DraftErrorCode = 'unknown';
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') code = 'quota';
  else if (
    typeof DOMException !== 'undefined' &&
    error instanceof DOMException &&
    (error.code === 22 || error.code === 1014)
  )
    code = 'quota';
  else if (
    name === 'SecurityError' ||
    name === 'InvalidAccessError' ||
    name === 'InvalidStateError'
  )
    code = 'unavailable';
  return new DraftStorageError(code, undefined, { cause: error });
}

/**
 * A {@link DraftStorage} on the browser's `localStorage`, with keys prefixed (default
 * `'bb-draft:'`). Every failure is rethrown as a typed {@link DraftStorageError}: a full storage as
 * `quota`, a missing or blocked one (private mode, cookies off, sandboxed iframe) as `unavailable`.
 * Data stays on the user's device; nothing is sent anywhere.
 *
 * @example
 * ```ts
 * const storage = localStorageAdapter('kommun-sip:');
 * const draft = useDraft({ key: 'plan', storage, initial, parse: parseSipPlan });
 * ```
 */
export function localStorageAdapter(prefix = 'bb-draft:'): DraftStorage {
  const store = (): Storage => {
    let storage: Storage | null | undefined;
    try {
      // Merely reading `window.localStorage` throws SecurityError when storage is blocked.
      storage = typeof window === 'undefined' ? undefined : window.localStorage;
    } catch (error) {
      throw toDraftStorageError(error);
    }
    if (!storage) throw new DraftStorageError('unavailable', 'localStorage is not available');
    return storage;
  };
  const run = <R>(fn: (s: Storage) => R): R => {
    const s = store();
    try {
      return fn(s);
    } catch (error) {
      throw toDraftStorageError(error);
    }
  };
  return {
    load: (key) => run((s) => s.getItem(prefix + key)),
    save: (key, text) => run((s) => s.setItem(prefix + key, text)),
    remove: (key) => run((s) => s.removeItem(prefix + key)),
  };
}

/** A {@link DraftStorage} kept in memory, with a way to look inside (for tests and stories). */
export interface MemoryDraftStorage extends DraftStorage {
  /** A copy of everything stored, by key. */
  entries(): Record<string, string>;
}

/**
 * A {@link DraftStorage} in memory: for tests, stories, and hosts that must not write to the
 * device at all (drafts then survive re-renders and route changes, but not a reload).
 *
 * @example
 * ```ts
 * const storage = memoryStorageAdapter({ plan: '{"schemaVersion":1}' });
 * ```
 */
export function memoryStorageAdapter(initial: Record<string, string> = {}): MemoryDraftStorage {
  const map = new Map(Object.entries(initial));
  return {
    load: (key) => map.get(key) ?? null,
    save: (key, text) => {
      map.set(key, text);
    },
    remove: (key) => {
      map.delete(key);
    },
    entries: () => Object.fromEntries(map),
  };
}
