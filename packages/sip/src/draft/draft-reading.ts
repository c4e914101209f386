import type { ParseResult, ValidationIssue } from '@barnets-basta/core';
import { formMessages } from '../i18n/form-messages.ts';
import { toDraftStorageError, type DraftErrorCode, type DraftStorage } from './storage.ts';

// Reading a draft back, as plain functions of a storage: what the saved text is, the notice about
// a draft set aside earlier, and the state `useDraft` starts from. No React (Node tests); the hook
// keeps the state and does the writing.

/**
 * Save state reported by `useDraft`.
 *
 * @example
 * ```ts
 * const status: DraftSaveStatus = draft.status; // 'idle' | 'saving' | 'saved' | 'error'
 * ```
 */
export type DraftSaveStatus = 'idle' | 'saving' | 'saved' | 'error';

/**
 * A saved draft that could not be read, and where it was put.
 *
 * @example
 * ```ts
 * if (draft.corrupt?.movedTo) offerDownload(new Blob([draft.corrupt.text]), 'utkast.json');
 * ```
 */
export interface CorruptDraft {
  /** The draft's own key (where the unreadable text was found). */
  key: string;
  /**
   * Key the unreadable text was copied to (`${key}.corrupt-${timestamp}`), or null if that failed:
   * then the text stays under `key` and nothing is saved there until `dismissCorrupt()`.
   */
  movedTo: string | null;
  /** The draft was saved by a newer version (an issue with code `unsupported-version`). */
  newer: boolean;
  /** Why it could not be read (path-specific, sv and en; format with core's `formatIssues`). */
  issues: ValidationIssue[];
  /** The unreadable text itself, so a host can still offer it for download. */
  text: string;
}

/**
 * What a draft's text turned out to be: nothing saved, a valid value, or unreadable (with why).
 *
 * @example
 * ```ts
 * interpret('{"a":1}', parse); // { kind: 'ok', value: … }
 * ```
 */
export type Interpreted<T> =
  | { kind: 'none' }
  | { kind: 'ok'; value: T }
  | { kind: 'corrupt'; text: string; issues: ValidationIssue[] };

/**
 * What reading a draft gave: as {@link Interpreted}, or the storage's failure; and a notice about
 * a draft set aside on an earlier visit.
 *
 * @example
 * ```ts
 * const loaded: Loaded<SipPlan> = { kind: 'none' };
 * ```
 */
export type Loaded<T> = (Interpreted<T> | { kind: 'error'; error: DraftErrorCode }) & {
  /** A notice about a draft set aside earlier (kept until the user dismisses it). */
  notice?: CorruptDraft;
};

/**
 * Where the notice about a set-aside draft is remembered until the user has seen it.
 *
 * @example
 * ```ts
 * markerKey('sip-plan:42'); // "sip-plan:42.set-aside"
 * ```
 */
export const markerKey = (key: string) => `${key}.set-aside`;

type Maybe<V> = V | Promise<V>;

/** Continues with a value that a storage may give at once or through a promise. */
function then<A, B>(value: Maybe<A>, next: (a: A) => Maybe<B>): Maybe<B> {
  return value instanceof Promise ? value.then(next) : next(value);
}

type Text = { text: string | null | undefined } | { error: DraftErrorCode };

/** Reads one key; never throws, a failure comes back as its error code. */
function loadText(storage: DraftStorage, key: string): Maybe<Text> {
  let raw: ReturnType<DraftStorage['load']>;
  try {
    raw = storage.load(key);
  } catch (error) {
    return { error: toDraftStorageError(error).code };
  }
  if (isThenable<string | null>(raw)) {
    return Promise.resolve(raw).then(
      (text): Text => ({ text }),
      (error: unknown): Text => ({ error: toDraftStorageError(error).code }),
    );
  }
  return { text: raw };
}

function isNewer(issues: ValidationIssue[]): boolean {
  return issues.some((i) => i.code === 'unsupported-version');
}

/**
 * Runs a storage call whose failure has no one to tell (a late clean-up): never throws.
 *
 * @example
 * ```ts
 * quietly(() => storage.remove(markerKey(key)));
 * ```
 */
export function quietly(action: () => unknown): void {
  try {
    const result = action();
    if (isThenable(result)) Promise.resolve(result).catch(() => undefined);
  } catch {
    // Nothing to do: the notice or copy simply stays a little longer.
  }
}

/**
 * True for a promise or anything with a `then` (an asynchronous storage's answer).
 *
 * @example
 * ```ts
 * isThenable(Promise.resolve()); // true
 * ```
 */
export function isThenable<V>(value: unknown): value is PromiseLike<V> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { then?: unknown }).then === 'function'
  );
}

function issue(
  code: ValidationIssue['code'],
  key: 'draftInvalidJson' | 'draftParseFailed',
): ValidationIssue {
  return { path: [], code, message: { sv: formMessages.sv[key], en: formMessages.en[key] } };
}

/**
 * Reads a draft's text: JSON (a byte-order mark is allowed), then the host's `parse`. Never throws:
 * a text that is not JSON, a `parse` that throws or rejects the data give `corrupt` with
 * path-specific issues in Swedish and English.
 *
 * @example
 * ```ts
 * interpret('{', parseSipPlan).kind; // "corrupt"
 * ```
 */
