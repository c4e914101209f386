import { useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import { Legend, PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart } from 'recharts';
import {
  AREA_NAMES,
  PERSPECTIVES,
  ratings,
  type ChoiceValue,
  type InstanceProps,
} from '../data.ts';

const COLORS = ['#1f4e79', '#8a3b12', '#2e6b30'];

export interface RechartsInstanceProps extends InstanceProps {
  /**
   * The chart is display-only. For the keyboard measurement the page passes the floor's radios
   * here, and the chart is redrawn from them; the size app passes nothing.
   */
  renderInputs?: (
    values: readonly ChoiceValue[],
    onChange: (area: number, value: ChoiceValue) => void,
  ) => ReactNode;
}

/**
 * What most developers would reach for: recharts' RadarChart with the three perspectives as
 * three radars over the eight areas. "Vet inte" and "Vill inte svara" have no point on a radar
 * and are left out of the child's line.
 */
export function RechartsInstance({
  index,
  animate = false,
  onCommit,
  renderInputs,
}: RechartsInstanceProps) {
  const [initial] = useState(() => ratings(index));
  const [child, setChild] = useState<ChoiceValue[]>(() =>
    initial[0]!.map((v) => String(v) as ChoiceValue),
  );
  useLayoutEffect(() => onCommit?.(), [child, onCommit]);
  const data = useMemo(
    () =>
      AREA_NAMES.map((area, i) => {
        const own = Number(child[i]);
        return {
          area,
          child: Number.isNaN(own) ? null : own,
          guardian: initial[1]![i],
          school: initial[2]![i],
        };
      }),
    [child, initial],
  );
  return (
    <div className="bench-instance">
      <RadarChart width={560} height={560} data={data} outerRadius="75%">
        <PolarGrid />
        <PolarAngleAxis dataKey="area" />
        <PolarRadiusAxis domain={[0, 5]} tickCount={6} angle={90} />
        {PERSPECTIVES.map((p, i) => (
          <Radar
            key={p.id}
            name={p.label}
            dataKey={p.id}
            stroke={COLORS[i]}
            fill={COLORS[i]}
            fillOpacity={i === 0 ? 0.25 : 0}
            isAnimationActive={animate}
          />
        ))}
        <Legend />
      </RadarChart>
      {renderInputs?.(child, (area, value) => setChild((prev) => prev.with(area, value)))}
    </div>
  );
}
