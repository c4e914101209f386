/**
 * Helpers for the plan's browser tests (not shipped: `test-*` files are left out of the package).
 */
import { useState } from 'react';
import { expect } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { SipPlan } from '@barnets-basta/core';
import { SipPlanForm, type SipPlanFormProps } from './sip-plan-form/sip-plan-form.tsx';

/** A host that keeps the plan in state, as an e-service would, and reports every change. */
export function PlanHost({
  initial,
  onPlan,
  ...props
}: { initial: SipPlan; onPlan?: (plan: SipPlan) => void } & Omit<
  SipPlanFormProps,
  'value' | 'onChange'
>) {
  const [plan, setPlan] = useState(initial);
  return (
    <form aria-label="SIP" onSubmit={(event) => event.preventDefault()}>
      <SipPlanForm
        {...props}
        value={plan}
        onChange={(next) => {
          setPlan(next);
          onPlan?.(next);
        }}
      />
    </form>
  );
}

function describe(el: Element | null): string {
  if (!el) return 'nothing';
  const label = el.getAttribute('aria-label') ?? (el as HTMLElement).innerText?.slice(0, 40) ?? '';
  return `<${el.tagName.toLowerCase()} id="${el.id}"> ${label}`;
}

/** Presses Tab until `target` has focus (keyboard only), failing with where focus got stuck. */
export async function tabTo(target: Element, max = 250): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    if (document.activeElement === target) return;
    await userEvent.keyboard('{Tab}');
  }
  throw new Error(
    `Tab never reached ${describe(target)}; focus is on ${describe(document.activeElement)}`,
  );
}

/** The element with this id (fails clearly when it is missing). */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`No element with id "${id}"`);
  return el as T;
}

/** Waits until focus is on the element with this id. */
export async function expectFocusOn(id: string): Promise<void> {
  await expect.poll(() => document.activeElement?.id).toBe(id);
}

/** Tabs to the element with this id and types into it. */
export async function typeInto(id: string, text: string): Promise<void> {
  await tabTo(byId(id));
  await userEvent.keyboard(text);
}

/** Tabs to a date input's three fields and types day, month and year. */
export async function typeDate(
  id: string,
  day: string,
  month: string,
  year: string,
): Promise<void> {
  await typeInto(`${id}-day`, day);
  await typeInto(`${id}-month`, month);
  await typeInto(`${id}-year`, year);
}

/** Tabs to a checkbox or radio and presses Space. */
export async function press(id: string, key = '{Space}'): Promise<void> {
  await tabTo(byId(id));
  await userEvent.keyboard(key);
}