export function interpret<T>(
  text: string | null | undefined,
  parse: (data: unknown) => ParseResult<T>,
): Interpreted<T> {
  if (text === null || text === undefined) return { kind: 'none' };
  if (typeof text !== 'string')
    return { kind: 'corrupt', text: String(text), issues: [issue('type', 'draftInvalidJson')] };
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return { kind: 'corrupt', text, issues: [issue('invalid-json', 'draftInvalidJson')] };
  }
  let result: ParseResult<T>;
  try {
    result = parse(data);
  } catch {
    return { kind: 'corrupt', text, issues: [issue('type', 'draftParseFailed')] };
  }
  if (result && result.ok) return { kind: 'ok', value: result.value };
  const issues = result && !result.ok && Array.isArray(result.issues) ? result.issues : [];
  return {
    kind: 'corrupt',
    text,
    issues: issues.length > 0 ? issues : [issue('type', 'draftParseFailed')],
  };
}

/**
 * The notice about a draft set aside earlier, if the user has not seen it yet: the marker names the
 * copy, and the copy is read again so the notice can offer its text for download.
 */
function readNotice<T>(
  storage: DraftStorage,
  key: string,
  parse: (data: unknown) => ParseResult<T>,
): Maybe<CorruptDraft | undefined> {
  return then(loadText(storage, markerKey(key)), (marker) => {
    if ('error' in marker || typeof marker.text !== 'string') return undefined;
    let movedTo: unknown;
    try {
      movedTo = (JSON.parse(marker.text) as { movedTo?: unknown } | null)?.movedTo;
    } catch {
      return undefined;
    }
    if (typeof movedTo !== 'string') return undefined;
    return then(loadText(storage, movedTo), (copy) => {
      if ('error' in copy || typeof copy.text !== 'string') return undefined;
      const seen = interpret(copy.text, parse);
      const issues = seen.kind === 'corrupt' ? seen.issues : [];
      return { key, movedTo, newer: isNewer(issues), issues, text: copy.text };
    });
  });
}

/**
 * Reads a draft; a synchronous storage answers at once, an asynchronous one with a promise. Never
 * throws or rejects: a storage failure comes back as `{ kind: 'error' }`.
 *
 * @example
 * ```ts
 * const loaded = readDraft(memoryStorageAdapter({ k: '{}' }), 'k', parse);
 * ```
 */
export function readDraft<T>(
  storage: DraftStorage,
  key: string,
  parse: (data: unknown) => ParseResult<T>,
): Loaded<T> | Promise<Loaded<T>> {
  return then(loadText(storage, key), (loaded): Maybe<Loaded<T>> => {
    if ('error' in loaded) return { kind: 'error', error: loaded.error };
    const draft = interpret(loaded.text, parse);
    // A draft damaged now gets its own notice; otherwise one from an earlier visit may be waiting.
    if (draft.kind === 'corrupt') return draft;
    return then(readNotice(storage, key, parse), (notice) =>
      notice ? { ...draft, notice } : draft,
    );
  });
}

/**
 * The state `useDraft` keeps (the save status, the restored or initial value, the corrupt copy).
 *
 * @example
 * ```ts
 * const state: DraftHookState<string> = { value: '', restored: false, loading: false, status: 'idle' };
 * ```
 */
export interface DraftHookState<T> {
  value: T;
  restored: boolean;
  loading: boolean;
  status: DraftSaveStatus;
  error?: DraftErrorCode;
  savedAt?: Date;
  corrupt?: CorruptDraft;
  /** The corrupt copy still has to be moved aside (done in an effect, not during render). */
  moveCorrupt?: { from: string; to: string; text: string };
}

/**
 * The value when there is no draft: `initial` itself, or what it makes when it is a function.
 *
 * @example
 * ```ts
 * initialValue(() => createSipPlan({ pack })); // a new plan
 * ```
 */
export function initialValue<T>(initial: T | (() => T)): T {
  return typeof initial === 'function' ? (initial as () => T)() : initial;
}

/**
 * The hook's state after reading a draft: the saved value, or the initial one with the reason why
 * (a storage failure, or an unreadable draft to be moved to `${key}.corrupt-${now()}`).
 *
 * @example
 * ```ts
 * stateFrom({ kind: 'none' }, 'k', '', Date.now); // { value: '', restored: false, … }
 * ```
 */
export function stateFrom<T>(
  loaded: Loaded<T>,
  key: string,
  initial: T | (() => T),
  now: () => number,
): DraftHookState<T> {
  const notice = loaded.notice ? { corrupt: loaded.notice } : {};
  switch (loaded.kind) {
    case 'ok':
      return { value: loaded.value, restored: true, loading: false, status: 'idle', ...notice };
    case 'none':
      return {
        value: initialValue(initial),
        restored: false,
        loading: false,
        status: 'idle',
        ...notice,
      };
    case 'error':
      return {
        value: initialValue(initial),
        restored: false,
        loading: false,
        status: 'error',
        error: loaded.error,
      };
    case 'corrupt': {
      const to = `${key}.corrupt-${now()}`;
      return {
        value: initialValue(initial),
        restored: false,
        loading: false,
        status: 'idle',
        corrupt: {
          key,
          movedTo: to,
          newer: isNewer(loaded.issues),
          issues: loaded.issues,
          text: loaded.text,
        },
        moveCorrupt: { from: key, to, text: loaded.text },
      };
    }
  }
}
