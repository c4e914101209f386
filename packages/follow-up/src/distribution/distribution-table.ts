import type { DistributionRow, SegmentInfo } from '../model/types.ts';
import { countCell, shareCell, type FormatContext } from '../shared/context.ts';
import { valueOf } from '../shared/figures.ts';
import type { TableModel } from '../shared/table-model.ts';

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
  const { messages } = ctx;
  const shareHead = messages.tableShare;
  return {
    caption: labels.caption,
    rowHeader: labels.rowHeader,
    columns: [
      { label: messages.tableN, csv: [messages.tableN] },
      ...segments.map((s) => ({
        label: s.label,
        csv: [s.label, `${s.label} (${shareHead} %)`],
      })),
    ],
    rows: rows.map((row) => {
      const n = valueOf(row.n);
      return {
        header: row.label,
        cells: [
          countCell(row.n, ctx),
          ...segments.map((s) =>
            row.n.kind === 'suppressed'
              ? shareCell(row.n, undefined, ctx)
              : shareCell(row.counts[s.key], n, ctx),
          ),
        ],
      };
    }),
  };
}
