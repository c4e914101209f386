import type { SipPlan } from '@barnets-basta/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../../../../testing/axe.ts';
import '../index.ts';
import type { BbSipPlan } from './bb-sip-plan.tsx';

function html(markup: string): HTMLElement {
  const host = document.createElement('div');
  const template = document.createElement('template');
  template.setHTMLUnsafe(markup); // fixture markup written here, never user input
  host.append(template.content);
  document.body.append(host);
  return host;
}

async function ready(el: BbSipPlan) {
  await vi.waitFor(() => {
    if (!el.shadowRoot?.querySelector('textarea, input')) throw new Error('not rendered yet');
    if (!el.value) throw new Error('no value yet');
  });
  // The plan's React body is a lazy chunk: wait for its first field, not just the element.
  await expect
    .element(page.getByRole('textbox', { name: 'Varför träffas ni?' }).last())
    .toBeVisible();
}

const submitted = (form: HTMLFormElement, name = 'plan') =>
  JSON.parse(String(new FormData(form).get(name))) as SipPlan;

afterEach(() => {
  document.body.replaceChildren();
  localStorage.clear();
});

describe('<bb-sip-plan> in a plain form', () => {
  it('submits the plan as core JSON and fires change with the plan', async () => {
    const host = html(
      `<main><h1>SIP</h1><form><bb-sip-plan name="plan" no-draft></bb-sip-plan><button style="min-height: 44px">Spara</button></form></main>`,
    );
    const el = host.querySelector('bb-sip-plan')!;
    await ready(el);
    const form = host.querySelector('form')!;
    expect(submitted(form).type).toBe('bb.sip-plan');

    const changes: SipPlan[] = [];
    el.addEventListener('change', (e) => changes.push((e as CustomEvent<SipPlan>).detail));
    const purpose = page.getByRole('textbox', { name: 'Varför träffas ni?' }).first();
    await purpose.click();
    await userEvent.keyboard('Planera stödet för <b>skolgången</b>');
    await vi.waitFor(() =>
      expect(submitted(form).purpose).toBe('Planera stödet för <b>skolgången</b>'),
    );
    expect(changes.at(-1)?.purpose).toBe('Planera stödet för <b>skolgången</b>');
    // Markup stays text.
    expect(el.shadowRoot!.querySelector('b')).toBeNull();
    await expectNoAxeViolations(document.body);
  });

  it('saves a draft and restores it in a new element, unless drafts are off', async () => {
    let host = html(`<form><bb-sip-plan name="plan" draft-key="test-draft"></bb-sip-plan></form>`);
    let el = host.querySelector('bb-sip-plan')!;
    await ready(el);
    await page.getByRole('textbox', { name: 'Varför träffas ni?' }).first().fill('Trygg skolstart');
    await vi.waitFor(() =>
      expect(localStorage.getItem('bb-draft:test-draft') ?? '').toContain('Trygg skolstart'),
    );

    document.body.replaceChildren(); // the page is closed
    host = html(`<form><bb-sip-plan name="plan" draft-key="test-draft"></bb-sip-plan></form>`);
    el = host.querySelector('bb-sip-plan')!;
    await ready(el);
    await expect
      .element(page.getByRole('textbox', { name: 'Varför träffas ni?' }).first())
      .toHaveValue('Trygg skolstart');
    await vi.waitFor(() =>
      expect(submitted(host.querySelector('form')!).purpose).toBe('Trygg skolstart'),
    );

    localStorage.clear();
    host = html(`<form><bb-sip-plan name="other" no-draft></bb-sip-plan></form>`);
    el = host.querySelectorAll('bb-sip-plan')[0]!;
    await ready(el);
    await page.getByRole('textbox', { name: 'Varför träffas ni?' }).last().fill('Ingenting sparas');
    await new Promise((r) => setTimeout(r, 1200));
    expect(Object.keys(localStorage).filter((k) => k.includes('other'))).toEqual([]);
  });

  it('is invalid while required and the legal elements are missing', async () => {
    const host = html(`<form><bb-sip-plan name="plan" required no-draft></bb-sip-plan></form>`);
    const el = host.querySelector('bb-sip-plan')!;
    await ready(el);
    expect(host.querySelector('form')!.checkValidity()).toBe(false);
    expect(el.validationMessage.length).toBeGreaterThan(0);
  });

  it('follows a disabled fieldset', async () => {
    const host = html(
      `<form><fieldset disabled><legend>Plan</legend><bb-sip-plan name="plan" no-draft></bb-sip-plan></fieldset></form>`,
    );
    const el = host.querySelector('bb-sip-plan')!;
    await ready(el);
    expect(el.shadowRoot!.querySelector('textarea')!.matches(':disabled')).toBe(true);
    expect([...new FormData(host.querySelector('form')!).keys()]).toEqual([]);
  });
});
