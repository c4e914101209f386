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
