/** A point in SVG user units (y grows downwards). */
export interface Point {
  x: number;
  y: number;
}

/** Options for {@link wheelGeometry}. Angles are in degrees, lengths in SVG user units. */
export interface WheelGeometryOptions {
  /** Number of areas (segments). Packs have 3–12; any whole number ≥ 2 works. */
  areas: number;
  /** Number of rings (scale steps), at least 1. Level 1 is nearest the centre. */
  levels: number;
  /** Radius of the centre disc (where the child's name goes); 0 for none. */
  innerRadius: number;
  outerRadius: number;
  /** Angular gap between neighbouring segments, in degrees. Default 0. */
  gapDegrees?: number;
  /** Gap of constant width between neighbouring segments (parallel edges), in user units. Default 0. */
  gap?: number;
  /** Default `{ x: 0, y: 0 }`: give the SVG a `viewBox` centred on 0. */
  centre?: Point;
  /** Where area 0 begins, in degrees; default −90 (12 o'clock, since SVG's y grows downwards). */
  startAngle?: number;
  /** Default `clockwise`; `counterclockwise` mirrors the wheel for right-to-left languages. */
  direction?: 'clockwise' | 'counterclockwise';
  /** Decimals in path data and rounded coordinates, so output is stable. Default 2. */
  precision?: number;
}

/** One ring cell: the area (0-based, in pack order) and the level (1 = nearest the centre). */
export interface Cell {
  areaIndex: number;
  level: number;
}

/** Nominal angles of an area, in radians, without gaps. `start` is where the area begins in the wheel's direction. */
export interface AreaAngles {
  start: number;
  end: number;
  mid: number;
}

/** Where to put an area's label. */
export interface LabelAnchor extends Point {
  /** The area's middle angle, in radians. */
  angle: number;
  /** Degrees to rotate text so it runs along the ring and is never upside down (−90…90). */
  rotation: number;
  /** SVG `text-anchor`: `middle` inside the wheel; outside it, the side facing away from the wheel. */
  textAnchor: 'start' | 'middle' | 'end';
}

/** One series (one perspective or reading) drawn as a line over the wheel. */
export interface Polyline {
  /** Per area: its point, or `undefined` where the series has no value. */
  points: (Point | undefined)[];
  /** Runs of consecutive areas with values (wrapping past the last area); a missing area breaks the line. A run of one point needs a marker to be seen. */
  segments: Point[][];
  /** True when every area has a value and the line is a closed polygon. */
  closed: boolean;
  /** SVG path data for all segments (`M … L … [Z]`); empty when no area has a value. */
  path: string;
}

/** The geometry of one wheel. Every method is pure; out-of-range indices give `''` or `null`. */
export interface WheelGeometry {
  readonly areas: number;
  readonly levels: number;
  /** Path data for the whole segment of an area, from the inner to the outer radius. */
  sectorPath(areaIndex: number): string;
  /** Path data for the ring cell of an area at a level (1…levels, 1 nearest the centre). */
  cellPath(areaIndex: number, level: number): string;
  /** Path data for a radial fill from the inner radius out to `fraction` (0…1) of the ring. */
  fillPath(areaIndex: number, fraction: number): string;
  /** Outer radius of a level's ring; `ringRadius(0)` is the inner radius. */
  ringRadius(level: number): number;
  /** A point well inside a cell (middle angle, middle radius), e.g. for its number or focus marker. */
  cellCentre(areaIndex: number, level: number): Point;
  /** The cell under a point, or `null` in a gap, in the centre disc or outside the wheel. */
  hitTest(x: number, y: number): Cell | null;
  /** Label position at a radius (default: the middle of the ring, inside the segment). */
  labelAnchor(areaIndex: number, radius?: number): LabelAnchor;
  areaAngles(areaIndex: number): AreaAngles;
  /** Points of one series at `values[i]` (0…1) of the ring along each area's middle angle. */
  polygonPoints(values: readonly (number | undefined)[]): Polyline;
}

