/**
 * @barnets-basta/core/sip: SIP plans (samordnad individuell plan): creating one, checking the
 * four legal elements, and validating and importing plans. Kept apart from the default entry so
 * a host that only shows the wheel does not download the plan's schema. Every `parse*` and
 * `import*` function returns a `ParseResult` and never throws.
 *
 * @example
 * ```ts
 * import { defaultPack } from '@barnets-basta/core';
 * import { createSipPlan, checkLegalElements, importDocument } from '@barnets-basta/core/sip';
 * const plan = createSipPlan({ pack: defaultPack });
 * checkLegalElements(plan).length; // 5: nothing is filled in yet
 * checkLegalElements(plan, { consentPolicy: 'child-may-consent-alone' }); // the region's consent rule
 * const read = importDocument(text); // an assessment or a plan, chosen by `type`
 * ```
 */

export type * from './types.ts';
export type { CreateSipPlanOptions, MissingLegalElement } from './sip-plan.ts';
export { SIP_PLAN_TYPE } from './types.ts';
export {
  createSipPlan,
  checkLegalElements,
  DEFAULT_LEGAL_REFERENCE,
  LEGAL_REFERENCE_SOL_2001,
} from './sip-plan.ts';
export { SIP_PLAN_SCHEMA_VERSION } from '../versioning/migrations.ts';
export type { FollowUpOptions, ListChanges, PlanChanges } from './follow-up.ts';
export {
  actionReport,
  currentFollowUp,
  finishFollowUp,
  goalReport,
  isActionOpen,
  latestActionReports,
  planChanges,
  planSnapshot,
  sipFidelityFacts,
  startFollowUp,
} from './follow-up.ts';
export { parseSipPlan, parseDocument } from './parse-sip-plan.ts';
export { importDocument } from './import-document.ts';
export { withProtectedIdentity, hasProtectedIdentity } from './protect-identity.ts';
