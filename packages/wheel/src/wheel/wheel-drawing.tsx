import { wheelGeometry, type WheelGeometry } from '@barnets-basta/core/geometry';
import {
  lazy,
  memo,
  Suspense,
  useMemo,
  useSyncExternalStore,
  type CSSProperties,
  type MouseEvent,
} from 'react';
import type { FocusStore } from './focus-store.ts';
import { CheckIcon, DeclinedIcon, DontKnowIcon, FaceIcon } from './icons.tsx';
import { SEGMENT_GAP, type WheelDims } from './layout.ts';
import type { AnswerState, AreaView } from './model.ts';
import type { SeriesInput } from './series-layer.tsx';

/** What one area's drawing shows. */
export interface AreaDrawState {
  state: AnswerState;
  /** Level the radial fill reaches (0 = empty). */
  level: number;
  /** Second line in the name band, e.g. "4 – Stämmer bra"; '' for none. */
  valueText: string;
  talkedAbout: boolean;
  invalid: boolean;
}

export interface WheelDrawingProps {
  uid: string;
  areas: AreaView[];
  states: AreaDrawState[];
  dims: WheelDims;
  /** Ring count: the scale's steps, or 1 for discussion only. */
  levels: number;
  /** Draw a small face in each ring cell (the faces scale, for young children). */
  faces: boolean;
  discussionOnly: boolean;
  centreLabel: string;
  arenas: string[];
  /** Readings to overlay; drawn by a lazy layer (see `series-layer.tsx`). */
  series: SeriesInput | undefined;
  direction: 'clockwise' | 'counterclockwise';
  /** Where keyboard focus is: the drawn ring follows it without re-rendering the drawing. */
  focus: FocusStore;
  interactive: boolean;
  animate: boolean;
  onCellClick: (areaIndex: number, level: number) => void;
}

const MotionFill = lazy(() => import('./motion-fill.tsx'));
const SeriesLayer = lazy(() => import('./series-layer.tsx'));

type GeometryOptions = Parameters<typeof wheelGeometry>[0];
const geometries = new Map<string, WheelGeometry>();

/**
 * A wheel geometry shared by every drawing of the same shape, with its path strings computed once:
 * a class overview draws 100 wheels of one shape, which used to compute every sector and cell
 * path again per wheel and per render.
 */
function sharedGeometry(options: GeometryOptions): WheelGeometry {
  const key = JSON.stringify(options);
  let geometry = geometries.get(key);
  if (!geometry) {
    const g = wheelGeometry(options);
    const sectors = new Map<number, string>();
    const cells = new Map<number, string>();
    geometry = {
      ...g,
      sectorPath: (i) => sectors.get(i) ?? (sectors.set(i, g.sectorPath(i)), sectors.get(i)!),
      cellPath: (i, level) => {
        const k = i * 1000 + level;
        return cells.get(k) ?? (cells.set(k, g.cellPath(i, level)), cells.get(k)!);
      },
    };
    // A page shows a handful of shapes; resizing makes new ones, so the cache stays small.
    if (geometries.size >= 32) geometries.clear();
    geometries.set(key, geometry);
  }
  return geometry;
}

/** Rough advance width of a character, as a share of the font size (system sans-serif). */
const CHAR_WIDTH = { bold: 0.6, regular: 0.54 };

interface FittedText {
  fontSize: number;
  /** Set when even the smallest size is too wide: the text is squeezed to fit. */
  textLength?: number;
}

/** Picks a font size so `text` fits in `length`; squeezes it below `min`. */
function fitText(
  text: string,
  length: number,
  max: number,
  min: number,
  weight: keyof typeof CHAR_WIDTH,
): FittedText {
  const chars = Math.max(1, [...text].length);
  const ideal = length / (chars * CHAR_WIDTH[weight]);
  if (ideal >= max) return { fontSize: max };
  if (ideal >= min) return { fontSize: Math.round(ideal * 10) / 10 };
  return { fontSize: min, textLength: Math.max(1, Math.round(length)) };
}

/** Angle that keeps text at radius `r` clear of the gap between segments. */
const gapAngle = (r: number) => Math.asin(Math.min(1, SEGMENT_GAP / 2 / r)) + 0.02;

const fmt = (v: number) => String(Math.round(v * 100) / 100);
const polar = (r: number, a: number) => `${fmt(r * Math.cos(a))} ${fmt(r * Math.sin(a))}`;

/**
 * An arc at radius `r` over an area's angles, running so that text on it stands upright: left to
 * right over the top half, and reversed over the bottom half.
 */
