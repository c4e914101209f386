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
      schemaVersion: 1,
      id: 'sip-1',
      pack,
      createdAt: '2025-03-14T09:00:00.000Z',
      updatedAt: '2025-03-14T09:00:00.000Z',
      legalReference: 'SoL 2 kap. 7 §, HSL 16 kap. 4 §',
      participants: [],
      consents: [],
      situation: {},
      goals: [],
      actions: [],
      disagreements: [],
    });
    expect(DEFAULT_LEGAL_REFERENCE).toBe('SoL 2 kap. 7 §, HSL 16 kap. 4 §');
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
