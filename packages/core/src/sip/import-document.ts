import type { Assessment } from '../assessment/types.ts';
import type { ParseOptions, ParseResult } from '../validation/types.ts';
import { readJson } from '../versioning/json.ts';
import { parseDocument } from './parse-sip-plan.ts';
import type { SipPlan } from './types.ts';

/**
 * Reads a document from JSON text (a file a user picked, a saved draft): syntax errors give an
 * `invalid-json` issue with line and column where the engine reports them, then the document is
 * migrated and validated as by `parseDocument`. A leading byte-order mark is ignored. Never throws.
 *
 * @example
 * import { importDocument } from '@barnets-basta/core/sip';
 * const result = importDocument(await file.text());
 * if (!result.ok) errorSummary(formatIssues(result.issues, 'sv'));
 */
export function importDocument(
  text: string,
  options?: ParseOptions,
): ParseResult<Assessment | SipPlan> {
  const read = readJson(text);
  return read.ok ? parseDocument(read.value, options) : read;
}
