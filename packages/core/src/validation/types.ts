/** A path into a document, e.g. `['areas', 'trygg', 'answer', 'value']`. */
export type IssuePath = (string | number)[];

/** Machine-readable issue codes; messages are looked up per language. */
export type IssueCode =
  | 'type'
  | 'required'
  | 'unknown-key'
  | 'format'
  | 'range'
  | 'enum'
  | 'too-few'
  | 'too-many'
  | 'duplicate'
  | 'unknown-area'
  | 'contrast'
  | 'protected-identity'
  | 'personal-identity-number'
  | 'unsupported-version'
  | 'invalid-json';

/** One problem found in input, with a message in Swedish and English. */
export interface ValidationIssue {
  path: IssuePath;
  code: IssueCode;
  message: { sv: string; en: string };
}

/** What every `parse*` function returns. It never throws. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };
