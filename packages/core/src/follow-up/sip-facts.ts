import { sipFidelityFacts as factsOfPlan } from '../sip/fidelity-facts.ts';
import type { SipPlan } from '../sip/types.ts';
import type { SipFidelityFacts } from './types.ts';

const REAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The fidelity facts of one SIP plan, as the statistics read them. The plan format owns the rule
 * (`sipFidelityFacts` in `@barnets-basta/core/sip` reads the follow-up meetings the plan records);
 * this adds one thing statistics need: a host whose follow-up meeting was held outside these forms
 * passes its date as `held`, used only when the plan records no held follow-up itself.
 *
 * @example
 * ```ts
 * const facts = sipFidelityFacts(plan, { held: '2026-05-02' });
 * facts.childTookPart; // true unless the plan says 'not-taking-part' or nothing
 * ```
 */
export function sipFidelityFacts(plan: SipPlan, options?: { held?: string }): SipFidelityFacts {
  const facts = factsOfPlan(plan);
  const held = options?.held;
  return facts.followUpHeld === null && typeof held === 'string' && REAL_DATE.test(held)
    ? { ...facts, followUpHeld: held }
    : facts;
}
