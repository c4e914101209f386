import { DistributionView, type DistributionRow, type SegmentKey } from '@barnets-basta/follow-up';
import '@barnets-basta/follow-up/styles.css';
import { useLayoutEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { Bar, BarChart, XAxis, YAxis } from 'recharts';
import { KEYS, unitCounts } from './data.ts';

// One mount per page load: ?lib=ours or ?lib=recharts. The time is from just before render() to
// the first animation frame after React's commit (the frame that paints the final DOM), put on
// window.__fuBench for the runner.
const lib = new URLSearchParams(location.search).get('lib') === 'recharts' ? 'recharts' : 'ours';
const data = unitCounts();
const COLORS = ['#dceaf7', '#a9c6e4', '#7199c4', '#3d6ca0', '#123a66', '#ececec', '#c9c9c9'];

function Ours({ onCommit }: { onCommit: () => void }) {
  useLayoutEffect(onCommit, [onCommit]);
  const rows: DistributionRow[] = data.map((u, i) => {
    const counts: DistributionRow['counts'] = {};
    KEYS.forEach((k, j) => {
      counts[k as SegmentKey] = { kind: 'count', count: u.counts[j]! };
    });
    const n = u.counts.reduce((a, b) => a + b, 0);
    return { id: String(i), label: u.name, n: { kind: 'count', count: n }, counts };
  });
  return <DistributionView rows={rows} rowHeader="Kommun" />;
}

function Recharts({ onCommit }: { onCommit: () => void }) {
  useLayoutEffect(onCommit, [onCommit]);
  const rows = data.map((u) => {
    const n = u.counts.reduce((a, b) => a + b, 0);
    const row: Record<string, number | string> = { name: u.name };
    KEYS.forEach((k, j) => (row[k] = u.counts[j]! / n));
    return row;
  });
  return (
    <BarChart layout="vertical" width={900} height={290 * 24} data={rows}>
      <XAxis type="number" domain={[0, 1]} />
      <YAxis type="category" dataKey="name" width={100} />
      {KEYS.map((k, i) => (
        <Bar key={k} dataKey={k} stackId="a" fill={COLORS[i]} isAnimationActive={false} />
      ))}
    </BarChart>
  );
}

const start = performance.now();
const commit = () => {
  requestAnimationFrame(() => {
    (window as unknown as { __fuBench: number }).__fuBench = performance.now() - start;
  });
};
createRoot(document.getElementById('root')!).render(
  lib === 'recharts' ? <Recharts onCommit={commit} /> : <Ours onCommit={commit} />,
);
