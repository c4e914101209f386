import { lazy, Suspense } from 'react';
import type { FamilyFollowUpProps, PlanHistoryProps } from './follow-up-props.ts';

// Loaded on demand, like the follow-up meeting: a first meeting never needs them.
const History = lazy(() =>
  import('./follow-up-views-impl.tsx').then((m) => ({ default: m.PlanHistoryImpl })),
);
const Family = lazy(() =>
  import('./follow-up-views-impl.tsx').then((m) => ({ default: m.FamilyFollowUpImpl })),
);

export type {
  FamilyFollowUpProps,
  FollowUpViewProps,
  PlanHistoryProps,
} from './follow-up-props.ts';

/**
 * The plan's history: pick an earlier meeting to see the goals and actions as they were then,
 * who took part (roles only, never names), and what has changed since. Read-only.
 *
 * @example
 * ```tsx
 * <PlanHistory value={plan} locale="sv" />
 * ```
 */
export function PlanHistory(props: PlanHistoryProps) {
  return (
    <Suspense fallback={<p className="bb-hint">…</p>}>
      <History {...props} />
    </Suspense>
  );
}

/**
 * The latest follow-up for the family in plain words: what has happened since last time, how
 * each goal went (with the child's own words), the child's wheel then and now, and what happens
 * next. Prints on A4 in greyscale; protected identity is honoured (no name, no address).
 *
 * @example
 * ```tsx
 * <FamilyFollowUp value={plan} printButton />
 * ```
 */
export function FamilyFollowUp(props: FamilyFollowUpProps) {
  return (
    <Suspense fallback={<p className="bb-hint">…</p>}>
      <Family {...props} />
    </Suspense>
  );
}
