import { SeriesLegend, Wheel, type WheelSeries } from '@barnets-basta/wheel';
import { useState } from 'react';

// The wheel and its legend share one list of hidden series:
export function Overlaid({ series }: { series: WheelSeries[] }) {
  const [hidden, setHidden] = useState<string[]>([]);
  return (
    <>
      <Wheel readOnly series={series} hiddenSeries={hidden} showHopes={false} />
      <SeriesLegend series={series} hidden={hidden} onHiddenChange={setHidden} />
    </>
  );
}
