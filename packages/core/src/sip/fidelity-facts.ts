import { filled } from '../validation/guards.ts';
import type { SipFidelityFacts, SipPlan } from './types.ts';

/**
 * The facts the fidelity indicators need, from the plan alone (no names, no free text, no ids):
 * did the plan start from a wheel reading; did the child take part in the latest meeting held
 * (the latest follow-up, or the first meeting); when was the latest follow-up due and when was it
 * held (a follow-up held means the latest finished one; without one, the planned date is due
 * and nothing is held); how many actions say what is done, and how many of those have an owner
 * (organisation or contact person) and a follow-up date.
 *
 * @example
 * const facts = sipFidelityFacts(plan);
 * const onTime = facts.followUpHeld !== null && facts.followUpDue !== null && facts.followUpHeld <= facts.followUpDue;
 */
export function sipFidelityFacts(plan: SipPlan): SipFidelityFacts {
  const held = (plan.followUps ?? []).filter((f) => f.outcome !== undefined);
  const latest = held.at(-1);
  const participation = latest ? latest.childParticipation : plan.childParticipation;
  const actions = plan.actions.filter((a) => filled(a.what));
  return {
    startedFromWheel: (plan.assessments?.length ?? 0) > 0,
    childTookPart: participation !== undefined && participation !== 'not-taking-part',
    followUpDue: (latest ? latest.due : plan.followUp?.date) ?? null,
    followUpHeld: latest?.date ?? null,
    actions: actions.length,
    actionsWithOwnerAndDate: actions.filter(
      (a) => (filled(a.organisation) || filled(a.contactPerson)) && filled(a.followUpBy),
    ).length,
  };
}
