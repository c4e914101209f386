import type { ContentPack, SipPlan, UiLocale } from '@barnets-basta/core';
import type { FollowUpMessages } from '../../i18n/follow-up-messages.ts';
import type { PlanMessages } from '../../i18n/plan-messages.ts';
import type { FollowUpPhase } from './follow-up-labels.ts';

// The follow-up components' props, in a module of their own: each lazy-loaded implementation
// uses them too, and would otherwise import the module that loads it (an import cycle).

/**
 * Props of `SipFollowUp`.
 *
 * @example
 * ```tsx
 * const props: SipFollowUpProps = { value: plan, onChange: setPlan, phase: 'wheel' };
 * ```
 */
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
 * Props the follow-up views share.
 *
 * @example
 * ```tsx
 * const props: FollowUpViewProps = { value: plan, locale: 'en' };
 * ```
 */
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

/**
 * Props of `PlanHistory`.
 *
 * @example
 * ```tsx
 * const props: PlanHistoryProps = { value: plan };
 * ```
 */
export type PlanHistoryProps = FollowUpViewProps;

/**
 * Props of `FamilyFollowUp`.
 *
 * @example
 * ```tsx
 * const props: FamilyFollowUpProps = { value: plan, printButton: true };
 * ```
 */
export interface FamilyFollowUpProps extends FollowUpViewProps {
  /** Show a print button (hidden in print). Default false. */
  printButton?: boolean;
}
