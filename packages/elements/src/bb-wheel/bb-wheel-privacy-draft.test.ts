/**
 * What <bb-wheel> hands the host's form (only what the receiver may see; never a protected
 * child's name), the texts a host rewords, and its draft: FormData and localStorage asserted.
 */
import type { Assessment } from '@barnets-basta/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { expectNoAxeViolations } from '../../../../testing/axe.ts';
import '../index.ts';
import { html } from '../react-view-element/test-helpers.ts';
import type { BbWheel } from './bb-wheel.tsx';

/** Trygg is "Bara jag", Aktiv for the contact person, Delaktig for the meeting; hopes "Bara jag". */
const privateWheel: Assessment = {
  type: 'bb.assessment',
  schemaVersion: 1,
  id: 'a1',
  pack: { id: 'barnets-basta', version: '1.0.0' },
  scale: 'agree-5',
  perspective: { kind: 'child' },
  createdAt: '2026-11-24T10:00:00Z',
  updatedAt: '2026-11-24T10:00:00Z',
  areas: {
    trygg: { answer: { kind: 'value', value: 1 }, note: 'Hemlis', visibility: 'respondent' },
    aktiv: { answer: { kind: 'value', value: 2 }, visibility: 'contact-person' },
    delaktig: { answer: { kind: 'value', value: 4 }, visibility: 'meeting' },
  },
  hopes: { text: 'Bara för mig', visibility: 'respondent' },
};

async function ready(el: BbWheel) {
  await vi.waitFor(
    () => {
      if (!el.shadowRoot?.querySelector('input[type="radio"]')) throw new Error('not rendered');
    },
    { timeout: 10_000 },
  );
}

function wheelIn(markup: string, value?: Assessment) {
  const host = html(`<main><h1>Hjulet</h1><form>${markup}<button>Skicka</button></form></main>`);
  const el = host.querySelector('bb-wheel')!;
  if (value) el.value = value;
  return { el, form: host.querySelector('form')! };
}

const sentJson = (form: HTMLFormElement) =>
  JSON.parse(String(new FormData(form).get('hjul'))) as Assessment;
const sentKeys = (form: HTMLFormElement) => [...new FormData(form).keys()].sort();

afterEach(() => {
  document.body.replaceChildren();
  localStorage.clear();
  vi.restoreAllMocks();
});

describe('<bb-wheel> sends only what its receiver may see', () => {
  it('by default the meeting: no "Bara jag" and no contact-person answer, in JSON or fields', async () => {
    const { el, form } = wheelIn(
      `<bb-wheel name="hjul" no-animation show-hopes allow-visibility-choice></bb-wheel>`,
      privateWheel,
    );
    await ready(el);
    expect(el.formReceiver).toBe('meeting');
    expect(Object.keys(sentJson(form).areas)).toEqual(['delaktig']);
    expect(sentJson(form).hopes).toBeUndefined();
    expect(sentKeys(form)).toEqual(['hjul', 'hjul.delaktig', 'hjul.delaktig.visibility']);
    expect(JSON.stringify([...new FormData(form).values()])).not.toContain('Hemlis');
    // The child's own screen still holds every answer.
    expect(el.value?.areas.trygg?.note).toBe('Hemlis');
  });

  it('sends the contact person theirs, and everything only when the host asks for the respondent', async () => {
    const { el, form } = wheelIn(
      `<bb-wheel name="hjul" no-animation show-hopes form-receiver="contact-person"></bb-wheel>`,
      privateWheel,
    );
    await ready(el);
    expect(Object.keys(sentJson(form).areas).sort()).toEqual(['aktiv', 'delaktig']);
    expect(new FormData(form).get('hjul.aktiv')).toBe('2');

    el.formReceiver = 'respondent';
    await vi.waitFor(() => expect(new FormData(form).get('hjul.trygg')).toBe('1'));
    expect(sentJson(form).areas.trygg?.note).toBe('Hemlis');
    expect(new FormData(form).get('hjul.hopes')).toBe('Bara för mig');

    // A value that is not a receiver is never read as a wider one.
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    el.setAttribute('form-receiver', 'alla');
    await vi.waitFor(() => expect(new FormData(form).get('hjul.trygg')).toBeNull());
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"alla" was read as "meeting"'));
  });

  it("a guardian receives what the meeting may, never the contact person's", async () => {
    const { el, form } = wheelIn(
      `<bb-wheel name="hjul" no-animation form-receiver="guardian"></bb-wheel>`,
      privateWheel,
    );
    await ready(el);
    expect(Object.keys(sentJson(form).areas)).toEqual(['delaktig']);
  });
});

