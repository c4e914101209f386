import type { SipPlan } from '../sip/types.ts';
import type { SipFidelityFacts } from './types.ts';

const REAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const date = (x: unknown): string | null => (typeof x === 'string' && REAL_DATE.test(x) ? x : null);

/**
 * The fidelity facts of one SIP plan in today's plan format. The one place that knows the plan's
 * shape: when plans record their follow-up meetings, only this file changes.
 *
 * Today's plan has a planned follow-up date (`followUp.date`) but no record of a meeting that was
 * held, so `followUpHeld` is taken from the host (`held`), null when not given.
 *
 * @example
 * ```ts
 * const facts = sipFidelityFacts(plan, { held: '2026-05-02' });
 * facts.childTookPart; // true unless the plan says 'not-taking-part' or nothing
 * ```
 */
export function sipFidelityFacts(plan: SipPlan, options?: { held?: string }): SipFidelityFacts {
  const actions = Array.isArray(plan?.actions) ? plan.actions : [];
  const participation = plan?.childParticipation;
  return {
    startedFromWheel: Array.isArray(plan?.assessments) && plan.assessments.length > 0,
    childTookPart: participation !== undefined && participation !== 'not-taking-part',
    followUpDue: date(plan?.followUp?.date),
    followUpHeld: date(options?.held),
    actions: actions.length,
    actionsWithOwnerAndDate: actions.filter(
      (a) =>
        typeof a?.organisation === 'string' &&
        a.organisation.trim() !== '' &&
        [a.start, a.end, a.followUpBy].some((d) => date(d) !== null),
    ).length,
  };
}
