/**
 * Marker shapes drawn at each area's point of an overlaid series.
 *
 * @example
 * const marker: SeriesMarker = SERIES_STYLES[0]!.marker; // "circle"
 */
export type SeriesMarker = 'circle' | 'square' | 'triangle' | 'diamond' | 'cross' | 'star';

/**
 * How one overlaid series (a perspective or a reading) is drawn. Colour is never the only carrier:
 * every style differs from the others in its dash pattern and its marker shape too.
 *
 * @example
 * const { dashArray, marker, cssColor } = seriesStyleAt(1); // "8 4", "square", "var(--bb-series-2, #1f4fa8)"
 */
export interface SeriesStyle {
  /** SVG `stroke-dasharray` (`'none'` for a solid line), in user units at `strokeWidth` 2. */
  dashArray: string;
  /** Marker at each area's point. */
  marker: SeriesMarker;
  /** Line width in user units. */
  strokeWidth: number;
  /**
   * Theme property that colours the series, e.g. `--bb-series-1`. Use it as
   * `var(--bb-series-1, #1f2328)` (`cssColor`) so a host can re-theme it.
   */
  colorVar: string;
  /** Default colour: at least 4.5:1 against white; none is red, amber or green. */
  color: string;
  /** `var(colorVar, color)`, ready for a `stroke` or `fill` attribute. */
  cssColor: string;
}

const style = (n: number, dashArray: string, marker: SeriesMarker, color: string): SeriesStyle =>
  Object.freeze({
    dashArray,
    marker,
    strokeWidth: 2,
    colorVar: `--bb-series-${n}`,
    color,
    cssColor: `var(--bb-series-${n}, ${color})`,
  });

/**
 * The line-style vocabulary for up to six overlaid series, shared by the wheel's overlay and the
 * legend so that both draw a series the same way. Index 0 is the first series (usually the child).
 * With more than six series the styles repeat ({@link seriesStyleAt}); the legend's names still
 * tell them apart.
 *
 * @example
 * const s = SERIES_STYLES[1]!;
 * <polygon points={points} fill="none" stroke={s.cssColor} strokeWidth={s.strokeWidth} strokeDasharray={s.dashArray} />
 */
export const SERIES_STYLES: readonly SeriesStyle[] = Object.freeze([
  style(1, 'none', 'circle', '#1f2328'),
  style(2, '8 4', 'square', '#1f4fa8'),
  style(3, '2 3', 'triangle', '#6f2da8'),
  style(4, '10 3 2 3', 'diamond', '#0f6470'),
  style(5, '4 4', 'cross', '#7a4a12'),
  style(6, '12 4 2 4 2 4', 'star', '#4b5563'),
]);

/**
 * The style for the series at `index`, repeating after six.
 *
 * @example
 * seriesStyleAt(0).marker; // 'circle'
 * seriesStyleAt(7).marker; // 'square'
 */
export function seriesStyleAt(index: number): SeriesStyle {
  const n = SERIES_STYLES.length;
  const i = Number.isInteger(index) ? ((index % n) + n) % n : 0;
  return SERIES_STYLES[i]!;
}

const round = (x: number) => Math.round(x * 100) / 100;

/**
 * An SVG path `d` for a marker of radius `r` centred on (`cx`, `cy`). Every shape is a closed
 * outline (the cross is a plus-shaped polygon), so one `fill` and `stroke` draw all of them.
 *
 * @example
 * <path d={seriesMarkerPath('diamond', 50, 50, 4)} fill={style.cssColor} />
 */
export function seriesMarkerPath(marker: SeriesMarker, cx: number, cy: number, r: number): string {
  const pts = (list: [number, number][]) =>
    `M${list.map(([x, y]) => `${round(cx + x)} ${round(cy + y)}`).join(' L')} Z`;
  switch (marker) {
    case 'square': {
      const s = r * 0.85;
      return pts([
        [-s, -s],
        [s, -s],
        [s, s],
        [-s, s],
      ]);
    }
    case 'triangle':
      return pts([
        [0, -r * 1.1],
        [r, r * 0.75],
        [-r, r * 0.75],
      ]);
    case 'diamond':
      return pts([
        [0, -r * 1.15],
        [r * 1.15, 0],
        [0, r * 1.15],
        [-r * 1.15, 0],
      ]);
    case 'cross': {
      const a = r;
      const b = r * 0.38;
      return pts([
        [-b, -a],
        [b, -a],
        [b, -b],
        [a, -b],
        [a, b],
        [b, b],
        [b, a],
        [-b, a],
        [-b, b],
        [-a, b],
        [-a, -b],
        [-b, -b],
      ]);
    }
    case 'star': {
      const list: [number, number][] = [];
      for (let k = 0; k < 10; k++) {
        const rr = k % 2 === 0 ? r * 1.2 : r * 0.5;
        const t = -Math.PI / 2 + (k * Math.PI) / 5;
        list.push([rr * Math.cos(t), rr * Math.sin(t)]);
      }
      return pts(list);
    }
    case 'circle':
    default:
      return `M${round(cx - r)} ${round(cy)} a${round(r)} ${round(r)} 0 1 0 ${round(2 * r)} 0 a${round(r)} ${round(r)} 0 1 0 ${round(-2 * r)} 0 Z`;
  }
}
