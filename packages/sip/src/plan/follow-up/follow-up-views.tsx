import { lazy, Suspense } from 'react';
import type { ContentPack, SipPlan, UiLocale } from '@barnets-basta/core';
import type { FollowUpMessages } from '../../i18n/follow-up-messages.ts';
import type { PlanMessages } from '../../i18n/plan-messages.ts';

// Loaded on demand, like the follow-up meeting: a first meeting never needs them.
const History = lazy(() =>
  import('./follow-up-views-impl.tsx').then((m) => ({ default: m.PlanHistoryImpl })),
);
const Family = lazy(() =>
  import('./follow-up-views-impl.tsx').then((m) => ({ default: m.FamilyFollowUpImpl })),
);

/** Props the follow-up views share. */
export interface FollowUpViewProps {
  /** The plan. */
  value: SipPlan;
  /** Content pack for the areas. Default: `defaultPack`. */
  pack?: ContentPack;
  /** UI language. Default `'sv'`. */
  locale?: UiLocale;
  /** Partial override of the follow-up catalogue. */
  messages?: Partial<FollowUpMessages>;
  /** Partial override of the plan catalogue (role names, "Barnet"). */
  planMessages?: Partial<PlanMessages>;
  /** Level of the top heading. Default 2. */
  headingLevel?: 2 | 3 | 4;
}

/** Props of {@link PlanHistory}. */
export type PlanHistoryProps = FollowUpViewProps;

/** Props of {@link FamilyFollowUp}. */
export interface FamilyFollowUpProps extends FollowUpViewProps {
  /** Show a print button (hidden in print). Default false. */
  printButton?: boolean;
}

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
