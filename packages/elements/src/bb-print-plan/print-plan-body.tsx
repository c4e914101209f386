import type { ContentPack, SipPlan, UiLocale } from '@barnets-basta/core';
import { PrintPlan, type PlanMessages } from '@barnets-basta/sip';

// The React body of <bb-print-plan>: its own module, loaded only on a page that shows it.

/** What the element gives its body: a plan already validated and cut down for the viewer. */
export interface PrintPlanBodyProps {
  plan: SipPlan;
  pack: ContentPack;
  locale: UiLocale;
  messages: Record<string, string> | undefined;
  headingLevel: 1 | 2 | 3;
  printButton: boolean;
}

/**
 * The whole plan laid out for print or "Save as PDF".
 *
 * @example
 * ```tsx
 * <PrintPlanBody plan={plan} pack={defaultPack} locale="sv" messages={undefined} headingLevel={2} printButton />
 * ```
 */
export function PrintPlanBody({ plan, messages, ...props }: PrintPlanBodyProps) {
  return <PrintPlan value={plan} messages={messages as Partial<PlanMessages>} {...props} />;
}
