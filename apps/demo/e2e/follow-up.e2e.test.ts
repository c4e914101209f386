import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import {
  activate,
  assertNoProblems,
  chooseOption,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  openDemo,
  PHONE,
  sharedBrowser,
  tabTo,
  visit,
} from './support.ts';

// Issue 14: the third flow, "Uppföljning". Walked by keyboard from the start page; a school under
// the threshold shows no figures at all, only that they are hidden and why.
const baseUrl = inject('demoUrl');
const browser = sharedBrowser();

describe('Follow-up (Uppföljning)', () => {
  it(
    'is reached from the start page and walked by keyboard; a school under the threshold shows no figures',
    { timeout: 240_000 },
    async () => {
      const demo = await openDemo(browser(), baseUrl, {
        initScript: 'window.print = () => { window.__printed = (window.__printed || 0) + 1; };',
      });
      const { page } = demo;
      const t0 = Date.now();
      // Each step's time, for a slow run on a loaded machine (axe on the whole page is the slow part).
      const step = (name: string) => console.log(`${Date.now() - t0} ms: ${name}`);
      await visit(page, baseUrl);
      await activate(page, page.getByRole('link', { name: 'Öppna uppföljningen' }));
      await page.getByRole('heading', { level: 1, name: 'Uppföljning' }).waitFor();
      await page
        .getByRole('heading', { name: /^Läget per område: Sjöbacka län, VT 2026, Barnet/ })
        .waitFor({ timeout: 10_000 });
      step("await expectNoAxeViolations(page, 'follo");
      await expectNoAxeViolations(page, 'follow-up, county');

      step('// Level "Skola"');
      // Level "Skola", then the smallest school of Alby.
      await chooseOption(page, page.getByRole('combobox', { name: 'Nivå' }), '3');
      await chooseOption(
        page,
        page.getByRole('combobox', { name: 'Skola', exact: true }),
        'sjobacka/alby/norrgarden',
      );
      step("const view = page.getByRole('region', { ");
      const view = page.getByRole('region', { name: /^Läget per område: Norrgårdens skola/ });
      await view.waitFor();
      const cells = await view.getByRole('cell').allTextContents();
      expect(cells.length).toBeGreaterThan(0);
      for (const text of cells) expect(text).toBe('Dolt (färre än 5 svar)');
      const chart = (await view.locator('.bb-fu-view__chart').textContent()) ?? '';
      expect(chart).toContain('Dolt: färre än 5 svar');
      expect(chart).not.toMatch(/\d+\s?%|n = \d/);
      const change = page.getByRole('region', {
        name: /^Förändring per område: Norrgårdens skola/,
      });
      for (const text of await change.getByRole('cell').allTextContents())
        expect(text).toMatch(/^Dolt \(/);
      step("await expectNoAxeViolations(page, 'follo");
      await expectNoAxeViolations(page, 'follow-up, a school under the threshold');

      step('// A school large enough');
      // A school large enough: figures, the table by keyboard, CSV and print.
      await chooseOption(
        page,
        page.getByRole('combobox', { name: 'Skola', exact: true }),
        'sjobacka/alby/alby-centralskola',
      );
      const big = page.getByRole('region', { name: /^Läget per område: Centralskolan/ });
      await big.waitFor();
      await activate(page, big.getByRole('button', { name: 'Visa som tabell' }));
      await big.getByRole('button', { name: 'Dölj tabellen' }).waitFor();
      expect(await big.getByRole('table').isVisible()).toBe(true);
      step("const download = page.waitForEvent('down");
      const download = page.waitForEvent('download');
      await activate(page, big.getByRole('button', { name: 'Ladda ner CSV' }));
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/\.csv$/);
      const text = readFileSync((await file.path())!, 'utf8');
      expect(text.startsWith('\uFEFFOmråde,Antal (n),')).toBe(true);
      await activate(page, big.getByRole('button', { name: 'Skriv ut' }));
      expect(
        await page.evaluate(() => (window as unknown as { __printed?: number }).__printed),
      ).toBe(1);
      step("await expectNoAxeViolations(page, 'follo");
      await expectNoAxeViolations(page, 'follow-up, a school with its table shown');
      assertNoProblems(demo.problems);
      await demo.close();
    },
  );

  // The views below the first screen skip layout until they come near it (content-visibility), and
  // the report's chunk loads after the texts have painted. Neither may hide anything: on a phone,
  // with no mouse and no scrolling, every view is in the document and Tab reaches each view's
  // controls in order, scrolled into sight as focus arrives.
  it('puts every view in the document, each reached by Tab on a phone without scrolling', async () => {
    const demo = await openDemo(browser(), baseUrl, { viewport: PHONE });
    const { page } = demo;
    await visit(page, `${baseUrl}#/uppfoljning`);
    const views = page.locator('section.bb-fu-view');
    const prints = page.getByRole('button', { name: 'Skriv ut' });
    await prints.nth(3).waitFor({ state: 'attached', timeout: 10_000 });
    const names = await views.evaluateAll((sections) =>
      sections.map((s) => s.querySelector('h2, h3')?.textContent ?? ''),
    );
    expect(names).toEqual([
      expect.stringMatching(/^Läget per område: Sjöbacka län/),
      expect.stringMatching(/^Förändring per område: Sjöbacka län/),
      expect.stringMatching(/^Jämförelse/),
      expect.stringMatching(/^Används arbetssätten som det är tänkt\?/),
    ]);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    for (let i = 0; i < 4; i++) {
      await tabTo(page, prints.nth(i), { max: 300 });
      const seen = await prints.nth(i).evaluate((button) => {
        const box = button.getBoundingClientRect();
        return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
      });
      expect(seen, `the print button of view ${i + 1} is on screen when it has focus`).toBe(true);
    }
    assertNoProblems(demo.problems);
    await demo.close();
  });

  it('fits a phone without sideways scrolling', async () => {
    const demo = await openDemo(browser(), baseUrl, { viewport: PHONE });
    await visit(demo.page, `${baseUrl}#/uppfoljning`);
    await demo.page
      .getByRole('heading', { name: /^Läget per område/ })
      .waitFor({ timeout: 10_000 });
    await expectNoHorizontalScroll(demo.page, 'follow-up on a phone');
    assertNoProblems(demo.problems);
    await demo.close();
  });
});
