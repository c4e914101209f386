import type { Assessment } from '../assessment/types.ts';
import type { SipPlan } from '../sip/types.ts';
import { makeIssue } from '../validation/messages.ts';
import { parseAssessment } from '../validation/parse.ts';
import type { ParseOptions, ParseResult, ValidationIssue } from '../validation/types.ts';

/** Object keys in code-unit order at every level; `undefined` members dropped (as JSON does). */
function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  const source = value as Record<string, unknown>;
  for (const key of Object.keys(source).sort()) {
    if (source[key] !== undefined) out[key] = sorted(source[key]);
  }
  return out;
}

/**
 * Writes a document as JSON that is stable: the same data gives the same bytes, whatever order
 * its keys were set in (keys sorted at every level, two-space indent, `\n` at the end, members that
 * are `undefined` left out). Diffs between two exports therefore show only real changes. Expects
 * a document from this library (for example a `parse*` result); it does not validate.
 *
 * @example
 * const text = exportDocument(assessment);
 * download(new Blob([text], { type: 'application/json' }), 'hjulet.json');
 */
export function exportDocument(doc: Assessment | SipPlan): string {
  return `${JSON.stringify(sorted(doc), null, 2)}\n`;
}

const WS = /[ \t\n\r]*/y;
// JSON forbids raw control characters inside strings, so the pattern must name them.
// eslint-disable-next-line no-control-regex
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const LITERAL = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;

/**
 * Where the first syntax error in `text` is (0-based offset), or -1 when unknown. Engines word
 * their JSON errors differently and Chromium gives no position at all, so we find it ourselves:
 * a small recursive-descent scan, run only after `JSON.parse` has failed.
 */
function errorOffset(text: string): number {
  let i = 0;
  const fail = () => {
    throw i;
  };
  const eat = (re: RegExp) => {
    re.lastIndex = i;
    const ok = re.test(text);
    if (ok) i = re.lastIndex;
    return ok;
  };
  const value = (): void => {
    eat(WS);
    const open = text[i];
    if (open === '{' || open === '[') {
      const close = open === '{' ? '}' : ']';
      i++;
      eat(WS);
      let first = true;
      while (text[i] !== close || first) {
        if (!first) {
          if (text[i] !== ',') fail();
          i++;
        }
        first = false;
        if (open === '{') {
          eat(WS);
          if (!eat(STRING)) fail();
          eat(WS);
          if (text[i] !== ':') fail();
          i++;
        }
        value();
        eat(WS);
      }
      i++;
      return;
    }
    if (!eat(STRING) && !eat(LITERAL)) fail();
  };
  try {
    value();
    eat(WS);
    return i < text.length ? i : -1;
  } catch (at) {
    // A number is the offset; anything else (stack overflow on deep nesting) leaves it unknown.
    return typeof at === 'number' ? at : -1;
  }
}

/** An `invalid-json` issue with the line and column (1-based) of the first error. */
function jsonIssue(text: string): ValidationIssue {
  const at = errorOffset(text);
  if (at < 0) return makeIssue([], 'json');
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  return makeIssue([], 'jsonAt', { line, column: at - before.lastIndexOf('\n') });
}

/**
 * @internal Parses JSON text the way every `import*` function does: a leading byte-order mark is
 * ignored, and a syntax error gives one `invalid-json` issue with line and column. Never throws.
 */
export function readJson(text: string): ParseResult<unknown> {
  if (typeof text !== 'string') return { ok: false, issues: [makeIssue([], 'text')] };
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch {
    return { ok: false, issues: [jsonIssue(body)] };
  }
}

/**
 * Reads an assessment from JSON text (a file a user picked, a saved draft): syntax errors give an
 * `invalid-json` issue with line and column, then the assessment is migrated and validated as by
 * `parseAssessment`. A leading byte-order mark is ignored. A SIP plan is refused (issue on `type`):
 * read one with `importDocument` from `@barnets-basta/core/sip`. Never throws.
 *
 * @example
 * const result = importAssessment(await file.text(), { pack: defaultPack });
 * if (!result.ok) errorSummary(formatIssues(result.issues, 'sv'));
 */
export function importAssessment(text: string, options?: ParseOptions): ParseResult<Assessment> {
  const read = readJson(text);
  return read.ok ? parseAssessment(read.value, options) : read;
}
