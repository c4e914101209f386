import { describe, expect, test } from 'vitest';
import { parseSipPlan } from './parse-sip-plan.ts';
import { validSipPlan } from '../validation/test-fixtures.ts';
import { checkLegalElements, createSipPlan, DEFAULT_LEGAL_REFERENCE } from './sip-plan.ts';
import type { SipPlan } from './types.ts';

const pack = { id: 'barnets-basta', version: '1.0.0' };
const now = new Date('2025-03-14T09:00:00.000Z');
/** `element @ path` of each missing element, for compact assertions. */
const missing = (plan: SipPlan) =>
  checkLegalElements(plan).map((m) => `${m.element} @ ${m.path.join('.')}`);
const withPlan = (change: (p: SipPlan) => void) => {
  const p = validSipPlan();
  change(p);
  return missing(p);
};

describe('createSipPlan', () => {
  test('an empty, valid plan with the default legal reference', () => {
    const plan = createSipPlan({ pack, id: 'sip-1', now });
    expect(plan).toEqual({
      type: 'bb.sip-plan',
      schemaVersion: 2,
      id: 'sip-1',
      pack,
      createdAt: '2025-03-14T09:00:00.000Z',
      updatedAt: '2025-03-14T09:00:00.000Z',
      legalReference: 'Socialtjänstlag (2025:400), HSL (2017:30) 16 kap. 4 §',
      participants: [],
      consents: [],
      situation: {},
      goals: [],
      actions: [],
      disagreements: [],
      followUps: [],
      revisions: [],
    });
    expect(DEFAULT_LEGAL_REFERENCE).toBe('Socialtjänstlag (2025:400), HSL (2017:30) 16 kap. 4 §');
    expect(parseSipPlan(plan).ok).toBe(true);
  });

  test('the legal reference is configurable; the id is random by default', () => {
    const plan = createSipPlan({
      pack,
      legalReference: 'Socialtjänstlagen (2025:400), HSL 16 kap. 4 §',
    });
    expect(plan.legalReference).toBe('Socialtjänstlagen (2025:400), HSL 16 kap. 4 §');
    expect(plan.id).not.toBe(createSipPlan({ pack }).id);
  });
});

describe('checkLegalElements', () => {
  test('a complete plan lacks nothing', () => {
    expect(checkLegalElements(validSipPlan())).toEqual([]);
  });

  test('an empty plan lacks all four elements, each linked to a field', () => {
    const result = checkLegalElements(createSipPlan({ pack, now }));
    expect(result.map((m) => `${m.element} @ ${m.path.join('.')}`)).toEqual([
      'actions @ actions',
      'principal-responsibility @ actions',
      'other-actors @ noOtherActors',
      'overall-responsibility @ overallResponsibility.principal',
      'overall-responsibility @ overallResponsibility.person',
    ]);
    expect(result[0]!.message).toEqual({
      sv: 'Ange minst en insats.',
      en: 'Add at least one action.',
    });
    for (const m of result) {
      expect(m.message.sv.length).toBeGreaterThan(10);
      expect(m.message.en.length).toBeGreaterThan(10);
      expect(m.message.sv).not.toBe(m.message.en);
    }
  });

  test('blank action rows do not count as actions', () => {
    expect(
      withPlan((p) => {
        p.actions = [
          { id: 'x', areas: [], what: '  ', principal: 'kommun', organisation: 'Socialtjänsten' },
        ];
      }),
    ).toEqual([
      'actions @ actions',
      'principal-responsibility @ actions',
      'other-actors @ noOtherActors',
    ]);
  });

  test('every action of a principal names the principal and the organisation', () => {
    expect(withPlan((p) => delete p.actions[1]!.principal)).toEqual([
      'principal-responsibility @ actions.1.principal',
    ]);
    expect(withPlan((p) => (p.actions[0]!.organisation = ''))).toEqual([
      'principal-responsibility @ actions.0.organisation',
    ]);
    const [entry] = checkLegalElements({
      ...validSipPlan(),
      actions: [{ ...validSipPlan().actions[0]!, principal: undefined }],
    });
    expect(entry!.message.en).toBe("State the action's principal: municipality, region or other.");
  });

  test("at least one action must be a principal's", () => {
    expect(withPlan((p) => (p.actions = [p.actions[2]!]))).toEqual([
      'principal-responsibility @ actions',
    ]);
  });

  test('actions by others, or the explicit statement that there are none', () => {
    expect(withPlan((p) => p.actions.pop())).toEqual(['other-actors @ noOtherActors']);
    expect(
      withPlan((p) => {
        p.actions.pop();
        p.noOtherActors = true;
      }),
    ).toEqual([]);
    expect(withPlan((p) => delete p.actions[2]!.organisation)).toEqual([
      'other-actors @ actions.2.organisation',
    ]);
  });

  test('overall responsibility: a principal (not "other") and a person or organisation', () => {
    expect(withPlan((p) => (p.overallResponsibility!.principal = 'other'))).toEqual([
      'overall-responsibility @ overallResponsibility.principal',
    ]);
    expect(
      withPlan((p) => (p.overallResponsibility = { principal: 'region', organisation: 'BUP' })),
    ).toEqual([]);
    expect(
      withPlan((p) => (p.overallResponsibility = { principal: 'region', person: ' ' })),
    ).toEqual(['overall-responsibility @ overallResponsibility.person']);
  });

  test('a half-built draft does not crash the check', () => {
    expect(missing({} as SipPlan)).toHaveLength(5);
    expect(missing({ actions: [null, { what: 'x' }] } as unknown as SipPlan)).toContain(
      'principal-responsibility @ actions.1.principal',
    );
  });
});

