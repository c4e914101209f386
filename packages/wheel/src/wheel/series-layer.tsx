import type { Assessment, ScaleId, Visibility } from '@barnets-basta/core';
import type { WheelGeometry } from '@barnets-basta/core/geometry';
import type { maySee } from '@barnets-basta/core/privacy';
import { memo, useMemo, type CSSProperties } from 'react';
import { seriesMarkerPath } from '../views/series-legend/series-styles.ts';
import { keySeries, type WheelSeries } from '../views/shared/series.ts';
import type { AreaView } from './model.ts';

/** What the wheel was given to overlay: its `series`, the legend's toggles and who is looking. */
export interface SeriesInput {
  series: readonly WheelSeries[];
  hidden: readonly string[];
  viewer: Visibility | undefined;
  own: readonly string[] | undefined;
  /**
   * Core's rule and scales, handed in by the wheel (which has them loaded): this chunk imports
   * nothing from core, so a host's bundler does not split the modules it would share with the
   * wheel into a chunk of their own (ADR 7's budget counts every chunk).
   */
  maySee: typeof maySee;
  stepsOf: (scale: ScaleId) => number;
}

function seriesValues(
  assessment: Assessment,
  areas: AreaView[],
  steps: number,
): (number | undefined)[] {
  return areas.map((area) => {
    const answer = assessment.areas?.[area.id]?.answer;
    return steps > 0 && answer?.kind === 'value' ? answer.value / steps : undefined;
  });
}

/**
 * The overlaid readings of a wheel (other perspectives, earlier readings): an outline with a
 * marker at each area's point, styled as the legend styles them, redacted for the viewer.
 *
 * A lazy chunk of its own (ADR 7): a child filling in a wheel never overlays anything, so the
 * keys, styles, markers and redaction are loaded only by a wheel that is given `series`. The
 * outlines appear a moment after the wheel; the summary table beside an overlay carries the
 * same values as text, and the drawing is hidden from assistive technology anyway. Memoised:
 * a change to the wheel's own answers leaves the outlines alone.
 *
 * @example
 * <SeriesLayer input={{ series, hidden: [], viewer: 'meeting', own: [] }} areas={areas} rings={rings} />
 */
export default memo(function SeriesLayer({
  input,
  areas,
  rings,
}: {
  input: SeriesInput;
  areas: AreaView[];
  rings: WheelGeometry;
}) {
  const { series, hidden, viewer, own, maySee, stepsOf } = input;
  // Keys and styles as the legend settles them; the drawing never names a series.
  const drawn = useMemo(
    () =>
      keySeries(series)
        .filter((s) => s.assessment !== undefined && !hidden.includes(s.id))
        .map((s) => {
          // Core's rule, area by area: what the viewer may not see is not drawn.
          const mine = { own: own?.includes(s.id) === true };
          const areas = Object.fromEntries(
            Object.entries(s.assessment!.areas ?? {}).filter(
              ([, a]) =>
                typeof a === 'object' &&
                a !== null &&
                maySee(a.visibility, viewer ?? 'meeting', mine),
            ),
          );
          return { id: s.id, style: s.style, assessment: { ...s.assessment!, areas } };
        }),
    [series, hidden, viewer, own, maySee],
  );
  return (
    <>
      {drawn.map((s) => {
        const line = rings.polygonPoints(
          seriesValues(s.assessment, areas, stepsOf(s.assessment.scale)),
        );
        const points = line.points.filter((p): p is { x: number; y: number } => p !== undefined);
        return (
          <g
            key={s.id}
            className="bb-wheel__series"
            data-series={s.id}
            style={{ '--bb-series-color': s.style.cssColor } as CSSProperties}
          >
            {line.path ? (
              <>
                <path
                  className="bb-wheel__series-halo"
                  d={line.path}
                  strokeWidth={s.style.strokeWidth + 3}
                />
                <path
                  className="bb-wheel__series-line"
                  d={line.path}
                  strokeWidth={s.style.strokeWidth}
                  strokeDasharray={s.style.dashArray === 'none' ? undefined : s.style.dashArray}
                />
              </>
            ) : null}
            {/* Every marker of a series in one path (a class overview draws 1 600 of them). */}
            {points.length > 0 ? (
              <path
                className="bb-wheel__series-marker"
                d={points.map((p) => seriesMarkerPath(s.style.marker, p.x, p.y, 4.5)).join('')}
              />
            ) : null}
          </g>
        );
      })}
    </>
  );
});
