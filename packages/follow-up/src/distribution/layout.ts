import { scaleLinear } from 'd3-scale';
import { stack, stackOffsetExpand } from 'd3-shape';
import type { DistributionRow, SegmentInfo } from '../model/types.ts';
import { valueOf, type Hidden } from '../shared/figures.ts';

/** One drawn piece of a bar, in percent of the bar's length from its start edge. */
export interface BarPiece {
  key: string;
  start: number;
  width: number;
  count: number;
}

/** A laid-out bar: its pieces, or why there is none. */
export type BarLayout =
  | { kind: 'bar'; n: number; pieces: BarPiece[] }
  | { kind: 'suppressed'; hidden: Hidden }
  | { kind: 'empty' };

/** The key of the piece that holds a row's suppressed cells together. */
export const SUPPRESSED_KEY = 'suppressed';

/**
 * Lays out distribution bars as shares of each row's total (d3's stack with the "expand" offset,
 * mapped to percent by a linear scale). Cells that are suppressed inside a shown row are drawn
 * together as one "hidden figures" piece: its size is the row's total minus the shown cells,
 * which a reader can compute anyway, and the secondary suppression in core makes sure it never
 * stands for a single small group.
 *
 * @example
 * layoutBars(rows, segments)[0]; // { kind: 'bar', n: 20, pieces: [{ key: '1', start: 0, width: 10, count: 2 }, …] }
 */
export function layoutBars(
  rows: readonly DistributionRow[],
  segments: readonly SegmentInfo[],
): BarLayout[] {
  const keys = [...segments.map((s) => s.key as string), SUPPRESSED_KEY];
  const percent = scaleLinear().domain([0, 1]).range([0, 100]);
  type Datum = Record<string, number>;
  const data: Datum[] = [];
  const layouts = rows.map((row): BarLayout | undefined => {
    if (row.n.kind === 'suppressed') return { kind: 'suppressed', hidden: row.n };
    const n = row.n.count;
    if (n <= 0) return { kind: 'empty' };
    const datum: Datum = {};
    let shown = 0;
    for (const s of segments) {
      const v = valueOf(row.counts[s.key]);
      datum[s.key] = v ?? 0;
      shown += v ?? 0;
    }
    datum[SUPPRESSED_KEY] = Math.max(0, n - shown);
    data.push(datum);
    return undefined;
  });
  const series = stack<Datum>().keys(keys).offset(stackOffsetExpand)(data);
  let d = 0;
  return layouts.map((layout, i) => {
    if (layout) return layout;
    const index = d++;
    const row = rows[i]!;
    const n = valueOf(row.n) ?? 0;
    const pieces: BarPiece[] = [];
    for (const s of series) {
      const [a, b] = s[index]!;
      const count = data[index]![s.key] ?? 0;
      if (count > 0)
        pieces.push({ key: s.key, start: percent(a), width: percent(b) - percent(a), count });
    }
    return { kind: 'bar', n, pieces };
  });
}
