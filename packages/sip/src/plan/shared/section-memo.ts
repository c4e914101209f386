import { memo, type ComponentType } from 'react';
import type { SipPlan } from '@barnets-basta/core';
import type { PlanSectionProps } from './plan-context.tsx';

function shallowEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || !a || !b) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return (
    ka.length === kb.length &&
    ka.every((k) => Object.is((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

/**
 * A section that re-renders only when the parts of the plan it shows (`keys`) or its other props
 * change. Inside `SipPlanForm` every keystroke creates a new plan; without this, typing in one
 * phase would re-render all five. Edits start from the form's latest plan (see `latest` in the
 * form context), so a section that skipped a render never writes back an old copy.
 */
export function memoSection<P extends PlanSectionProps>(
  Section: ComponentType<P>,
  keys: readonly (keyof SipPlan)[],
) {
  return memo(Section, (prev, next) => {
    for (const key of Object.keys({ ...prev, ...next }) as (keyof P)[]) {
      if (key === 'value') continue;
      // Hosts often pass `messages` inline: compare such objects by their entries.
      if (!shallowEqual(prev[key], next[key])) return false;
    }
    return keys.every((key) => Object.is(prev.value?.[key], next.value?.[key]));
  });
}
