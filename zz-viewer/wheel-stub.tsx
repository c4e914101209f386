export function Wheel() { return <p>wheel</p>; }
export function WheelDifferences() { return <p>differences</p>; }
export function WheelSummaryTable() { return <p>table</p>; }