function textArc(
  r: number,
  start: number,
  end: number,
  inset: number,
): { d: string; lower: boolean } {
  const lo = Math.min(start, end) + inset;
  const hi = Math.max(start, end) - inset;
  const mid = (lo + hi) / 2;
  const lower = Math.sin(mid) > 0.02;
  const large = hi - lo > Math.PI ? 1 : 0;
  const d = lower
    ? `M${polar(r, hi)}A${fmt(r)} ${fmt(r)} 0 ${large} 0 ${polar(r, lo)}`
    : `M${polar(r, lo)}A${fmt(r)} ${fmt(r)} 0 ${large} 1 ${polar(r, hi)}`;
  return { d, lower };
}

/** Text along an arc, centred, fitted to the arc's length. */
function ArcText(props: {
  id: string;
  d: string;
  text: string;
  length: number;
  max: number;
  min: number;
  weight: keyof typeof CHAR_WIDTH;
  className: string;
}) {
  const { id, d, text, length, max, min, weight, className } = props;
  const fit = fitText(text, length, max, min, weight);
  return (
    <>
      <path id={id} d={d} fill="none" stroke="none" />
      <text className={className} fontSize={fit.fontSize} dominantBaseline="central">
        <textPath
          href={`#${id}`}
          startOffset="50%"
          textAnchor="middle"
          {...(fit.textLength
            ? { textLength: fit.textLength, lengthAdjust: 'spacingAndGlyphs' }
            : {})}
        >
          {text}
        </textPath>
      </text>
    </>
  );
}

/**
 * The picture of the wheel. Hidden from assistive technology (the native inputs next to it carry
 * every answer); pointer clicks on a ring cell are handed to the matching input by the parent.
 */
export const WheelDrawing = memo(function WheelDrawing(props: WheelDrawingProps) {
  const {
    uid,
    areas,
    states,
    dims,
    levels,
    faces,
    discussionOnly,
    centreLabel,
    arenas,
    series,
    direction,
    focus,
    interactive,
    animate,
    onCellClick,
  } = props;
  const n = areas.length;
  const { size } = dims;
  const bandInner = dims.rating + 2;

  const rings: WheelGeometry = useMemo(
    () =>
      sharedGeometry({
        areas: n,
        levels,
        innerRadius: dims.centre,
        outerRadius: dims.rating,
        gap: SEGMENT_GAP,
        direction,
      }),
    [n, levels, dims.centre, dims.rating, direction],
  );
  const bands: WheelGeometry = useMemo(
    () =>
      sharedGeometry({
        areas: n,
        levels: 1,
        innerRadius: bandInner,
        outerRadius: dims.band,
        gap: SEGMENT_GAP,
        direction,
      }),
    [n, bandInner, dims.band, direction],
  );
  const arenaRing: WheelGeometry | null = useMemo(
    () =>
      arenas.length >= 2 && dims.outer - dims.band > 8
        ? wheelGeometry({
            areas: arenas.length,
            levels: 1,
            innerRadius: dims.band + 3,
            outerRadius: dims.outer,
            gap: SEGMENT_GAP,
            direction,
          })
        : null,
    [arenas.length, dims.band, dims.outer, direction],
  );

  const handleClick = (event: MouseEvent<SVGSVGElement>) => {
    if (!interactive) return;
    const cell = (event.target as Element).closest('[data-level]');
    if (!cell) return;
    const areaIndex = Number(cell.getAttribute('data-index'));
    const level = Number(cell.getAttribute('data-level'));
    if (Number.isInteger(areaIndex) && Number.isInteger(level)) onCellClick(areaIndex, level);
  };

  const half = size / 2;

  return (
    // The SVG only mirrors the inputs for pointer users; keyboard and assistive technology use the
    // native inputs, so it needs no key handler or role of its own.
    <svg
      className="bb-wheel__drawing"
      aria-hidden="true"
      focusable="false"
      width={size}
      height={size}
      viewBox={`${fmt(-half)} ${fmt(-half)} ${fmt(size)} ${fmt(size)}`}
      data-interactive={interactive ? 'true' : 'false'}
      onClick={handleClick}
    >
      <defs>
        <pattern id={`${uid}-dots`} width="8" height="8" patternUnits="userSpaceOnUse">
          <circle cx="4" cy="4" r="1.4" className="bb-wheel__pattern-ink" />
        </pattern>
        <pattern
          id={`${uid}-stripes`}
          width="8"
          height="8"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect x="0" y="0" width="2.2" height="8" className="bb-wheel__pattern-ink" />
        </pattern>
        {areas.map((area, i) => (
          <clipPath key={area.id} id={`${uid}-clip-${i}`}>
            <path d={rings.sectorPath(i)} />
          </clipPath>
        ))}
      </defs>

      {areas.map((area, i) => (
        <Segment
          key={area.id}
          uid={uid}
          index={i}
          area={area}
          {...states[i]!}
          rings={rings}
          bands={bands}
          dims={dims}
          levels={levels}
          faces={faces}
          discussionOnly={discussionOnly}
          animate={animate}
        />
      ))}

      {arenaRing
        ? arenas.map((name, i) => {
            const angles = arenaRing.areaAngles(i);
            const r = (dims.band + 3 + dims.outer) / 2;
            const span = Math.abs(angles.end - angles.start);
            return (
              <g key={i} className="bb-wheel__arena">
                <path className="bb-wheel__arena-band" d={arenaRing.sectorPath(i)} />
                <ArcText
                  id={`${uid}-arena-${i}`}
                  d={textArc(r, angles.start, angles.end, gapAngle(r)).d}
                  text={name}
                  length={r * span * 0.85}
                  max={Math.min(12, (dims.outer - dims.band) * 0.52)}
                  min={7}
                  weight="regular"
                  className="bb-wheel__arena-name"
                />
              </g>
            );
          })
        : null}

      <circle className="bb-wheel__centre" cx={0} cy={0} r={Math.max(4, dims.centre - 3)} />
      <CentreText label={centreLabel} radius={dims.centre - 6} />

      {series ? (
        <Suspense fallback={null}>
          <SeriesLayer input={series} areas={areas} rings={rings} />
        </Suspense>
      ) : null}

      <FocusRing store={focus} areas={areas} rings={rings} />
    </svg>
  );
});

