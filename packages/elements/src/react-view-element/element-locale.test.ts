import { afterEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { expectNoAxeViolations } from '../../../../testing/axe.ts';
import { withShippedArabic } from '../../../../testing/shipped-arabic.ts';
import { TEST_UNIT_NAMES, testTables } from '../../../follow-up/src/test-tables.ts';
import { filledPlan } from '../../../sip/src/plan/test-fixtures.ts';
import { child, school } from '../../../wheel/src/views/test-fixtures.ts';
import '../index.ts';
import { html, rendered } from './test-helpers.ts';

// Every element takes a language a host added as data: Arabic from the shipped (draft) data,
// registered as docs/languages.md tells a host to. The views inside show it, and the element's
// root carries `lang="ar"` and `dir="rtl"`.

withShippedArabic();
afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

const series = [
  { id: 'child', assessment: child },
  { id: 'school', assessment: school },
];

/** The element's root inside its shadow root, where `lang` and `dir` go. */
const root = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('.bb-element-root')!;

async function expectArabicRoot(el: Element) {
  await vi.waitFor(() => expect(root(el).dir).toBe('rtl'), { timeout: 10_000 });
  expect(root(el).lang).toBe('ar');
}

function mount<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes = '',
): HTMLElementTagNameMap[K] {
  const host = html(`<main><h1>عنوان</h1><${tag} locale="ar" ${attributes}></${tag}></main>`);
  return host.querySelector(tag)!;
}

describe('elements in a language added as data (Arabic, right to left)', () => {
  it('<bb-wheel> asks in Arabic', async () => {
    const el = mount('bb-wheel', 'name="wheel"');
    await expect
      .element(page.getByRole('radio', { name: /لا أعرف/ }).first(), { timeout: 10_000 })
      .toBeInTheDocument();
    await expectArabicRoot(el);
    await expectNoAxeViolations(document.body);
  });

  it('<bb-sip-plan> labels its fields in Arabic', async () => {
    const el = mount('bb-sip-plan', 'name="plan" no-draft');
    await expect
      .element(page.getByRole('textbox', { name: 'لماذا تجتمعون؟' }).first(), { timeout: 10_000 })
      .toBeInTheDocument();
    await expectArabicRoot(el);
  });

  it('<bb-wheel-overlay> shows its legend and table in Arabic', async () => {
    const el = mount('bb-wheel-overlay');
    el.series = series;
    await expect
      .element(page.getByRole('group', { name: 'اعرض إجابات' }), { timeout: 10_000 })
      .toBeInTheDocument();
    await expect.element(page.getByRole('table', { name: /الإجابات في جدول/ })).toBeInTheDocument();
    // The table's rows are the areas in the pack's Arabic, not Swedish ("Trygg").
    await expect.element(page.getByRole('rowheader', { name: 'الأمان' })).toBeInTheDocument();
    expect(page.getByRole('rowheader', { name: 'Trygg' }).elements()).toHaveLength(0);
    await expectArabicRoot(el);
    await expectNoAxeViolations(document.body);
  });

  it('<bb-wheel-differences> names the differences in Arabic', async () => {
    const el = mount('bb-wheel-differences', 'heading-level="2"');
    el.series = series;
    await expect
      .element(page.getByRole('heading', { name: 'إجابات مختلفة للحديث عنها' }), {
        timeout: 10_000,
      })
      .toBeInTheDocument();
    await expectArabicRoot(el);
    await expectNoAxeViolations(document.body);
  });

  it('<bb-family-plan> gives the family its plan in Arabic', async () => {
    const el = mount('bb-family-plan');
    el.value = filledPlan();
    await rendered(el, 'article');
    await expect
      .element(page.getByRole('heading', { name: 'من يفعل ماذا، ومتى' }))
      .toBeInTheDocument();
    await expectArabicRoot(el);
    await expectNoAxeViolations(document.body);
  });

  it('<bb-print-plan> prints in Arabic', async () => {
    const el = mount('bb-print-plan', 'print-button');
    el.value = filledPlan();
    await rendered(el, 'article');
    await expect.element(page.getByRole('button', { name: 'اطبع الخطة' })).toBeInTheDocument();
    await expectArabicRoot(el);
    await expectNoAxeViolations(document.body);
  });

  it('<bb-follow-up> shows its choices in Arabic', async () => {
    const el = mount('bb-follow-up');
    el.unitNames = TEST_UNIT_NAMES;
    el.tables = testTables();
    await expect
      .element(page.getByRole('combobox', { name: 'المستوى' }), { timeout: 10_000 })
      .toBeInTheDocument();
    // The report's tables name the areas in Arabic, and each view marks its own language.
    await expect
      .element(page.getByRole('rowheader', { name: 'الأمان' }).first())
      .toBeInTheDocument();
    const view = el.shadowRoot!.querySelector<HTMLElement>('.bb-fu-view')!;
    expect([view.lang, view.dir]).toEqual(['ar', 'rtl']);
    await expectArabicRoot(el);
    await expectNoAxeViolations(document.body);
  });

  it('shows Swedish, left to right, for a language nobody registered, and says so once', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const host = html(
      `<main><h1>Tillsammans</h1><bb-wheel-differences locale="fi" heading-level="2"></bb-wheel-differences></main>`,
    );
    const el = host.querySelector('bb-wheel-differences')!;
    el.series = series;
    await expect
      .element(page.getByRole('heading', { name: 'Olika svar att prata om' }), {
        timeout: 10_000,
      })
      .toBeInTheDocument();
    expect(root(el).lang).toBe('sv');
    expect(root(el).dir).toBe('ltr');
    const about = warn.mock.calls.filter(([text]) => String(text).includes('"fi"'));
    expect(about).toHaveLength(1);
    expect(String(about[0]![0])).toContain('<bb-wheel-differences>');
  });
});
