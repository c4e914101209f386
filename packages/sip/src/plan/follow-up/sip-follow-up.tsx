import { lazy, Suspense } from 'react';
import type { ContentPack, SipPlan, UiLocale } from '@barnets-basta/core';
import type { FollowUpMessages } from '../../i18n/follow-up-messages.ts';
import type { PlanMessages } from '../../i18n/plan-messages.ts';
import type { FollowUpPhase } from './follow-up-labels.ts';

// The follow-up meeting is its own chunk: a host that only runs first meetings never loads it,
// and the SIP entry stays within its size budget.
const Impl = lazy(() => import('./sip-follow-up-impl.tsx'));

/** Props of {@link SipFollowUp}. */
export interface SipFollowUpProps {
  /** The plan being followed up (a saved plan, parsed with `importDocument`). */
  value: SipPlan;
  /** Called with the whole, changed plan on every edit; `updatedAt` is refreshed each time. */
  onChange: (plan: SipPlan) => void;
  /** Content pack for the areas. Default: `defaultPack` from `@barnets-basta/core`. */
  pack?: ContentPack;
  /** UI language. Default `'sv'`. */
  locale?: UiLocale;
  /** Partial override of the follow-up catalogue (`followUpMessages`). */
  messages?: Partial<FollowUpMessages>;
  /** Partial override of the plan catalogue, used by the embedded plan sections. */
  planMessages?: Partial<PlanMessages>;
  /** Prefix of field ids and names. Default `'sip-fu'`. */
  idPrefix?: string;
  /** Level of the top heading. Default 2. */
  headingLevel?: 2 | 3 | 4;
  /** The current phase, when the host keeps it (to restore it after a reload). */
  phase?: FollowUpPhase;
  /** Called when the chair moves to another phase. */
  onPhaseChange?: (phase: FollowUpPhase) => void;
  /** Tells this plan apart when a page holds more than one (see `SipPlanForm`). */
  label?: string;
  /** The clock; pass a fixed one in tests. */
  now?: () => Date;
}

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
