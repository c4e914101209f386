import type { Scale, ScaleId, UiLocale } from '@barnets-basta/core';
import { useId, useMemo } from 'react';
import type { DistributionRow, SegmentInfo } from '../model/types.ts';
import type { FollowUpMessages } from '../i18n/messages.ts';
import { catalogue, uiLocale } from '../shared/messages.ts';
import { PatternDefs, PatternFill } from '../shared/patterns.tsx';
import { segmentLooks, segmentsFor, type SegmentLook } from '../shared/segments.ts';
import { ViewFrame, type ViewCommonProps } from '../shared/view-frame.tsx';
import { BarList } from './bar-list.tsx';
import { distributionTable } from './distribution-table.ts';
import { layoutBars, SUPPRESSED_KEY, type BarLayout } from './layout.ts';

/**
 * Props of {@link DistributionView}.
 *
 * @example
 * const props: DistributionViewProps = { rows, scale: 'agree-5', threshold: 5, locale: 'sv' };
 */
export interface DistributionViewProps extends ViewCommonProps {
  /** One bar per row: the areas of one unit (in the pack's order), or the units for one area. */
  rows: readonly DistributionRow[];
  /** The scale the answers are on (its steps and words). Default `agree-5`. */
  scale?: ScaleId | Scale;
  /** The threshold the figures were published with, for the reason in words. Default 5. */
  threshold?: number;
  /** Header of the row column: "Område" (default) or e.g. "Kommun". */
  rowHeader?: string;
  /** Table caption. Default: "Fördelning av svaren per område". */
  caption?: string;
}

/**
 * The state per area: the distribution of answers as horizontal stacked bars, every step of the
 * scale plus "Vet inte" and "Vill inte svara" as their own segments, with the number of answers
 * each bar rests on. Segments carry a pattern and (when wide enough) their share in text, so
 * colour never carries meaning alone; a hidden bar says so and why. The same figures as a table
 * (toggle), CSV and print.
 *
 * @example
 * <DistributionView rows={rows} scale="agree-5" threshold={5} />
 */
export function DistributionView(props: DistributionViewProps) {
  const { rows, scale = 'agree-5', threshold = 5, rowHeader, caption, title } = props;
  const locale = uiLocale(props.locale);
  const messages = catalogue(locale, props.messages);
  const { prefix, segments, looks } = useSegments(scale, locale, messages, hasUnanswered(rows));
  const layouts = useMemo(() => layoutBars(rows, segments), [rows, segments]);
  const ctx = { messages, locale, threshold };
  const table = distributionTable(rows, segments, ctx, {
    caption: caption ?? messages.distributionCaption,
    rowHeader: rowHeader ?? messages.tableArea,
  });
  const empty = rows.length === 0 || layouts.every((l) => l.kind === 'empty');

  const chart = (
    <>
      <ChartKey
        segments={segments}
        looks={looks}
        prefix={prefix}
        messages={messages}
        layouts={layouts}
      />
      <BarList rows={rows} layouts={layouts} looks={looks} prefix={prefix} ctx={ctx} />
    </>
  );

  return (
    <ViewFrame
      {...props}
      kind="distribution"
      title={title ?? messages.distributionTitle}
      intro={messages.distributionIntro}
      messages={messages}
      table={table}
      chart={chart}
      empty={empty}
    />
  );
}

/** Whether any row has readings where the area was not answered (then they get a segment). */
export function hasUnanswered(rows: readonly DistributionRow[]): boolean {
  return rows.some((r) => {
    const f = r.counts.unanswered;
    return f !== undefined && (f.kind === 'suppressed' || f.count > 0);
  });
}

/**
 * The segments, their words and their looks (fill and pattern) for a scale, and the id prefix of
 * the patterns: what every view of stacked bars starts from.
 *
 * @example
 * const { prefix, segments, looks } = useSegments('agree-5', 'sv', messages, hasUnanswered(rows));
 */
export function useSegments(
  scale: ScaleId | Scale,
  locale: UiLocale,
  messages: FollowUpMessages,
  unanswered: boolean,
): { prefix: string; segments: SegmentInfo[]; looks: Map<string, SegmentLook> } {
  const prefix = `bbfu${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const segments = useMemo(
    () => segmentsFor(scale, locale, messages, unanswered),
    [scale, locale, messages, unanswered],
  );
  const looks = useMemo(() => segmentLooks(segments), [segments]);
  return { prefix, segments, looks };
}

/**
 * The patterns the bars refer to and the key above them; the key names the hidden part only when
 * one of the bars has one.
 *
 * @example
 * <ChartKey segments={segments} looks={looks} prefix={prefix} messages={messages} layouts={layouts} />
 */
export function ChartKey({
  segments,
  looks,
  prefix,
  messages,
  layouts,
}: {
  segments: readonly SegmentInfo[];
  looks: Map<string, SegmentLook>;
  prefix: string;
  messages: FollowUpMessages;
  layouts: readonly BarLayout[];
}) {
  const hasSuppressedPart = layouts.some(
    (l) => l.kind === 'bar' && l.pieces.some((p) => p.key === SUPPRESSED_KEY),
  );
  return (
    <>
      <PatternDefs prefix={prefix} />
      <Legend
        segments={segments}
        looks={looks}
        prefix={prefix}
        label={messages.legendLabel}
        suppressedLabel={hasSuppressedPart ? messages.suppressedPart : undefined}
      />
    </>
  );
}

/** The key: one swatch (fill and pattern) per segment with its words. */
export function Legend({
  segments,
  looks,
  prefix,
  label,
  suppressedLabel,
}: {
  segments: readonly SegmentInfo[];
  looks: Map<string, SegmentLook>;
  prefix: string;
  label: string;
  suppressedLabel?: string | undefined;
}) {
  const items = segments.map((s) => ({ key: s.key as string, label: s.label }));
  if (suppressedLabel) items.push({ key: SUPPRESSED_KEY, label: suppressedLabel });
  return (
    <div className="bb-fu-legend">
      <span className="bb-fu-legend__label">{label}</span>
      <ul className="bb-fu-legend__list">
        {items.map((item) => {
          const look = looks.get(item.key)!;
          return (
            <li key={item.key} className="bb-fu-legend__item">
              <span className="bb-fu-legend__swatch">
                <PatternFill prefix={prefix} pattern={look.pattern} fill={look.fill} />
              </span>
              {item.label}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
