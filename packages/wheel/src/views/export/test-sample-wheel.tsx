// A stand-in wheel drawing for the export tests and stories, built only from core's geometry so
// that the export does not depend on the <Wheel> component. Not shipped (`test-*`).
import { areaTexts, defaultPack, getScale, type Assessment } from '@barnets-basta/core';
import { wheelGeometry } from '@barnets-basta/core/geometry';
import type { CSSProperties, Ref } from 'react';
import { seriesMarkerPath, seriesStyleAt } from '../series-legend/series-styles.ts';

export interface SampleWheelProps {
  svgRef?: Ref<SVGSVGElement>;
  series: Assessment[];
  /** Text drawn in the centre; free text, so markup must stay text. */
  centre?: string;
}

export function SampleWheel({ svgRef, series, centre = 'Jag' }: SampleWheelProps) {
  const pack = defaultPack;
  const steps = 5;
  const g = wheelGeometry({
    areas: pack.areas.length,
    levels: steps,
    innerRadius: 40,
    outerRadius: 180,
    gap: 3,
  });
  return (
    <svg
      ref={svgRef}
      className="bb-sample-wheel"
      viewBox="-200 -200 400 400"
      width="320"
      height="320"
      aria-hidden="true"
      focusable="false"
      style={{ color: '#1b1b1b', fontFamily: 'system-ui, sans-serif' } as CSSProperties}
    >
      {pack.areas.map((area, i) => (
        <g key={area.id} data-area={area.id}>
          <path d={g.sectorPath(i)} fill={area.color} fillOpacity={0.25} stroke={area.color} />
          {Array.from({ length: steps }, (_, level) => (
            <path
              key={level}
              d={g.cellPath(i, level + 1)}
              fill="none"
              stroke="#ffffff"
              strokeWidth={1}
            />
          ))}
          <text
            x={g.labelAnchor(i, 192).x}
            y={g.labelAnchor(i, 192).y}
            textAnchor={g.labelAnchor(i, 192).textAnchor}
            fontSize={11}
            fill="currentColor"
          >
            {areaTexts(pack, area.id, 'sv').name}
          </text>
        </g>
      ))}
      {series.map((a, s) => {
        const style = seriesStyleAt(s);
        const scale = getScale(a.scale);
        const values = pack.areas.map(({ id }) => {
          const answer = a.areas[id]?.answer;
          return answer?.kind === 'value' && scale.steps > 1
            ? (answer.value - 0.5) / scale.steps
            : undefined;
        });
        const line = g.polygonPoints(values);
        return (
          <g key={a.id} data-series={a.id}>
            <path
              d={line.path}
              fill="none"
              stroke={style.cssColor}
              strokeWidth={style.strokeWidth}
              strokeDasharray={style.dashArray === 'none' ? undefined : style.dashArray}
            />
            {line.points.map((p, i) =>
              p ? (
                <path
                  key={i}
                  d={seriesMarkerPath(style.marker, p.x, p.y, 4)}
                  fill={style.cssColor}
                />
              ) : null,
            )}
          </g>
        );
      })}
      <circle r={38} fill="#ffffff" stroke="currentColor" />
      <text textAnchor="middle" dominantBaseline="middle" fontSize={14} fill="currentColor">
        {centre}
      </text>
      {/* What a live wheel has and a file must not: a focus ring and an interactive hit area. */}
      <path
        className="bb-sample-wheel__focus"
        d={g.cellPath(0, 3)}
        fill="none"
        stroke="#000"
        strokeWidth={3}
        data-bb-export="omit"
      />
      <circle
        className="bb-sample-wheel__hit"
        r={180}
        fill="transparent"
        tabIndex={-1}
        onClick={() => {}}
        role="presentation"
      />
    </svg>
  );
}
