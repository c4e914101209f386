import type { ContentPack, SipPlan, UiLocale } from '@barnets-basta/core';
import { FamilyPlan, type PlanMessages } from '@barnets-basta/sip';

// The React body of <bb-family-plan>: its own module, loaded only on a page that shows it.

/** What the element gives its body: a plan already validated and cut down for the viewer. */
export interface FamilyPlanBodyProps {
  plan: SipPlan;
  pack: ContentPack;
  locale: UiLocale;
  messages: Record<string, string> | undefined;
  headingLevel: 1 | 2 | 3;
}

/**
 * The family's plan.
 *
 * @example
 * ```tsx
 * <FamilyPlanBody plan={plan} pack={defaultPack} locale="sv" messages={undefined} headingLevel={2} />
 * ```
 */
export function FamilyPlanBody({ plan, messages, ...props }: FamilyPlanBodyProps) {
  return <FamilyPlan value={plan} messages={messages as Partial<PlanMessages>} {...props} />;
}
