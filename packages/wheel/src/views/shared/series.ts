import { formatMessage, type Assessment, type PerspectiveKind } from '@barnets-basta/core';
import { PERSPECTIVE_MESSAGE_KEY, perspectiveLabel } from '../../internal/perspective-label.ts';
import { maySee, redactAssessment, type Viewer } from '@barnets-basta/core/privacy';
import { intlLocale } from '@barnets-basta/core/language';
import type { ViewsMessages } from '../../i18n/views-messages.ts';
import { seriesStyleAt, type SeriesStyle } from '../series-legend/series-styles.ts';

/**
 * One assessment shown in a view: a perspective (the child, a guardian, the school, ...) or one
 * reading over time. The same shape feeds the wheel's overlay, the summary table, the differences
 * and the legend, so a series keeps its name and line style everywhere.
 *
 * @example
 * const series: WheelSeries[] = [{ assessment: child }, { assessment: mum, label: 'Mamma' }];
 */
export interface WheelSeries {
  /** Stable key (for the legend's `hidden` list). Default: the assessment's id. */
  id?: string;
  /** Shown name, e.g. "Mamma". Default: the perspective's label, else its kind ("Vårdnadshavare 2"), or for readings the date. */
  label?: string;
  assessment: Assessment;
  /** Line style; default by position in the list (`SERIES_STYLES`). */
  style?: SeriesStyle;
}

/**
 * Whether the series are perspectives side by side or readings of one wheel over time.
 *
 * @example
 * <WheelDifferences series={[{ assessment: autumn }, { assessment: spring }]} seriesKind="readings" />
 */
export type SeriesKind = 'perspectives' | 'readings';

/**
 * A series with its key, name and style settled.
 *
 * @example
 * const [first] = resolveSeries([{ assessment: child }], viewsMessages.sv, 'sv'); // first.label: "Barnet"
 */
export interface ResolvedSeries {
  id: string;
  label: string;
  assessment: Assessment;
  style: SeriesStyle;
  index: number;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const nonEmpty = (x: unknown): x is string => typeof x === 'string' && x.trim() !== '';

/**
 * True when the entry has the little an assessment needs to be shown (areas as an object).
 *
 * @example
 * isShowable({ assessment: { areas: {} } }); // true
 */
export function isShowable(series: unknown): series is WheelSeries {
  return isObject(series) && isObject(series.assessment) && isObject(series.assessment.areas);
}

function kindOf(a: Assessment): PerspectiveKind {
  const kind = isObject(a.perspective) ? a.perspective.kind : undefined;
  // The one table of perspective names (internal/perspective-label.ts); an own key only, so a
  // kind such as "toString" counts as 'other'.
  return typeof kind === 'string' && Object.hasOwn(PERSPECTIVE_MESSAGE_KEY, kind)
    ? (kind as PerspectiveKind)
    : 'other';
}

function formatDate(iso: unknown, locale: string): string | undefined {
  if (typeof iso !== 'string') return undefined;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return undefined;
  return new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: 'medium',
  }).format(date);
}

/**
 * A series known only by key and name (enough for a legend).
 *
 * @example
 * const named: NamedSeries = { id: 'mum', label: 'Mamma' };
 */
export interface NamedSeries {
  id: string;
  label: string;
  style?: SeriesStyle;
}

/**
 * Key, name and style of any entry, settled.
 *
 * @example
 * nameSeries([{ id: 'mum', label: 'Mamma' }], viewsMessages.sv, 'sv')[0]?.style.marker; // "circle"
 */
export interface SeriesName {
  id: string;
  label: string;
  style: SeriesStyle;
  index: number;
  assessment?: Assessment;
}

/**
 * A series' key and style, without its name: what the wheel's drawing needs.
 *
 * @example
 * keySeries([{ assessment: child }])[0]?.id; // the assessment's id
 */
export interface SeriesKey {
  id: string;
  style: SeriesStyle;
  index: number;
  /** Present for entries that are assessments, absent for named-only entries. */
  assessment?: Assessment;
  /** The entry as given. */
  entry: WheelSeries | NamedSeries;
}

/**
 * Settles keys and styles, exactly as {@link nameSeries} does (it builds on this). Apart from the
 * names so that the wheel, which draws series but never names them, leaves the naming (kinds,
 * numbering, dates) out of its bundle. Entries that are neither assessments nor named series are
 * skipped; styles follow the position in the list as given.
 *
 * @example
 * keySeries([{ assessment: a }, { assessment: a }]).map((s) => s.id); // [a.id, `${a.id}-2`]
 */
export function keySeries(series: readonly unknown[] | undefined): SeriesKey[] {
  const list = Array.isArray(series) ? series : [];
  const ids = new Set<string>();
  const out: SeriesKey[] = [];
  list.forEach((s, index) => {
    let id: string | undefined;
    let assessment: Assessment | undefined;
    const style =
      isObject(s) && isObject(s.style) ? (s.style as unknown as SeriesStyle) : seriesStyleAt(index);
    if (isShowable(s)) {
      assessment = s.assessment;
      id = nonEmpty(s.id) ? s.id : nonEmpty(s.assessment.id) ? s.assessment.id : undefined;
    } else if (isObject(s) && nonEmpty(s.label)) {
      id = nonEmpty(s.id) ? s.id : undefined;
    } else {
      return;
    }
    id ??= `series-${index + 1}`;
    // The same assessment twice must still give two distinct keys.
    if (ids.has(id)) id = `${id}-${index + 1}`;
    ids.add(id);
    out.push({
      id,
      style,
      index,
      entry: s as WheelSeries | NamedSeries,
      ...(assessment ? { assessment } : {}),
    });
  });
  return out;
}

