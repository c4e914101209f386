import type { DistributionRow, SegmentInfo } from '../model/types.ts';
import { countCell, shareCell, type FormatContext } from '../shared/context.ts';
import { valueOf } from '../shared/figures.ts';
import type { TableCell, TableColumn, TableModel } from '../shared/table-model.ts';

/**
 * The distribution as a table: one row per bar, the n, then every segment as "count (share)".
 *
 * @example
 * distributionTable(rows, segments, ctx, { caption: 'Fördelning', rowHeader: 'Område' });
 */
export function distributionTable(
  rows: readonly DistributionRow[],
  segments: readonly SegmentInfo[],
  ctx: FormatContext,
  labels: { caption: string; rowHeader: string },
): TableModel {
  return {
    caption: labels.caption,
    rowHeader: labels.rowHeader,
    columns: distributionColumns(segments, ctx),
    rows: rows.map((row) => ({ header: row.label, cells: distributionCells(row, segments, ctx) })),
  };
}

/**
 * The columns of a distribution: the n, then each segment (in the CSV also its share).
 *
 * @example
 * distributionColumns(segments, ctx).map((c) => c.label); // ['n', '1 Stämmer inte alls', …]
 */
export function distributionColumns(
  segments: readonly SegmentInfo[],
  ctx: FormatContext,
): TableColumn[] {
  const { messages } = ctx;
  return [
    { label: messages.tableN, csv: [messages.tableN] },
    ...segments.map((s) => ({
      label: s.label,
      csv: [s.label, `${s.label} (${messages.tableShare} %)`],
    })),
  ];
}

/**
 * One bar's cells: its n, then every segment as "count (share)"; all hidden when the n is.
 *
 * @example
 * distributionCells(row, segments, ctx).map((c) => c.text);
 */
export function distributionCells(
  row: DistributionRow,
  segments: readonly SegmentInfo[],
  ctx: FormatContext,
): TableCell[] {
  const n = valueOf(row.n);
  return [
    countCell(row.n, ctx),
    ...segments.map((s) =>
      row.n.kind === 'suppressed'
        ? shareCell(row.n, undefined, ctx)
        : shareCell(row.counts[s.key], n, ctx),
    ),
  ];
}
