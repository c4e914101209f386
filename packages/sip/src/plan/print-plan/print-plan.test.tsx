import { afterEach, describe, expect, it } from 'vitest';
import { cdp } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { expectNoAxeViolations } from '../../../../../testing/axe.ts';
import '../test-styles.ts';
import { filledPlan, PROTECTED_ADDRESS, PROTECTED_NAME, protectedPlan } from '../test-fixtures.ts';
import { PrintPlan } from './print-plan.tsx';

/** Switches the page to print media (as the print dialog and "Save as PDF" do) through CDP. */
async function emulatePrint(on: boolean) {
  await cdp().send('Emulation.setEmulatedMedia', { media: on ? 'print' : '' });
}

afterEach(() => emulatePrint(false));

describe('PrintPlan', () => {
  it('lays the whole plan out for A4 with a running header and tables', async () => {
    const screen = await render(<PrintPlan value={filledPlan()} printButton />);
    await expect
      .element(screen.getByRole('heading', { level: 2, name: 'Samordnad individuell plan (SIP)' }))
      .toBeVisible();
    for (const name of [
      'Inledning',
      'Aktuell situation',
      'Behov',
      'Sammanfattning',
      'Avslutning',
    ]) {
      await expect.element(screen.getByRole('heading', { level: 3, name })).toBeVisible();
    }
    await expect
      .element(screen.getByRole('table', { name: 'Kommunen ansvarar för' }))
      .toBeVisible();
    await expect.element(screen.getByRole('columnheader', { name: 'Namn' })).toBeVisible();
    await expect
      .element(screen.getByRole('cell', { name: 'Återkallat 10 mars 2026' }))
      .toBeVisible();
    // The child did not want this raised: it is never printed.
    expect(screen.container.textContent).not.toContain('lägret');
    await expectNoAxeViolations(screen.container);

    await emulatePrint(true);
    expect(matchMedia('print').matches).toBe(true);
    const page = screen.container.querySelector('.bb-print-plan__page')!;
    // A named page: A4 and page numbers apply to the plan's pages only.
    expect(
      getComputedStyle(screen.container.querySelector('.bb-print-plan')!).getPropertyValue('page'),
    ).toBe('bb-plan');
    // The running header is a real table header group, which Chromium repeats on every page.
    expect(getComputedStyle(page).display).toBe('table');
    const running = page.querySelector('thead')!;
    expect(getComputedStyle(running).display).toBe('table-header-group');
    expect(running.textContent).toContain('Plandatum: 3 mars 2026');
    // The print button is for the screen only.
    expect(
      getComputedStyle(screen.container.querySelector('.bb-print-plan__actions')!).display,
    ).toBe('none');
    // Rows are not split between pages.
    expect(getComputedStyle(screen.container.querySelector('.bb-who__row')!).breakInside).toBe(
      'avoid',
    );
    await expectNoAxeViolations(screen.container);
  });

  it("declares the A4 page and the page numbers for the plan's named page only", async () => {
    await render(<PrintPlan value={filledPlan()} />);
    // The rules as the browser parsed them from the package's styles (not the source text).
    const pageRules: CSSPageRule[] = [];
    const walk = (rules: CSSRuleList) => {
      for (const rule of rules) {
        if (rule instanceof CSSPageRule) pageRules.push(rule);
        else if ('cssRules' in rule) walk((rule as CSSGroupingRule).cssRules);
      }
    };
    for (const sheet of document.styleSheets) walk(sheet.cssRules);
    const plan = pageRules.filter((rule) => rule.selectorText === 'bb-plan');
    expect(plan).toHaveLength(1);
    // CSSOM serialises keywords in lower case.
    expect(plan[0]!.style.getPropertyValue('size')).toBe('a4');
    // No unnamed @page: the host's own pages keep their size and numbering.
    expect(pageRules.filter((rule) => rule.selectorText === '')).toEqual([]);
    // Page numbers "2 / 5" in the bottom-right margin box.
    const text = plan[0]!.cssText.replace(/\s+/g, ' ');
    expect(text).toMatch(/@bottom-right \{[^}]*content: counter\(page\) " \/ " counter\(pages\)/);
  });

  it('works in greyscale: nothing in print depends on colour', async () => {
    const screen = await render(<PrintPlan value={filledPlan()} />);
    await emulatePrint(true);
    const colours = new Set<string>();
    for (const el of screen.container.querySelectorAll<HTMLElement>('*')) {
      const style = getComputedStyle(el);
      colours.add(style.color);
      if (style.backgroundColor !== 'rgba(0, 0, 0, 0)') colours.add(style.backgroundColor);
      if (style.borderTopStyle !== 'none') colours.add(style.borderTopColor);
    }
    const isGrey = (c: string) => {
      const [r, g, b] = (c.match(/\d+(\.\d+)?/g) ?? []).map(Number);
      return r === g && g === b;
    };
    expect([...colours].filter((c) => !isGrey(c))).toEqual([]);
  });

  it('never shows or prints the name or address of a child with protected identity', async () => {
    const screen = await render(<PrintPlan value={protectedPlan()} />);
    const check = () => {
      expect(screen.container.textContent).not.toContain(PROTECTED_NAME);
      expect(screen.container.textContent).not.toContain(PROTECTED_ADDRESS);
      expect(screen.container.innerHTML).not.toContain(PROTECTED_NAME);
      expect(document.body.innerText).not.toContain(PROTECTED_NAME);
    };
    check();
    // The reference stands in for the child, in the document and in the running header.
    expect(screen.container.querySelector('thead')!.textContent).toContain('Ärende 2026-014');
    await expect
      .element(screen.getByRole('definition').filter({ hasText: 'Ärende 2026-014' }).first())
      .toBeVisible();

    await emulatePrint(true);
    check();
    await expectNoAxeViolations(screen.container);
  });

  it('keeps free text with markup as text', async () => {
    const markup = '<script>window.hacked=1</script><h1>Rubrik</h1>';
    const screen = await render(
      <PrintPlan value={{ ...filledPlan(), purpose: markup, ownActions: markup }} />,
    );
    expect(screen.container.querySelector('script, h1')).toBeNull();
    expect(screen.getByText(markup).elements().length).toBeGreaterThanOrEqual(2);
  });

  it('prints in English', async () => {
    const screen = await render(<PrintPlan value={filledPlan()} locale="en" />);
    await expect
      .element(screen.getByRole('heading', { level: 2, name: 'Coordinated individual plan (SIP)' }))
      .toBeVisible();
    expect(screen.container.querySelector('thead')!.textContent).toContain(
      'Plan date: 3 March 2026',
    );
    await expectNoAxeViolations(screen.container);
  });
});
