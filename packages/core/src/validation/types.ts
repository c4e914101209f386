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
  | 'invalid-json'
  /** A reference (participant id) that points at nothing in the document. */
  | 'unknown-reference'
  /** Nested deeper than any document can be, or refers to itself (a cycle). */
  | 'too-deep'
  /** A value that could not be read (a getter or proxy threw) or is not JSON data (bigint, function, symbol). */
  | 'unreadable';

/** One problem found in input, with a message in Swedish and English. */
export interface ValidationIssue {
  path: IssuePath;
  code: IssueCode;
  /**
   * The message in Swedish and English. Readable by any UI locale (`message[locale] ??
   * message.sv`): a language added as data has no validation messages of its own.
   */
  message: { sv: string; en: string; readonly [locale: string]: string | undefined };
}

/** What every `parse*` function returns. It never throws. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };

/** Options shared by the `parse*` functions for documents that refer to a content pack. */
export interface ParseOptions {
  /**
   * The content pack the document was made with. When given, every area id the document uses
   * must exist in it (issue code `unknown-area`); without it only the id format is checked.
   */
  pack?: { id: string; areas: { id: string }[] };
}
