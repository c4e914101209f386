import { readFileSync } from 'node:fs';
import { createAssessment, defaultPack, setAnswer, type Assessment } from '@barnets-basta/core';
import { createSipPlan } from '@barnets-basta/core/sip';
import type { Download, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import {
  activate,
  assertNoProblems,
  chooseOption,
  expectHeading,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  openDemo,
  PHONE,
  reload,
  setCheckbox,
  sharedBrowser,
  typeInto,
  visit,
  waitForSave,
} from './support.ts';

// Issue 19: the defects hostile testing of the production build found, one test each. Every
// promise here ("nothing typed is lost", "no personal identity numbers", "protected identity
// everywhere") is checked in the browser, with the CSP on and nothing leaving the origin.
const baseUrl = inject('demoUrl');
const browser = sharedBrowser();

const ABSENCE_KEY = 'bb-demo:franvaroutredning';
const SIP_KEY = 'bb-demo:sip-mote';
const UNREADABLE = 'Det sparade utkastet gick inte att läsa';
const DAMAGED = '{"kind":"bb-demo.absence-investigation","version":1,"pupil":{"reference":"Elev';

/** Saves pending edits now, as closing the tab would (no waiting on the debounce). */
function pagehide(page: Page): Promise<void> {
  return page.evaluate(() => {
    window.dispatchEvent(new Event('pagehide'));
  });
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return download;
}

async function textOf(download: Download): Promise<string> {
  return readFileSync(await download.path(), 'utf8');
}

function storageKeys(page: Page): Promise<string[]> {
  return page.evaluate(() => Object.keys(localStorage));
}

/** An investigation as the demo saves it, with a chosen name and a guardian's label. */
function namedInvestigation() {
  const guardian = setAnswer(
    createAssessment({
      pack: defaultPack,
      scale: 'agree-5',
      perspective: { kind: 'guardian', label: 'Mamma Quinta' },
    }),
    'trygg',
    { kind: 'value', value: 4 },
  );
  const school: Assessment = createAssessment({
    pack: defaultPack,
    scale: 'agree-5',
    perspective: { kind: 'school' },
  });
  return {
    kind: 'bb-demo.absence-investigation',
    version: 1,
    id: 'investigation-1',
    pupil: {
      reference: 'Elev 7B-12',
      schoolYear: '7',
      protectedIdentity: false,
      chosenName: 'Kiki Zebra',
    },
    absence: { when: [], duration: '', pupilView: '', guardianView: '', effect: '', tried: '' },
    child: null,
    guardians: [guardian],
    schoolRole: 'school',
    school,
    together: { school: '', home: '', leisure: '', individual: '', support: '' },
    decision: { outcome: 'sip', schoolSupport: '', followUp: '', principals: [], sipReason: '' },
    reached: 7,
    submittedAt: null,
  };
}

async function importFile(page: Page, name: string, text: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Välj fil' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

describe('hostile input: nothing lost', () => {
  it('1: 100 000 characters in one field are kept after a reload and reported on their own', async () => {
    const demo = await openDemo(browser(), baseUrl);
    const { page } = demo;
    await visit(page, `${baseUrl}#/franvaro/steg-2`);
    const field = page.getByLabel('Vad tror eleven att frånvaron handlar om?');
    const long = 'x'.repeat(100_000);
    await field.fill(long);
    await waitForSave(page);

    await reload(page);
    await expectHeading(page, 'Frånvaron');
    expect(await page.getByRole('heading', { name: UNREADABLE }).count()).toBe(0);
    expect((await storageKeys(page)).filter((k) => k.includes('.corrupt-'))).toEqual([]);
    expect((await field.inputValue()).length).toBe(100_000);
    // The over-long field is reported by the form, on its own.
    await activate(page, page.getByRole('button', { name: 'Fortsätt' }));
    await page
      .getByRole('link', { name: /Skriv högst 600 tecken i ”Vad tror eleven/ })
      .waitFor({ timeout: 10_000 });
    await expectNoAxeViolations(page, 'over-long field after reload');
    assertNoProblems(demo.problems);
    await demo.close();
  });

  it('also seen: a string without spaces wraps in the text area and the page does not scroll sideways', async () => {
    const demo = await openDemo(browser(), baseUrl, { viewport: PHONE });
    const { page } = demo;
    await visit(page, `${baseUrl}#/franvaro/steg-2`);
    const field = page.getByLabel('Vad tror eleven att frånvaron handlar om?');
    await field.fill('x'.repeat(100_000));
    // `anywhere`, not the browser's `break-word`: the layout does not measure it as one word.
    expect(await field.evaluate((el) => getComputedStyle(el).overflowWrap)).toBe('anywhere');
    await expectNoHorizontalScroll(page, 'step 2 with 100 000 characters on a phone');
    assertNoProblems(demo.problems);
    await demo.close();
  });

  it('2: a damaged draft found on the start page is announced there, and again until seen', async () => {
    const demo = await openDemo(browser(), baseUrl);
    const { page } = demo;
    await visit(page, baseUrl);
    await page.evaluate(
      ([a, s, damaged]) => {
        localStorage.setItem(a, damaged);
        localStorage.setItem(
          s,
          '{"kind":"bb-demo.sip-meeting","version":1,"plan":{"type":"nope"}}',
        );
      },
      [ABSENCE_KEY, SIP_KEY, DAMAGED] as const,
    );
    await reload(page);
    const absenceNotice = page.getByRole('heading', {
      name: 'Frånvaroutredningen: det sparade utkastet gick inte att läsa',
    });
    const sipNotice = page.getByRole('heading', {
      name: 'SIP-mötet: det sparade utkastet gick inte att läsa',
    });
    await absenceNotice.waitFor({ timeout: 10_000 });
    await sipNotice.waitFor({ timeout: 10_000 });
    await expectNoAxeViolations(page, 'start page with set-aside drafts');

    // After a reload the drafts are already set aside; the notice is still there.
    await reload(page);
    await absenceNotice.waitFor({ timeout: 10_000 });
    await visit(page, `${baseUrl}#/franvaro/steg-1`);
    const notice = page.getByRole('heading', { name: UNREADABLE });
    await notice.waitFor({ timeout: 10_000 });
    await activate(page, page.getByRole('button', { name: 'Jag förstår' }));
    await notice.waitFor({ state: 'detached', timeout: 10_000 });
    await reload(page);
    expect(await page.getByRole('heading', { name: UNREADABLE }).count()).toBe(0);
    assertNoProblems(demo.problems);
    await demo.close();
  });

  it('3 + 4: a damaged draft that cannot be set aside is not overwritten, and can be downloaded', async () => {
    const demo = await openDemo(browser(), baseUrl, {
      // The storage has no room for the set-aside copy (a real quota error), but room for the rest.
      initScript: `
        const setItem = Storage.prototype.setItem;
        Storage.prototype.setItem = function (key, value) {
          if (String(key).includes('.corrupt-')) throw new DOMException('full', 'QuotaExceededError');
          return setItem.call(this, key, value);
        };`,
    });
    const { page } = demo;
    await visit(page, baseUrl);
    await page.evaluate(([key, damaged]) => localStorage.setItem(key, damaged), [
      ABSENCE_KEY,
      DAMAGED,
    ] as const);
    await visit(page, `${baseUrl}#/franvaro/steg-1`);
    await reload(page);
    await page.getByRole('heading', { name: UNREADABLE }).waitFor({ timeout: 10_000 });
    await typeInto(page, page.getByLabel('Referens till eleven'), 'Elev 2C-07');
    await pagehide(page);
    expect(await page.evaluate((key) => localStorage.getItem(key), ABSENCE_KEY)).toBe(DAMAGED);
    expect(await page.getByLabel('Referens till eleven').inputValue()).toBe('Elev 2C-07');
    // The notice tells the truth: the old draft was not set aside, and is not overwritten.
    expect(await page.locator('main').textContent()).toContain('kunde inte sparas undan');
    await expectNoAxeViolations(page, 'damaged draft that could not be set aside');

    // The old draft as a file, made in the browser (no request leaves the origin).
    const download = await downloaded(page, () =>
      activate(page, page.getByRole('button', { name: 'Ladda ner det gamla utkastet' })),
    );
    expect(download.suggestedFilename()).toMatch(/franvaroutredning.*\.json$/);
    expect(await textOf(download)).toBe(DAMAGED);

    // Only when the user says so does new work take its place.
    await activate(page, page.getByRole('button', { name: 'Jag förstår' }));
    await waitForSave(page);
    expect(await page.evaluate((key) => localStorage.getItem(key), ABSENCE_KEY)).toContain(
      'Elev 2C-07',
    );
    assertNoProblems(demo.problems);
    await demo.close();
  });

  it('4: a draft from a newer version says so, and is offered as a file', async () => {
    const demo = await openDemo(browser(), baseUrl);
    const { page } = demo;
    await visit(page, baseUrl);
    const newer = JSON.stringify({ ...namedInvestigation(), version: 2 });
    await page.evaluate(([key, text]) => localStorage.setItem(key, text), [
      ABSENCE_KEY,
      newer,
    ] as const);
    await visit(page, `${baseUrl}#/franvaro/steg-1`);
    await reload(page);
    await page
      .getByRole('heading', { name: 'Utkastet sparades av en nyare version' })
      .waitFor({ timeout: 10_000 });
    await expectNoAxeViolations(page, 'draft from a newer version');
    const download = await downloaded(page, () =>
      activate(page, page.getByRole('button', { name: 'Ladda ner det gamla utkastet' })),
    );
    expect(await textOf(download)).toBe(newer);
    assertNoProblems(demo.problems);
    await demo.close();
  });

  it('5: a bad file after a good one changes nothing, and says the good one is kept', async () => {
    const demo = await openDemo(browser(), baseUrl);
    const { page } = demo;
    await visit(page, `${baseUrl}#/sip/forberedelse`);
    await page.getByRole('radio', { name: 'En sparad plan (fil)' }).check();
    const good = {
      ...createSipPlan({ pack: defaultPack, id: 'good-plan' }),
      purpose: 'Gott syfte',
    };
    await importFile(page, 'bra.json', JSON.stringify(good));
    await page.getByText('Planen är inläst.').first().waitFor({ timeout: 10_000 });

    await importFile(page, 'trasig.json', '{"type":"bb.sip-plan",');
    const alert = page.getByRole('alert').filter({ hasText: 'trasig.json' });
    await alert.waitFor({ timeout: 10_000 });
    expect(await alert.textContent()).toContain('Inget har ändrats');
    expect(await alert.textContent()).toContain('bra.json');
    await pagehide(page);
    const saved = JSON.parse(
      (await page.evaluate((key) => localStorage.getItem(key), SIP_KEY)) ?? 'null',
    ) as { imported: boolean; plan: { id: string } };
    expect(saved.imported).toBe(true);
    expect(saved.plan.id).toBe('good-plan');
    await expectNoAxeViolations(page, 'bad file after a good one');
    assertNoProblems(demo.problems);
    await demo.close();
  });
});

describe('hostile input: nothing leaked', () => {
  it('6: personal identity numbers written as Word, Outlook and people write them are refused', async () => {
    const demo = await openDemo(browser(), baseUrl);
    const { page } = demo;
    await visit(page, `${baseUrl}#/franvaro/steg-1`);
    await typeInto(page, page.getByLabel('Referens till eleven'), '19121212\u20131212');
    await chooseOption(page, page.getByLabel('Årskurs'), '7');
    await typeInto(page, page.getByLabel('Vad vill eleven kallas i hjulet?'), '19121212 - 1212');
    await activate(page, page.getByRole('button', { name: 'Fortsätt' }));
    const links = page.getByRole('link', {
      name: 'Referensen liknar ett personnummer. Välj en kod i stället.',
    });
    await links.first().waitFor({ timeout: 10_000 });
    expect(await links.count()).toBe(2);
    await expectHeading(page, 'Om eleven');

    // The same check guards an imported plan: the child's reference and a guardian's name.
    await visit(page, `${baseUrl}#/sip/forberedelse`);
    await page.getByRole('radio', { name: 'En sparad plan (fil)' }).check();
    const plan = {
      ...createSipPlan({ pack: defaultPack }),
      child: { reference: '191212\u00a0\u2013\u200b1212' },
      participants: [{ id: 'p-1', roles: ['guardian'], name: 'Ylva 19121212\u2060\u20111212' }],
    };
    await importFile(page, 'plan.json', JSON.stringify(plan));
    const alert = page.getByRole('alert').filter({ hasText: 'plan.json' });
    await alert.waitFor({ timeout: 10_000 });
    const text = (await alert.textContent()) ?? '';
    expect(text).toContain('child.reference: liknar ett personnummer');
    expect(text).toContain('participants[0].name: liknar ett personnummer');
    assertNoProblems(demo.problems);
    await demo.close();
  });

  it('7: protected identity ticked after the meeting started reaches the meeting and the plan at once', async () => {
    const demo = await openDemo(browser(), baseUrl);
    const { page } = demo;
    await visit(page, baseUrl);
    await page.evaluate(([key, text]) => localStorage.setItem(key, text), [
      ABSENCE_KEY,
      JSON.stringify(namedInvestigation()),
    ] as const);
    await visit(page, `${baseUrl}#/sip/forberedelse`);
    await reload(page);
    await page.getByRole('radio', { name: 'Hjulen från frånvaroutredningen' }).check();
    await activate(page, page.getByRole('button', { name: 'Starta mötet' }));
    await expectHeading(page, 'SIP-mötet');
    const planText = async () => {
      await pagehide(page);
      return (await page.evaluate((key) => localStorage.getItem(key), SIP_KEY)) ?? '';
    };
    expect(await planText()).toContain('Kiki Zebra');
    expect(await planText()).toContain('Mamma Quinta');

    await visit(page, `${baseUrl}#/franvaro/steg-1`);
    await setCheckbox(page, page.getByLabel('Eleven har skyddade personuppgifter'), true);

    await visit(page, `${baseUrl}#/sip/mote`);
    await expectHeading(page, 'SIP-mötet');
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).not.toContain('Kiki Zebra');
    expect(main).not.toContain('Mamma Quinta');
    const saved = await planText();
    expect(saved).not.toContain('Kiki Zebra');
    expect(saved).not.toContain('Mamma Quinta');

    await visit(page, `${baseUrl}#/sip/plan`);
    const download = await downloaded(page, () =>
      activate(page, page.getByRole('button', { name: 'Ladda ner planen (JSON)' })),
    );
    const file = JSON.parse(await textOf(download)) as { child?: Record<string, unknown> };
    expect(file.child).toEqual({ reference: 'Elev 7B-12', protectedIdentity: true });
    expect(JSON.stringify(file)).not.toMatch(/Kiki Zebra|Mamma Quinta/);
    assertNoProblems(demo.problems);
    await demo.close();
  });
});
