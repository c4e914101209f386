import { defaultPack, type SipPlan } from '@barnets-basta/core';
import { createSipPlan } from '@barnets-basta/core/sip';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../../../../testing/axe.ts';
import '../index.ts';
import { childConsentPlan } from '../../../sip/src/plan/test-fixtures.ts';
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
    expect(submitted(host.querySelector('form')!).purpose).toBe('Trygg skolstart');

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

/** A plan the host gives in `value`, with its purpose filled in. */
function hostPlan(purpose: string, id = 'plan-1'): SipPlan {
  return {
    ...createSipPlan({ pack: defaultPack, id, now: new Date('2026-11-24T10:00:00Z') }),
    purpose,
  };
}

/** A plan element made in script, with the given attributes, inside a new form on the page. */
function planInForm(attributes: Record<string, string>): {
  form: HTMLFormElement;
  el: BbSipPlan;
} {
  const host = html(
    `<main><h1>SIP</h1><form><button type="reset" style="min-height: 44px">Börja om</button></form></main>`,
  );
  const form = host.querySelector('form')!;
  const el = document.createElement('bb-sip-plan');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  form.prepend(el);
  return { form, el };
}

const purposeBox = () => page.getByRole('textbox', { name: 'Varför träffas ni?' }).first();

/**
 * Records the plan's purpose in the form's value at the moment a field of `el` first shows
 * `text`: in the mutation callback right after the commit that inserts it, before any effect React
 * runs later. Returns a function that gives what was recorded ('not seen' before that).
 */
function formValueAtCommit(el: BbSipPlan, form: HTMLFormElement, text: string): () => string {
  let seen = 'not seen';
  const observer = new MutationObserver(() => {
    const fields = el.shadowRoot!.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
      'input, textarea',
    );
    if (![...fields].some((field) => field.value === text)) return;
    observer.disconnect();
    const value = new FormData(form).get('plan');
    seen = value === null ? 'no value' : String((JSON.parse(String(value)) as SipPlan).purpose);
  });
  observer.observe(el.shadowRoot!, { subtree: true, childList: true });
  return () => seen;
}

describe('<bb-sip-plan> form reset', () => {
  it('without drafts: returns to the host value, or to an empty plan', async () => {
    let { form, el } = planInForm({
      name: 'plan',
      'no-draft': '',
      value: JSON.stringify(hostPlan('Från värden')),
    });
    await ready(el);
    await expect.element(purposeBox()).toHaveValue('Från värden');
    await purposeBox().fill('Ändrat av användaren');
    await vi.waitFor(() => expect(submitted(form).purpose).toBe('Ändrat av användaren'));
    await page.getByRole('button', { name: 'Börja om' }).click();
    await expect.element(purposeBox()).toHaveValue('Från värden');
    expect(submitted(form).purpose).toBe('Från värden');
    expect(submitted(form).id).toBe('plan-1');
    await expectNoAxeViolations(document.body);

    document.body.replaceChildren();
    ({ form, el } = planInForm({ name: 'plan', 'no-draft': '' }));
    await ready(el);
    const id = submitted(form).id;
    await purposeBox().fill('Något');
    form.reset();
    await expect.element(purposeBox()).toHaveValue('');
    await vi.waitFor(() => expect(submitted(form).purpose ?? '').toBe(''));
    expect(submitted(form).id).toBe(id);
  });

  it('with drafts: deletes the draft, so the edits do not come back, now or after a reload', async () => {
    let { form, el } = planInForm({ name: 'plan', 'draft-key': 'reset-draft' });
    await ready(el);
    await purposeBox().fill('Sparat utkast');
    await vi.waitFor(() =>
      expect(localStorage.getItem('bb-draft:reset-draft') ?? '').toContain('Sparat utkast'),
    );
    // An edit the debounce has not saved yet must not be written back while the form resets.
    await purposeBox().fill('Sparat utkast och mer');
    form.reset();
    await expect.element(purposeBox()).toHaveValue('');
    await vi.waitFor(() => expect(submitted(form).purpose ?? '').toBe(''));
    expect(localStorage.getItem('bb-draft:reset-draft')).toBeNull();
    await expectNoAxeViolations(document.body);

    document.body.replaceChildren(); // the page is reloaded
    expect(localStorage.getItem('bb-draft:reset-draft')).toBeNull();
    ({ form, el } = planInForm({ name: 'plan', 'draft-key': 'reset-draft' }));
    await ready(el);
    await expect.element(purposeBox()).toHaveValue('');
  });

  it('with drafts: a reset before the form has rendered also deletes the draft', async () => {
    localStorage.setItem('bb-draft:early-reset', JSON.stringify(hostPlan('Gammalt utkast')));
    const { form, el } = planInForm({ name: 'plan', 'draft-key': 'early-reset' });
    form.reset(); // the element renders in a microtask: nothing is mounted yet
    expect(el.shadowRoot!.querySelector('textarea')).toBeNull();
    await ready(el);
    await expect.element(purposeBox()).toHaveValue('');
    expect(submitted(form).purpose ?? '').toBe('');
    expect(localStorage.getItem('bb-draft:early-reset')).toBeNull();
  });

  it('with drafts and a host value: reset returns to the host value', async () => {
    const { form, el } = planInForm({
      name: 'plan',
      'draft-key': 'reset-host',
      value: JSON.stringify(hostPlan('Från värden')),
    });
    await ready(el);
    await purposeBox().fill('Ändrat');
    await vi.waitFor(() =>
      expect(localStorage.getItem('bb-draft:reset-host') ?? '').toContain('Ändrat'),
    );
    form.reset();
    await expect.element(purposeBox()).toHaveValue('Från värden');
    await vi.waitFor(() => expect(submitted(form).purpose).toBe('Från värden'));
    expect(localStorage.getItem('bb-draft:reset-host')).toBeNull();
  });
});

