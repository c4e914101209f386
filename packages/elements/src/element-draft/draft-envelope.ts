import type { DraftStorage } from '@barnets-basta/sip';

/**
 * The element's handle on a mounted draft, so form reset can delete it. An object the element
 * owns, because the body is a lazy chunk that may not have mounted yet when the form is reset.
 *
 * @example
 * ```ts
 * const control: DraftControl = {};
 * control.clear?.(); // after the drafted body has mounted
 * ```
 */
export interface DraftControl {
  /** Set while a drafted body is mounted: deletes the saved draft and drops unsaved edits. */
  clear?: () => void;
  /** Set while a drafted body is mounted: writes unsaved edits now. */
  flush?: () => void;
  /** Delete the saved draft instead of restoring it at the next mount (a reset before it mounted). */
  discard?: boolean;
}

/** How one element kind wraps its draft: the envelope's `type` and the field holding the value. */
export interface DraftEnvelope {
  type: string;
  field: string;
}

/**
 * A draft storage for an element, on top of the SIP package's adapter (`localStorageAdapter`, the
 * one `useDraft` uses): a draft made from a host value is saved in one entry with that value's
 * fingerprint (one write, so the two cannot disagree), and is restored only for the same
 * fingerprint; a different host value wins. A draft made without a host value is saved as the
 * plain document. `control.discard` deletes the draft instead of restoring it (form reset).
 *
 * @example
 * ```ts
 * const storage = envelopeStorage(localStorageAdapter(), 'bb-wheel:hjul', '', control, WHEEL);
 * ```
 */
export function envelopeStorage(
  adapter: DraftStorage,
  key: string,
  base: string,
  control: DraftControl,
  envelope: DraftEnvelope,
): DraftStorage {
  return {
    load(k) {
      if (k !== key) return adapter.load(k);
      if (control.discard) {
        control.discard = false;
        try {
          void adapter.remove(k);
        } catch {
          // Storage that cannot be reached holds no draft to restore either.
        }
        return null;
      }
      const text = adapter.load(k);
      // localStorage answers synchronously; anything else is passed through unchanged.
      return typeof text === 'string' ? belongsHere(text, base, envelope) : text;
    },
    save(k, text) {
      if (k !== key || !base) return adapter.save(k, text);
      return adapter.save(
        k,
        `{"type":${JSON.stringify(envelope.type)},"base":${JSON.stringify(base)},${JSON.stringify(
          envelope.field,
        )}:${text}}`,
      );
    },
    remove: (k) => adapter.remove(k),
  };
}

/** The saved text when it is a draft of this starting point, the document's text; otherwise none. */
function belongsHere(text: string, base: string, envelope: DraftEnvelope): string | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // Unreadable: hand it to useDraft, which moves it aside and tells the user (nothing is lost).
    return text;
  }
  const wrapped =
    typeof data === 'object' && data !== null && (data as { type?: unknown }).type === envelope.type
      ? (data as Record<string, unknown>)
      : undefined;
  if (!wrapped) return base ? null : text;
  return wrapped.base === base ? JSON.stringify(wrapped[envelope.field]) : null;
}

/**
 * A short, stable fingerprint of a text (cyrb53): tells two host values apart without storing them.
 *
 * @example
 * ```ts
 * fingerprint('{"a":1}') === fingerprint('{"a":1}'); // true
 * ```
 */
export function fingerprint(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
