import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createAssessment } from '../assessment/assessment.ts';
import type { Assessment, Visibility } from '../assessment/types.ts';
import { createSipPlan } from '../sip/sip-plan.ts';
import type { SipPlan } from '../sip/types.ts';
import { asSeenBy, maySee, redactAssessment, VIEWERS, type Viewer } from './index.ts';

const pack = { id: 'barnets-basta', version: '1.0.0' };

/** A child's wheel with one answer of each visibility, and hopes kept to the child. */
function childWheel(): Assessment {
  return {
    ...createAssessment({ pack, scale: 'agree-5', perspective: { kind: 'child' } }),
    child: { reference: 'Elev 7B-12', name: 'Sam' },
    areas: {
      trygg: { answer: { kind: 'value', value: 4 }, note: 'Rasten' },
      'ma-bra': { answer: { kind: 'value', value: 2 }, visibility: 'contact-person' },
      aktiv: { answer: { kind: 'value', value: 1 }, note: 'Hemma', visibility: 'respondent' },
    },
    hopes: { text: 'Att det blir lugnt', visibility: 'respondent' },
  };
}

describe('maySee: the rule, viewer by viewer', () => {
  test.each<[Viewer, Visibility, boolean]>([
    ['meeting', 'meeting', true],
    ['meeting', 'contact-person', false],
    ['meeting', 'respondent', false],
    ['guardian', 'meeting', true],
    ['guardian', 'contact-person', false],
    ['guardian', 'respondent', false],
    ['contact-person', 'contact-person', true],
    ['contact-person', 'respondent', false],
    ['respondent', 'respondent', true],
  ])('%s sees %s: %s', (viewer, visibility, expected) => {
    expect(maySee(visibility, viewer)).toBe(expected);
  });

  test('an unmarked answer is for the meeting; a damaged mark hides from everyone but its owner', () => {
    expect(maySee(undefined, 'guardian')).toBe(true);
    expect(maySee('everyone', 'contact-person')).toBe(false);
    expect(maySee(7, 'meeting')).toBe(false);
    expect(maySee('everyone', 'meeting', { own: true })).toBe(true);
  });

  test('an unknown viewer is the narrowest', () => {
    expect(maySee('contact-person', 'principal' as Viewer)).toBe(false);
    expect(maySee('meeting', 'principal' as Viewer)).toBe(true);
  });
});

describe('redactAssessment and asSeenBy on a wheel', () => {
  test('the guardian and the meeting get neither the contact-person answer nor "Bara jag"', () => {
    for (const viewer of ['guardian', 'meeting'] as const) {
      const { assessment, hiddenAreas, hopesHidden } = redactAssessment(childWheel(), viewer);
      expect(Object.keys(assessment.areas)).toEqual(['trygg']);
      expect(hiddenAreas).toEqual(['ma-bra', 'aktiv']);
      expect(hopesHidden).toBe(true);
      expect(JSON.stringify(assessment)).not.toMatch(/Hemma|lugnt/);
    }
  });

  test('the contact person also gets the contact-person answer, never "Bara jag"', () => {
    const seen = asSeenBy(childWheel(), 'contact-person');
    expect(Object.keys(seen.areas)).toEqual(['trygg', 'ma-bra']);
    expect(seen.hopes).toBeUndefined();
  });

  test('the child, looking at their own wheel, gets all of it; the input is not changed', () => {
    const wheel = childWheel();
    const before = JSON.stringify(wheel);
    expect(asSeenBy(wheel, 'meeting', { own: true })).toEqual(wheel);
    asSeenBy(wheel, 'guardian');
    expect(JSON.stringify(wheel)).toBe(before);
  });

  test('protected identity removes the name for every viewer, the child included', () => {
    const wheel = { ...childWheel(), child: { name: 'Sam', protectedIdentity: true } };
    for (const viewer of VIEWERS) {
      const seen = asSeenBy(wheel, viewer, { own: viewer === 'respondent' });
      expect(seen.child).toEqual({ protectedIdentity: true });
    }
  });

  test('property: a viewer never gets an area or hopes it may not see, and gets every one it may', () => {
    const visibility = fc.constantFrom<Visibility | undefined>(
      undefined,
      'meeting',
      'contact-person',
      'respondent',
    );
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom('trygg', 'ma-bra', 'aktiv', 'delaktig'), visibility),
        visibility,
        fc.constantFrom(...VIEWERS),
        (marks, hopesMark, viewer) => {
          const wheel: Assessment = {
            ...childWheel(),
            areas: Object.fromEntries(
              Object.entries(marks).map(([id, v]) => [id, { note: `n-${id}`, visibility: v }]),
            ),
            hopes: { text: 'h', visibility: hopesMark },
          };
          const seen = asSeenBy(wheel, viewer);
          for (const [id, v] of Object.entries(marks))
            expect(id in seen.areas).toBe(maySee(v, viewer));
          expect(seen.hopes !== undefined).toBe(maySee(hopesMark, viewer));
        },
      ),
    );
  });
});

describe('asSeenBy on a SIP plan', () => {
  function plan(): SipPlan {
    const wheel = childWheel();
    return {
      ...createSipPlan({ pack }),
      child: { reference: 'Elev 7B-12', name: 'Sam', protectedIdentity: true },
      participants: [{ id: 'p-child', roles: ['child'], name: 'Sam' }],
      notToRaise: { text: 'Pappas flytt', visibility: 'contact-person' },
      assessments: [wheel],
      followUps: [{ id: 'f1', present: [], actions: [], goals: [], assessments: [wheel] }],
    };
  }

  test('the family copy has no hidden answer anywhere and no name', () => {
    const seen = asSeenBy(plan(), 'guardian');
    const text = JSON.stringify(seen);
    expect(text).not.toMatch(/Sam|Hemma|lugnt|Pappas flytt/);
    expect(Object.keys(seen.assessments![0]!.areas)).toEqual(['trygg']);
    expect(Object.keys(seen.followUps![0]!.assessments![0]!.areas)).toEqual(['trygg']);
  });

  test('protected identity on a follow-up reading alone protects the whole plan', () => {
    const wheel = childWheel();
    const marked = { ...wheel, child: { protectedIdentity: true } };
    const open: SipPlan = {
      ...plan(),
      child: { reference: 'Elev 7B-12', name: 'Sam' },
      assessments: [wheel],
      followUps: [{ id: 'f1', present: [], actions: [], goals: [], assessments: [marked] }],
    };
    const seen = asSeenBy(open, 'contact-person');
    expect(JSON.stringify(seen)).not.toMatch(/Sam/);
    expect(seen.child).toEqual({ reference: 'Elev 7B-12', protectedIdentity: true });
  });

  test('the contact person sees what the child does not want raised, but still no name', () => {
    const seen = asSeenBy(plan(), 'contact-person');
    expect(seen.notToRaise?.text).toBe('Pappas flytt');
    expect(JSON.stringify(seen)).not.toMatch(/Sam/);
  });
});
