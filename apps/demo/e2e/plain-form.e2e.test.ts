import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AXE_TAGS, assertNoProblems, launchBrowser, openDemo } from './support.ts';

// The copy-paste example for hosts that are not React (docs/examples/plain-form.html), served by
// the demo next to the built custom elements module, under the same strict CSP.
const baseUrl = inject('demoUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('plain form example with <bb-wheel>', () => {
  it('is filled by keyboard, submits per-area fields and passes axe, with no CSP violation', async () => {
    const demo = await openDemo(browser, baseUrl);
    const { page } = demo;
    const response = await page.goto(new URL('/exempel/plain-form.html', baseUrl).href);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.getByRole('group', { name: /^Trygg\b/ }).waitFor();

    await page.getByRole('textbox', { name: 'Referens (inte personnummer)' }).focus();
    await page.keyboard.type('Elev 7B-12');
    await page.keyboard.press('Tab'); // into <bb-wheel>: Trygg's first step
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight'); // Trygg = 3

    const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(
      axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);

    await page.getByRole('button', { name: 'Skicka' }).click();
    const output = page.locator('#skickat');
    await expect.poll(() => output.textContent()).toContain('hjul.trygg = 3');
    expect(await output.textContent()).toContain('referens = Elev 7B-12');

    await page.getByRole('button', { name: 'Börja om' }).click();
    await page.getByRole('button', { name: 'Skicka' }).click();
    await expect.poll(() => output.textContent()).toBe('referens = ');
    assertNoProblems(demo.problems);
    await demo.close();
  });
});