/** An area's drawing state spread into plain props, so `memo`'s shallow compare sees each field. */
interface SegmentProps extends AreaDrawState {
  uid: string;
  index: number;
  area: AreaView;
  rings: WheelGeometry;
  bands: WheelGeometry;
  dims: WheelDims;
  levels: number;
  faces: boolean;
  discussionOnly: boolean;
  animate: boolean;
}

/**
 * One area's segment: sector, fill, ring cells, pattern and badge, and its name band. Memoised on
 * plain fields, so a change to one answer re-renders (and commits) one segment, not eight.
 */
const Segment = memo(function Segment(props: SegmentProps) {
  const s = props;
  const { uid, index: i, area, rings, bands, dims, levels, faces, discussionOnly, animate } = s;
  const bandInner = dims.rating + 2;
  const bandWidth = dims.band - bandInner;
  const nameMax = Math.min(15, bandWidth * 0.36);
  const valueMax = Math.min(12.5, bandWidth * 0.3);
  const fillRadius = discussionOnly
    ? s.talkedAbout
      ? dims.rating
      : dims.centre
    : rings.ringRadius(s.level);
  const angles = rings.areaAngles(i);
  const marker = rings.labelAnchor(i);
  const nameOnly = s.valueText === '';
  const { lower } = textArc(1, angles.start, angles.end, 0);
  // Text reads top to bottom: on the upper half the outer line comes first.
  const nameR = nameOnly
    ? bandInner + bandWidth / 2
    : bandInner + bandWidth * (lower ? 0.34 : 0.66);
  const valueR = bandInner + bandWidth * (lower ? 0.72 : 0.28);
  const span = Math.abs(angles.end - angles.start);
  const arcLength = (r: number) => r * (span - 2 * gapAngle(r)) * 0.9;
  const style = { '--bb-area-color': area.color } as CSSProperties;
  const clip = `url(#${uid}-clip-${i})`;
  // The still fill: the drawing without motion, and the animated one's start until it loads.
  const fill = (r: number) => (
    <circle
      className="bb-wheel__fill"
      cx={0}
      cy={0}
      r={r}
      clipPath={clip}
      data-fill-radius={fmt(fillRadius)}
    />
  );
  return (
    <g
      key={area.id}
      className="bb-wheel__segment"
      data-area={area.id}
      data-state={discussionOnly ? (s.talkedAbout ? 'talked-about' : 'unanswered') : s.state}
      data-invalid={s.invalid ? 'true' : undefined}
      style={style}
    >
      <path className="bb-wheel__sector" d={rings.sectorPath(i)} />
      {/* Fewer elements per segment: the clip sits on the fill itself and the cells need no
            group of their own (a class overview mounts 100 wheels of them). */}
      {animate ? (
        <Suspense fallback={fill(dims.centre)}>
          <MotionFill from={dims.centre} to={fillRadius} target={fmt(fillRadius)} clipPath={clip} />
        </Suspense>
      ) : (
        fill(fillRadius)
      )}
      {Array.from({ length: levels }, (_, l) => (
        <path
          key={l}
          className="bb-wheel__cell"
          d={rings.cellPath(i, l + 1)}
          data-area={area.id}
          data-index={i}
          data-level={l + 1}
          data-filled={
            !discussionOnly && s.state === 'value' && l + 1 <= s.level ? 'true' : undefined
          }
        />
      ))}
      {faces && s.state !== 'dont-know' && s.state !== 'declined'
        ? Array.from({ length: levels }, (_, l) => {
            const c = rings.cellCentre(i, l + 1);
            const faceSize = Math.min(22, ((dims.rating - dims.centre) / levels) * 0.55);
            return (
              <FaceIcon
                key={l}
                className="bb-wheel__face"
                data-filled={s.level >= l + 1 ? 'true' : undefined}
                step={l + 1}
                x={c.x - faceSize / 2}
                y={c.y - faceSize / 2}
                size={faceSize}
              />
            );
          })
        : null}
      {s.state === 'dont-know' || s.state === 'declined' ? (
        <>
          <path
            className="bb-wheel__pattern"
            d={rings.sectorPath(i)}
            fill={`url(#${uid}-${s.state === 'dont-know' ? 'dots' : 'stripes'})`}
          />
          <circle className="bb-wheel__badge" cx={marker.x} cy={marker.y} r={12} />
          {s.state === 'dont-know' ? (
            <DontKnowIcon
              className="bb-wheel__badge-icon"
              x={marker.x - 9}
              y={marker.y - 9}
              size={18}
            />
          ) : (
            <DeclinedIcon
              className="bb-wheel__badge-icon"
              x={marker.x - 9}
              y={marker.y - 9}
              size={18}
            />
          )}
        </>
      ) : null}
      {discussionOnly && s.talkedAbout ? (
        <>
          <circle className="bb-wheel__badge" cx={marker.x} cy={marker.y} r={12} />
          <CheckIcon className="bb-wheel__badge-icon" x={marker.x - 9} y={marker.y - 9} size={18} />
        </>
      ) : null}
      <path className="bb-wheel__band" d={bands.sectorPath(i)} />
      <ArcText
        id={`${uid}-name-${i}`}
        d={textArc(nameR, angles.start, angles.end, gapAngle(nameR)).d}
        text={area.name}
        length={arcLength(nameR)}
        max={nameMax}
        min={8}
        weight="bold"
        className="bb-wheel__name"
      />
      {nameOnly ? null : (
        <ArcText
          id={`${uid}-value-${i}`}
          d={textArc(valueR, angles.start, angles.end, gapAngle(valueR)).d}
          text={s.valueText}
          length={arcLength(valueR)}
          max={valueMax}
          min={7}
          weight="regular"
          className="bb-wheel__value"
        />
      )}
    </g>
  );
});