/**
 * Settles keys, names and styles. Entries that are neither assessments nor named series are
 * skipped (the views show nothing for them rather than crash); styles follow the position in the
 * list as given, so they match the wheel's. Two unlabelled perspectives of one kind are numbered
 * ("Vårdnadshavare 1", "Vårdnadshavare 2"); readings are named by date.
 *
 * @example
 * nameSeries([{ assessment: dad }, { assessment: mum }], viewsMessages.sv, 'sv').map((s) => s.label);
 * // ["Vårdnadshavare 1", "Vårdnadshavare 2"] when neither perspective has a label
 */
export function nameSeries(
  series: readonly unknown[] | undefined,
  messages: ViewsMessages,
  locale: string,
  kind: SeriesKind = 'perspectives',
): SeriesName[] {
  const list = Array.isArray(series) ? series : [];
  const assessments = list.filter(isShowable);
  const kinds = new Map(assessments.map((s) => [s, kindOf(s.assessment)]));
  const unlabelled = (s: WheelSeries) =>
    !nonEmpty(s.label) && !nonEmpty(s.assessment.perspective?.label);
  const seen = new Map<PerspectiveKind, number>();

  return keySeries(list).map(({ id, style, index, assessment, entry }) => {
    let label = nonEmpty(entry.label) ? entry.label : undefined;
    if (assessment) {
      const s = entry as WheelSeries;
      const k = kinds.get(s)!;
      if (!label && kind === 'readings') {
        const date = formatDate(assessment.createdAt, locale);
        if (date) label = formatMessage(messages.readingLabel, { date });
      }
      if (!label && nonEmpty(assessment.perspective?.label)) label = assessment.perspective.label;
      if (!label) {
        const base = perspectiveLabel(k, messages);
        const many = assessments.filter((o) => kinds.get(o) === k && unlabelled(o)).length > 1;
        const number = (seen.get(k) ?? 0) + 1;
        seen.set(k, number);
        label = many ? formatMessage(messages.perspectiveNumbered, { label: base, number }) : base;
      }
    }
    return { id, label: label!, style, index, ...(assessment ? { assessment } : {}) };
  });
}

/**
 * {@link nameSeries} for views that need the assessments: entries without one are left out.
 *
 * @example
 * resolveSeries([{ assessment: child }, { id: 'x', label: 'Bara namn' }], viewsMessages.sv, 'sv').length; // 1
 */
export function resolveSeries(
  series: readonly unknown[] | undefined,
  messages: ViewsMessages,
  locale: string,
  kind: SeriesKind = 'perspectives',
): ResolvedSeries[] {
  return nameSeries(series, messages, locale, kind).filter(
    (s): s is ResolvedSeries => s.assessment !== undefined,
  );
}

/**
 * Readings in time order (earliest first); entries without a date keep their place.
 *
 * @example
 * const [first, ...rest] = inTimeOrder(resolveSeries(readings, viewsMessages.sv, 'sv', 'readings'));
 */
export function inTimeOrder(series: ResolvedSeries[]): ResolvedSeries[] {
  const time = (s: ResolvedSeries) => {
    const t = Date.parse(String(s.assessment.createdAt));
    return Number.isNaN(t) ? undefined : t;
  };
  if (series.some((s) => time(s) === undefined)) return series;
  return [...series].sort((a, b) => time(a)! - time(b)!);
}

/**
 * Who is looking, by core's one rule (`Viewer` and `maySee` in `@barnets-basta/core/privacy`):
 * `meeting` (the default) sees only answers meant for everyone in the meeting; `guardian` the
 * same, and never more, since a child may keep answers from their guardians; `contact-person`
 * also those meant for the child's contact person; `respondent` is the person who answered,
 * looking at their own answers. Series listed in `ownSeries` are the viewer's own and are always
 * shown in full.
 *
 * @example
 * <WheelSummaryTable series={series} viewer="guardian" />
 * <WheelSummaryTable series={series} viewer="contact-person" ownSeries={['mentor-1']} />
 */
export interface ViewerProps {
  viewer?: Viewer;
  ownSeries?: readonly string[];
}

/**
 * Whether the viewer may see an answer (and note) marked with `visibility`.
 *
 * @deprecated Use `maySee(visibility, viewer, { own })` from `@barnets-basta/core/privacy`, the
 * one rule every component and export follows; this is a thin wrapper kept for existing hosts.
 *
 * @example
 * canSee('contact-person', 'meeting', false); // false
 * canSee('respondent', 'meeting', true); // true: the viewer's own answer
 */
export function canSee(visibility: unknown, viewer: Viewer | undefined, own: boolean): boolean {
  return maySee(visibility, viewer ?? 'meeting', { own });
}

/**
 * A copy of the assessment with every area (and the hopes) the viewer may not see removed, plus
 * the ids of those areas: core's `redactAssessment`, with the series' own flag settled from
 * `ownSeries`. What is removed never reaches the DOM or the comparison maths.
 *
 * @example
 * const { assessment, hidden } = redact(series, 'meeting', []);
 */
export function redact(
  series: Pick<ResolvedSeries, 'id' | 'assessment'>,
  viewer: Viewer | undefined,
  ownSeries: readonly string[] | undefined,
): { assessment: Assessment; hidden: Set<string>; hopesHidden: boolean } {
  const own = Array.isArray(ownSeries) && ownSeries.includes(series.id);
  const { assessment, hiddenAreas, hopesHidden } = redactAssessment(
    series.assessment,
    viewer ?? 'meeting',
    { own },
  );
  return { assessment, hidden: new Set(hiddenAreas), hopesHidden };
}