describe('<bb-sip-plan> host value and draft', () => {
  it('restores a draft only onto the same host value; another value wins', async () => {
    const first = JSON.stringify(hostPlan('Första versionen'));
    let { form, el } = planInForm({ name: 'plan', 'draft-key': 'host-draft', value: first });
    await ready(el);
    await purposeBox().fill('Osparade ändringar');
    await vi.waitFor(() =>
      expect(localStorage.getItem('bb-draft:host-draft') ?? '').toContain('Osparade ändringar'),
    );

    // Reloaded with the same value: the user's unsaved edits come back.
    document.body.replaceChildren();
    ({ form, el } = planInForm({ name: 'plan', 'draft-key': 'host-draft', value: first }));
    const atCommit = formValueAtCommit(el, form, 'Osparade ändringar');
    await ready(el);
    await expect.element(purposeBox()).toHaveValue('Osparade ändringar');
    // The form value is set in the very commit that shows the restored draft, not one step later.
    expect(atCommit()).toBe('Osparade ändringar');
    expect(submitted(form).purpose).toBe('Osparade ändringar');

    // The host now gives a newer version of the plan: it wins over the older draft.
    document.body.replaceChildren();
    const newer = JSON.stringify(hostPlan('Andra versionen, sparad av en kollega'));
    ({ form, el } = planInForm({ name: 'plan', 'draft-key': 'host-draft', value: newer }));
    await ready(el);
    await expect.element(purposeBox()).toHaveValue('Andra versionen, sparad av en kollega');
    expect(submitted(form).purpose).toBe('Andra versionen, sparad av en kollega');

    // And an element without a value does not show a draft made from a host's plan.
    document.body.replaceChildren();
    ({ form, el } = planInForm({ name: 'plan', 'draft-key': 'host-draft' }));
    await ready(el);
    await expect.element(purposeBox()).toHaveValue('');
  });
});

