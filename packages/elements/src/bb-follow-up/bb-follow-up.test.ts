import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../../../../testing/axe.ts';
import { TEST_UNIT_NAMES, testTables } from '../../../follow-up/src/test-tables.ts';
import manifest from '../../custom-elements.json';
import '../index.ts';
import { BbFollowUp } from './bb-follow-up.tsx';

afterEach(() => {
  document.body.replaceChildren();
});

function mount(): BbFollowUp {
  const el = document.createElement('bb-follow-up');
  document.body.append(el);
  return el;
}

describe('<bb-follow-up>', () => {
  it('takes the published tables as a property and shows every view with its table', async () => {
    const el = mount();
    el.unitNames = TEST_UNIT_NAMES;
    el.tables = testTables();
    await expect
      .element(page.getByRole('heading', { name: /^Läget per område: Testlänet/ }), {
        timeout: 10_000,
      })
      .toBeInTheDocument();
    await expect
      .element(page.getByRole('table', { name: 'Fördelning av svaren per område' }))
      .toBeInTheDocument();
    await expect
      .element(page.getByRole('heading', { name: /^Används arbetssätten/ }))
      .toBeInTheDocument();
    await expectNoAxeViolations(document.body);
  });

  it('takes JSON in the tables attribute, works by keyboard, and shows a small school without figures', async () => {
    const el = document.createElement('bb-follow-up');
    el.setAttribute('tables', JSON.stringify(testTables()));
    el.setAttribute('unit-names', JSON.stringify(TEST_UNIT_NAMES));
    el.setAttribute('locale', 'en');
    document.body.append(el);
    const level = page.getByRole('combobox', { name: 'Level' });
    await expect.element(level, { timeout: 10_000 }).toBeInTheDocument();
    // Tab goes into the shadow root (delegatesFocus): the first control is the level.
    await userEvent.keyboard('{Tab}');
    expect(el.shadowRoot!.activeElement?.getAttribute('id')).toMatch(/-level$/);
    await level.selectOptions('School');
    await page.getByRole('combobox', { name: 'School' }).selectOptions('Lillskolan');
    const region = page.getByRole('region', { name: /^The state per area: Lillskolan/ });
    await expect.element(region).toBeInTheDocument();
    for (const cell of region.getByRole('cell').elements())
      expect(cell.textContent).toBe('Hidden (fewer than 5 answers)');
  });

  it('downloads CSV and prints from inside its shadow root', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const el = mount();
    el.tables = testTables();
    const button = page.getByRole('button', { name: 'Skriv ut' }).first();
    await expect.element(button, { timeout: 10_000 }).toBeInTheDocument();
    await button.click();
    expect(print).toHaveBeenCalledTimes(1);
    print.mockRestore();
  });

  it('shows what is wrong with a table it cannot read', async () => {
    const el = mount();
    el.tables = '{"type":"bb.follow-up-tables","version":9}';
    await expect
      .element(page.getByRole('alert'), { timeout: 10_000 })
      .toHaveTextContent('"version": version 9 kan inte läsas (väntade 1).');
  });

  it('takes messages as JSON in an attribute or as a property; bad JSON keeps the defaults', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = mount();
    el.setAttribute('messages', '{"distributionTitle":"Så svarade eleverna"}');
    el.unitNames = TEST_UNIT_NAMES;
    el.tables = testTables();
    await expect
      .element(page.getByRole('heading', { name: /^Så svarade eleverna: Testlänet/ }), {
        timeout: 10_000,
      })
      .toBeInTheDocument();
    el.messages = '{not json';
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"messages" is not valid JSON'));
    await expect
      .element(page.getByRole('heading', { name: /^Läget per område: Testlänet/ }))
      .toBeInTheDocument();
    el.messages = { distributionTitle: 'State of things' };
    await expect
      .element(page.getByRole('heading', { name: /^State of things: Testlänet/ }))
      .toBeInTheDocument();
    warn.mockRestore();
  });

  it('is listed in custom-elements.json with every attribute it observes', () => {
    const declaration = manifest.modules
      .flatMap(
        (m) => (m.declarations ?? []) as { tagName?: string; attributes?: { name: string }[] }[],
      )
      .find((d) => d.tagName === 'bb-follow-up');
    expect(declaration).toBeDefined();
    expect((declaration!.attributes ?? []).map((a) => a.name).sort()).toEqual(
      [...BbFollowUp.observedAttributes].sort(),
    );
  });
});