const PI = Math.PI;
const TAU = 2 * PI;
const clamp01 = (v: number) => Math.min(1, Math.max(0, v));

/**
 * Pure geometry for drawing a wheel of `areas` segments and `levels` rings in SVG: segment, cell
 * and fill paths, hit-testing a point to (area, level), label anchors and overlay lines. No DOM.
 *
 * Gaps: `gapDegrees` opens a wedge between segments; `gap` opens a strip of constant width (the
 * segment's sides stay straight and parallel to their neighbours'), which looks even at every
 * radius. Both can be combined. Where a wide `gap` makes a segment's sides meet before the inner
 * radius, the segment ends in a point there.
 *
 * @throws {RangeError} when the options describe no drawable wheel (e.g. `outerRadius <= innerRadius`).
 * @example
 * const g = wheelGeometry({ areas: 8, levels: 5, innerRadius: 40, outerRadius: 200, gap: 4 });
 * g.cellPath(0, 1); // "M2 -71.97A72 72 0 0 1 49.48 -52.31L…Z": area 0 (from 12 o'clock), level 1
 * g.hitTest(20, -150); // { areaIndex: 0, level: 4 }
 * g.hitTest(0, 0); // null: the centre
 * g.polygonPoints([0.8, 0.6, undefined, 1, 0.4, 0.6, 0.2, 1]).segments.length; // 1: runs from area 3 round to area 1
 */
