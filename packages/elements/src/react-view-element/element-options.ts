import type { Viewer } from '@barnets-basta/core/privacy';

/**
 * What a host may pass as `messages`: an object of strings by key, or its JSON. Returns the
 * strings (other values are left out, with a warning), or `undefined` (the element's defaults)
 * when the input is not usable. Never throws: a typo in the markup must not blank the element.
 *
 * @example
 * ```ts
 * readMessages(el, '{"legendTitle":"Visa"}'); // { legendTitle: 'Visa' }
 * readMessages(el, '{oops'); // undefined, and a console warning naming the element
 * ```
 */
export function readMessages(el: Element, input: unknown): Record<string, string> | undefined {
  if (input === undefined || input === null || input === '') return undefined;
  let data: unknown = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input) as unknown;
    } catch (error) {
      console.warn(
        `<${el.localName}>: "messages" is not valid JSON (${(error as Error).message}); ` +
          'the default texts are kept.',
      );
      return undefined;
    }
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    console.warn(
      `<${el.localName}>: "messages" must be an object of texts by key; the default texts are kept.`,
    );
    return undefined;
  }
  const out: Record<string, string> = {};
  const skipped: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    // A blank or non-text override would leave an empty label: keep the default for that key.
    if (typeof value === 'string' && value.trim() !== '') out[key] = value;
    else skipped.push(key);
  }
  if (skipped.length > 0)
    console.warn(
      `<${el.localName}>: "messages" keys ${skipped.map((k) => `"${k}"`).join(', ')} are not ` +
        'text and were ignored; their default texts are kept.',
    );
  return out;
}

const VIEWER_NAMES: readonly Viewer[] = ['respondent', 'contact-person', 'meeting', 'guardian'];

/**
 * Reads a `viewer` attribute or property: one of core's viewers, else `fallback` (with a warning
 * for a value that is not one, since a typo must never widen what is shown).
 *
 * @example
 * ```ts
 * readViewer(el, 'guardian', 'meeting'); // 'guardian'
 * readViewer(el, 'everyone', 'meeting'); // 'meeting', and a console warning
 * ```
 */
export function readViewer(el: Element, input: unknown, fallback: Viewer): Viewer {
  if (input === undefined || input === null || input === '') return fallback;
  if (typeof input === 'string' && (VIEWER_NAMES as readonly string[]).includes(input))
    return input as Viewer;
  console.warn(
    `<${el.localName}>: "viewer" must be one of ${VIEWER_NAMES.join(', ')}; "${String(input)}" ` +
      `was read as "${fallback}".`,
  );
  return fallback;
}

/**
 * The React views' own viewer scale (`Visibility`) for a core viewer: a guardian sees what the
 * meeting sees, never more (the data reaching the view is already cut down by core's `asSeenBy`).
 *
 * @example
 * ```ts
 * viewVisibility('guardian'); // 'meeting'
 * ```
 */
export function viewVisibility(viewer: Viewer): 'respondent' | 'contact-person' | 'meeting' {
  return viewer === 'guardian' ? 'meeting' : viewer;
}
