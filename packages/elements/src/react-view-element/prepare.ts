import {
  defaultPack,
  formatIssues,
  formatMessage,
  parseAssessment,
  type Assessment,
  type ContentPack,
  type ParseResult,
  type SipPlan,
  type UiLocale,
} from '@barnets-basta/core';
import { parsePack } from '@barnets-basta/core/content';
import { packForLocale } from '@barnets-basta/core/language';
import {
  asSeenBy,
  childIdentity,
  redactAssessment,
  scrubChildIdentity,
  type Viewer,
} from '@barnets-basta/core/privacy';
import { parseSipPlan, withProtectedIdentity } from '@barnets-basta/core/sip';
import type { ViewElementMessages } from './view-messages.ts';

/** One wheel as the views get it: already cut down for the viewer. */
export interface PreparedSeries {
  id: string;
  label?: string;
  assessment: Assessment;
}

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * The content pack a host gave, checked with core's `parsePack`; the default pack (and the
 * problems, by path) when it cannot be used. A pack language registered for `locale` is added.
 *
 * @example
 * ```ts
 * const { pack, problems } = preparePack(el.content, 'sv');
 * ```
 */
export function preparePack(
  content: unknown,
  locale: UiLocale,
): { pack: ContentPack; problems: string[] } {
  // With a pack language registered for the locale (core's registry), the areas are named in it.
  const inLocale = (pack: ContentPack) => packForLocale(pack, locale);
  if (content === undefined || content === null)
    return { pack: inLocale(defaultPack), problems: [] };
  const result = parsePack(content);
  if (result.ok) return { pack: inLocale(result.value), problems: [] };
  return {
    pack: inLocale(defaultPack),
    problems: formatIssues(result.issues, locale).map((l) => `content.${l}`),
  };
}

/**
 * Checks the wheels a host gave (`{ id?, label?, assessment }[]`) with core's `parseAssessment`
 * and cuts each down to what `viewer` may see (core's `asSeenBy`: answers, notes and hopes the
 * viewer may not see are gone, and so is the child's name with protected identity). An area taken
 * out keeps only a mark that it is not shared (no answer, no note), so the views can say "Dolt
 * svar" instead of "Inte besvarat". Invalid wheels are left out and listed by path, never drawn.
 *
 * @example
 * ```ts
 * const { series, problems } = prepareSeries(el.series, pack, 'guardian', 'sv', m);
 * ```
 */
export function prepareSeries(
  input: unknown,
  pack: ContentPack,
  viewer: Viewer,
  locale: UiLocale,
  m: ViewElementMessages,
): { series: PreparedSeries[]; problems: string[] } {
  if (input === undefined || input === null) return { series: [], problems: [] };
  if (!Array.isArray(input)) return { series: [], problems: [m.seriesNotList] };
  const series: PreparedSeries[] = [];
  const problems: string[] = [];
  const ids = new Set<string>();
  input.forEach((entry: unknown, index) => {
    const path = `series[${index}]`;
    const given = isObject(entry) ? entry : {};
    const label =
      typeof given.label === 'string' && given.label.trim() ? given.label.trim() : undefined;
    const result = parseProtected(
      isObject(entry) ? entry.assessment : undefined,
      (data) => parseAssessment(data, { pack }),
      m,
    );
    if (!result.ok) {
      for (const line of formatIssues(result.issues, locale))
        problems.push(
          formatMessage(m.seriesInvalid, {
            label: label ?? path,
            problem: `${path}.assessment.${line}`,
          }),
        );
      return;
    }
    let id =
      typeof given.id === 'string' && given.id.trim() ? given.id.trim() : result.value.id || path;
    if (ids.has(id)) id = `${id}-${index + 1}`;
    ids.add(id);
    series.push({ id, ...(label ? { label } : {}), assessment: seenBy(result.value, viewer) });
  });
  return { series, problems };
}

/** The assessment as `viewer` may have it, with a bare "not shared" mark where an area was. */
function seenBy(assessment: Assessment, viewer: Viewer): Assessment {
  const { hiddenAreas } = redactAssessment(assessment, viewer);
  const seen = asSeenBy(assessment, viewer);
  if (hiddenAreas.length === 0) return seen;
  const areas = { ...seen.areas };
  // Only the mark stays: the React views show it as "Dolt svar" and hold nothing behind it.
  for (const id of hiddenAreas) areas[id] = { visibility: 'respondent' };
  return { ...seen, areas };
}

/**
 * The plan a host gave, checked with core's `parseSipPlan` and cut down for `viewer` (core's
 * `asSeenBy`: topics the child did not want raised, hidden answers in its wheels, and with
 * protected identity the child's name and address are gone). An invalid plan is not shown; its
 * problems are listed by path.
 *
 * @example
 * ```ts
 * const { plan, problems } = preparePlan(el.value, pack, 'guardian', 'sv', m);
 * ```
 */
export function preparePlan(
  input: unknown,
  pack: ContentPack,
  viewer: Viewer,
  locale: UiLocale,
  m: ViewElementMessages,
): { plan?: SipPlan; problems: string[] } {
  if (input === undefined || input === null) return { problems: [] };
  const result = parseProtected(input, (data) => parseSipPlan(data, { pack }), m);
  if (!result.ok) return { problems: formatIssues(result.issues, locale).map((l) => `value.${l}`) };
  return { plan: asSeenBy(result.value, viewer), problems: [] };
}

/** True when the data says, anywhere core looks, that the child has protected identity. */
function saysProtected(data: unknown): boolean {
  if (!isObject(data)) return false;
  if (isObject(data.child) && data.child.protectedIdentity === true) return true;
  return Array.isArray(data.assessments) && data.assessments.some(saysProtected);
}

/**
 * Parses `data`; when it fails and the child has protected identity, parses it again with the
 * identity protected first (core's `withProtectedIdentity`) and the name and address also taken
 * out of every free text (someone may have typed them into a note). Core rejects a name stored
 * beside protected identity, rightly; a host that passed one still gets the document shown,
 * without the name anywhere, instead of an error that would hide the whole plan from the family.
 */
function parseProtected<T>(
  data: unknown,
  parse: (data: unknown) => ParseResult<T>,
  m: ViewElementMessages,
): ParseResult<T> {
  const result = parse(data);
  if (result.ok || !saysProtected(data)) return result;
  let safe: unknown;
  try {
    // Core's rule (scrubChildIdentity): the names are read from the data as given, then taken out
    // of every text of the protected copy, in the element's words.
    safe = scrubChildIdentity(withProtectedIdentity(data as SipPlan | Assessment), {
      identity: childIdentity(data),
      words: { name: m.protectedName, address: m.protectedAddress },
    });
  } catch {
    return result; // too damaged to protect: the first problems stand
  }
  const again = parse(safe);
  return again.ok ? again : result;
}