export function wheelGeometry(options: WheelGeometryOptions): WheelGeometry {
  const {
    areas: n,
    levels: k,
    innerRadius: r0,
    outerRadius: r1,
    gapDegrees = 0,
    gap = 0,
    centre: { x: cx, y: cy } = { x: 0, y: 0 },
    startAngle = -90,
    direction = 'clockwise',
    precision = 2,
  } = options;
  if (!(
    Number.isInteger(n) &&
    n >= 2 &&
    Number.isInteger(k) &&
    k >= 1 &&
    r0 >= 0 &&
    r1 > r0 &&
    Number.isFinite(r1) &&
    gap >= 0 &&
    gap < r1 &&
    gapDegrees >= 0 &&
    gapDegrees < 360 / n &&
    Number.isFinite(cx + cy + startAngle + precision)
  )) {
    throw new RangeError(
      'wheelGeometry: expected whole numbers areas ≥ 2 and levels ≥ 1, 0 ≤ innerRadius < outerRadius, ' +
        '0 ≤ gap < outerRadius, 0 ≤ gapDegrees < 360 / areas, and a finite centre and startAngle',
    );
  }
  const dir = direction === 'counterclockwise' ? -1 : 1;
  const span = TAU / n;
  const g = (gapDegrees * PI) / 360; // half the angular gap
  const h = gap / 2;
  const start = (startAngle * PI) / 180;
  // Radius where a segment's two straight sides meet; nothing of the segment lies nearer the centre.
  const apex = h && h / Math.sin(Math.min(span / 2 - g, PI / 2));
  const p10 = 10 ** precision;
  const fmt = (v: number) => String(Math.round(v * p10) / p10);
  const pt = (r: number, a: number): Point => ({
    x: cx + r * Math.cos(a),
    y: cy + r * Math.sin(a),
  });
  const xy = (r: number, a: number) => {
    const p = pt(r, a);
    return `${fmt(p.x)} ${fmt(p.y)}`;
  };
  // Angle to keep clear of a boundary ray at radius r: the wedge, plus the strip of half-width h.
  const off = (r: number) => g + (h && Math.asin(Math.min(1, h / r)));
  const radius = (level: number) => r0 + ((r1 - r0) * Math.min(k, Math.max(0, level))) / k;
  const valid = (i: number) => Number.isInteger(i) && i >= 0 && i < n;
  const sweep = dir > 0 ? 1 : 0;
  const angles = (i: number): AreaAngles => {
    const s = start + dir * i * span;
    return { start: s, end: s + dir * span, mid: s + (dir * span) / 2 };
  };

  /** The part of segment i between radii ra < rb. */
  const band = (i: number, ra: number, rb: number): string => {
    if (!valid(i) || !(rb > apex && rb > ra)) return '';
    const { start: s, end: e } = angles(i);
    // With at least two areas no arc exceeds 180°, so the large-arc flag is always 0.
    const arc = (r: number, to: number, sw: number) =>
      `A${fmt(r)} ${fmt(r)} 0 0 ${sw} ${xy(r, to)}`;
    const dB = dir * off(rb);
    let d = `M${xy(rb, s + dB)}${arc(rb, e - dB, sweep)}`;
    if (ra > apex) {
      const dA = dir * off(ra);
      d += `L${xy(ra, e - dA)}${arc(ra, s + dA, 1 - sweep)}`;
    } else d += `L${xy(apex, (s + e) / 2)}`;
    return d + 'Z';
  };

  return {
    areas: n,
    levels: k,
    sectorPath: (i) => band(i, r0, r1),
    cellPath: (i, level) =>
      Number.isInteger(level) && level >= 1 && level <= k
        ? band(i, radius(level - 1), radius(level))
        : '',
    fillPath: (i, fraction) =>
      fraction > 0 ? band(i, r0, r0 + (r1 - r0) * clamp01(fraction)) : '',
    ringRadius: radius,
    cellCentre: (i, level) => pt((radius(level - 1) + radius(level)) / 2, angles(i).mid),
    hitTest(x, y) {
      const dx = x - cx;
      const dy = y - cy;
      const r = Math.hypot(dx, dy);
      if (!(r >= r0 && r <= r1 && r > 0)) return null;
      let a = (dir * (Math.atan2(dy, dx) - start)) % TAU;
      if (a < 0) a += TAU;
      const areaIndex = Math.min(n - 1, Math.floor(a / span));
      const local = a - areaIndex * span;
      const d = off(r);
      if (local < d || span - local < d) return null;
      return { areaIndex, level: Math.min(k, Math.floor(((r - r0) / (r1 - r0)) * k) + 1) };
    },
    labelAnchor(i, r = (r0 + r1) / 2) {
      const { mid } = angles(i);
      const p = pt(r, mid);
      const cos = Math.cos(mid);
      // Rounded before folding so that 3 and 9 o'clock give ±90 without float noise deciding.
      let rotation = +fmt((((((mid * 180) / PI + 90) % 360) + 540) % 360) - 180);
      if (rotation > 90) rotation -= 180;
      else if (rotation < -90) rotation += 180;
      return {
        x: +fmt(p.x),
        y: +fmt(p.y),
        angle: mid,
        rotation: rotation || 0,
        textAnchor: r <= r1 || Math.abs(cos) < 0.2 ? 'middle' : cos > 0 ? 'start' : 'end',
      };
    },
    areaAngles: angles,
    polygonPoints(values) {
      const points = Array.from({ length: n }, (_, i): Point | undefined => {
        const v = values[i];
        if (typeof v !== 'number' || !Number.isFinite(v)) return undefined;
        const p = pt(r0 + (r1 - r0) * clamp01(v), angles(i).mid);
        return { x: +fmt(p.x), y: +fmt(p.y) };
      });
      const hole = points.indexOf(undefined);
      const segments: Point[][] = [];
      let run: Point[] = [];
      // Start just after a missing area so a run that wraps past the last area stays one line.
      for (let j = 1; j <= n; j++) {
        const p = points[(hole + j) % n];
        if (p) run.push(p);
        else if (run.length) {
          segments.push(run);
          run = [];
        }
      }
      if (run.length) segments.push(run);
      const closed = hole < 0;
      const path =
        segments.map((s) => 'M' + s.map((p) => `${fmt(p.x)} ${fmt(p.y)}`).join('L')).join('') +
        (closed ? 'Z' : '');
      return { points, segments, closed, path };
    },
  };
}
