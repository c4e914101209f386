import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../../../../testing/axe.ts';
import {
  filledPlan,
  PROTECTED_ADDRESS,
  PROTECTED_NAME,
  protectedPlan,
} from '../../../sip/src/plan/test-fixtures.ts';
import '../index.ts';
import { html, rendered, shadowText } from '../react-view-element/test-helpers.ts';

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

function printPlan(plan: unknown, attributes = '') {
  const host = html(`<main><h1>SIP</h1><bb-print-plan ${attributes}></bb-print-plan></main>`);
  const el = host.querySelector('bb-print-plan')!;
  el.value = plan;
  return el;
}

describe('<bb-print-plan>', () => {
  it('lays out the whole plan with its tables, and a print button that opens the print dialog', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const el = printPlan(filledPlan(), 'print-button');
    await rendered(el, 'article');
    await expect.element(page.getByRole('table').first()).toBeInTheDocument();
    const button = page.getByRole('button', { name: 'Skriv ut planen' });
    (button.element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    expect(print).toHaveBeenCalledTimes(1);
    expect(shadowText(el)).not.toContain('lägret'); // the topic the child did not want raised
    await expectNoAxeViolations(document.body);
  });

  it('never prints the name or address of a child with protected identity', async () => {
    const el = printPlan(protectedPlan(), 'viewer="respondent"');
    await rendered(el, 'article');
    expect(shadowText(el)).not.toContain(PROTECTED_NAME);
    expect(shadowText(el)).not.toContain(PROTECTED_ADDRESS);
    expect(shadowText(el)).toContain('Ärende 2026-014');
  });

  it('rewords through messages; a plan that cannot be read is listed by path in English', async () => {
    const el = printPlan(
      { ...filledPlan(), participants: 7 },
      `locale="en" messages='{"dataInvalidTitle":"This plan needs fixing"}'`,
    );
    await expect.element(page.getByRole('note')).toHaveTextContent(/This plan needs fixing/);
    await expect.element(page.getByRole('note')).toHaveTextContent(/value\.participants/);
    await expectNoAxeViolations(document.body);
    el.value = filledPlan();
    await rendered(el, 'article');
    expect(el.shadowRoot!.querySelector('[role="note"]')).toBeNull();
  });
});
