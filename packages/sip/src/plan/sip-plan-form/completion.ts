import {
  formatMessage,
  type ConsentPolicy,
  type IssuePath,
  type SipPlan,
  type UiLocale,
  type ValidationIssue,
} from '@barnets-basta/core';
import { checkLegalElements } from '@barnets-basta/core/sip';
import type { PlanMessages } from '../../i18n/plan-messages.ts';
import { dateProblem, unfinishedDateFields } from '../shared/plan-dates.ts';
import { errorsByField, PHASES, phaseOfPath, planFieldId } from '../shared/plan-paths.ts';

// The completion check of `SipPlanForm` ("Markera planen som klar") as plain functions of the plan:
// what is wrong, which of it the summary shows, where each link goes and what each field says. The
// hook `useCompletionCheck` keeps the state; these need no React and no DOM (Node tests).

/**
 * Something that stops the plan being marked complete, with where to fix it.
 *
 * @example
 * ```ts
 * const problem: CompletionProblem = {
 *   key: 'date:meetingDate', path: ['meetingDate'], fieldText: 'Ange ett riktigt datum',
 *   summaryText: 'Mötesdatum: ange ett riktigt datum', part: 'day',
 * };
 * ```
 */
export interface CompletionProblem {
  /** Stable while the problem lasts, so the summary can narrow as problems are fixed. */
  key: string;
  path: IssuePath;
  /** The field's own message. */
  fieldText: string;
  /** The summary's sentence: names the field when the field's message does not. */
  summaryText: string;
  /** For a date: the first wrong part, which the summary's link goes to (GOV.UK). */
  part?: string;
}

/**
 * What stops the plan being completed, in the order of the form: typed dates that are not real
 * dates, then the legal elements (core's `checkLegalElements` with the consent policy), sorted by
 * phase (stable: within a phase that order stays).
 *
 * @example
 * ```ts
 * completionProblems(plan, 'guardians-must-consent', 'sv', planMessages.sv).map((p) => p.key);
 * ```
 */
export function completionProblems(
  plan: SipPlan,
  consentPolicy: ConsentPolicy,
  locale: UiLocale,
  m: PlanMessages,
): CompletionProblem[] {
  const problems: CompletionProblem[] = [];
  for (const date of unfinishedDateFields(plan, m)) {
    const problem = dateProblem(date.parts, date.previous, locale, m);
    if (!problem) continue;
    problems.push({
      key: `date:${date.path.join('.')}`,
      path: date.path,
      fieldText: problem.text,
      summaryText: formatMessage(m.dateProblemIn, { field: date.field, problem: problem.text }),
      part: problem.invalidParts[0],
    });
  }
  for (const item of checkLegalElements(plan, { consentPolicy })) {
    const text = item.message[locale] ?? item.message.sv;
    problems.push({
      key: `${item.element}:${item.path.join('.')}`,
      path: item.path,
      fieldText: text,
      summaryText: text,
    });
  }
  const order = (p: CompletionProblem) => PHASES.indexOf(phaseOfPath(p.path));
  return problems.sort((a, b) => order(a) - order(b));
}

/**
 * The problems the summary shows: those of the last click that are still there. New problems
 * appear only on the next click, so the summary never jumps in while someone types; before any
 * click (`checked` null) there are none.
 *
 * @example
 * ```ts
 * shownProblems(now, new Set(['date:meetingDate'])); // only that one, if it is still wrong
 * ```
 */
export function shownProblems(
  now: readonly CompletionProblem[],
  checked: ReadonlySet<string> | null,
): CompletionProblem[] {
  return checked ? now.filter((item) => checked.has(item.key)) : [];
}

/**
 * The summary's links: a date's link goes to its first wrong part; any other to the field, or to
 * the closest group that exists when `resolve` is given (the form's `resolveFieldId` in its root).
 *
 * @example
 * ```ts
 * summaryItems(shown, 'sip'); // [{ targetId: 'sip-meetingDate-day', text: 'Mötesdatum: …' }]
 * ```
 */
export function summaryItems(
  shown: readonly CompletionProblem[],
  idPrefix: string,
  resolve?: (path: IssuePath) => string,
): { targetId: string; text: string }[] {
  return shown.map((item) => {
    let targetId: string;
    if (item.part) targetId = `${planFieldId(idPrefix, item.path)}-${item.part}`;
    else targetId = resolve ? resolve(item.path) : planFieldId(idPrefix, item.path);
    return { targetId, text: item.summaryText };
  });
}

/**
 * What each field says: the problems in the data the host passed first, then what the summary
 * shows (a field has one message).
 *
 * @example
 * ```ts
 * fieldErrors(issues, shown, 'sip', 'sv').get('sip-purpose');
 * ```
 */
export function fieldErrors(
  issues: readonly ValidationIssue[],
  shown: readonly CompletionProblem[],
  idPrefix: string,
  locale: UiLocale,
): Map<string, string> {
  const map = errorsByField(issues, idPrefix, locale);
  for (const item of shown) {
    const fieldId = planFieldId(idPrefix, item.path);
    if (!map.has(fieldId)) map.set(fieldId, item.fieldText);
  }
  return map;
}

/**
 * The path of the shown problem a summary link points at (its target id starts with the field's
 * id: a date's link goes to one of its parts), or undefined for another link.
 *
 * @example
 * ```ts
 * problemPathOfTarget('sip-meetingDate-day', shown, 'sip'); // ['meetingDate']
 * ```
 */
export function problemPathOfTarget(
  targetId: string,
  shown: readonly CompletionProblem[],
  idPrefix: string,
): IssuePath | undefined {
  return shown.find((item) => targetId.startsWith(planFieldId(idPrefix, item.path)))?.path;
}
