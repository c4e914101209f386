import type { Assessment } from '@barnets-basta/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../../../../testing/axe.ts';
import '../index.ts';
import type { BbWheel } from './bb-wheel.tsx';

// A plain HTML page, as a municipal e-service platform would write it: no React in the host.
function html(markup: string): HTMLElement {
  const host = document.createElement('div');
  const template = document.createElement('template');
  template.setHTMLUnsafe(markup); // test fixture markup written here, never user input
  host.append(template.content);
  document.body.append(host);
  return host;
}

/** Waits until the element has rendered its wheel inside the shadow root. */
async function ready(el: BbWheel) {
  await vi.waitFor(() => {
    if (!el.shadowRoot?.querySelector('input[type="radio"]')) throw new Error('not rendered yet');
  });
}

/** Checks a scale step. On the drawn wheel the step radios sit under the SVG (which a pointer
 * click on a ring cell reaches; the wheel's own tests cover that), so click the input itself. */
async function check(area: string, step: string) {
  const input = page
    .getByRole('group', { name: new RegExp(`^${area}\\b`) })
    .getByRole('radio', { name: step, exact: true });
  (input.element() as HTMLInputElement).click();
  await expect.element(input).toBeChecked();
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('<bb-wheel> in a plain form', () => {
  it('is filled by keyboard and submits core JSON plus one field per area', async () => {
    const host = html(`
      <form>
        <label for="ref">Referens</label><input id="ref" name="ref" value="Elev 7B-12">
        <bb-wheel name="hjul" locale="sv" audience="child-8-12" no-animation></bb-wheel>
        <button>Skicka</button>
      </form>`);
    const el = host.querySelector('bb-wheel')!;
    await ready(el);
    const changes: Assessment[] = [];
    el.addEventListener('change', (e) => changes.push((e as CustomEvent<Assessment>).detail));

    host.querySelector<HTMLInputElement>('#ref')!.focus();
    await userEvent.keyboard('{Tab}'); // into the element: first area's first radio
    // Focus inside a shadow root: the document sees the host, the shadow root the input.
    expect(document.activeElement).toBe(el);
    expect(el.shadowRoot!.activeElement).toBe(
      page.getByRole('radio', { name: '1 – Stämmer inte alls', exact: true }).first().element(),
    );
    await userEvent.keyboard('{Space}{ArrowRight}{ArrowRight}{ArrowRight}'); // Trygg = 4

    const data = new FormData(host.querySelector('form')!);
    expect(data.get('ref')).toBe('Elev 7B-12');
    expect(data.get('hjul.trygg')).toBe('4');
    const doc = JSON.parse(String(data.get('hjul'))) as Assessment;
    expect(doc.type).toBe('bb.assessment');
    expect(doc.areas.trygg?.answer).toEqual({ kind: 'value', value: 4 });
    expect(changes.at(-1)?.areas.trygg?.answer).toEqual({ kind: 'value', value: 4 });
    expect(el.value?.areas.trygg?.answer).toEqual({ kind: 'value', value: 4 });
  });

  it('follows form reset back to its starting value', async () => {
    const start = {
      type: 'bb.assessment',
      schemaVersion: 1,
      id: 'a1',
      pack: { id: 'barnets-basta', version: '1.0.0' },
      scale: 'agree-5',
      perspective: { kind: 'child' },
      createdAt: '2026-11-24T10:00:00Z',
      updatedAt: '2026-11-24T10:00:00Z',
      areas: { aktiv: { answer: { kind: 'dont-know' } } },
    };
    const host = html(`<form><bb-wheel name="hjul" no-animation></bb-wheel></form>`);
    const el = host.querySelector('bb-wheel')!;
    el.value = start as Assessment;
    await ready(el);
    const form = host.querySelector('form')!;
    expect(new FormData(form).get('hjul.aktiv')).toBe('dont-know');

    const group = page.getByRole('group', { name: /^Trygg\b/ });
    await check('Trygg', '5 – Stämmer helt');
    expect(new FormData(form).get('hjul.trygg')).toBe('5');

    form.reset();
    await vi.waitFor(() => expect(new FormData(form).get('hjul.trygg')).toBeNull());
    expect(new FormData(form).get('hjul.aktiv')).toBe('dont-know');
    await expect
      .element(group.getByRole('radio', { name: '5 – Stämmer helt', exact: true }))
      .not.toBeChecked();
  });

  it('is disabled by a disabled fieldset and then submits nothing', async () => {
    const host = html(
      `<form><fieldset disabled><legend>Hjul</legend><bb-wheel name="hjul" no-animation></bb-wheel></fieldset></form>`,
    );
    const el = host.querySelector('bb-wheel')!;
    await ready(el);
    await vi.waitFor(() => {
      const inputs = [...el.shadowRoot!.querySelectorAll('input, textarea, button')];
      expect(inputs.length).toBeGreaterThan(0);
      expect(
        inputs.filter((i) => !i.matches(':disabled')).map((i) => i.outerHTML.slice(0, 80)),
      ).toEqual([]);
    });
    expect([...new FormData(host.querySelector('form')!).keys()]).toEqual([]);
    host.querySelector('fieldset')!.disabled = false;
    await vi.waitFor(() =>
      expect(el.shadowRoot!.querySelector('input')!.matches(':disabled')).toBe(false),
    );
  });

  it('reports required as a validity error until an area is answered ("Vet inte" counts)', async () => {
    const host = html(
      `<form><bb-wheel name="hjul" required no-animation></bb-wheel><button>Skicka</button></form>`,
    );
    const el = host.querySelector('bb-wheel')!;
    await ready(el);
    const form = host.querySelector('form')!;
    expect(form.checkValidity()).toBe(false);
    expect(el.validity.valueMissing).toBe(true);
    expect(el.validationMessage).toMatch(/minst ett/);

    await page
      .getByRole('group', { name: /^Aktiv\b/ })
      .getByRole('radio', { name: 'Vet inte' })
      .click();
    await vi.waitFor(() => expect(form.checkValidity()).toBe(true));
  });

  it('keeps working after a bad JSON attribute and says why in the console', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const host = html(
      `<form><bb-wheel name="hjul" content="{not json" no-animation></bb-wheel></form>`,
    );
    const el = host.querySelector('bb-wheel')!;
    await ready(el);
    expect(error).toHaveBeenCalledWith(
      expect.stringMatching(/"content" attribute is not valid JSON/),
    );
    await check('Trygg', '4 – Stämmer bra');
    expect(new FormData(host.querySelector('form')!).get('hjul.trygg')).toBe('4');
    error.mockRestore();
  });

  it('takes JSON content in an attribute and objects through properties', async () => {
    const host = html(
      `<bb-wheel locale="en" content='{"areas":{"trygg":{"texts":{"en":{"name":"Feeling safe"}}}}}' no-animation></bb-wheel>`,
    );
    const el = host.querySelector('bb-wheel')!;
    await ready(el);
    await expect.element(page.getByRole('group', { name: /^Feeling safe\b/ })).toBeInTheDocument();
    el.content = { areas: { aktiv: { texts: { en: { name: 'Playing and moving' } } } } };
    await expect
      .element(page.getByRole('group', { name: /^Playing and moving\b/ }))
      .toBeInTheDocument();
  });

  it('keeps two elements on one page apart', async () => {
    const host = html(`<form>
        <bb-wheel name="barnet" perspective="child" no-animation></bb-wheel>
        <bb-wheel name="skolan" perspective="school" audience="professional" no-animation></bb-wheel>
      </form>`);
    const [a, b] = [...host.querySelectorAll('bb-wheel')];
    await ready(a!);
    await ready(b!);
    const trygg = page.getByRole('group', { name: /^Trygg\b/ });
    await trygg.nth(0).getByRole('radio', { name: 'Vet inte' }).click();
    await trygg.nth(1).getByRole('radio', { name: 'Vill inte svara' }).click();
    const data = new FormData(host.querySelector('form')!);
    expect(data.get('barnet.trygg')).toBe('dont-know');
    expect(data.get('skolan.trygg')).toBe('declined');
    expect(JSON.parse(String(data.get('skolan'))).perspective.kind).toBe('school');
  });

  it('is not broken by a host stylesheet with aggressive global rules', async () => {
    const hostile = document.createElement('style');
    hostile.textContent = `
      * { box-sizing: content-box !important; outline: none !important; font-size: 40px !important; }
      input, button, fieldset, legend { display: none !important; all: unset !important; }
      div { padding: 80px !important; border: 10px solid red !important; }
      svg { display: none !important; }`;
    document.head.append(hostile);
    try {
      const host = html(
        `<form><label for="before">Före</label><input id="before"><bb-wheel name="hjul" no-animation></bb-wheel></form>`,
      );
      const el = host.querySelector('bb-wheel')!;
      await ready(el);
      const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"]')!;
      const fieldset = el.shadowRoot!.querySelector('fieldset')!;
      expect(getComputedStyle(fieldset).display).not.toBe('none');
      expect(getComputedStyle(input).fontSize).not.toBe('40px');
      const svg = el.shadowRoot!.querySelector('svg');
      if (svg) expect(getComputedStyle(svg).display).not.toBe('none');
      // Keyboard focus still lands inside and is shown.
      host.querySelector<HTMLInputElement>('#before')!.focus();
      await userEvent.keyboard('{Tab}');
      const focused = el.shadowRoot!.activeElement as HTMLInputElement;
      expect(focused).toBeInstanceOf(HTMLInputElement);
      // The host's `outline: none !important` cannot reach the wheel's focus indicator.
      const ring = el.shadowRoot!.querySelector('[data-focused], .bb-wheel__focus, :focus-visible');
      expect(ring).not.toBeNull();
      await expectNoAxeViolations(document.body);
    } finally {
      hostile.remove();
    }
  });

  it('passes axe with the popover open', async () => {
    html(
      `<main><h1>Frånvaroutredning</h1><form><bb-wheel name="hjul" no-animation></bb-wheel></form></main>`,
    );
    await ready(document.querySelector('bb-wheel')!);
    await expectNoAxeViolations(document.body);
    await page.getByRole('button', { name: 'Om Trygg' }).click();
    await expect.element(page.getByRole('dialog', { name: 'Trygg' })).toBeVisible();
    await expectNoAxeViolations(document.body);
    await userEvent.keyboard('{Escape}');
    const el = document.querySelector('bb-wheel')!;
    await vi.waitFor(() =>
      expect(el.shadowRoot!.activeElement).toBe(
        page.getByRole('button', { name: 'Om Trygg' }).element(),
      ),
    );
  });
});