describe('checkLegalElements: the consent policy', () => {
  /** The valid plan with a child participant (`p-barn`) who has consented to Skolan and BUP. */
  const childConsented = (change?: (p: SipPlan) => void) => {
    const p = validSipPlan();
    p.consents = [
      { ...p.consents[0]!, organisations: ['Skolan'] },
      {
        id: 'c-2',
        givenBy: 'p-barn',
        organisations: ['skolan ', 'BUP'],
        information: ['mående'],
        form: 'oral',
      },
    ];
    change?.(p);
    return p;
  };

  test('by default the guardians must consent too: path, organisations and both languages', () => {
    const result = checkLegalElements(childConsented());
    expect(result).toEqual([
      {
        element: 'consent',
        path: ['consents', 1, 'givenBy'],
        message: {
          sv: 'Samtycke 2 är givet av barnet. Vårdnadshavarna måste också samtycka till att uppgifter delas med BUP.',
          en: 'Consent 2 was given by the child. The guardians must also consent to sharing information with BUP.',
        },
      },
    ]);
    expect(
      checkLegalElements(childConsented(), { consentPolicy: 'guardians-must-consent' }),
    ).toEqual(result);
  });

  test('lists every organisation not covered, and the consent comes first, as in the plan', () => {
    const p = childConsented((plan) => {
      plan.consents[0]!.organisations = [];
      plan.overallResponsibility = undefined;
    });
    const result = checkLegalElements(p);
    expect(result.map((m) => `${m.element} @ ${m.path.join('.')}`)).toEqual([
      'consent @ consents.1.givenBy',
      'overall-responsibility @ overallResponsibility.principal',
      'overall-responsibility @ overallResponsibility.person',
    ]);
    expect(result[0]!.message.sv).toMatch(/delas med skolan och BUP\.$/);
    expect(result[0]!.message.en).toMatch(/with skolan and BUP\.$/);
  });

  test("a child's consent with no organisation needs some consent from a guardian", () => {
    const withdrawn = childConsented((plan) => {
      plan.consents[0]!.withdrawnOn = '2025-04-01';
      plan.consents[1]!.organisations = [];
    });
    expect(checkLegalElements(withdrawn).map((m) => m.message.en)).toEqual([
      'Consent 2 was given by the child. The guardians must also give their consent.',
    ]);
    const guardian = childConsented((plan) => (plan.consents[1]!.organisations = []));
    expect(checkLegalElements(guardian)).toEqual([]);
  });

  test('covered, withdrawn, or given by a guardian: nothing to report', () => {
    expect(missing(childConsented((p) => p.consents[0]!.organisations.push('bup')))).toEqual([]);
    expect(missing(childConsented((p) => (p.consents[1]!.withdrawnOn = '2025-04-01')))).toEqual([]);
    // Someone who is both (a young parent in the plan) counts as a guardian.
    expect(missing(childConsented((p) => p.participants[0]!.roles.push('guardian')))).toEqual([]);
  });

  test('child-may-consent-alone: the mature child consents alone', () => {
    expect(
      checkLegalElements(childConsented(), { consentPolicy: 'child-may-consent-alone' }),
    ).toEqual([]);
  });

  test('an unknown policy value gets the strict one; broken consents do not crash', () => {
    const policy = 'barnet' as unknown as 'child-may-consent-alone';
    expect(checkLegalElements(childConsented(), { consentPolicy: policy })).toHaveLength(1);
    const broken = {
      ...validSipPlan(),
      participants: [null, { id: 'x', roles: 'child' }],
      consents: [null, { givenBy: 'x' }, 'text'],
    } as unknown as SipPlan;
    expect(() => checkLegalElements(broken)).not.toThrow();
  });
});

describe('parseSipPlan: unfinished dates', () => {
  const parts = { day: '31', month: '2', year: '2026' };

  test('what was typed into a date that is not real yet is kept, beside each date', () => {
    const plan = validSipPlan();
    plan.unfinishedDates = { meetingDate: { day: '3', month: '', year: '' } };
    plan.consents[0]!.unfinishedDates = { validUntil: parts };
    plan.actions[0]!.unfinishedDates = { start: parts, end: { day: 'x', month: '', year: '2' } };
    plan.followUp = { date: '2025-05-01', unfinishedDates: { date: parts } };
    plan.closing = { unfinishedDates: { date: parts } };
    const result = parseSipPlan(plan);
    expect(result.ok ? [] : result.issues).toEqual([]);
    expect(result.ok && result.value).toEqual(plan);
  });

  test('only the object’s own date keys, and three texts each', () => {
    const plan = validSipPlan() as unknown as Record<string, unknown>;
    plan.unfinishedDates = { purpose: parts, meetingDate: { day: 3, month: '3' } };
    const result = parseSipPlan(plan);
    expect(result.ok ? [] : result.issues.map((i) => `${i.code} @ ${i.path.join('.')}`)).toEqual([
      'type @ unfinishedDates.meetingDate.day',
      'required @ unfinishedDates.meetingDate.year',
      'unknown-key @ unfinishedDates.purpose',
    ]);
  });
});
