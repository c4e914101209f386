import { formatMessage, type UiLocale } from '../i18n/messages.ts';
import type { IssueCode, IssuePath, ValidationIssue } from './types.ts';

/**
 * Every validation text, Swedish first. One entry per message: its issue code and the sv and en
 * templates (`{name}` placeholders). Kept in one table so translators see them together and the
 * default bundle carries each text once. Messages only SIP plans need live beside their checks
 * (`sip/parse-sip-plan.ts`, and the legal-elements sentences in `sip/sip-plan.ts`), so that the
 * default entry, which has a size budget, does not carry them.
 */
const MESSAGES = {
  text: ['type', 'ska vara text', 'must be text'],
  bool: ['type', 'ska vara true eller false', 'must be true or false'],
  object: ['type', 'ska vara ett objekt', 'must be an object'],
  list: ['type', 'ska vara en lista', 'must be a list'],
  notJson: ['type', 'är inte JSON-data', 'is not JSON data'],
  version: ['type', 'ska vara ett heltal från 1', 'must be a whole number from 1'],
  required: ['required', 'saknas', 'is missing'],
  empty: ['required', 'får inte vara tom', 'must not be empty'],
  missingLang: ['required', 'saknar språket {lang}', 'lacks the language {lang}'],
  unknownKey: [
    'unknown-key',
    'okänt fält: ta bort eller rätta det',
    'unknown field: remove or correct it',
  ],
  enum: ['enum', 'ska vara ett av: {options}', 'must be one of: {options}'],
  id: [
    'format',
    'ska vara små bokstäver, siffror och bindestreck, t.ex. "ma-bra"',
    'must be lower-case letters, digits and hyphens, e.g. "ma-bra"',
  ],
  color: ['format', 'ska vara en färg #rrggbb eller #rgb', 'must be a colour #rrggbb or #rgb'],
  lang: ['format', 'ska vara en språkkod, t.ex. "sv"', 'must be a language tag, e.g. "sv"'],
  semver: ['format', 'ska vara en version, t.ex. "1.0.0"', 'must be a version, e.g. "1.0.0"'],
  timestamp: [
    'format',
    'ska vara en tidpunkt i ISO 8601, t.ex. "2025-03-14T09:30:00Z"',
    'must be a time in ISO 8601, e.g. "2025-03-14T09:30:00Z"',
  ],
  contrast: [
    'contrast',
    'har kontrasten {sv}:1 mot vit text, minst 4,5:1 krävs',
    'has a contrast of {en}:1 against white text, at least 4.5:1 is required',
  ],
  tooFew: ['too-few', 'ska ha minst {min}, har {count}', 'must have at least {min}, has {count}'],
  tooMany: ['too-many', 'får ha högst {max}, har {count}', 'may have at most {max}, has {count}'],
  duplicate: ['duplicate', '{value} finns redan tidigare', '{value} already occurs earlier'],
  range: [
    'range',
    'ska vara ett heltal från {min} till {max}',
    'must be a whole number from {min} to {max}',
  ],
  noValues: ['range', 'skalan "none" har inga värden', 'the scale "none" has no values'],
  protected: [
    'protected-identity',
    'får inte lagras när barnet har skyddad identitet',
    'must not be stored when the child has protected identity',
  ],
  pseudonym: [
    'format',
    'ska vara en pseudonym utan styrtecken',
    'must be a pseudonym without control characters',
  ],
  pnr: [
    'personal-identity-number',
    'liknar ett personnummer, som aldrig lagras: använd en pseudonym',
    'looks like a personal identity number, which is never stored: use a pseudonym',
  ],
  unknownArea: [
    'unknown-area',
    'området {area} finns inte i paketet {pack}',
    'the pack {pack} has no area {area}',
  ],
  newer: [
    'unsupported-version',
    'version {version} är nyare än {current}: uppdatera verktyget',
    'version {version} is newer than {current}: update the tool',
  ],
  noMigration: [
    'unsupported-version',
    'ingen migrering från version {version}',
    'no migration from version {version}',
  ],
  migrationFailed: [
    'unsupported-version',
    'migreringen från version {version} misslyckades',
    'the migration from version {version} failed',
  ],
  json: ['invalid-json', 'är inte giltig JSON', 'is not valid JSON'],
  jsonAt: [
    'invalid-json',
    'är inte giltig JSON (rad {line}, kolumn {column})',
    'is not valid JSON (line {line}, column {column})',
  ],
  deep: ['too-deep', 'är för djupt nästlad', 'is nested too deeply'],
  unreadable: ['unreadable', 'kunde inte läsas', 'could not be read'],
} as const satisfies Record<string, Message>;

