import {
  formatIssues,
  parseAssessment,
  type Assessment,
  type ContentPack,
  type ParseResult,
  type UiLocale,
} from '@barnets-basta/core';
import type { ResolvedSeries } from './series.ts';

// Parsing is pure, so a result can be reused for as long as the host keeps the same objects.
const cache = new WeakMap<object, WeakMap<object, ParseResult<Assessment>>>();

function parse(assessment: Assessment, pack: ContentPack): ParseResult<Assessment> {
  let byPack = cache.get(assessment);
  if (!byPack) {
    byPack = new WeakMap();
    cache.set(assessment, byPack);
  }
  let result = byPack.get(pack);
  if (!result) {
    result = parseAssessment(assessment, { pack });
    byPack.set(pack, result);
  }
  return result;
}

/**
 * A series whose assessment could not be read, with the reasons in the user's language.
 *
 * @example
 * // { id: 'school-1', label: 'Skolan', lines: ['areas.trygg.answer.value: …'] }
 */
export interface SeriesProblem {
  id: string;
  label: string;
  lines: string[];
}

/**
 * Validates every series with core's `parseAssessment` against the pack. Valid series carry the
 * parsed (and, for older schema versions, migrated) copy; invalid ones are left out of the view
 * and reported with path-specific messages, so bad host data gives a clear error, not a crash.
 *
 * @example
 * const { valid, problems } = checkSeries(resolveSeries(series, messages, 'sv'), defaultPack, 'sv');
 */
export function checkSeries(
  series: ResolvedSeries[],
  pack: ContentPack,
  locale: UiLocale,
): { valid: ResolvedSeries[]; problems: SeriesProblem[] } {
  const valid: ResolvedSeries[] = [];
  const problems: SeriesProblem[] = [];
  for (const s of series) {
    const result = parse(s.assessment, pack);
    if (result.ok) valid.push({ ...s, assessment: result.value });
    else problems.push({ id: s.id, label: s.label, lines: formatIssues(result.issues, locale) });
  }
  return { valid, problems };
}
