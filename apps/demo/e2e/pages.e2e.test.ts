import { describe, expect, inject, it } from 'vitest';
import {
  activate,
  assertNoProblems,
  chooseOption,
  describeFocus,
  DESKTOP,
  expectHeading,
  expectLang,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  expectTitle,
  focusedTag,
  hasFocus,
  openDemo,
  PHONE,
  sharedBrowser,
  snap,
  tabTo,
  visit,
} from './support.ts';

const baseUrl = inject('demoUrl');
const browser = sharedBrowser();

describe('the served build', () => {
  it('is served with the strict Content-Security-Policy header and a meta copy for static hosts', async () => {
    const demo = await openDemo(browser(), baseUrl);
    const devBuild: string[] = [];
    demo.page.on('console', (message) => {
      if (/React DevTools/.test(message.text())) devBuild.push(message.text());
    });
    const response = await demo.page.goto(baseUrl);
    const csp = response?.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/unsafe-(inline|eval)/);
    const html = (await response?.text()) ?? '';
    const meta =
      /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/
        .exec(html)?.[1]
        ?.replaceAll('&#39;', "'") ?? '';
    expect(meta).toContain("script-src 'self'");
    // Browsers ignore frame-ancestors in a meta tag (and log an error for it): header only.
    expect(meta).not.toContain('frame-ancestors');
    // No inline script and no style attribute in the HTML the policy applies to.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/\sstyle=/);
    await demo.page.locator('main h1').waitFor();
    // The production build of React (a development build announces its DevTools).
    expect(devBuild).toEqual([]);
    assertNoProblems(demo.problems);
    await demo.close();
  });
});

describe.each([
  ['desktop', DESKTOP],
  ['phone', PHONE],
])('the start page on %s', (_label, viewport) => {
  it('explains both flows, has one h1, landmarks and passes axe', async () => {
    const demo = await openDemo(browser(), baseUrl, { viewport });
    const { page } = demo;
    await visit(page, baseUrl);
    expect(await page.locator('h1').count()).toBe(1);
    await expectHeading(page, 'Från skolfrånvaro till en plan som håller ihop');
    await expectTitle(page, /Barnets bästa/);
    await expectLang(page, 'sv');
    expect(await page.getByRole('heading', { name: 'Frånvaroutredning', level: 2 }).count()).toBe(
      1,
    );
    expect(await page.getByRole('heading', { name: 'SIP-möte', level: 2 }).count()).toBe(1);
    for (const role of ['banner', 'main', 'contentinfo'] as const)
      expect(await page.getByRole(role).count()).toBe(1);
    await expectNoAxeViolations(page, `start page ${viewport.width}px`);
    await expectNoHorizontalScroll(page, `start page ${viewport.width}px`);
    await snap(page, 'start');
    assertNoProblems(demo.problems);
    await demo.close();
  });
});

describe('keyboard basics', () => {
  it('offers a skip link first that moves focus to the main content', async () => {
    const demo = await openDemo(browser(), baseUrl);
    const { page } = demo;
    await visit(page, baseUrl);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Gå direkt till innehållet' });
    expect(await describeFocus(page)).toContain('Gå direkt till innehållet');
    expect(await hasFocus(skip)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await hasFocus(page.locator('main'))).toBe(true);
    // The skip link must not replace the route in the address bar.
    expect(new URL(page.url()).hash).toBe('');
    assertNoProblems(demo.problems);
    await demo.close();
  });

  it('switches language and back, keeping what was entered, and remembers the choice', async () => {
    const demo = await openDemo(browser(), baseUrl);
    const { page } = demo;
    await visit(page, `${baseUrl}#/franvaro/steg-1`);
    await tabTo(page, page.getByLabel('Referens till eleven'));
    await page.keyboard.type('Elev 5C-07');
    await activate(page, page.getByRole('button', { name: 'English' }));
    await expectLang(page, 'en');
    await expectHeading(page, 'About the pupil');
    expect(await page.getByLabel('Reference for the pupil').inputValue()).toBe('Elev 5C-07');
    // Focus stays on the switch (now offering Swedish), so the user is not thrown elsewhere.
    expect(await hasFocus(page.getByRole('button', { name: 'Svenska' }))).toBe(true);
    await expectNoAxeViolations(page, 'step 1 in English');
    await page.reload();
    await page.locator('main h1').waitFor();
    await expectLang(page, 'en');
    expect(await page.getByLabel('Reference for the pupil').inputValue()).toBe('Elev 5C-07');
    await page.keyboard.press('Tab');
    await activate(page, page.getByRole('button', { name: 'Svenska' }));
    await expectHeading(page, 'Om eleven');
    assertNoProblems(demo.problems);
    await demo.close();
  });

  // Arabic and lättläst are a chunk of their own, loaded when chosen (or, after a reload, before
  // the first render): the switch waits for it, and a reload starts in the saved language.
  it('switches to a language added as data, and starts in it after a reload', async () => {
    const demo = await openDemo(browser(), baseUrl);
    const { page } = demo;
    await visit(page, `${baseUrl}#/franvaro/steg-1`);
    // On the way down the list the arrow keys pass English, whose chrome names the menu in English.
    const menu = page.getByRole('combobox', { name: /^(Fler språk|More languages)$/ });
    // The page turns right to left; its `lang` stays that of the demo's own texts, which have no
    // Arabic (the library's parts in Arabic mark themselves lang="ar"; docs/languages.md).
    const rtl = () =>
      page.waitForFunction(() => document.documentElement.dir === 'rtl', null, { timeout: 10_000 });
    await chooseOption(page, menu, 'ar');
    await rtl();
    await expectLang(page, 'sv');
    await page.reload();
    await page.locator('main h1').waitFor();
    await rtl();
    await expectLang(page, 'sv');
    await chooseOption(page, menu, 'sv');
    await expectLang(page, 'sv');
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('ltr');
    assertNoProblems(demo.problems);
    await demo.close();
  });

  it('moves focus to the new page heading and sets the page title when following a footer link', async () => {
    const demo = await openDemo(browser(), baseUrl);
    const { page } = demo;
    await visit(page, baseUrl);
    await activate(
      page,
      page.getByRole('contentinfo').getByRole('link', { name: 'Tillgänglighetsredogörelse' }),
    );
    await expectHeading(page, 'Tillgänglighetsredogörelse');
    expect(await focusedTag(page)).toBe('h1');
    await expectTitle(page, /^Tillgänglighetsredogörelse – /);
    await expectNoAxeViolations(page, 'accessibility statement');
    await page.goto(`${baseUrl}#/om-uppgifterna`);
    await expectHeading(page, 'Så hanteras uppgifterna');
    await expectNoAxeViolations(page, 'privacy page');
    await page.goto(`${baseUrl}#/finns-inte-alls`);
    await expectHeading(page, 'Sidan finns inte');
    await expectNoAxeViolations(page, 'not found');
    assertNoProblems(demo.problems);
    await demo.close();
  });
});
