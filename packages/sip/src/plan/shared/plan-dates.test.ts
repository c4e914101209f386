import { describe, expect, it } from 'vitest';
import type { SipAction } from '@barnets-basta/core';
import { parseSipPlan } from '@barnets-basta/core/sip';
import { planMessages } from '../../i18n/plan-messages.ts';
import { filledPlan, planWithUnfinishedDates } from '../test-fixtures.ts';
import { dateProblem, unfinishedDateFields, withTypedDate } from './plan-dates.ts';

const action: SipAction = { id: 'a', areas: [], what: 'Samtal', start: '2026-03-10' };
const sv = planMessages.sv;
const en = planMessages.en;

describe('withTypedDate', () => {
  it('stores a real date and drops what was kept while it was not one', () => {
    const typing = withTypedDate(action, 'start', { day: '31', month: '2', year: '2026' });
    expect(typing).toEqual({
      ...action,
      unfinishedDates: { start: { day: '31', month: '2', year: '2026' } },
    });
    expect(withTypedDate(typing, 'start', { day: '28', month: '02', year: '2026' })).toEqual({
      ...action,
      start: '2026-02-28',
    });
  });

  it('keeps the earlier date while the parts are incomplete; three empty fields remove it', () => {
    const typing = withTypedDate(action, 'start', { day: '10', month: '', year: '2026' });
    expect(typing.start).toBe('2026-03-10');
    expect(typing.unfinishedDates).toEqual({ start: { day: '10', month: '', year: '2026' } });
    expect(withTypedDate(typing, 'start', { day: '', month: ' ', year: '' })).toEqual({
      id: 'a',
      areas: [],
      what: 'Samtal',
    });
  });

  it('leaves the other unfinished dates of the object alone, and the plan parses', () => {
    const plan = planWithUnfinishedDates();
    const next = withTypedDate(plan, 'meetingDate', { day: '4', month: '3', year: '2026' });
    expect(next.meetingDate).toBe('2026-03-04');
    expect(next.unfinishedDates).toBeUndefined();
    expect(next.actions[1]!.unfinishedDates).toEqual({
      end: { day: '31', month: '2', year: '2026' },
    });
    expect(parseSipPlan(plan).ok).toBe(true);
    expect(parseSipPlan(next).ok).toBe(true);
  });
});

describe('dateProblem', () => {
  it('names what is missing or wrong, in Swedish and English', () => {
    expect(dateProblem({ day: '5', month: '', year: '' }, undefined, 'sv', sv)).toEqual({
      text: 'Datumet saknar månad och år.',
      invalidParts: ['month', 'year'],
    });
    expect(dateProblem({ day: '31', month: '2', year: '2026' }, undefined, 'en', en)).toEqual({
      text: 'The date does not exist. Check the day.',
      invalidParts: ['day'],
    });
    expect(dateProblem({ day: '3', month: '13', year: '26' }, undefined, 'sv', sv)?.text).toBe(
      'Datumet finns inte. Kontrollera månaden och året. Skriv året med fyra siffror.',
    );
  });

  it('says that the plan keeps the earlier date, so it is never replaced without a word', () => {
    expect(dateProblem({ day: '3', month: '3', year: '26' }, '2026-03-03', 'sv', sv)?.text).toBe(
      'Datumet finns inte. Kontrollera året. Skriv året med fyra siffror. ' +
        'Planen har kvar det tidigare datumet, 3 mars 2026, tills du rättar det.',
    );
  });

  it('has nothing to say about a real date or an empty one', () => {
    expect(dateProblem({ day: '3', month: '3', year: '2026' }, undefined, 'sv', sv)).toBe(
      undefined,
    );
    expect(dateProblem({ day: '', month: '', year: '' }, '2026-03-03', 'sv', sv)).toBe(undefined);
  });
});

describe('unfinishedDateFields', () => {
  it('lists the unfinished dates that have a field, in the order of the form', () => {
    expect(unfinishedDateFields(filledPlan(), sv)).toEqual([]);
    expect(unfinishedDateFields(planWithUnfinishedDates(), sv)).toEqual([
      {
        path: ['meetingDate'],
        parts: { day: '3', month: '3', year: '26' },
        previous: '2026-03-03',
        field: 'Datum för mötet',
      },
      {
        path: ['actions', 1, 'end'],
        parts: { day: '31', month: '2', year: '2026' },
        previous: undefined,
        field: 'Insats 2, slutar',
      },
    ]);
  });
});
