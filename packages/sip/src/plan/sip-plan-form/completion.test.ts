import { describe, expect, it } from 'vitest';
import type { SipPlan, ValidationIssue } from '@barnets-basta/core';
import { checkLegalElements } from '@barnets-basta/core/sip';
import { planMessages } from '../../i18n/plan-messages.ts';
import { phaseOfPath, PHASES, planFieldId } from '../shared/plan-paths.ts';
import { childConsentPlan, filledPlan, planWithUnfinishedDates } from '../test-fixtures.ts';
import {
  completionProblems,
  fieldErrors,
  problemPathOfTarget,
  shownProblems,
  summaryItems,
} from './completion.ts';

const sv = planMessages.sv;
const en = planMessages.en;

/** A filled plan with two legal elements missing: an action's principal, the overall responsibility. */
function withoutLegalElements(): SipPlan {
  const plan = filledPlan();
  return {
    ...plan,
    actions: [{ ...plan.actions[0]!, principal: undefined }, plan.actions[1]!],
    overallResponsibility: { childWish: 'Anna' },
  };
}

describe('completionProblems', () => {
  it('finds nothing in a complete plan', () => {
    expect(completionProblems(filledPlan(), 'guardians-must-consent', 'sv', sv)).toEqual([]);
  });

  it("lists core's legal elements with their own messages, in the form's language", () => {
    const plan = withoutLegalElements();
    const problems = completionProblems(plan, 'guardians-must-consent', 'en', en);
    expect(problems.map((p) => p.fieldText)).toEqual(
      checkLegalElements(plan).map((item) => item.message.en),
    );
    expect(problems.every((p) => p.summaryText === p.fieldText && p.part === undefined)).toBe(true);
    expect(new Set(problems.map((p) => p.key)).size).toBe(problems.length);
  });

  it('puts typed dates that are not dates first in their phase, naming the field and the part to fix', () => {
    const problems = completionProblems(
      planWithUnfinishedDates(),
      'guardians-must-consent',
      'sv',
      sv,
    );
    const meeting = problems.find((p) => p.key === 'date:meetingDate');
    expect(meeting?.path).toEqual(['meetingDate']);
    expect(meeting?.part).toBe('year');
    expect(meeting?.summaryText).toContain(meeting!.fieldText);
    expect(meeting?.summaryText).not.toBe(meeting?.fieldText);
    const end = problems.find((p) => p.key === 'date:actions.1.end');
    expect(end?.part).toBe('day');
    // Sorted by the phase that shows the field: Inledning's date before Behov's.
    const phases = problems.map((p) => PHASES.indexOf(phaseOfPath(p.path)));
    expect(phases).toEqual([...phases].sort((a, b) => a - b));
  });

  it('checks consents against the consent policy', () => {
    const plan = childConsentPlan();
    expect(completionProblems(plan, 'child-may-consent-alone', 'sv', sv)).toEqual([]);
    expect(completionProblems(plan, 'guardians-must-consent', 'sv', sv).length).toBeGreaterThan(0);
  });
});

describe('shownProblems', () => {
  const problems = completionProblems(withoutLegalElements(), 'guardians-must-consent', 'sv', sv);

  it('shows nothing before the first click', () => {
    expect(shownProblems(problems, null)).toEqual([]);
  });

  it('shows what was wrong at the click, narrowed as things are fixed, never a new problem', () => {
    const [first, ...rest] = problems;
    const checked = new Set(rest.map((p) => p.key));
    // `first` appeared after the click: not shown until the next one.
    expect(shownProblems(problems, checked)).toEqual(rest);
    // Fixed since the click: gone from the summary.
    expect(shownProblems([first!], checked)).toEqual([]);
  });
});

describe('summaryItems', () => {
  it('links a date to its first wrong part, anything else to the field or the closest group the form has', () => {
    const problems = completionProblems(
      planWithUnfinishedDates(),
      'guardians-must-consent',
      'sv',
      sv,
    );
    const items = summaryItems(problems, 'sip');
    expect(items.find((i) => i.targetId.startsWith('sip-meetingDate'))?.targetId).toBe(
      'sip-meetingDate-year',
    );
    const legal = completionProblems(withoutLegalElements(), 'guardians-must-consent', 'sv', sv);
    expect(summaryItems(legal, 'sip')[0]).toEqual({
      targetId: 'sip-actions-0-principal',
      text: legal[0]!.summaryText,
    });
    const resolved = summaryItems(legal, 'sip', (path) => `group-${path[0]}`);
    expect(resolved.map((i) => i.targetId)).toEqual(legal.map((p) => `group-${p.path[0]}`));
  });
});

describe('fieldErrors', () => {
  const issue = (path: (string | number)[], text: string): ValidationIssue => ({
    path,
    code: 'type',
    message: { sv: text, en: `${text} (en)` },
  });

  it("gives each field one message: the data's problem first, then the summary's", () => {
    const shown = completionProblems(withoutLegalElements(), 'guardians-must-consent', 'sv', sv);
    const map = fieldErrors(
      [issue(['actions', 0, 'principal'], 'Fel typ'), issue(['actions', 0, 'principal'], 'Andra')],
      shown,
      'sip',
      'en',
    );
    expect(map.get('sip-actions-0-principal')).toBe('Fel typ (en)');
    const others = shown.filter((p) => p.path[0] === 'overallResponsibility');
    expect(others.length).toBeGreaterThan(0);
    for (const problem of others) {
      expect(map.get(planFieldId('sip', problem.path))).toBe(
        // Two problems at one field: the first one's message.
        others.find((p) => planFieldId('sip', p.path) === planFieldId('sip', problem.path))!
          .fieldText,
      );
    }
    expect(fieldErrors([], [], 'sip', 'sv').size).toBe(0);
  });
});

describe('problemPathOfTarget', () => {
  it("finds the shown problem a summary link goes to, a date's part included", () => {
    const shown = completionProblems(planWithUnfinishedDates(), 'guardians-must-consent', 'sv', sv);
    expect(problemPathOfTarget('sip-meetingDate-year', shown, 'sip')).toEqual(['meetingDate']);
    expect(problemPathOfTarget('sip-actions-1-end-day', shown, 'sip')).toEqual([
      'actions',
      1,
      'end',
    ]);
    expect(problemPathOfTarget('somewhere-else', shown, 'sip')).toBeUndefined();
  });
});