describe('<bb-sip-plan> events and robustness', () => {
  it('fires nothing on load, also when it restores a draft; input then change for the user', async () => {
    localStorage.setItem('bb-draft:events', JSON.stringify(hostPlan('Från utkastet', 'utkast')));
    const events: string[] = [];
    const listen = (event: Event) =>
      events.push(event instanceof CustomEvent ? event.type : `native ${event.type}`);
    document.addEventListener('input', listen);
    document.addEventListener('change', listen);
    try {
      const { form, el } = planInForm({ name: 'plan', 'draft-key': 'events' });
      const second = planInForm({ name: 'tom', 'no-draft': '' });
      await ready(el);
      await ready(second.el);
      await expect.element(purposeBox()).toHaveValue('Från utkastet');
      expect(submitted(form).id).toBe('utkast');
      expect(submitted(second.form, 'tom').type).toBe('bb.sip-plan');
      // Let the element and React finish their work (effects, queued renders) before looking.
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      expect(events).toEqual([]);

      const details: SipPlan[] = [];
      el.addEventListener('input', (e) => details.push((e as CustomEvent<SipPlan>).detail));
      await purposeBox().click();
      await userEvent.keyboard('!');
      await vi.waitFor(() => expect(events).toEqual(['input', 'change']));
      expect(details.at(-1)?.purpose).toBe('Från utkastet!');
    } finally {
      document.removeEventListener('input', listen);
      document.removeEventListener('change', listen);
    }
  });

  it('keeps working after bad JSON attributes and says why in the console', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const { form, el } = planInForm({
        name: 'plan',
        'no-draft': '',
        content: '{not json',
        value: '{"purpose": ',
      });
      await ready(el);
      expect(error).toHaveBeenCalledWith(
        expect.stringMatching(/<bb-sip-plan>: the "content" attribute is not valid JSON/),
      );
      expect(error).toHaveBeenCalledWith(
        expect.stringMatching(/<bb-sip-plan>: the "value" attribute is not valid JSON/),
      );
      await purposeBox().fill('Det fungerar ändå');
      await vi.waitFor(() => expect(submitted(form).purpose).toBe('Det fungerar ändå'));
      await expectNoAxeViolations(document.body);
    } finally {
      error.mockRestore();
    }
  });

  it('keeps two plans on one page apart, drafts included', async () => {
    const host = html(`<main><h1>Två planer</h1><form>
        <bb-sip-plan name="barnet"></bb-sip-plan>
        <bb-sip-plan name="familjen" mode="meeting"></bb-sip-plan>
      </form></main>`);
    const [a, b] = [...host.querySelectorAll('bb-sip-plan')];
    await ready(a!);
    await ready(b!);
    const boxes = page.getByRole('textbox', { name: 'Varför träffas ni?' });
    await boxes.nth(0).fill('Plan för barnet');
    await boxes.nth(1).fill('Plan för familjen');
    const form = host.querySelector('form')!;
    await vi.waitFor(() => {
      expect(submitted(form, 'barnet').purpose).toBe('Plan för barnet');
      expect(submitted(form, 'familjen').purpose).toBe('Plan för familjen');
    });
    expect(submitted(form, 'barnet').id).not.toBe(submitted(form, 'familjen').id);
    expect(a!.value?.purpose).toBe('Plan för barnet');
    expect(b!.value?.purpose).toBe('Plan för familjen');
    await vi.waitFor(() => {
      expect(localStorage.getItem('bb-draft:bb-sip-plan:barnet') ?? '').toContain(
        'Plan för barnet',
      );
      expect(localStorage.getItem('bb-draft:bb-sip-plan:familjen') ?? '').toContain(
        'Plan för familjen',
      );
    });
    expect(localStorage.getItem('bb-draft:bb-sip-plan:barnet')).not.toContain('familjen');
    // The whole page: landmark names must be unique across both shadow roots (axe's
    // landmark-unique), so the plans' sections must not repeat "Inledning" as region names.
    await expectNoAxeViolations(document.body);
  });

  it('names two meeting-mode plans apart with the label attribute', async () => {
    const host = html(`<main><h1>Två möten</h1><form>
        <bb-sip-plan name="alva" mode="meeting" label="Alvas plan" no-draft></bb-sip-plan>
        <bb-sip-plan name="elis" mode="meeting" label="Elis plan" no-draft></bb-sip-plan>
      </form></main>`);
    const [a, b] = [...host.querySelectorAll('bb-sip-plan')];
    await ready(a!);
    await ready(b!);
    // Without labels both would offer the same "Mötets steg" navigation (landmark-unique).
    await expect
      .element(page.getByRole('navigation', { name: /Mötets steg.*Alvas plan/ }))
      .toBeInTheDocument();
    await expect
      .element(page.getByRole('navigation', { name: /Mötets steg.*Elis plan/ }))
      .toBeInTheDocument();
    await expectNoAxeViolations(document.body);
  });

  it('checks consent by the region’s policy (consent-policy attribute)', async () => {
    const host = html(`<form>
        <bb-sip-plan name="strikt" required no-draft></bb-sip-plan>
        <bb-sip-plan name="mogen" required no-draft consent-policy="child-may-consent-alone"></bb-sip-plan>
      </form>`);
    const [strict, mature] = [...host.querySelectorAll('bb-sip-plan')] as BbSipPlan[];
    // The child alone consented to BUP: complete where a mature child may consent alone.
    strict!.value = childConsentPlan();
    mature!.value = childConsentPlan();
    await ready(strict!);
    await ready(mature!);
    await vi.waitFor(() => {
      expect(mature!.checkValidity()).toBe(true);
      expect(strict!.checkValidity()).toBe(false);
    });
    expect(strict!.validationMessage).toMatch(/samtycke|vårdnadshavare/i);
  });
});

