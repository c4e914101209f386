import {
  defaultPack,
  formatMessage,
  type Answer,
  type ContentPack,
  type Scale,
  type UiLocale,
} from '@barnets-basta/core';
import { compareAssessments, compareReadings, largestGaps } from '@barnets-basta/core/compare';
import { intlLocale, packForLocale } from '@barnets-basta/core/language';
import { createElement, useId } from 'react';
import type { ViewsMessages } from '../../i18n/views-messages.ts';
import { answerText, areaName, scaleOf } from '../shared/answer-text.ts';
import { uiLocale, viewLanguage, viewsCatalogue } from '../shared/messages.ts';
import { SeriesProblems } from '../shared/series-problems.tsx';
import { checkSeries } from '../shared/validate.ts';
import {
  inTimeOrder,
  redact,
  resolveSeries,
  type ResolvedSeries,
  type SeriesKind,
  type ViewerProps,
  type WheelSeries,
} from '../shared/series.ts';

/**
 * Heading levels the differences' heading can take.
 *
 * @example
 * <WheelDifferences series={series} headingLevel={3} />
 */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/**
 * Props of {@link WheelDifferences}.
 *
 * @example
 * const props: WheelDifferencesProps = { series, seriesKind: 'readings', headingLevel: 3 };
 */
export interface WheelDifferencesProps extends ViewerProps {
  /**
   * Two or more perspectives, or two or more readings of one wheel (then the first and the
   * latest by `createdAt` are compared).
   */
  series: readonly WheelSeries[];
  /** `perspectives` (default) or `readings` over time. */
  seriesKind?: SeriesKind;
  /** The content pack the wheel uses. Default: core's `defaultPack`. */
  pack?: ContentPack;
  /** `sv` (default) or `en`. */
  locale?: string;
  /** Partial override of the catalogue. */
  messages?: Partial<ViewsMessages>;
  /** A host's relabelled scale, used for series on that scale. */
  scale?: Scale;
  /** Level of the heading (`h2` … `h6`) so the view fits the host page's outline. Default 2. */
  headingLevel?: HeadingLevel;
  /** Heading text. Default from the catalogue ("Olika svar att prata om" / "Förändring över tid"). */
  heading?: string;
  /** Show at most this many areas (largest gaps first). Default: all. */
  limit?: number;
  className?: string;
}

interface Item {
  areaId: string;
  text: string;
  kind: 'gap' | 'one-sided' | 'answers';
  difference?: number;
}

const isAnswerLike = (a: unknown): a is Answer =>
  typeof a === 'object' && a !== null && typeof (a as Answer).kind === 'string';

/**
 * The largest differences first, as conversation starters: between perspectives ("Trygg: Barnet
 * svarade 2 – Stämmer lite, Skolan svarade 5 – Stämmer helt (skillnad 3)") or between the first
 * and the latest reading. An area only one side answered is said as such ("Bara Barnet svarade"),
 * never as a difference from zero. Areas with the same answers are named together at the end.
 * Calm by design: no red, no warning icons; a difference is something to talk about.
 * Answers hidden from the viewer are left out (and it says so).
 *
 * @example
 * <WheelDifferences
 *   series={[{ assessment: child }, { assessment: school }]}
 *   headingLevel={3}
 * />
 */
export function WheelDifferences({
  series,
  seriesKind = 'perspectives',
  pack: packProp,
  locale: localeProp,
  messages: override,
  scale,
  headingLevel = 2,
  heading,
  limit,
  viewer,
  ownSeries,
  className,
}: WheelDifferencesProps) {
  const locale = uiLocale(localeProp);
  const messages = viewsCatalogue(localeProp, override);
  // A language added as data brings its pack texts (area names) through core's registry.
  const pack = packForLocale(
    packProp && Array.isArray(packProp.areas) ? packProp : defaultPack,
    localeProp,
  );
  const headingId = useId();
  const readings = seriesKind === 'readings';

  const { valid: resolved, problems } = checkSeries(
    resolveSeries(series, messages, locale, seriesKind),
    pack,
    locale,
  );
  const compared = readings ? endsOf(inTimeOrder(resolved)) : resolved;
  const redacted = compared.map((s) => ({ ...s, ...redact(s, viewer, ownSeries) }));
  const hiddenAreas = new Set(redacted.flatMap((s) => [...s.hidden]));

  const { items, same } =
    redacted.length >= 2
      ? buildItems(redacted, { pack, locale, messages, scale, readings, hiddenAreas })
      : { items: [], same: [] };
  const shown = typeof limit === 'number' && limit >= 0 ? items.slice(0, Math.floor(limit)) : items;

  const level = [2, 3, 4, 5, 6].includes(headingLevel) ? headingLevel : 2;
  const headingText =
    heading ?? (readings ? messages.readingsHeading : messages.differencesHeading);
  const intro =
    redacted.length >= 2
      ? readings
        ? formatMessage(messages.readingsIntro, {
            first: redacted[0]!.label,
            latest: redacted[1]!.label,
          })
        : messages.differencesIntro
      : null;

  return (
    <section
      className={['bb-differences', className].filter(Boolean).join(' ')}
      aria-labelledby={headingId}
      {...viewLanguage(localeProp)}
      data-kind={seriesKind}
    >
      {createElement(
        `h${level}`,
        { id: headingId, className: 'bb-differences__heading' },
        headingText,
      )}
      <SeriesProblems problems={problems} messages={messages} />
      {items.length === 0 && same.length === 0 ? (
        <p className="bb-differences__empty">{messages.nothingToCompare}</p>
      ) : (
        <>
          {intro ? <p className="bb-differences__intro">{intro}</p> : null}
          {shown.length > 0 ? (
            <ol className="bb-differences__list">
              {shown.map((item) => (
                <li
                  key={item.areaId}
                  className="bb-differences__item"
                  data-area={item.areaId}
                  data-kind={item.kind}
                >
                  {item.text}
                </li>
              ))}
            </ol>
          ) : (
            <p className="bb-differences__none">{messages.noDifferences}</p>
          )}
          {same.length > 0 ? (
            <p className="bb-differences__same">
              {formatMessage(readings ? messages.sameReadings : messages.sameAnswers, {
                areas: listFormat(
                  locale,
                  same.map((id) => areaName(pack, id, locale)),
                ),
              })}
            </p>
          ) : null}
        </>
      )}
      {hiddenAreas.size > 0 ? (
        <p className="bb-differences__hidden">{messages.someHidden}</p>
      ) : null}
    </section>
  );
}

