import { describe, expect, it } from 'vitest';
import { planMessages } from '../../i18n/plan-messages.ts';
import { emptyPlan, filledPlan, protectedPlan } from '../test-fixtures.ts';
import { phaseOfPath, planFieldId, planFieldName } from './plan-paths.ts';
import {
  childDisplayName,
  enforceProtectedIdentity,
  formatDate,
  formatDateSpan,
  makeRedactor,
  normalisePlan,
} from './plan-utils.ts';

const sv = planMessages.sv;

describe('plan paths', () => {
  it('derives ids, names and phases from the path in the plan', () => {
    expect(planFieldId('sip', ['actions', 2, 'principal'])).toBe('sip-actions-2-principal');
    expect(planFieldName('sip', ['actions', 2, 'principal'])).toBe('sip.actions.2.principal');
    expect(planFieldId('p', ['situation', 'ma-bra', 'worksWell'])).toBe(
      'p-situation-ma-bra-worksWell',
    );
    expect(planFieldId('sip', ['a b', 'c#d'])).toBe('sip-a_b-c_d');
    expect(phaseOfPath(['overallResponsibility', 'person'])).toBe('sammanfattning');
    expect(phaseOfPath(['actions'])).toBe('behov');
    expect(phaseOfPath(['followUp', 'date'])).toBe('avslutning');
    expect(phaseOfPath([])).toBe('inledning');
  });
});

describe('dates', () => {
  it('formats calendar dates without a time-zone shift, and ranges compactly', () => {
    expect(formatDate('2026-03-01', 'sv')).toBe('1 mars 2026');
    expect(formatDate('2026-12-31', 'en')).toBe('31 December 2026');
    expect(formatDate('not a date', 'sv')).toBe('not a date');
    expect(formatDateSpan('2026-03-10', '2026-06-30', 'sv', sv)).toBe('10 mars–30 juni 2026');
    expect(formatDateSpan('2026-03-10', undefined, 'sv', sv)).toBe('Från 10 mars 2026');
    expect(formatDateSpan(undefined, '2026-06-30', 'sv', sv)).toBe('Till 30 juni 2026');
    // An end before the start is shown as typed, not "fixed".
    expect(formatDateSpan('2026-06-30', '2026-03-10', 'sv', sv)).toBe(
      '30 juni 2026 – 10 mars 2026',
    );
  });
});

describe('protected identity', () => {
  it('drops the name and address from the data, also for a participant in the child role', () => {
    const plan = enforceProtectedIdentity(protectedPlan());
    expect(plan.child).toEqual({ reference: 'Ärende 2026-014', protectedIdentity: true });
    expect(plan.participants.find((p) => p.roles.includes('child'))!.name).toBeUndefined();
    expect(plan.participants.find((p) => p.id === 'p-mum')!.name).toBe('Sara Lind');
    const open = filledPlan();
    expect(enforceProtectedIdentity(open)).toBe(open);
  });

  it('names the child by reference or neutrally, never by name', () => {
    expect(childDisplayName(protectedPlan(), sv)).toEqual({
      text: 'Ärende 2026-014',
      neutral: false,
    });
    const noRef = { ...protectedPlan(), child: { protectedIdentity: true, name: 'Alva' } };
    expect(childDisplayName(noRef, sv)).toEqual({ text: 'Barnet', neutral: true });
    expect(childDisplayName(filledPlan(), sv).text).toBe('Alva');
  });

  it('takes the name (whole words only) and the address out of free text', () => {
    const redact = makeRedactor(protectedPlan(), sv);
    expect(redact('Alva mår bättre. alva vill simma.')).toBe(
      'Barnet mår bättre. Barnet vill simma.',
    );
    expect(redact('Om Alva ska börja')).toBe('Om barnet ska börja');
    expect(redact('Alvarsson är läraren')).toBe('Alvarsson är läraren');
    expect(redact('Bor på Storgatan 12, Växjö')).toBe('Bor på [skyddad uppgift]');
    expect(makeRedactor(filledPlan(), sv)('Alva')).toBe('Alva');
  });
});

describe('normalisePlan', () => {
  it('keeps a valid plan as it is, lists and all, so memoised parts can skip rendering', () => {
    const plan = filledPlan();
    const out = normalisePlan(plan, emptyPlan);
    expect(out).toEqual(plan);
    expect(out.participants).toBe(plan.participants);
    expect(out.actions).toBe(plan.actions);
  });

  it('mends what a renderer needs and keeps the rest', () => {
    const broken = {
      ...filledPlan(),
      actions: 'inga',
      participants: [null, { id: 'x' }],
      situation: 3,
    };
    const out = normalisePlan(broken, emptyPlan);
    expect(out.actions).toEqual([]);
    expect(out.participants).toEqual([{ id: 'x', roles: [] }]);
    expect(out.situation).toEqual({});
    expect(out.purpose).toBe(filledPlan().purpose);
    expect(normalisePlan('nonsense', emptyPlan).id).toBe('plan-empty');
  });
});
