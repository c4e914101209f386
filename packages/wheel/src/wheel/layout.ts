import { useState, useSyncExternalStore, type RefObject } from 'react';
import { useClientLayoutEffect } from '../internal/use-client-layout-effect.ts';

/** WCAG 2.2 (2.5.8): a pointer target is at least 24 × 24 CSS px. */
export const MIN_TARGET_PX = 24;
/** Container width from which the wheel and the list of areas sit side by side. */
const TWO_COLUMNS_FROM = 760;
const MAX_WHEEL_PX = 600;
/** The small picture shown above the list when the wheel itself is too small to point at. */
const OVERVIEW_MAX_PX = 320;
/** Width of the strip between segments, in px. */
export const SEGMENT_GAP = 4;

/** Radii of one drawing, in CSS px, centred on 0. */
export interface WheelDims {
  size: number;
  /** Centre disc (the child's name). */
  centre: number;
  /** Outer radius of the rating rings. */
  rating: number;
  /** Outer radius of the band that carries the area names. */
  band: number;
  /** Outer radius of the optional arenas ring (equals `band` without arenas). */
  outer: number;
}

/** Radii for a drawing `size` px wide. Bands keep their height; the rings get what is left. */
export function wheelDims(size: number, arenas: boolean): WheelDims {
  const outer = size / 2 - 2;
  const arenaBand = arenas ? Math.min(26, size * 0.05) : 0;
  const band = outer - arenaBand;
  const nameBand = Math.max(30, Math.min(46, size * 0.085));
  const rating = band - nameBand;
  const centre = Math.max(24, Math.min(58, size * 0.105));
  return { size, centre, rating: Math.max(rating, centre + 8), band, outer };
}

/**
 * The smallest side of a ring cell: its ring thickness or its inner arc, whichever is shorter.
 * The innermost cell of each segment is the narrowest.
 */
export function smallestCell(dims: WheelDims, areas: number, levels: number): number {
  const thickness = (dims.rating - dims.centre) / Math.max(1, levels);
  const innerArc = (2 * Math.PI * dims.centre) / Math.max(1, areas) - SEGMENT_GAP;
  return Math.min(thickness, innerArc);
}

/** What the wheel looks like at one container width. */
export interface WheelLayout {
  /** `wheel`: the ring cells are pointer targets. `list`: the same inputs, laid out as a list. */
  layout: 'wheel' | 'list';
  /** Wheel and areas side by side (`2`) or stacked (`1`). */
  columns: 1 | 2;
  /** Width of the drawing in CSS px. */
  size: number;
}

/**
 * Chooses the layout for a container `width`: the wheel as long as every ring cell stays at least
 * 24 × 24 px, otherwise the list (with a small, non-interactive picture of the wheel above it).
 */
export function chooseLayout(
  width: number,
  areas: number,
  levels: number,
  arenas: boolean,
): WheelLayout {
  const w = Math.max(0, width);
  if (w >= TWO_COLUMNS_FROM) {
    const size = Math.min(MAX_WHEEL_PX, Math.round(w * 0.56));
    if (smallestCell(wheelDims(size, arenas), areas, levels) >= MIN_TARGET_PX) {
      return { layout: 'wheel', columns: 2, size };
    }
  }
  const size = Math.min(MAX_WHEEL_PX, Math.round(w));
  if (smallestCell(wheelDims(size, arenas), areas, levels) >= MIN_TARGET_PX) {
    return { layout: 'wheel', columns: 1, size };
  }
  // The list keeps a small picture of the wheel: beside the list when there is room, else above it.
  return {
    layout: 'list',
    columns: w >= TWO_COLUMNS_FROM ? 2 : 1,
    size: Math.max(160, Math.min(OVERVIEW_MAX_PX, Math.round(w))),
  };
}

/**
 * The content width of an element, kept up to date with a `ResizeObserver`; `null` until the first
 * measurement, which happens in a layout effect (before the browser paints). An element with no
 * width (hidden, or no layout engine) reports `fallback` instead, so callers always get a number
 * after mounting and the observer corrects it once the element is shown.
 */
export function useContainerWidth(
  ref: RefObject<HTMLElement | null>,
  fallback: number,
): number | null {
  const [width, setWidth] = useState<number | null>(null);
  useClientLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const w = el.getBoundingClientRect().width;
      // Rounded so sub-pixel jitter does not re-render the drawing.
      setWidth((prev) => (w > 0 ? Math.floor(w) : (prev ?? fallback)));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, fallback]);
  return width;
}

const noSubscription = () => () => {};

/**
 * True when rendering on the server or hydrating server HTML (where the first client render must
 * match the server's), false in a plain client render.
 */
export function useServerRender(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => false,
    () => true,
  );
}
