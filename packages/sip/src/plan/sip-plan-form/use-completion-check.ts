import { useMemo, useState } from 'react';
import type { ConsentPolicy, SipPlan, UiLocale, ValidationIssue } from '@barnets-basta/core';
import type { IdRoot } from '../../form/internal/dom-root.ts';
import type { PlanMessages } from '../../i18n/plan-messages.ts';
import { resolveFieldId } from '../shared/plan-paths.ts';
import { enforceProtectedIdentity } from '../shared/plan-utils.ts';
import {
  completionProblems,
  fieldErrors,
  shownProblems,
  summaryItems,
  type CompletionProblem,
} from './completion.ts';

/**
 * What {@link useCompletionCheck} needs from the form.
 *
 * @example
 * ```ts
 * const options: CompletionCheckOptions = { plan, value, issues, consentPolicy, locale, m,
 *   idPrefix: 'sip', getRoot, focus, onComplete };
 * ```
 */
export interface CompletionCheckOptions {
  /** The plan as the form shows it (normalised). */
  plan: SipPlan;
  /** What the host passed: "done" lasts as long as the host passes the same value. */
  value: unknown;
  /** Problems in the data the host passed, shown at their fields too. */
  issues: readonly ValidationIssue[];
  consentPolicy: ConsentPolicy;
  locale: UiLocale;
  m: PlanMessages;
  idPrefix: string;
  /** The root the form is in, where a link's field (or its closest group) is looked up. */
  getRoot: () => IdRoot | undefined;
  /** Moves focus to an element by id once it exists (the summary, after a click). */
  focus: (id: string) => void;
  onComplete?: ((plan: SipPlan) => void) | undefined;
}

/**
 * "Markera planen som klar" as state: what was wrong at the last click, narrowed as things get
 * fixed (the pure rules are in `completion.ts`); the summary's links, each field's message (the
 * same Map while the messages stay the same, so the memoised sections do not re-render on every
 * keystroke), `complete` for the button and `done` for the notice.
 *
 * @example
 * ```tsx
 * const check = useCompletionCheck({ plan, value, issues, consentPolicy, locale, m, idPrefix,
 *   getRoot, focus, onComplete });
 * <ErrorSummary id={check.summaryId} errors={check.errors} … />
 * <button type="button" onClick={check.complete}>{m.completeButton}</button>
 * ```
 */
export function useCompletionCheck({
  plan,
  value,
  issues,
  consentPolicy,
  locale,
  m,
  idPrefix,
  getRoot,
  focus,
  onComplete,
}: CompletionCheckOptions) {
  const [checkedKeys, setCheckedKeys] = useState<ReadonlySet<string> | null>(null);
  const [completedPlan, setCompletedPlan] = useState<unknown>(null);
  const problemsNow = useMemo(
    () => completionProblems(plan, consentPolicy, locale, m),
    [plan, consentPolicy, locale, m],
  );
  const shown: CompletionProblem[] = useMemo(
    () => shownProblems(problemsNow, checkedKeys),
    [problemsNow, checkedKeys],
  );
  const summaryId = `${idPrefix}-completion-summary`;
  // Problems are shown only after a click, so the form is mounted and its root known here.
  const root = shown.length > 0 ? getRoot() : undefined;
  const errors = summaryItems(
    shown,
    idPrefix,
    root ? (path) => resolveFieldId(idPrefix, path, root) : undefined,
  );
  const byField = useMemo(
    () => fieldErrors(issues, shown, idPrefix, locale),
    [issues, shown, idPrefix, locale],
  );
  const byFieldKey = [...byField].map(([k, v]) => `${k}=${v}`).join('\n');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `byFieldKey` stands for `byField`
  const stableByField = useMemo(() => byField, [byFieldKey]);

  const complete = () => {
    if (problemsNow.length === 0) {
      setCheckedKeys(null);
      setCompletedPlan(value);
      onComplete?.(enforceProtectedIdentity(plan));
      return;
    }
    setCompletedPlan(null);
    setCheckedKeys(new Set(problemsNow.map((item) => item.key)));
    focus(summaryId);
  };

  return {
    summaryId,
    /** The summary's links. */
    errors,
    /** What the summary shows, to find the phase a link goes to. */
    shown,
    /** Each field's message by field id. */
    fieldErrors: stableByField,
    complete,
    /** The host's plan was found complete, and it has not changed since. */
    done: completedPlan !== null && completedPlan === value,
  };
}
