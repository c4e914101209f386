/**
 * Plans in each state of the follow-up cycle, for tests and stories (not shipped). Fixed ids and
 * dates, so stories render the same every time.
 */
import { defaultPack, setAreaAssessment, type SipPlan } from '@barnets-basta/core';
import { currentFollowUp, finishFollowUp, startFollowUp } from '@barnets-basta/core/sip';
import { createAssessment } from '@barnets-basta/core';
import { planWithAssessments, protectedPlan, earlierAssessments } from '../test-fixtures.ts';

export const FOLLOW_UP_NOW = new Date('2026-05-20T09:00:00.000Z');
const LATER = new Date('2026-05-20T10:30:00.000Z');

/** The plan from the first meeting, due for its follow-up on 20 May 2026. */
export function dueForFollowUp(): SipPlan {
  return planWithAssessments();
}

/** A follow-up meeting just started (nobody ticked yet). */
export function followUpStarted(base: SipPlan = dueForFollowUp()): SipPlan {
  const plan = startFollowUp(base, { now: FOLLOW_UP_NOW, id: 'fu-1' });
  // Fixed ids, so stories and snapshots are stable.
  return { ...plan, revisions: plan.revisions!.map((r, i) => ({ ...r, id: `rev-${i + 1}` })) };
}

function edit(
  plan: SipPlan,
  change: (meeting: NonNullable<ReturnType<typeof currentFollowUp>>) => void,
) {
  const copy = structuredClone(plan);
  change(currentFollowUp(copy)!);
  return copy;
}

/** The child's new wheel: better in three areas than at the first meeting. */
function newChildReading() {
  let a = createAssessment({
    pack: defaultPack,
    scale: 'agree-5',
    perspective: { kind: 'child' },
    id: 'a-child-2',
    now: FOLLOW_UP_NOW,
  });
  const values: Record<string, number> = {
    trygg: 3,
    'ma-bra': 3,
    utvecklas: 3,
    delaktig: 2,
    aktiv: 5,
  };
  for (const [area, value] of Object.entries(values)) {
    a = setAreaAssessment(a, area, { answer: { kind: 'value', value } }, FOLLOW_UP_NOW);
  }
  return a;
}

/** Mid-meeting: everyone reported, every goal evaluated, the child's new wheel filled in. */
export function followUpFilled(base: SipPlan = dueForFollowUp()): SipPlan {
  return edit(followUpStarted(base), (m) => {
    m.present = ['p-child', 'p-mum', 'p-soc', 'p-school'];
    m.childParticipation = 'in-person';
    m.actions = [
      {
        actionId: 'act-1',
        status: 'ongoing',
        outcome: 'Fem samtal. Magontet är mindre.',
        reportedBy: 'p-bup',
      },
      { actionId: 'act-2', status: 'done', outcome: 'Klart i april.', reportedBy: 'p-mum' },
      {
        actionId: 'act-3',
        status: 'partly',
        outcome: 'Rastvärd finns två dagar.',
        reportedBy: 'p-school',
      },
    ];
    m.goals = [
      { goalId: 'g-1', evaluation: 'partly', childWords: 'Jag går nästan varje dag nu.' },
      { goalId: 'g-2', evaluation: 'reached', childWords: 'Jag har Sara.' },
      { goalId: 'g-3', evaluation: 'not-reached' },
    ];
    m.assessments = [newChildReading()];
    m.familyView = 'Det är lugnare hemma. Mornarna är fortfarande svåra.';
  });
}

/** Nothing done since last time. */
export function followUpNothingDone(): SipPlan {
  return edit(followUpStarted(), (m) => {
    m.actions = m.actions.map((a) => ({ ...a, status: 'not-done' as const }));
    m.goals = m.goals.map((g) => ({ ...g, evaluation: 'not-reached' as const }));
  });
}

/** Everything done. */
export function followUpAllDone(): SipPlan {
  return edit(followUpStarted(), (m) => {
    m.actions = m.actions.map((a) => ({ ...a, status: 'done' as const }));
    m.goals = m.goals.map((g) => ({ ...g, evaluation: 'reached' as const }));
  });
}

/** A follow-up held, the plan goes on: next follow-up in September. */
export function followUpHeld(): SipPlan {
  const plan = followUpFilled();
  plan.goals = [...plan.goals, { id: 'g-4', text: 'Jag vill orka hela skoldagar.', term: 'short' }];
  plan.followUp = { date: '2026-09-15', form: 'SIP-möte på skolan' };
  const done = finishFollowUp(plan, 'continue', { now: LATER, id: 'rev-2' });
  return done;
}

/** The plan closed at the follow-up, with a reason. */
export function planClosed(): SipPlan {
  const plan = followUpFilled();
  plan.closing = { reason: 'Alva går till skolan igen och familjen vill avsluta planen.' };
  return finishFollowUp(plan, 'close', { now: LATER, id: 'rev-2' });
}

/** A follow-up of a plan with protected identity (the name is in the data, as a careless host might pass it). */
export function protectedFollowUp(): SipPlan {
  return followUpFilled({ ...protectedPlan(), assessments: earlierAssessments() });
}