/** The drawn focus ring: follows keyboard focus through its own store (see focus-store.ts). */
function FocusRing(props: { store: FocusStore; areas: AreaView[]; rings: WheelGeometry }) {
  const { store, areas, rings } = props;
  const focus = useSyncExternalStore(store.subscribe, store.get, noFocus);
  if (!focus) return null;
  const d =
    focus.level > 0
      ? rings.cellPath(focus.areaIndex, focus.level)
      : rings.sectorPath(focus.areaIndex);
  return (
    <g className="bb-wheel__focus" data-bb-export="omit">
      <path className="bb-wheel__focus-halo" d={d} />
      <path
        className="bb-wheel__focus-ring"
        data-area={areas[focus.areaIndex]?.id}
        data-focus-level={focus.level}
        d={d}
      />
    </g>
  );
}

const noFocus = () => null;

function CentreText({ label, radius }: { label: string; radius: number }) {
  const width = Math.max(8, radius * 1.8);
  const fit = fitText(label, width, Math.min(18, radius * 0.55), 7, 'bold');
  return (
    <text
      className="bb-wheel__centre-label"
      x={0}
      y={0}
      textAnchor="middle"
      dominantBaseline="central"
      fontSize={fit.fontSize}
      {...(fit.textLength ? { textLength: fit.textLength, lengthAdjust: 'spacingAndGlyphs' } : {})}
    >
      {label}
    </text>
  );
}
