import AxeBuilder from '@axe-core/playwright';

import { describe, expect, inject, it } from 'vitest';
import { assertNoProblems, AXE_TAGS, openDemo, sharedBrowser } from './support.ts';

// The copy-paste examples for hosts that are not React, served by the demo next to the built
// custom elements under the same strict CSP: docs/examples/plain-form.html loads the ES module
// (dist/index.js), docs/examples/plain-form-classic.html the classic script for platforms that
// cannot load modules (dist/bb-elements.iife.js). Both must behave the same.
const baseUrl = inject('demoUrl');
const browser = sharedBrowser();

const PAGES = [
  {
    build: 'the ES module',
    path: '/exempel/plain-form.html',
    scripts: [
      { type: 'module', src: './bb-elements.js' },
      { type: 'module', src: './plain-form.js' },
    ],
  },
  {
    build: 'the classic script',
    path: '/exempel/plain-form-classic.html',
    scripts: [
      { type: null, src: './bb-elements.iife.js' },
      { type: null, src: './plain-form.js' },
    ],
  },
];

describe.each(PAGES)('plain form example with $build', ({ path, scripts }) => {
  it('defines <bb-wheel>; filled by keyboard, it submits core JSON and per-area fields, passes axe and resets', async () => {
    const demo = await openDemo(browser(), baseUrl);
    const { page } = demo;
    const response = await page.goto(new URL(path, baseUrl).href);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    // Only scripts from our own origin, no inline script.
    expect(
      await page
        .locator('script')
        .evaluateAll((els) =>
          els.map((s) => ({ type: s.getAttribute('type'), src: s.getAttribute('src') })),
        ),
    ).toEqual(scripts);
    // The form's wheel (the overlay further down draws read-only wheels with the same areas).
    await page
      .locator('#franvaro')
      .getByRole('group', { name: /^Trygg\b/ })
      .waitFor();
    expect(await page.evaluate(() => customElements.get('bb-wheel')?.name)).toBeTruthy();

    await page.getByRole('textbox', { name: 'Referens (inte personnummer)' }).focus();
    await page.keyboard.type('Elev 7B-12');
    await page.keyboard.press('Tab'); // into <bb-wheel>: Trygg's first step
    await page.keyboard.press('Space');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight'); // Trygg = 4
    await page.keyboard.press('Tab'); // "Om Trygg"
    await page.keyboard.press('Tab'); // Må bra's first step
    await page.keyboard.press('Space'); // Må bra = 1

    const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(
      axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);

    // What the browser itself submits: FormData from the submit event (read through the test's
    // own channel, not a page script, so the page's CSP is untouched).
    const submitted = page.evaluate(
      () =>
        new Promise<[string, string][]>((resolve) => {
          document.querySelector('form')!.addEventListener(
            'submit',
            (event) => {
              const form = event.target as HTMLFormElement;
              const submitter = (event as SubmitEvent).submitter;
              resolve(
                [...new FormData(form, submitter)].map(
                  ([k, v]) => [k, String(v)] as [string, string],
                ),
              );
            },
            { once: true },
          );
        }),
    );
    await page.getByRole('button', { name: 'Skicka' }).press('Enter');
    const fields = await submitted;
    expect(fields.map(([k]) => k)).toEqual(['referens', 'hjul', 'hjul.trygg', 'hjul.ma-bra']);
    const data = Object.fromEntries(fields);
    expect(data.referens).toBe('Elev 7B-12');
    expect(data['hjul.trygg']).toBe('4');
    expect(data['hjul.ma-bra']).toBe('1');
    const assessment = JSON.parse(data.hjul!) as {
      type: string;
      areas: Record<string, { answer?: unknown }>;
    };
    expect(assessment.type).toBe('bb.assessment');
    expect(assessment.areas.trygg?.answer).toEqual({ kind: 'value', value: 4 });
    expect(assessment.areas['ma-bra']?.answer).toEqual({ kind: 'value', value: 1 });
    const output = page.locator('#skickat');
    await expect.poll(() => output.textContent()).toContain('hjul.trygg = 4');

    await page.getByRole('button', { name: 'Börja om' }).click();
    await page.getByRole('button', { name: 'Skicka' }).click();
    await expect.poll(() => output.textContent()).toBe('referens = ');
    assertNoProblems(demo.problems);
    await demo.close();
  });
  it('shows the "Tillsammans" views and the family\'s plan: live from the wheel, by keyboard, under axe, submitting nothing', async () => {
    const demo = await openDemo(browser(), baseUrl);
    const { page } = demo;
    await page.goto(new URL(path, baseUrl).href);
    for (const tag of [
      'bb-wheel-overlay',
      'bb-wheel-differences',
      'bb-family-plan',
      'bb-print-plan',
    ])
      expect(await page.evaluate((t) => Boolean(customElements.get(t)), tag), tag).toBe(true);

    // The school's wheel is there from the start; the child's joins when the child answers.
    const table = page.getByRole('table', { name: /svaren i tabellform/ });
    await table.getByRole('columnheader', { name: 'Skolan (mentor)' }).waitFor();
    expect(await table.getByRole('columnheader', { name: 'Barnet' }).count()).toBe(0);

    await page.getByRole('textbox', { name: 'Referens (inte personnummer)' }).focus();
    await page.keyboard.press('Tab'); // into <bb-wheel>: Trygg's first step
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight'); // Trygg = 2
    await table.getByRole('columnheader', { name: 'Barnet' }).waitFor();
    await expect
      .poll(() => page.getByRole('heading', { level: 3, name: 'Olika svar att prata om' }).count())
      .toBe(1);
    await expect.poll(() => page.getByText(/^Trygg: Barnet svarade 2/).count()).toBeGreaterThan(0);

    // The legend's checkbox hides a wheel from the drawing and the table, by keyboard.
    const showSchool = page.getByRole('checkbox', { name: 'Visa Skolan (mentor)' });
    await showSchool.focus();
    await page.keyboard.press('Space');
    expect(await showSchool.isChecked()).toBe(false);
    await expect
      .poll(() => table.getByRole('columnheader', { name: 'Skolan (mentor)' }).count())
      .toBe(0);

    // The family's plan, reworded by the host, for a guardian: no topic the child kept back.
    await page.getByRole('heading', { name: 'Hit kan ni ringa eller skriva' }).waitFor();
    await page.getByRole('button', { name: 'Skriv ut planen' }).waitFor();
    expect(await page.getByText(/lägret/).count()).toBe(0);

    const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(
      axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);

    // Display elements submit nothing: the form sends what it sent before.
    const fields = await page.evaluate(() => [
      ...new FormData(document.querySelector('form')!).keys(),
    ]);
    expect(fields).toEqual(['referens', 'hjul', 'hjul.trygg']);

    // Form reset takes the child's wheel out of the views again.
    await page.getByRole('button', { name: 'Börja om' }).click();
    await expect.poll(() => table.getByRole('columnheader', { name: 'Barnet' }).count()).toBe(0);
    assertNoProblems(demo.problems);
    await demo.close();
  });
});
