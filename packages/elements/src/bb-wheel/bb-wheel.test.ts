import type { Answer, Assessment } from '@barnets-basta/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../../../../testing/axe.ts';
import '../index.ts';
import type { BbWheel } from './bb-wheel.tsx';

// A plain HTML page, as a municipal e-service platform would write it: no React in the host.
/** A saved assessment as a host would pass it in: one area answered with `answer`. */
function savedAssessment(answer: Answer): Assessment {
  return {
    type: 'bb.assessment',
    schemaVersion: 1,
    id: 'a1',
    pack: { id: 'barnets-basta', version: '1.0.0' },
    scale: 'agree-5',
    perspective: { kind: 'child' },
    createdAt: '2026-11-24T10:00:00Z',
    updatedAt: '2026-11-24T10:00:00Z',
    areas: { aktiv: { answer } },
  };
}

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

/**
 * What a pointer can hit: buttons, text fields and the labels of radios and checkboxes (a radio is
 * hit through its label), each hit-tested at its centre, so the visually hidden step radios (whose
 * pointer targets are the drawing's ring cells, sized in px) do not count.
 */
function pointerTargets(root: ShadowRoot): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('button, textarea, label:has(input)')].filter(
    (t) => {
      t.scrollIntoView({ block: 'center', inline: 'center' });
      const r = t.getBoundingClientRect();
      const hit = root.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return hit !== null && (hit === t || t.contains(hit));
    },
  );
}