/** @internal A message: its issue code and the sv and en templates (`{name}` placeholders). */
export type Message = readonly [IssueCode, string, string];

/** @internal A key of the message table. */
export type MessageKey = keyof typeof MESSAGES;

/**
 * @internal A key of the shared table, or a message kept beside the only check that uses it, so
 * that the default entry does not carry it (the SIP plan's date and reference checks).
 */
export type MessageRef = MessageKey | Message;

const lookup = (ref: MessageRef): Message => (typeof ref === 'string' ? MESSAGES[ref] : ref);

/** @internal Values for a message's placeholders. */
export type MessageParams = Record<string, string | number>;

/** @internal Quotes a value taken from the input for a message: short, and never markup-bearing. */
export const quote = (value: unknown): string => {
  const s = String(value);
  // JSON leaves U+2028/U+2029 raw, and they would break the message's one line.
  return JSON.stringify(s.length > 40 ? `${s.slice(0, 39)}…` : s).replace(
    /[\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16)}`,
  );
};

const SIMPLE_KEY = /^[\w-]+$/;

/**
 * Writes a path the way a developer reads it: `areas.trygg.answer.value`, `actions[2].end`.
 * Odd keys (spaces, dots, markup) are quoted so a message always shows exactly which key it means.
 */
function formatPath(path: IssuePath, locale: 'sv' | 'en'): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (SIMPLE_KEY.test(key) && key.length <= 40) out += out ? `.${key}` : key;
    else out += `[${quote(key)}]`;
  }
  return out || (locale === 'sv' ? '(dokumentet)' : '(document)');
}

/** @internal The two texts of a message, without a path. */
export function messageTexts(ref: MessageRef, params?: MessageParams): { sv: string; en: string } {
  const [, sv, en] = lookup(ref);
  return { sv: formatMessage(sv, params), en: formatMessage(en, params) };
}

/** @internal Builds an issue whose messages start with the path they concern. */
export function makeIssue(
  path: IssuePath,
  ref: MessageRef,
  params?: MessageParams,
): ValidationIssue {
  const { sv, en } = messageTexts(ref, params);
  return {
    path,
    code: lookup(ref)[0],
    message: { sv: `${formatPath(path, 'sv')}: ${sv}`, en: `${formatPath(path, 'en')}: ${en}` },
  };
}

/**
 * The message of one issue in one language: English for `en` and `en-*`, else Swedish (validation
 * messages ship in these two; an added UI language shows them in Swedish).
 *
 * @example
 * const result = parseAssessment(data);
 * if (!result.ok) console.error(formatIssue(result.issues[0], 'sv'));
 * // "areas.trygg.answer.value: ska vara ett heltal från 1 till 5"
 */
export function formatIssue(issue: ValidationIssue, locale: UiLocale): string {
  const message = issue?.message;
  const en = String(locale).toLowerCase().split('-')[0] === 'en';
  return (en ? message?.en : message?.sv) ?? String(issue?.code);
}

/**
 * The messages of many issues in one language, in the order found.
 *
 * @example
 * const result = importAssessment(fileText);
 * const lines = result.ok ? [] : formatIssues(result.issues, 'en');
 */
export function formatIssues(issues: readonly ValidationIssue[], locale: UiLocale): string[] {
  return issues.map((issue) => formatIssue(issue, locale));
}
