import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wheelGeometry, type WheelGeometryOptions } from './wheel-geometry.ts';

const AREAS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
const LEVELS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/** Configurations covering both kinds of gap, a pie (no centre disc), an offset centre and RTL. */
const CONFIGS: Omit<WheelGeometryOptions, 'areas' | 'levels'>[] = [
  { innerRadius: 40, outerRadius: 200, gap: 4 },
  { innerRadius: 0, outerRadius: 100, gapDegrees: 3 },
  {
    innerRadius: 30,
    outerRadius: 150,
    gap: 6,
    gapDegrees: 1,
    centre: { x: 160, y: 170 },
    direction: 'counterclockwise',
  },
  { innerRadius: 25, outerRadius: 120, startAngle: 10 },
];

type Cmd = { c: string; n: number[] };
/** Splits path data into commands with their numbers. */
const parse = (d: string): Cmd[] =>
  [...d.matchAll(/([MLAZ])([^MLAZ]*)/g)].map(([, c, rest]) => ({
    c: c!,
    n: rest!.trim() ? rest!.trim().split(/[ ,]+/).map(Number) : [],
  }));
/** End points of every command. */
const endPoints = (d: string) =>
  parse(d)
    .filter((x) => x.c !== 'Z')
    .map((x) => ({ x: x.n[x.n.length - 2]!, y: x.n[x.n.length - 1]! }));