describe('<bb-wheel> protected identity beats every name', () => {
  const named = { ...privateWheel, child: { name: 'Alva' } } as Assessment;

  it('shows the name only without protected identity', async () => {
    const { el } = wheelIn(`<bb-wheel name="hjul" no-animation child-name="Alva"></bb-wheel>`);
    await ready(el);
    await vi.waitFor(() => expect(el.shadowRoot!.textContent).toContain('Alva'));
  });

  it('hides child-name with the protected-identity attribute, in the DOM and in the post', async () => {
    const { el, form } = wheelIn(
      `<bb-wheel name="hjul" no-animation protected-identity child-name="Alva"></bb-wheel>`,
      named,
    );
    await ready(el);
    expect(el.shadowRoot!.textContent).not.toContain('Alva');
    const sent = String(new FormData(form).get('hjul'));
    expect(sent).not.toContain('Alva');
    expect(sentJson(form).child?.protectedIdentity).toBe(true);
    await expectNoAxeViolations(document.body);
  });

  it('hides child-name when the value says the child has protected identity', async () => {
    const { el, form } = wheelIn(
      `<bb-wheel name="hjul" no-animation child-name="Alva"></bb-wheel>`,
      { ...privateWheel, child: { protectedIdentity: true } },
    );
    await ready(el);
    expect(el.protectedIdentity).toBe(true);
    expect(el.shadowRoot!.textContent).not.toContain('Alva');
    expect(String(new FormData(form).get('hjul'))).not.toContain('Alva');
  });
});

describe('<bb-wheel> messages', () => {
  it('rewords the wheel and its own texts; invalid JSON warns and keeps the defaults', async () => {
    const { el, form } = wheelIn(
      `<bb-wheel name="hjul" no-animation required messages='{"dontKnow":"Osäker","wheelRequired":"Välj minst ett svar."}'></bb-wheel>`,
    );
    await ready(el);
    await expect
      .element(page.getByRole('group', { name: /^Trygg\b/ }).getByRole('radio', { name: 'Osäker' }))
      .toBeInTheDocument();
    expect(form.checkValidity()).toBe(false);
    expect(el.validationMessage).toBe('Välj minst ett svar.');

    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    el.setAttribute('messages', '{"dontKnow": Osäker}');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"messages" is not valid JSON'));
    await expect
      .element(
        page.getByRole('group', { name: /^Trygg\b/ }).getByRole('radio', { name: 'Vet inte' }),
      )
      .toBeInTheDocument();
    expect(el.validationMessage).toMatch(/Svara på minst ett/);
  });
});

