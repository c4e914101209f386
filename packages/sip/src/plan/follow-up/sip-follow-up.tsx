import { lazy, Suspense } from 'react';
import type { SipFollowUpProps } from './follow-up-props.ts';

// The follow-up meeting is its own chunk: a host that only runs first meetings never loads it,
// and the SIP entry stays within its size budget.
const Impl = lazy(() => import('./sip-follow-up-impl.tsx'));

export type { SipFollowUpProps } from './follow-up-props.ts';

/**
 * The SIP follow-up meeting in meeting mode, one phase at a time: who is here; what happened to
 * each action (done, partly, not done, ongoing, cancelled, with an outcome and who reports it);
 * how things are now (a new wheel from each perspective, compared read-only with the one the
 * plan started from); each goal evaluated, in the child's own words where given; what changes
 * (the plan's goals and actions, edited with the same section as at the first meeting); and the
 * next follow-up date or closing the plan with a reason. Starting keeps the plan as the last
 * meeting left it as a revision; ending keeps the plan after this meeting. Loaded on demand.
 *
 * @example
 * ```tsx
 * <SipFollowUp value={plan} onChange={setPlan} phase={phase} onPhaseChange={setPhase} />
 * ```
 */
export function SipFollowUp(props: SipFollowUpProps) {
  return (
    <Suspense fallback={<p className="bb-hint">…</p>}>
      <Impl {...props} />
    </Suspense>
  );
}
