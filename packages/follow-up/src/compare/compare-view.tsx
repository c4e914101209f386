import { formatMessage, type Scale, type ScaleId } from '@barnets-basta/core';
import { useMemo } from 'react';
import { BarList } from '../distribution/bar-list.tsx';
import { distributionCells, distributionColumns } from '../distribution/distribution-table.ts';
import { ChartKey, hasUnanswered, useSegments } from '../distribution/distribution-view.tsx';
import { layoutBars } from '../distribution/layout.ts';
import type { CompareGroup, SegmentInfo } from '../model/types.ts';
import type { FormatContext } from '../shared/context.ts';
import { catalogue, uiLocale } from '../shared/messages.ts';
import type { TableModel } from '../shared/table-model.ts';
import { ViewFrame, type ViewCommonProps } from '../shared/view-frame.tsx';

/**
 * Props of {@link CompareView}.
 *
 * @example
 * const props: CompareViewProps = { groups, areaName: 'Trygg', groupHeader: 'Period', rowHeader: 'Skola' };
 */
export interface CompareViewProps extends ViewCommonProps {
  /** Side by side: one panel per group (a period, or a unit), each with its bars. */
  groups: readonly CompareGroup[];
  /** The area compared, for the caption. */
  areaName: string;
  /** What a group is: "Period" (default) or "Enhet". */
  groupHeader?: string;
  /** What a row is: "Enhet" (default) or "Period". */
  rowHeader?: string;
  scale?: ScaleId | Scale;
  threshold?: number;
}

/** Every panel's rows in one table: row, group, n, then the segments. */
export function compareTable(
  groups: readonly CompareGroup[],
  segments: readonly SegmentInfo[],
  ctx: FormatContext,
  labels: { caption: string; rowHeader: string; groupHeader: string },
): TableModel {
  return {
    caption: labels.caption,
    rowHeader: labels.rowHeader,
    subHeaders: [labels.groupHeader],
    columns: distributionColumns(segments, ctx),
    rows: groups.flatMap((g) =>
      g.rows.map((row) => ({
        header: row.label,
        subHeaders: [g.label],
        cells: distributionCells(row, segments, ctx),
      })),
    ),
  };
}

/**
 * Units and periods side by side for one area: small multiples, one panel per period (or unit),
 * each bar with its n. A hidden figure is shown as hidden, with the reason in words; never as zero
 * and never as a bar that is silently missing.
 *
 * @example
 * <CompareView areaName="Trygg" groups={[{ id: 'ht25', label: 'HT 2025', rows }, { id: 'vt26', label: 'VT 2026', rows: later }]} />
 */
export function CompareView(props: CompareViewProps) {
  const { groups, areaName, scale = 'agree-5', threshold = 5, title } = props;
  const locale = uiLocale(props.locale);
  const messages = catalogue(locale, props.messages);
  const { prefix, segments, looks } = useSegments(
    scale,
    locale,
    messages,
    groups.some((g) => hasUnanswered(g.rows)),
  );
  const layouts = useMemo(
    () => groups.map((g) => layoutBars(g.rows, segments)),
    [groups, segments],
  );
  const ctx = { messages, locale, threshold };
  const rowHeader = props.rowHeader ?? messages.tableUnit;
  const groupHeader = props.groupHeader ?? messages.tablePeriod;
  const table = compareTable(groups, segments, ctx, {
    caption: formatMessage(messages.compareCaption, { area: areaName }),
    rowHeader,
    groupHeader,
  });
  const empty = groups.every((g) => g.rows.length === 0);
  const chart = (
    <>
      <ChartKey
        segments={segments}
        looks={looks}
        prefix={prefix}
        messages={messages}
        layouts={layouts.flat()}
      />
      <div className="bb-fu-multiples">
        {groups.map((g, i) => (
          <div key={g.id} className="bb-fu-multiples__panel">
            <p className="bb-fu-multiples__title">{g.label}</p>
            <BarList rows={g.rows} layouts={layouts[i]!} looks={looks} prefix={prefix} ctx={ctx} />
          </div>
        ))}
      </div>
    </>
  );
  return (
    <ViewFrame
      {...props}
      kind="compare"
      title={title ?? `${messages.compareTitle}: ${areaName}`}
      intro={messages.compareIntro}
      messages={messages}
      table={table}
      chart={chart}
      empty={empty}
    />
  );
}
