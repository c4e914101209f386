import { memo, type ComponentType } from 'react';
import type { SipPlan } from '@barnets-basta/core';
import type { usePlanSection } from './plan-context.tsx';

/** What `usePlanSection` gives a section; handed to the section's own parts. */
export type PlanSectionApi = ReturnType<typeof usePlanSection>;

/** Replaces one element of a list, keeping the rest. */
export function replaceAt<T>(list: readonly T[], index: number, next: T): T[] {
  return list.map((item, i) => (i === index ? next : item));
}

/** Removes one element of a list. */
export function removeAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

/** Sets an optional field, or removes it when the value is empty, so data holds no `''`. */
export function withOptional<T extends object, K extends keyof T>(
  obj: T,
  key: K,
  value: T[K] | '' | undefined,
): T {
  const next = { ...obj };
  if (value === undefined || value === '') delete next[key];
  else next[key] = value as T[K];
  return next;
}

/**
 * A part of a section (the participants, the actions, ...) that re-renders only when the parts of
 * the plan it shows (`keys`) or the section's settings change, not on every keystroke elsewhere.
 */
export function memoEditor<P extends { s: PlanSectionApi }>(
  Editor: ComponentType<P>,
  keys: readonly (keyof SipPlan)[],
) {
  return memo(Editor, (prev, next) => {
    for (const key of Object.keys(prev.s) as (keyof PlanSectionApi)[]) {
      if (key === 'plan' || key === 'issues' || key === 'liveRegion') continue;
      if (!Object.is(prev.s[key], next.s[key])) return false;
    }
    for (const key of Object.keys(prev) as (keyof P)[]) {
      if (key !== 's' && !Object.is(prev[key], next[key])) return false;
    }
    return keys.every((key) => Object.is(prev.s.plan[key], next.s.plan[key]));
  });
}