describe('<bb-sip-plan> theming from the host page', () => {
  it('takes --bb-* from an ancestor and from :root', async () => {
    const { el } = planInForm({ name: 'plan', 'no-draft': '' });
    await ready(el);
    const button = el.shadowRoot!.querySelector('.bb-plan-button:not(.bb-plan-button--primary)');
    expect(button).not.toBeNull();
    expect(getComputedStyle(button!).color).toBe('rgb(26, 95, 180)');
    const main = document.querySelector('main')!;
    main.style.setProperty('--bb-accent', '#00528a');
    expect(getComputedStyle(button!).color).toBe('rgb(0, 82, 138)');
    main.style.removeProperty('--bb-accent');
    document.documentElement.style.setProperty('--bb-accent', '#6f2da8');
    try {
      expect(getComputedStyle(button!).color).toBe('rgb(111, 45, 168)');
      await expectNoAxeViolations(document.body);
    } finally {
      document.documentElement.style.removeProperty('--bb-accent');
    }
  });
});

/**
 * The plan lives in the element's shadow root, where `document.getElementById` finds nothing:
 * every focus move the plan makes must look its target up in the shadow root.
 */
describe('<bb-sip-plan> focus inside the shadow root', () => {
  /** The element that has focus inside the plan's shadow root (the page sees only the host). */
  const focused = (el: BbSipPlan) => el.shadowRoot!.activeElement;

  it('focuses the error summary on "Markera planen som klar", and each link its field, without touching the page address', async () => {
    const { el } = planInForm({ name: 'plan', 'no-draft': '' });
    await ready(el);
    const address = location.href;

    await page.getByRole('button', { name: 'Markera planen som klar' }).click();
    const summary = el.shadowRoot!.getElementById('plan-completion-summary');
    expect(summary).not.toBeNull();
    await vi.waitFor(() => expect(focused(el)).toBe(summary));
    expect(document.activeElement).toBe(el);
    await expectNoAxeViolations(document.body);

    const links = [...summary!.querySelectorAll('a')];
    expect(links.length).toBeGreaterThanOrEqual(2);
    // The first link by the keyboard from the summary, then every other one the same way.
    await userEvent.keyboard('{Tab}');
    for (const [i, link] of links.entries()) {
      if (i > 0) link.focus();
      expect(focused(el)).toBe(link);
      await userEvent.keyboard('{Enter}');
      const target = el.shadowRoot!.getElementById(link.getAttribute('href')!.slice(1));
      expect(target, link.textContent ?? '').not.toBeNull();
      // A control gets focus itself; a group (fieldset, list) gives it to its first control.
      await vi.waitFor(() => {
        const active = focused(el);
        expect(active !== null && (active === target || target!.contains(active))).toBe(true);
      });
      expect(focused(el)).not.toBe(link);
      expect(location.href).toBe(address);
    }
  });

  it('moves focus to the new row after "Lägg till deltagare", and back to the button after removing it', async () => {
    const { el } = planInForm({ name: 'plan', 'no-draft': '' });
    await ready(el);
    const before = el.value!.participants.length;
    const add = page.getByRole('button', { name: 'Lägg till deltagare' });
    await add.click();
    await vi.waitFor(() => expect(focused(el)?.id).toBe(`plan-participants-${before}-name`));
    await userEvent.keyboard('Sara Lind');
    await vi.waitFor(() => expect(el.value!.participants[before]?.name).toBe('Sara Lind'));
    await expectNoAxeViolations(document.body);

    await page.getByRole('button', { name: `Ta bort deltagare ${before + 1}` }).click();
    const back = before > 0 ? `plan-participants-${before - 1}-remove` : 'plan-participants-add';
    await vi.waitFor(() => expect(focused(el)?.id).toBe(back));
  });

  it('in meeting mode, focuses the heading of the phase the chair moves to, and follows a summary link into another phase', async () => {
    const { el } = planInForm({ name: 'plan', mode: 'meeting', 'no-draft': '' });
    await ready(el);
    const step = page.getByRole('button', { name: '3 Behov' });
    await step.click();
    await vi.waitFor(() => expect(focused(el)?.id).toBe('plan-phase-behov'));
    await page.getByRole('button', { name: 'Nästa: Sammanfattning' }).click();
    await vi.waitFor(() => expect(focused(el)?.id).toBe('plan-phase-sammanfattning'));
    await page.getByRole('button', { name: 'Föregående: Behov' }).click();
    await vi.waitFor(() => expect(focused(el)?.id).toBe('plan-phase-behov'));
    await expectNoAxeViolations(document.body);

    // Back to phase 1; a problem listed on completion lives in a later phase.
    await page.getByRole('button', { name: '1 Inledning' }).click();
    await vi.waitFor(() => expect(focused(el)?.id).toBe('plan-phase-inledning'));
    const address = location.href;
    await page.getByRole('button', { name: 'Markera planen som klar' }).click();
    const summary = el.shadowRoot!.getElementById('plan-completion-summary')!;
    await vi.waitFor(() => expect(focused(el)).toBe(summary));
    const link = [...summary.querySelectorAll('a')].find((a) => {
      const target = el.shadowRoot!.getElementById(a.getAttribute('href')!.slice(1));
      return target?.closest('[hidden]') != null;
    });
    expect(link, 'a link into a hidden phase').toBeDefined();
    link!.focus();
    await userEvent.keyboard('{Enter}');
    const target = el.shadowRoot!.getElementById(link!.getAttribute('href')!.slice(1))!;
    await vi.waitFor(() => {
      const active = focused(el);
      expect(active !== null && (active === target || target.contains(active))).toBe(true);
    });
    expect(target.closest('[hidden]')).toBeNull();
    expect(location.href).toBe(address);
    await expectNoAxeViolations(document.body);
  });
});

describe('<bb-sip-plan> messages', () => {
  it('rewords the plan and its draft texts; invalid JSON warns and keeps the defaults', async () => {
    localStorage.setItem('bb-draft:ord', JSON.stringify(hostPlan('Sparat')));
    const { el } = planInForm({
      name: 'plan',
      'draft-key': 'ord',
      messages: JSON.stringify({
        purposeLabel: 'Vad ska mötet handla om?',
        draftRestored: 'Vi hittade det du skrev förra gången.',
      }),
    });
    const purpose = page.getByRole('textbox', { name: 'Vad ska mötet handla om?' }).first();
    await expect.element(purpose).toHaveValue('Sparat');
    await expect
      .element(
        page.getByRole('status').filter({ hasText: 'Vi hittade det du skrev förra gången.' }),
      )
      .toBeInTheDocument();
    await expectNoAxeViolations(document.body);

    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    el.setAttribute('messages', '{purposeLabel: nej}');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"messages" is not valid JSON'));
    await expect.element(purposeBox()).toBeVisible();
    warn.mockRestore();
  });
});