describe('<bb-wheel draft-key>', () => {
  const tryggFour = () =>
    page
      .getByRole('group', { name: /^Trygg\b/ })
      .getByRole('radio', { name: '4 – Stämmer bra', exact: true });

  async function answerTryggFour() {
    (tryggFour().element() as HTMLInputElement).click();
    await expect.element(tryggFour()).toBeChecked();
  }

  it('saves the answers and restores them in a new element, as the form value and without events', async () => {
    let { el, form } = wheelIn(`<bb-wheel name="hjul" no-animation draft-key="elev-7"></bb-wheel>`);
    await ready(el);
    await answerTryggFour();
    await vi.waitFor(
      () => expect(localStorage.getItem('bb-draft:elev-7') ?? '').toContain('"trygg"'),
      { timeout: 10_000 },
    );
    expect(new FormData(form).get('hjul.trygg')).toBe('4');

    document.body.replaceChildren(); // the page is closed
    const events: string[] = [];
    const listen = (e: Event) => events.push(e.type);
    document.addEventListener('change', listen, true);
    try {
      ({ el, form } = wheelIn(`<bb-wheel name="hjul" no-animation draft-key="elev-7"></bb-wheel>`));
      await ready(el);
      await expect.element(tryggFour()).toBeChecked();
      await vi.waitFor(() => expect(new FormData(form).get('hjul.trygg')).toBe('4'));
      await expect.element(page.getByRole('status').first()).toHaveTextContent(/hämtats/);
      expect(events).toEqual([]);
      await expectNoAxeViolations(document.body);
    } finally {
      document.removeEventListener('change', listen, true);
    }

    // Form reset starts over: the draft is deleted.
    form.reset();
    await vi.waitFor(() => expect(localStorage.getItem('bb-draft:elev-7')).toBeNull(), {
      timeout: 10_000,
    });
    await expect.element(tryggFour()).not.toBeChecked();
  });

  it('says a full storage in words and loses nothing on the page or in the form', async () => {
    const { el, form } = wheelIn(`<bb-wheel name="hjul" no-animation draft-key="full"></bb-wheel>`);
    await ready(el);
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await answerTryggFour();
    await expect
      .element(page.getByRole('status').first())
      .toHaveTextContent(/lagringsutrymmet i webbläsaren är fullt/);
    expect(new FormData(form).get('hjul.trygg')).toBe('4');
    expect(el.value?.areas.trygg?.answer).toEqual({ kind: 'value', value: 4 });
    await expectNoAxeViolations(document.body);
  });

  it('sets an unreadable draft aside, says so, and starts afresh without crashing', async () => {
    localStorage.setItem('bb-draft:trasig', '{"type":"bb.assessment", oops');
    const { el, form } = wheelIn(
      `<bb-wheel name="hjul" no-animation draft-key="trasig"></bb-wheel>`,
    );
    await ready(el);
    await expect
      .element(page.getByRole('heading', { name: 'Det sparade utkastet gick inte att läsa' }))
      .toBeVisible();
    await vi.waitFor(() => {
      const aside = Object.keys(localStorage).find((k) => k.startsWith('bb-draft:trasig.corrupt-'));
      expect(aside && localStorage.getItem(aside)).toBe('{"type":"bb.assessment", oops');
    });
    await answerTryggFour();
    expect(new FormData(form).get('hjul.trygg')).toBe('4');
    await expectNoAxeViolations(document.body);
  });

  it('restores a draft made from a host value only for the same value', async () => {
    const start = { ...privateWheel, areas: { delaktig: privateWheel.areas.delaktig! } };
    let { el } = wheelIn(`<bb-wheel name="hjul" no-animation draft-key="v"></bb-wheel>`, start);
    await ready(el);
    await answerTryggFour();
    await vi.waitFor(() => expect(localStorage.getItem('bb-draft:v') ?? '').toContain('"base"'), {
      timeout: 10_000,
    });

    document.body.replaceChildren();
    ({ el } = wheelIn(`<bb-wheel name="hjul" no-animation draft-key="v"></bb-wheel>`, start));
    await ready(el);
    await expect.element(tryggFour()).toBeChecked();

    document.body.replaceChildren();
    ({ el } = wheelIn(`<bb-wheel name="hjul" no-animation draft-key="v"></bb-wheel>`, {
      ...start,
      id: 'another',
    }));
    await ready(el);
    await expect.element(tryggFour()).not.toBeChecked();
  });
});