describe('wheelGeometry: hit-testing', () => {
  it.each(CONFIGS.map((c, i) => [i, c] as const))(
    'config %i: the centre of every cell hits that cell (n 3–12, k 1–10)',
    (_, config) => {
      for (const n of AREAS) {
        for (const k of LEVELS) {
          const g = wheelGeometry({ ...config, areas: n, levels: k });
          for (let i = 0; i < n; i++) {
            for (let level = 1; level <= k; level++) {
              const p = g.cellCentre(i, level);
              expect(g.hitTest(p.x, p.y), `n=${n} k=${k} area=${i} level=${level}`).toEqual({
                areaIndex: i,
                level,
              });
            }
          }
        }
      }
    },
  );

  it('returns null in the centre disc, outside the wheel, in gaps, and for non-numbers', () => {
    for (const n of AREAS) {
      const g = wheelGeometry({ areas: n, levels: 5, innerRadius: 40, outerRadius: 200, gap: 4 });
      expect(g.hitTest(0, 0)).toBeNull();
      expect(g.hitTest(0, -39.9)).toBeNull();
      expect(g.hitTest(0, -200.1)).toBeNull();
      expect(g.hitTest(300, 300)).toBeNull();
      expect(g.hitTest(Number.NaN, 10)).toBeNull();
      for (let i = 0; i < n; i++) {
        const { start } = g.areaAngles(i);
        for (const r of [41, 100, 199]) {
          // On the boundary ray between two segments, and 1.9 units to either side of it: all in the 4-wide gap.
          for (const side of [-1.9, 0, 1.9]) {
            const x = r * Math.cos(start) - side * Math.sin(start);
            const y = r * Math.sin(start) + side * Math.cos(start);
            expect(g.hitTest(x, y), `n=${n} boundary ${i} r=${r} side=${side}`).toBeNull();
          }
        }
      }
    }
  });

  it('keeps an angular gap with gapDegrees', () => {
    const g = wheelGeometry({
      areas: 6,
      levels: 3,
      innerRadius: 0,
      outerRadius: 100,
      gapDegrees: 10,
    });
    const at = (deg: number, r = 80) =>
      g.hitTest(r * Math.cos((deg * Math.PI) / 180), r * Math.sin((deg * Math.PI) / 180));
    expect(at(-90 + 4.9)).toBeNull(); // within 5° of the boundary at 12 o'clock
    expect(at(-90 - 4.9)).toBeNull();
    expect(at(-90 + 5.1)).toEqual({ areaIndex: 0, level: 3 });
    expect(at(-90 - 5.1)).toEqual({ areaIndex: 5, level: 3 });
  });

  it('agrees with an independent oracle on random points (fast-check)', () => {
    const options = fc.record({
      areas: fc.integer({ min: 3, max: 12 }),
      levels: fc.integer({ min: 1, max: 10 }),
      innerRadius: fc.double({ min: 0, max: 60, noNaN: true }),
      ring: fc.double({ min: 20, max: 300, noNaN: true }),
      gap: fc.double({ min: 0, max: 8, noNaN: true }),
      gapDegrees: fc.double({ min: 0, max: 6, noNaN: true }),
      startAngle: fc.double({ min: -360, max: 360, noNaN: true }),
      direction: fc.constantFrom('clockwise' as const, 'counterclockwise' as const),
      cx: fc.double({ min: -50, max: 50, noNaN: true }),
      cy: fc.double({ min: -50, max: 50, noNaN: true }),
    });
    fc.assert(
      fc.property(
        options,
        fc.double({ min: -1.2, max: 1.2, noNaN: true }),
        fc.double({ min: -1.2, max: 1.2, noNaN: true }),
        (o, u, v) => {
          const r0 = o.innerRadius;
          const r1 = r0 + o.ring;
          const g = wheelGeometry({ ...o, outerRadius: r1, centre: { x: o.cx, y: o.cy } });
          const px = u * r1;
          const py = v * r1;
          const got = g.hitTest(o.cx + px, o.cy + py);

          // Oracle in Cartesian terms: distance from the centre, and signed distances to the two
          // straight edges of the segment the point's angle falls in.
          const dir = o.direction === 'clockwise' ? 1 : -1;
          const r = Math.hypot(px, py);
          const span = (2 * Math.PI) / o.areas;
          const start = (o.startAngle * Math.PI) / 180;
          let a = (dir * (Math.atan2(py, px) - start)) % (2 * Math.PI);
          if (a < 0) a += 2 * Math.PI;
          const i = Math.min(o.areas - 1, Math.floor(a / span));
          const half = (o.gapDegrees * Math.PI) / 360;
          const e1 = start + dir * (i * span + half);
          const e2 = start + dir * ((i + 1) * span - half);
          const d1 = dir * (Math.cos(e1) * py - Math.sin(e1) * px) - o.gap / 2;
          const d2 = dir * (px * Math.sin(e2) - py * Math.cos(e2)) - o.gap / 2;
          const t = ((r - r0) / (r1 - r0)) * o.levels;
          const eps = 1e-7 * r1;
          // Points on a boundary may fall either way; skip them.
          fc.pre(
            Math.abs(r - r0) > eps &&
              Math.abs(r - r1) > eps &&
              Math.abs(d1) > eps &&
              Math.abs(d2) > eps,
          );
          fc.pre(Math.abs(t - Math.round(t)) > 1e-7);
          const inside = r > r0 && r < r1 && d1 > 0 && d2 > 0;
          expect(got).toEqual(inside ? { areaIndex: i, level: Math.floor(t) + 1 } : null);
        },
      ),
      { numRuns: 5000 },
    );
  });
});

