import { useCallback, useMemo, useState } from 'react';
import type { UiLocale, ValidationIssue, IssuePath } from '@barnets-basta/core';
import type { ErrorSummaryItem } from './error-summary.tsx';

/** What {@link useErrorSummary} returns. */
export interface ErrorSummaryState {
  /** The errors currently shown. */
  errors: readonly ErrorSummaryItem[];
  /** Changes on every `show`, so the summary takes focus again on each submit. */
  focusKey: number;
  /** Spread on `<ErrorSummary>`: `{ errors, focusKey }`. */
  props: { errors: readonly ErrorSummaryItem[]; focusKey: number };
  /** Shows these errors (after a submit) and returns true when there were none. */
  show: (errors: readonly ErrorSummaryItem[]) => boolean;
  /**
   * Replaces the errors shown without moving focus, e.g. the same problems in a new language after
   * a language switch. Does nothing visible when no errors are shown.
   */
  update: (errors: readonly ErrorSummaryItem[]) => void;
  /** Removes every error. */
  clear: () => void;
  /** The text for one field's own `error` prop, or `undefined`. */
  errorFor: (targetId: string) => string | undefined;
}

/**
 * Collects the errors of a form on submit and feeds both the {@link ErrorSummary} and each field's
 * `error` prop from one list, so the two always say the same thing.
 *
 * @example
 * ```tsx
 * const summary = useErrorSummary();
 * function onSubmit(event: React.FormEvent) {
 *   event.preventDefault();
 *   const errors = [];
 *   if (!goal.trim()) errors.push({ targetId: 'goal', text: 'Skriv ett mål' });
 *   if (summary.show(errors)) onSave();
 * }
 * // <ErrorSummary {...summary.props} />
 * // <Textarea id="goal" name="goal" label="Mål" error={summary.errorFor('goal')} />
 * ```
 */
export function useErrorSummary(initial: readonly ErrorSummaryItem[] = []): ErrorSummaryState {
  const [errors, setErrors] = useState<readonly ErrorSummaryItem[]>(initial);
  const [focusKey, setFocusKey] = useState(0);
  const show = useCallback((next: readonly ErrorSummaryItem[]) => {
    setErrors(next);
    setFocusKey((k) => k + 1);
    return next.length === 0;
  }, []);
  const update = useCallback(
    (next: readonly ErrorSummaryItem[]) =>
      setErrors((shown) => (shown.length === 0 ? shown : next)),
    [],
  );
  const clear = useCallback(() => setErrors([]), []);
  const errorFor = useCallback(
    (targetId: string) => errors.find((e) => e.targetId === targetId)?.text,
    [errors],
  );
  const props = useMemo(() => ({ errors, focusKey }), [errors, focusKey]);
  return { errors, focusKey, props, show, update, clear, errorFor };
}

/**
 * Turns core validation issues into error-summary items: `targetId(path)` maps an issue's path to
 * the id of the field that can fix it (issues it maps to `undefined` go to `fallbackId`, or are
 * dropped when there is none). Issues for the same field are merged into its first message.
 *
 * @example
 * ```ts
 * const result = parseSipPlan(plan);
 * if (!result.ok) summary.show(errorsFromIssues(result.issues, 'sv', (p) => `plan-${p.join('-')}`));
 * ```
 */
export function errorsFromIssues(
  issues: readonly ValidationIssue[],
  locale: UiLocale,
  targetId: (path: IssuePath) => string | undefined,
  fallbackId?: string,
): ErrorSummaryItem[] {
  const out: ErrorSummaryItem[] = [];
  const seen = new Set<string>();
  for (const issue of issues) {
    const id = targetId(issue.path) ?? fallbackId;
    if (!id || seen.has(id)) continue;
    seen.add(id);
    out.push({ targetId: id, text: issue.message[locale] ?? issue.message.sv });
  }
  return out;
}