/** First and latest reading. */
function endsOf(list: ResolvedSeries[]): ResolvedSeries[] {
  return list.length >= 2 ? [list[0]!, list[list.length - 1]!] : list;
}

function listFormat(locale: UiLocale, items: string[]): string {
  try {
    return new Intl.ListFormat(intlLocale(locale), { type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}

interface Context {
  pack: ContentPack;
  locale: UiLocale;
  messages: ViewsMessages;
  scale: Scale | undefined;
  readings: boolean;
  hiddenAreas: Set<string>;
}

type Redacted = ResolvedSeries & ReturnType<typeof redact>;

function buildItems(list: Redacted[], ctx: Context): { items: Item[]; same: string[] } {
  const { pack, locale, messages, readings, hiddenAreas } = ctx;
  const number = (n: number, signed = false) =>
    new Intl.NumberFormat(intlLocale(locale), {
      maximumFractionDigits: 1,
      signDisplay: signed ? 'exceptZero' : 'auto',
    }).format(n);
  const words = (s: Redacted, answer: unknown) =>
    answerText(answer, scaleOf(s.assessment, ctx.scale), locale, messages);
  const items: Item[] = [];
  const same: string[] = [];

  if (list.length === 2) {
    const [a, b] = list as [Redacted, Redacted];
    const rows = readings
      ? compareReadings(a.assessment, b.assessment, pack)
      : compareAssessments(a.assessment, b.assessment, pack);
    for (const c of rows) {
      // An area someone may not see is left out whole: even its absence would say something.
      if (hiddenAreas.has(c.areaId)) continue;
      const area = areaName(pack, c.areaId, locale);
      const values = {
        area,
        a: a.label,
        b: b.label,
        answerA: words(a, c.a),
        answerB: words(b, c.b),
      };
      if (c.status === 'both-values') {
        if (!c.absDifference) {
          same.push(c.areaId);
        } else if (c.normalised) {
          // Different scales: the words speak; a number of "steps" would mean nothing.
          const template = readings ? messages.readingAnswers : messages.differenceAnswers;
          items.push({ areaId: c.areaId, kind: 'answers', text: formatMessage(template, values) });
        } else {
          const template = readings ? messages.readingPair : messages.differencePair;
          const difference = readings ? number(c.difference ?? 0, true) : number(c.absDifference);
          items.push({
            areaId: c.areaId,
            kind: 'gap',
            difference: c.absDifference,
            text: formatMessage(template, { ...values, difference }),
          });
        }
      } else if (c.status === 'only-a' || c.status === 'only-b') {
        const other = c.status === 'only-a' ? c.b : c.a;
        let template: string;
        if (isAnswerLike(other))
          template = readings ? messages.readingAnswers : messages.differenceAnswers;
        else if (readings)
          template = c.status === 'only-a' ? messages.readingOnlyFirst : messages.readingOnlyLatest;
        else template = messages.differenceOnlyOne;
        const oneSided =
          !readings && !isAnswerLike(other) && c.status === 'only-b'
            ? { ...values, a: b.label, answerA: values.answerB }
            : values;
        items.push({
          areaId: c.areaId,
          kind: 'one-sided',
          text: formatMessage(template, oneSided),
        });
      }
      // `neither`: nobody gave a value, so there is nothing to compare.
    }
    return { items, same };
  }

  for (const g of largestGaps(
    list.map((s) => s.assessment),
    pack,
  )) {
    if (hiddenAreas.has(g.areaId)) continue;
    const area = areaName(pack, g.areaId, locale);
    const answered = list
      .map((s) => ({ s, answer: s.assessment.areas[g.areaId]?.answer }))
      .filter(({ answer }) => isAnswerLike(answer));
    const answerList = answered.map(({ s, answer }) =>
      formatMessage(messages.differenceSpreadItem, { series: s.label, answer: words(s, answer) }),
    );
    const answers = listFormat(locale, answerList);
    if (g.spread !== undefined) {
      if (g.spread === 0) same.push(g.areaId);
      else if (g.normalised) {
        items.push({
          areaId: g.areaId,
          kind: 'answers',
          text: formatMessage(messages.differenceSpreadNoNumber, { area, answers }),
        });
      } else {
        items.push({
          areaId: g.areaId,
          kind: 'gap',
          difference: g.spread,
          text: formatMessage(messages.differenceSpread, {
            area,
            answers,
            difference: number(g.spread),
          }),
        });
      }
    } else if (g.answered === 1) {
      const index = g.values.findIndex((v) => v !== undefined);
      const only = list[index]!;
      const text =
        answered.length === 1
          ? formatMessage(messages.differenceOnlyOne, {
              area,
              a: only.label,
              answerA: words(only, only.assessment.areas[g.areaId]?.answer),
            })
          : formatMessage(messages.differenceSpreadNoNumber, { area, answers });
      items.push({ areaId: g.areaId, kind: 'one-sided', text });
    }
  }
  return { items, same };
}
