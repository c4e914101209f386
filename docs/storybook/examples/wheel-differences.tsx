import type { Assessment } from '@barnets-basta/core';
import { WheelDifferences } from '@barnets-basta/wheel';

// Two perspectives, under an h2 of the host page:
export function ChildAndSchool({ child, school }: { child: Assessment; school: Assessment }) {
  return (
    <WheelDifferences series={[{ assessment: child }, { assessment: school }]} headingLevel={3} />
  );
}

// Two readings of the same child, first and latest:
export function AutumnToSpring({ autumn, spring }: { autumn: Assessment; spring: Assessment }) {
  return (
    <WheelDifferences
      series={[{ assessment: autumn }, { assessment: spring }]}
      seriesKind="readings"
    />
  );
}
