import { it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import './test-styles.ts';
import { emptyPlan, filledPlan } from './test-fixtures.ts';
import { byId, PlanHost, tabTo } from './test-utils.tsx';

it('perf', async () => {
  await render(<PlanHost initial={filledPlan()} mode="meeting" />);
  byId('sip-purpose').focus();
  let t = performance.now();
  for (let i = 0; i < 10; i++) await userEvent.keyboard('{Tab}');
  console.log('tab x10', performance.now() - t);
  byId('sip-purpose').focus();
  t = performance.now();
  await userEvent.keyboard('abcdefghij');
  console.log('type 10 chars', performance.now() - t);
  t = performance.now();
  for (let i = 0; i < 10; i++)
    byId('sip-purpose').dispatchEvent(new Event('input', { bubbles: true }));
  console.log('noop', performance.now() - t);
});
it('perf-empty', async () => {
  await render(<PlanHost initial={emptyPlan()} mode="meeting" />);
  byId('sip-purpose').focus();
  let t = performance.now();
  for (let i = 0; i < 10; i++) await userEvent.keyboard('{Tab}');
  console.log('E tab x10', performance.now() - t);
  byId('sip-purpose').focus();
  t = performance.now();
  await userEvent.keyboard('abcdefghij');
  console.log('E type 10 chars', performance.now() - t);
});