/** A visible focus outline: solid, at least 2px, in a colour other than what is behind it. */
function expectOutline(el: Element, background: string) {
  const style = getComputedStyle(el);
  expect(style.outlineStyle).toBe('solid');
  expect(parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(2);
  expect(style.outlineColor).not.toBe(background);
  expect(style.outlineColor).not.toBe(style.backgroundColor);
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
    const start = savedAssessment({ kind: 'dont-know' });
    const host = html(`<form><bb-wheel name="hjul" no-animation></bb-wheel></form>`);
    const el = host.querySelector('bb-wheel')!;
    el.value = start;
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
      html { font-size: 62.5% !important; }
      * { box-sizing: content-box !important; outline: none !important; font-size: 40px !important; }
      input, button, fieldset, legend { display: none !important; all: unset !important; }
      div { padding: 80px !important; border: 10px solid red !important; }
      svg { display: none !important; }
      path, g { stroke: none !important; stroke-width: 0 !important; display: none !important; }`;
    document.head.append(hostile);
    try {
      const host = html(
        `<form><label for="before">Före</label><input id="before"><bb-wheel name="hjul" no-animation show-hopes></bb-wheel></form>`,
      );
      const el = host.querySelector('bb-wheel')!;
      await ready(el);
      const root = el.shadowRoot!;
      const input = root.querySelector<HTMLInputElement>('input[type="radio"]')!;
      const fieldset = root.querySelector('fieldset')!;
      expect(getComputedStyle(fieldset).display).not.toBe('none');
      expect(getComputedStyle(input).fontSize).not.toBe('40px');
      // The page's 62.5 % root size does not shrink our text: it follows the reader's setting.
      expect(getComputedStyle(root.querySelector('.bb-wheel')!).fontSize).toBe('16px');
      const svg = root.querySelector('svg');
      if (svg) expect(getComputedStyle(svg).display).not.toBe('none');

      // Every pointer target is at least 24×24 CSS px (WCAG 2.5.8), also with rem at 10px.
      const targets = pointerTargets(root);
      expect(targets.length).toBeGreaterThan(10);
      const small = targets
        .map((t) => ({ t: t.textContent?.trim().slice(0, 30), r: t.getBoundingClientRect() }))
        .filter(({ r }) => r.width < 24 || r.height < 24)
        .map(({ t, r }) => `${t}: ${r.width}×${r.height}`);
      expect(small).toEqual([]);

      // Keyboard focus lands inside and is shown. The host's padding leaves the wheel too narrow
      // for the drawing, so the areas are lists: the ring sits on the focused radio's choice.
      const wheel = root.querySelector('.bb-wheel')!;
      const background = getComputedStyle(wheel).backgroundColor;
      expect(wheel.getAttribute('data-layout')).toBe('list');
      host.querySelector<HTMLInputElement>('#before')!.focus();
      await userEvent.keyboard('{Tab}');
      let focused = root.activeElement as HTMLInputElement;
      expect(focused).toBeInstanceOf(HTMLInputElement);
      expect(focused.name).toBe('hjul.trygg');
      expectOutline(focused.closest('label')!, background);

      // The next stop, the "Om Trygg" button, has an outline of its own.
      await userEvent.keyboard('{Tab}');
      const about = root.activeElement as HTMLButtonElement;
      expect(about.textContent).toMatch(/Trygg/);
      expectOutline(about, background);

      // Wide enough for the drawing: the radios are hidden under it and the focus ring is drawn on
      // the ring cell, a dark line over a wider light halo, so it shows on every area colour.
      await page.viewport(1280, 900);
      await vi.waitFor(() => expect(wheel.getAttribute('data-layout')).toBe('wheel'));
      host.querySelector<HTMLInputElement>('#before')!.focus();
      await userEvent.keyboard('{Tab}');
      focused = root.activeElement as HTMLInputElement;
      expect(focused.name).toBe('hjul.trygg');
      const ring = root.querySelector<SVGPathElement>('.bb-wheel__focus-ring[data-area="trygg"]');
      const halo = root.querySelector<SVGPathElement>('.bb-wheel__focus-halo');
      expect(ring).not.toBeNull();
      expect(halo).not.toBeNull();
      const ringStyle = getComputedStyle(ring!);
      const haloStyle = getComputedStyle(halo!);
      expect(ringStyle.display).not.toBe('none');
      expect(ringStyle.visibility).toBe('visible');
      expect(ring!.getBBox().width).toBeGreaterThan(10);
      expect(parseFloat(ringStyle.strokeWidth)).toBeGreaterThanOrEqual(2);
      expect(parseFloat(haloStyle.strokeWidth)).toBeGreaterThan(parseFloat(ringStyle.strokeWidth));
      expect(ringStyle.stroke).not.toBe('none');
      expect(ringStyle.stroke).not.toBe(haloStyle.stroke);
      expect(ringStyle.stroke).not.toBe(background);
      await expectNoAxeViolations(document.body);
    } finally {
      hostile.remove();
      await page.viewport(414, 896);
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

describe('<bb-wheel> events', () => {
  it('fires input, then change, with the assessment in detail for each change the user makes', async () => {
    const host = html(`<form><bb-wheel name="hjul" no-animation></bb-wheel></form>`);
    const el = host.querySelector('bb-wheel')!;
    await ready(el);
    const seen: { type: string; composed: boolean; trygg: unknown }[] = [];
    // Listening on the document: also catches a native `input` leaking out of the shadow root.
    const record = (event: Event) =>
      seen.push({
        type: event instanceof CustomEvent ? event.type : `native ${event.type}`,
        composed: event.composed,
        trygg: (event as CustomEvent<Assessment | undefined>).detail?.areas?.trygg?.answer,
      });
    document.addEventListener('input', record);
    document.addEventListener('change', record);
    try {
      el.focus();
      await userEvent.keyboard('{Space}');
      await userEvent.keyboard('{ArrowRight}');
      const one = { kind: 'value', value: 1 };
      const two = { kind: 'value', value: 2 };
      expect(seen).toEqual([
        { type: 'input', composed: true, trygg: one },
        { type: 'change', composed: false, trygg: one },
        { type: 'input', composed: true, trygg: two },
        { type: 'change', composed: false, trygg: two },
      ]);
    } finally {
      document.removeEventListener('input', record);
      document.removeEventListener('change', record);
    }
  });

  it('fires nothing on load, also with a value: native controls fire only for the user', async () => {
    const events: string[] = [];
    const listen = (event: Event) => events.push(event.type);
    document.addEventListener('input', listen, true);
    document.addEventListener('change', listen, true);
    try {
      const start = JSON.stringify(savedAssessment({ kind: 'value', value: 3 }));
      const host = html(`<form><bb-wheel name="hjul" no-animation></bb-wheel></form>`);
      const el = host.querySelector('bb-wheel')!;
      el.setAttribute('value', start);
      await ready(el);
      const form = host.querySelector('form')!;
      expect(new FormData(form).get('hjul.aktiv')).toBe('3');
      await expect
        .element(
          page
            .getByRole('group', { name: /^Aktiv\b/ })
            .getByRole('radio', { name: '3 – Stämmer ganska bra', exact: true }),
        )
        .toBeChecked();
      // Let the element and React finish their work (effects, queued renders) before looking.
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      expect(events).toEqual([]);
    } finally {
      document.removeEventListener('input', listen, true);
      document.removeEventListener('change', listen, true);
    }
  });
});

describe('<bb-wheel> theming from the host page', () => {
  const DEFAULT_ACCENT = 'rgb(26, 95, 180)'; // --bb-accent's default, #1a5fb4
  const aboutColour = (el: BbWheel) =>
    getComputedStyle(
      [...el.shadowRoot!.querySelectorAll('button')].find((b) =>
        /Trygg/.test(b.textContent ?? ''),
      )!,
    ).color;

  it('takes --bb-* from an ancestor, by ordinary inheritance', async () => {
    const host = html(
      `<main><h1>Tema</h1><div class="tjanst"><bb-wheel name="hjul" no-animation></bb-wheel></div></main>`,
    );
    const el = host.querySelector('bb-wheel')!;
    await ready(el);
    expect(aboutColour(el)).toBe(DEFAULT_ACCENT);

    const container = host.querySelector<HTMLElement>('.tjanst')!;
    container.style.setProperty('--bb-accent', '#00528a');
    expect(aboutColour(el)).toBe('rgb(0, 82, 138)');

    // A token whose default is another token follows the host's value of that token too:
    // --bb-wheel-centre defaults to var(--bb-surface).
    container.style.setProperty('--bb-surface', '#fbf7ee');
    const wheel = el.shadowRoot!.querySelector('.bb-wheel')!;
    expect(getComputedStyle(wheel).backgroundColor).toBe('rgb(251, 247, 238)');
    const centre = el.shadowRoot!.querySelector('.bb-wheel__centre');
    expect(centre).not.toBeNull();
    expect(getComputedStyle(centre!).fill).toBe('rgb(251, 247, 238)');
    await expectNoAxeViolations(document.body);

    container.style.removeProperty('--bb-accent');
    expect(aboutColour(el)).toBe(DEFAULT_ACCENT);
  });

  it('takes --bb-* from :root', async () => {
    const host = html(`<bb-wheel name="hjul" no-animation></bb-wheel>`);
    const el = host.querySelector('bb-wheel')!;
    await ready(el);
    document.documentElement.style.setProperty('--bb-accent', '#6f2da8');
    try {
      expect(aboutColour(el)).toBe('rgb(111, 45, 168)');
      await expectNoAxeViolations(document.body);
    } finally {
      document.documentElement.style.removeProperty('--bb-accent');
    }
    expect(aboutColour(el)).toBe(DEFAULT_ACCENT);
  });

  it('takes --bb-* set on the element itself, which wins over its ancestors', async () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`.tjanst { --bb-accent: #00528a; } bb-wheel.egen { --bb-accent: #0f6470; }`);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    try {
      const host = html(
        `<div class="tjanst"><bb-wheel name="a" no-animation></bb-wheel><bb-wheel name="b" class="egen" no-animation></bb-wheel></div>`,
      );
      const [a, b] = [...host.querySelectorAll('bb-wheel')];
      await ready(a!);
      await ready(b!);
      expect(aboutColour(a!)).toBe('rgb(0, 82, 138)');
      expect(aboutColour(b!)).toBe('rgb(15, 100, 112)');
    } finally {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    }
  });
});
