import { describe, expect, inject, it } from 'vitest';
import {
  activate,
  assertNoProblems,
  expectHeading,
  expectNoAxeViolations,
  focusedTag,
  hasFocus,
  openDemo,
  reload,
  sharedBrowser,
  snap,
  tabTo,
  typeInto,
  visit,
  waitForSave,
} from './support.ts';

const baseUrl = inject('demoUrl');
const browser = sharedBrowser();

const ABSENCE_KEY = 'bb-demo:franvaroutredning';

describe('no data lost', () => {
  it('keeps working in memory and says so when the browser refuses to save', async () => {
    const demo = await openDemo(browser(), baseUrl, {
      // A full storage: every write fails as a real quota error does.
      initScript: `Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };`,
    });
    const { page } = demo;
    await visit(page, `${baseUrl}#/franvaro/steg-1`);
    await typeInto(page, page.getByLabel('Referens till eleven'), 'Elev 9A-03');
    const status = page.getByRole('status').filter({ hasText: /Det gick inte att spara utkastet/ });
    await status.waitFor({ timeout: 10_000 });
    expect(await status.textContent()).toMatch(/lagringsutrymmet i webbläsaren är fullt/);
    expect(await page.getByLabel('Referens till eleven').inputValue()).toBe('Elev 9A-03');
    await expectNoAxeViolations(page, 'storage failure');
    await snap(page, 'storage-failure');
    // Moving on keeps the data in memory.
    await activate(page, page.locator('.app-step-nav').getByRole('button', { name: 'Tillbaka' }));
    await expectHeading(page, 'Från skolfrånvaro till en plan som håller ihop');
    await activate(page, page.getByRole('link', { name: 'Fortsätt frånvaroutredningen' }));
    await expectHeading(page, 'Om eleven');
    expect(await page.getByLabel('Referens till eleven').inputValue()).toBe('Elev 9A-03');
    assertNoProblems(demo.problems);
    await demo.close();
  });

  it('sets an unreadable draft aside with a notice instead of crashing', async () => {
    const demo = await openDemo(browser(), baseUrl);
    const { page } = demo;
    await visit(page, baseUrl);
    await page.evaluate((key) => {
      localStorage.setItem(key, '{"kind":"bb-demo.absence-investigation","version":1,"pupil":');
      localStorage.setItem(
        'bb-demo:sip-mote',
        JSON.stringify({ kind: 'bb-demo.sip-meeting', version: 1, plan: { type: 'nope' } }),
      );
    }, ABSENCE_KEY);
    await visit(page, `${baseUrl}#/franvaro/steg-1`);
    await page.reload();
    await page.locator('main h1').waitFor();
    const notice = page.getByRole('heading', { name: 'Det sparade utkastet gick inte att läsa' });
    await notice.waitFor();
    expect(await page.locator('main').textContent()).toContain(
      `${ABSENCE_KEY}.corrupt-`.replace('bb-demo:', ''),
    );
    await expectNoAxeViolations(page, 'corrupt draft notice');
    await snap(page, 'corrupt-draft');
    const keys = await page.evaluate(() => Object.keys(localStorage));
    expect(keys.some((k) => k.startsWith(`${ABSENCE_KEY}.corrupt-`))).toBe(true);
    // The form works from scratch.
    await typeInto(page, page.getByLabel('Referens till eleven'), 'Elev 1A-01');
    await waitForSave(page);
    // Both drafts are read when the app starts; the SIP notice waits on the SIP pages.
    await page.goto(`${baseUrl}#/sip/forberedelse`);
    await expectHeading(page, 'Förbered SIP-mötet');
    await page.getByRole('heading', { name: 'Det sparade utkastet gick inte att läsa' }).waitFor();
    await expectNoAxeViolations(page, 'corrupt SIP draft notice');
    assertNoProblems(demo.problems);
    await demo.close();
  });

  it('"Börja om" asks first in a modal dialog, Esc cancels, confirming deletes everything', async () => {
    const demo = await openDemo(browser(), baseUrl);
    const { page } = demo;
    await visit(page, `${baseUrl}#/franvaro/steg-1`);
    await typeInto(page, page.getByLabel('Referens till eleven'), 'Elev 4B-22');
    await waitForSave(page);
    // An unreadable copy set aside earlier may hold a child's answers: "Börja om" deletes it too.
    await page.evaluate(
      (key) => localStorage.setItem(`${key}.corrupt-1764000000000`, '{"pupil":'),
      ABSENCE_KEY,
    );

    const restart = page.getByRole('button', { name: 'Börja om' });
    await activate(page, restart);
    const dialog = page.getByRole('dialog', { name: 'Vill du börja om?' });
    await dialog.waitFor();
    // Focus starts on the safe choice.
    expect(await hasFocus(dialog.getByRole('button', { name: 'Avbryt' }))).toBe(true);
    await expectNoAxeViolations(page, 'restart dialog');
    await snap(page, 'restart-dialog');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await hasFocus(restart)).toBe(true);
    expect(await page.getByLabel('Referens till eleven').inputValue()).toBe('Elev 4B-22');

    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await tabTo(page, dialog.getByRole('button', { name: 'Ja, radera och börja om' }));
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="announcer"]')?.textContent?.includes('Allt är raderat'),
    );
    expect(await page.getByLabel('Referens till eleven').inputValue()).toBe('');
    expect(await focusedTag(page)).toBe('h1');
    expect(await page.evaluate((key) => localStorage.getItem(key), ABSENCE_KEY)).toBeNull();
    const left = await page.evaluate(() => Object.keys(localStorage));
    expect(left.filter((k) => k.startsWith(`${ABSENCE_KEY}.corrupt-`))).toEqual([]);
    await reload(page);
    expect(await page.getByLabel('Referens till eleven').inputValue()).toBe('');
    assertNoProblems(demo.problems);
    await demo.close();
  });

  it('asks before removing the second guardian, then puts focus back on "add"', async () => {
    const demo = await openDemo(browser(), baseUrl);
    const { page } = demo;
    await visit(page, `${baseUrl}#/franvaro/steg-4`);
    await activate(page, page.getByRole('button', { name: 'Lägg till vårdnadshavare 2' }));
    await page.waitForFunction(() => document.activeElement?.id === 'guardian-2-heading');
    await activate(page, page.getByRole('button', { name: 'Ta bort vårdnadshavare 2' }));
    const dialog = page.getByRole('dialog', { name: 'Ta bort vårdnadshavare 2?' });
    await dialog.waitFor();
    await expectNoAxeViolations(page, 'remove guardian dialog');
    await tabTo(page, dialog.getByRole('button', { name: 'Ja, ta bort' }));
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    await page.waitForFunction(() => document.activeElement?.id === 'guardian-add');
    expect(await page.getByRole('heading', { name: 'Vårdnadshavare 2' }).count()).toBe(0);
    assertNoProblems(demo.problems);
    await demo.close();
  });
});