describe('wheelGeometry: paths', () => {
  it('draws every cell between its two ring radii, with fixed precision and stable output', () => {
    for (const config of CONFIGS) {
      for (const n of AREAS) {
        for (const k of [1, 3, 5, 10]) {
          const g = wheelGeometry({ ...config, areas: n, levels: k });
          const { x: cx, y: cy } = config.centre ?? { x: 0, y: 0 };
          for (let i = 0; i < n; i++) {
            for (let level = 1; level <= k; level++) {
              const d = g.cellPath(i, level);
              expect(d).toMatch(/^M[^MZ]+Z$/);
              expect(d).not.toMatch(/\.\d{3}|NaN|Infinity|-0(?![.\d])/);
              expect(wheelGeometry({ ...config, areas: n, levels: k }).cellPath(i, level)).toBe(d);
              const radii = [g.ringRadius(level - 1), g.ringRadius(level)];
              for (const p of endPoints(d)) {
                const r = Math.hypot(p.x - cx, p.y - cy);
                expect(
                  radii.some((q) => Math.abs(q - r) < 0.02),
                  `${d} vertex radius ${r}`,
                ).toBe(true);
              }
              const arcs = parse(d).filter((x) => x.c === 'A');
              for (const arc of arcs)
                expect(radii.map((q) => Math.round(q * 100) / 100)).toContain(arc.n[0]);
              // The outer arc runs with the wheel's direction (SVG sweep 1 is clockwise), the inner one back.
              const cw = config.direction === 'counterclockwise' ? 0 : 1;
              expect(arcs.map((a) => a.n[4])).toEqual(arcs.length === 2 ? [cw, 1 - cw] : [cw]);
              expect(arcs.every((a) => a.n[3] === 0)).toBe(true);
            }
          }
        }
      }
    }
  });

  it('ends a segment in a point where a wide gap meets before the inner radius', () => {
    const g = wheelGeometry({ areas: 8, levels: 2, innerRadius: 0, outerRadius: 100, gap: 4 });
    const apex = 2 / Math.sin(Math.PI / 8);
    const pts = endPoints(g.sectorPath(0));
    expect(pts).toHaveLength(3);
    expect(Math.hypot(pts[2]!.x, pts[2]!.y)).toBeCloseTo(apex, 1);
    expect(
      parse(g.sectorPath(0))
        .map((x) => x.c)
        .join(''),
    ).toBe('MALZ');
    const mid = g.areaAngles(0).mid;
    expect(g.hitTest((apex - 0.5) * Math.cos(mid), (apex - 0.5) * Math.sin(mid))).toBeNull();
    expect(g.hitTest((apex + 0.5) * Math.cos(mid), (apex + 0.5) * Math.sin(mid))).toEqual({
      areaIndex: 0,
      level: 1,
    });
    // A plain pie (no gap, no centre disc) meets in the centre.
    expect(
      endPoints(
        wheelGeometry({ areas: 4, levels: 1, innerRadius: 0, outerRadius: 10 }).sectorPath(0),
      ),
    ).toEqual([
      { x: 0, y: -10 },
      { x: 10, y: 0 },
      { x: 0, y: 0 },
    ]);
  });

  it('draws the whole segment, and a radial fill from the inner radius', () => {
    const g = wheelGeometry({ areas: 8, levels: 5, innerRadius: 40, outerRadius: 200, gap: 4 });
    expect(g.fillPath(2, 1)).toBe(g.sectorPath(2));
    expect(g.fillPath(2, 7)).toBe(g.sectorPath(2));
    const fill = endPoints(g.fillPath(2, 0.6)).map((p) => Math.round(Math.hypot(p.x, p.y)));
    expect(fill).toEqual([136, 136, 40, 40]);
    expect(g.fillPath(2, 0)).toBe('');
    expect(g.fillPath(2, -1)).toBe('');
    expect(g.fillPath(2, Number.NaN)).toBe('');
  });

  it('gives empty paths for indices and levels out of range', () => {
    const g = wheelGeometry({ areas: 5, levels: 3, innerRadius: 10, outerRadius: 100 });
    for (const d of [
      g.sectorPath(-1),
      g.sectorPath(5),
      g.sectorPath(1.5),
      g.cellPath(0, 0),
      g.cellPath(0, 4),
      g.fillPath(9, 0.5),
    ]) {
      expect(d).toBe('');
    }
  });

  it('rounds to the requested precision', () => {
    const d = wheelGeometry({
      areas: 7,
      levels: 3,
      innerRadius: 13.3,
      outerRadius: 97.7,
      precision: 0,
    }).cellPath(3, 2);
    expect(d).not.toMatch(/\./);
    expect(
      wheelGeometry({ areas: 7, levels: 3, innerRadius: 13.3, outerRadius: 97.7 }).cellPath(3, 2),
    ).toMatch(/\.\d\d?\b/);
  });

  it('rejects options that describe no wheel, with a clear message', () => {
    const ok = { areas: 8, levels: 5, innerRadius: 40, outerRadius: 200 };
    for (const bad of [
      { areas: 1 },
      { areas: 8.5 },
      { levels: 0 },
      { innerRadius: -1 },
      { outerRadius: 40 },
      { outerRadius: Number.POSITIVE_INFINITY },
      { gapDegrees: 45 },
      { gap: -1 },
      { gap: Number.NaN },
      { startAngle: Number.NaN },
    ]) {
      expect(() => wheelGeometry({ ...ok, ...bad }), JSON.stringify(bad)).toThrow(
        /wheelGeometry: expected/,
      );
    }
  });
});

describe('wheelGeometry: angles, labels and direction', () => {
  it("starts at 12 o'clock and runs clockwise by default", () => {
    const g = wheelGeometry({ areas: 4, levels: 1, innerRadius: 10, outerRadius: 100 });
    expect(g.areaAngles(0).start).toBeCloseTo(-Math.PI / 2);
    expect(g.areaAngles(0).end).toBeCloseTo(0);
    expect(g.areaAngles(1).mid).toBeCloseTo(Math.PI / 4);
    expect(g.hitTest(50, -1)).toEqual({ areaIndex: 0, level: 1 }); // just above 3 o'clock
    expect(g.hitTest(50, 1)).toEqual({ areaIndex: 1, level: 1 });
  });

  it('puts every label anchor inside its own segment, and upright', () => {
    for (const config of CONFIGS) {
      for (const n of AREAS) {
        const g = wheelGeometry({ ...config, areas: n, levels: 5 });
        for (let i = 0; i < n; i++) {
          const l = g.labelAnchor(i);
          expect(g.hitTest(l.x, l.y)?.areaIndex).toBe(i);
          expect(l.textAnchor).toBe('middle');
          expect(Math.abs(l.rotation)).toBeLessThanOrEqual(90);
          expect(l.angle).toBeCloseTo(g.areaAngles(i).mid);
        }
      }
    }
  });

  it('anchors labels outside the wheel on the side facing away from it', () => {
    const g = wheelGeometry({ areas: 4, levels: 5, innerRadius: 40, outerRadius: 200 });
    // Areas 0–3 have their middles at 1:30, 4:30, 7:30 and 10:30.
    expect([0, 1, 2, 3].map((i) => g.labelAnchor(i, 220).textAnchor)).toEqual([
      'start',
      'start',
      'end',
      'end',
    ]);
    const six = wheelGeometry({
      areas: 6,
      levels: 5,
      innerRadius: 40,
      outerRadius: 200,
      startAngle: -120,
    });
    expect(six.labelAnchor(0, 220)).toMatchObject({
      x: 0,
      y: -220,
      textAnchor: 'middle',
      rotation: 0,
    });
    expect(six.labelAnchor(3, 220)).toMatchObject({
      x: 0,
      y: 220,
      textAnchor: 'middle',
      rotation: 0,
    });
  });

  it('mirrors the wheel for right-to-left with counterclockwise direction', () => {
    const base = {
      levels: 4,
      innerRadius: 30,
      outerRadius: 150,
      gap: 5,
      centre: { x: 200, y: 180 },
    };
    for (const n of AREAS) {
      const ltr = wheelGeometry({ ...base, areas: n });
      const rtl = wheelGeometry({ ...base, areas: n, direction: 'counterclockwise' });
      const mirror = (x: number) => 400 - x;
      for (let i = 0; i < n; i++) {
        const a = ltr.labelAnchor(i, 170);
        const b = rtl.labelAnchor(i, 170);
        expect(b.x).toBeCloseTo(mirror(a.x), 1);
        expect(b.y).toBeCloseTo(a.y, 1);
        expect(b.textAnchor).toBe({ start: 'end', end: 'start', middle: 'middle' }[a.textAnchor]);
        expect(b.rotation).toBeCloseTo(-a.rotation || 0, 1);
        // The same path, vertex by vertex, mirrored; a mirror turns each arc the other way.
        const pa = parse(ltr.cellPath(i, 2));
        const pb = parse(rtl.cellPath(i, 2));
        expect(pb.map((x) => x.c)).toEqual(pa.map((x) => x.c));
        pa.forEach((cmd, j) => {
          const other = pb[j]!.n;
          const m = cmd.n.length;
          if (cmd.c === 'A') {
            expect(other.slice(0, 4)).toEqual(cmd.n.slice(0, 4));
            expect(other[4]).toBe(1 - cmd.n[4]!);
          }
          if (m) {
            expect(other[m - 2]).toBeCloseTo(mirror(cmd.n[m - 2]!), 1);
            expect(other[m - 1]).toBeCloseTo(cmd.n[m - 1]!, 1);
          }
        });
      }
    }
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 12 }),
        fc.double({ min: 0, max: 400, noNaN: true }),
        fc.double({ min: 0, max: 360, noNaN: true }),
        (n, x, y) => {
          const ltr = wheelGeometry({ ...base, areas: n });
          const rtl = wheelGeometry({ ...base, areas: n, direction: 'counterclockwise' });
          expect(rtl.hitTest(400 - x, y)).toEqual(ltr.hitTest(x, y));
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('wheelGeometry: overlay lines', () => {
  const g = wheelGeometry({ areas: 8, levels: 5, innerRadius: 40, outerRadius: 200 });

  it('closes the polygon when every area has a value', () => {
    const line = g.polygonPoints([0.2, 0.4, 0.6, 0.8, 0.95, 0.8, 0.6, 0.4]);
    expect(line.closed).toBe(true);
    expect(line.segments).toHaveLength(1);
    expect(line.segments[0]).toHaveLength(8);
    expect(line.path).toMatch(/^M[^M]+Z$/);
    // On each area's middle angle: area 0's is 22.5° past 12 o'clock.
    expect(line.points[0]).toEqual({ x: 27.55, y: -66.52 });
    expect(Math.hypot(line.points[4]!.x, line.points[4]!.y)).toBeCloseTo(192, 1);
    line.points.forEach((p, i) => expect(g.hitTest(p!.x, p!.y)?.areaIndex).toBe(i));
  });

  it('breaks the line at a missing area and joins a run across the last area', () => {
    const values = [0.8, 0.6, undefined, 1, 0.4, 0.6, 0.2, 1];
    const line = g.polygonPoints(values);
    expect(line.closed).toBe(false);
    expect(line.points[2]).toBeUndefined();
    expect(line.segments).toHaveLength(1);
    expect(line.segments[0]).toEqual([3, 4, 5, 6, 7, 0, 1].map((i) => line.points[i]));
    expect(line.path).not.toMatch(/Z/);
    const six = wheelGeometry({ areas: 6, levels: 5, innerRadius: 40, outerRadius: 200 });
    const two = six.polygonPoints([0.5, undefined, 0.5, 0.5, Number.NaN, 0.5]);
    expect(two.segments).toEqual([
      [two.points[2], two.points[3]],
      [two.points[5], two.points[0]],
    ]);
    expect(two.path.match(/M/g)).toHaveLength(2);
  });

  it('copes with no values, out-of-range values and short arrays', () => {
    expect(g.polygonPoints([])).toEqual({
      points: Array(8).fill(undefined),
      segments: [],
      closed: false,
      path: '',
    });
    const clamped = g.polygonPoints([2, -1, 0, 0, 0, 0, 0, 0]);
    expect(Math.hypot(clamped.points[0]!.x, clamped.points[0]!.y)).toBeCloseTo(200, 1);
    expect(Math.hypot(clamped.points[1]!.x, clamped.points[1]!.y)).toBeCloseTo(40, 1);
  });
});
