import { readFileSync } from 'node:fs';
import { parseAssessment, defaultPack } from '@barnets-basta/core';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import {
  activate,
  assertNoProblems,
  chooseOption,
  chooseRadio,
  type DemoPage,
  expectFocus,
  expectHeading,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  expectTitle,
  focusedTag,
  hasFocus,
  openDemo,
  PHONE,
  reload,
  setCheckbox,
  sharedBrowser,
  snap,
  snapPrint,
  typeInto,
  visit,
  waitForSave,
} from './support.ts';

const baseUrl = inject('demoUrl');
const browser = sharedBrowser();
let demo: DemoPage;
let page: Page;
/** The saved drafts after flow 1, replayed on a phone in the last test. */
let savedStorage: Record<string, string> = {};

beforeAll(async () => {
  // One context for both flows: the SIP meeting starts from the investigation's wheels.
  demo = await openDemo(browser(), baseUrl, {
    // window.print() would open a dialog; record the call instead.
    initScript: 'window.print = () => { window.__printed = (window.__printed || 0) + 1; };',
  });
  page = demo.page;
});

/** Every step: one h1, focus on it after navigating, the step in the title, axe clean, nothing reported. */
async function checkStep(heading: string, step: number, { focus = true } = {}) {
  await expectHeading(page, heading);
  expect(await page.locator('h1').count()).toBe(1);
  if (focus) expect(await focusedTag(page)).toBe('h1');
  await expectTitle(
    page,
    `${heading} – Steg ${step} av 8 – Frånvaroutredning – Barnets bästa – Exempelkommun (demo)`,
  );
  expect(await page.locator('[aria-current="step"]').textContent()).toContain(heading);
  await expectNoAxeViolations(page, `step ${step}`);
  assertNoProblems(demo.problems);
}

/** Continue (the step's own button), by keyboard. */
async function continueStep(label = 'Fortsätt') {
  await activate(page, page.locator('.app-step-nav').getByRole('button', { name: label }));
}

/** Presses Enter on the continue button and expects the error summary to take focus. */
async function expectErrors(step: number, ...messages: string[]) {
  await continueStep(step === 7 ? 'Slutför utredningen' : 'Fortsätt');
  const summary = page.getByRole('region', { name: 'Det finns något att rätta' });
  await summary.waitFor();
  expect(await hasFocus(summary)).toBe(true);
  for (const message of messages)
    expect(await summary.getByRole('link', { name: message }).count()).toBe(1);
  await expectTitle(page, /^Fel: /);
  await expectNoAxeViolations(page, `step ${step} with errors`);
}

/** Answers one area of a wheel with the arrow keys (the radios are native). */
async function answer(wheel: string, area: string, value: string) {
  await chooseRadio(
    page,
    page.locator(`input[type="radio"][name="${wheel}.${area}"][value="${value}"]`),
  );
}

async function checkedValue(wheel: string, area: string) {
  return page.locator(`input[type="radio"][name="${wheel}.${area}"]:checked`).getAttribute('value');
}

describe('flow 1: Frånvaroutredning, by keyboard only', () => {
  it('step 1: a reference (never a personnummer), school year, protected identity', async () => {
    await visit(page, baseUrl);
    await activate(page, page.getByRole('link', { name: 'Starta frånvaroutredningen' }));
    await checkStep('Om eleven', 1);
    await snap(page, 'absence-1-empty');

    await expectErrors(1, 'Skriv en referens till eleven', 'Välj elevens årskurs');
    await snap(page, 'absence-1-errors');
    // The summary's link takes focus to the field.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await hasFocus(page.getByLabel('Referens till eleven'))).toBe(true);

    await page.keyboard.type('20101224-1234');
    await expectErrors(1, 'Referensen liknar ett personnummer. Välj en kod i stället.');
    await typeInto(page, page.getByLabel('Referens till eleven'), 'Elev 7B-12');
    await chooseOption(page, page.getByLabel('Årskurs'), '7');
    await typeInto(
      page,
      page.getByRole('textbox', { name: /Vad vill eleven kallas i hjulet/ }),
      'Zelda',
    );

    await waitForSave(page);
    await reload(page);
    await checkStep('Om eleven', 1, { focus: false });
    expect(await page.getByLabel('Referens till eleven').inputValue()).toBe('Elev 7B-12');
    expect(await page.getByLabel('Årskurs').inputValue()).toBe('7');
    expect(
      await page.getByRole('textbox', { name: /Vad vill eleven kallas i hjulet/ }).inputValue(),
    ).toBe('Zelda');

    // Protected identity: the name is not just hidden but removed from the saved draft.
    await setCheckbox(
      page,
      page.getByRole('checkbox', { name: /Eleven har skyddade personuppgifter/ }),
      true,
    );
    expect(
      await page.getByRole('textbox', { name: /Vad vill eleven kallas i hjulet/ }).count(),
    ).toBe(0);
    expect(await page.getByText('Inget namn visas eller sparas för den här eleven.').count()).toBe(
      1,
    );
    await waitForSave(page);
    const stored = await page.evaluate(
      () => localStorage.getItem('bb-demo:franvaroutredning') ?? '',
    );
    expect(stored).toContain('Elev 7B-12');
    expect(stored).not.toContain('Zelda');
    await reload(page);
    expect(
      await page.getByRole('checkbox', { name: /Eleven har skyddade personuppgifter/ }).isChecked(),
    ).toBe(true);
    await snap(page, 'absence-1-filled');

    await continueStep();
  });

  it('step 2: when, how long, and what the pupil and guardians think', async () => {
    await checkStep('Frånvaron', 2);
    await expectErrors(
      2,
      'Välj minst ett alternativ för när eleven är frånvarande',
      'Välj hur länge frånvaron har pågått',
    );
    await setCheckbox(
      page,
      page.getByRole('checkbox', { name: 'På morgonen eller första lektionen' }),
      true,
    );
    await setCheckbox(page, page.getByRole('checkbox', { name: 'Efter lov eller helger' }), true);
    await chooseRadio(page, page.getByRole('radio', { name: '1–3 månader' }));
    await typeInto(
      page,
      page.getByLabel('Vad tror eleven att frånvaron handlar om?'),
      'Jag har <b>ont i magen</b> på morgonen.',
    );
    await typeInto(
      page,
      page.getByLabel('Vad tror vårdnadshavarna att frånvaron handlar om?'),
      'Oro inför idrotten.',
    );
    await typeInto(
      page,
      page.getByLabel('Vad gör frånvaron för eleven?'),
      'Slipper idrotten och omklädningsrummet.',
    );

    await waitForSave(page);
    await reload(page);
    await checkStep('Frånvaron', 2, { focus: false });
    expect(
      await page.getByRole('checkbox', { name: 'På morgonen eller första lektionen' }).isChecked(),
    ).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Efter lov eller helger' }).isChecked()).toBe(
      true,
    );
    expect(await page.getByRole('radio', { name: '1–3 månader' }).isChecked()).toBe(true);
    expect(await page.getByLabel('Vad tror eleven att frånvaron handlar om?').inputValue()).toBe(
      'Jag har <b>ont i magen</b> på morgonen.',
    );
    await snap(page, 'absence-2');

    // Back never loses anything.
    await activate(page, page.locator('.app-step-nav').getByRole('button', { name: 'Tillbaka' }));
    await checkStep('Om eleven', 1);
    expect(await page.getByLabel('Referens till eleven').inputValue()).toBe('Elev 7B-12');
    await continueStep();
    await checkStep('Frånvaron', 2);
    expect(await page.getByLabel('Vad gör frånvaron för eleven?').inputValue()).toBe(
      'Slipper idrotten och omklädningsrummet.',
    );
    await continueStep();
  });

  it('step 3: the child’s wheel, with who-sees-what first and a choice per answer', async () => {
    await checkStep('Barnets hjul', 3);
    // The explanation comes before the wheel, in the register for 13–18 (årskurs 7).
    const intro = page.getByRole('heading', { name: 'Innan du börjar' });
    const wheelHeading = page.getByRole('heading', { name: 'Hur har du det?' });
    expect(
      await intro.evaluate(
        (a, b) => Boolean(a.compareDocumentPosition(b as Node) & Node.DOCUMENT_POSITION_FOLLOWING),
        await wheelHeading.elementHandle(),
      ),
    ).toBe(true);
    expect(await page.getByText('Frågorna är skrivna för barn i åldern 13–18 år.').count()).toBe(1);
    expect(await page.getByText(/hoppa över frågor/).count()).toBeGreaterThan(0);
    // Protected identity: the centre says "Jag", never the name typed earlier.
    expect(await page.locator('main').textContent()).not.toContain('Zelda');

    // The user asked for reduced motion (the context sets it): the wheel does not animate.
    expect(await page.locator('.bb-wheel').first().getAttribute('data-motion')).toBe('off');
    await answer('child', 'trygg', '4');
    await answer('child', 'ma-bra', 'dont-know');
    await answer('child', 'delaktig', 'declined');
    await answer('child', 'aktiv', '5');
    await answer('child', 'utvecklas', '2');

    // Per-answer visibility in the area's popover, opened and closed by keyboard.
    const about = page.getByRole('button', { name: 'Om Utvecklas' });
    await activate(page, about);
    const popover = page.getByRole('dialog', { name: 'Utvecklas' });
    await popover.waitFor();
    await expectNoAxeViolations(page, 'step 3 with a popover open');
    await snap(page, 'absence-3-popover');
    await chooseRadio(page, popover.getByRole('radio', { name: 'Bara jag' }));
    await page.keyboard.press('Escape');
    await popover.waitFor({ state: 'detached' });
    await expectFocus(page, about);

    await activate(page, page.getByRole('button', { name: 'Om Aktiv' }));
    const aktiv = page.getByRole('dialog', { name: 'Aktiv' });
    await aktiv.waitFor();
    await chooseRadio(page, aktiv.getByRole('radio', { name: 'Bara min kontaktperson' }));
    await typeInto(
      page,
      aktiv.getByRole('textbox', { name: 'Anteckning' }),
      'Fotboll två kvällar i veckan.',
    );
    await page.keyboard.press('Escape');
    await aktiv.waitFor({ state: 'detached' });

    await waitForSave(page);
    await reload(page);
    await checkStep('Barnets hjul', 3, { focus: false });
    expect(await checkedValue('child', 'trygg')).toBe('4');
    expect(await checkedValue('child', 'ma-bra')).toBe('dont-know');
    expect(await checkedValue('child', 'delaktig')).toBe('declined');
    expect(await checkedValue('child', 'utvecklas')).toBe('2');
    const saved = JSON.parse(
      await page.evaluate(() => localStorage.getItem('bb-demo:franvaroutredning') ?? '{}'),
    );
    expect(saved.child.areas.utvecklas.visibility).toBe('respondent');
    expect(saved.child.areas.aktiv.visibility).toBe('contact-person');
    await snap(page, 'absence-3');
    await continueStep();
  });

  it('step 4: one wheel per guardian, a second guardian added', async () => {
    await checkStep('Vårdnadshavarnas hjul', 4);
    // Protected identity: the guardians are not asked what to be called either.
    expect(await page.getByRole('textbox', { name: /Hur vill du bli kallad/ }).count()).toBe(0);
    await answer('guardian-1', 'trygg', '3');
    await answer('guardian-1', 'utvecklas', '1');
    await activate(page, page.getByRole('button', { name: 'Lägg till vårdnadshavare 2' }));
    const second = page.getByRole('heading', { name: 'Vårdnadshavare 2' });
    await second.waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'guardian-2-heading');
    await answer('guardian-2', 'trygg', '5');
    await answer('guardian-2', 'aktiv', '4');
    await expectNoAxeViolations(page, 'step 4 with two guardians');

    await waitForSave(page);
    await reload(page);
    await checkStep('Vårdnadshavarnas hjul', 4, { focus: false });
    expect(await checkedValue('guardian-1', 'trygg')).toBe('3');
    expect(await checkedValue('guardian-2', 'trygg')).toBe('5');
    // The guardians never see or overwrite the child's answers.
    expect(await page.locator('input[name^="child."]').count()).toBe(0);
    await snap(page, 'absence-4');
    await continueStep();
  });

  it('step 5: the school’s wheel', async () => {
    await checkStep('Skolans hjul', 5);
    await chooseRadio(page, page.getByRole('radio', { name: 'Elevhälsan' }));
    await answer('school', 'trygg', '2');
    await answer('school', 'utvecklas', '2');
    await answer('school', 'omvardad', '4');
    await waitForSave(page);
    await reload(page);
    await checkStep('Skolans hjul', 5, { focus: false });
    expect(await page.getByRole('radio', { name: 'Elevhälsan' }).isChecked()).toBe(true);
    expect(await checkedValue('school', 'omvardad')).toBe('4');
    await snap(page, 'absence-5');
    await continueStep();
  });

  it('step 6: together, the wheels overlaid, differences and notes; the child’s private answers stay hidden', async () => {
    await checkStep('Tillsammans', 6);
    const table = page.getByRole('table', { name: 'Allas svar i en tabell' });
    await table.waitFor();
    const tableText = (await table.textContent()) ?? '';
    expect(tableText).toContain('Vårdnadshavare 1');
    expect(tableText).toContain('Dolt svar');
    // The note the child kept for their contact person is not shown to the meeting.
    expect(await page.locator('main').textContent()).not.toContain('Fotboll två kvällar');
    expect(await page.getByRole('heading', { name: 'Där ni ser olika på saken' }).count()).toBe(1);

    // The other perspectives are drawn over the wheel, one line each; the legend's checkbox hides
    // and shows one.
    const drawn = () => page.locator('.bb-wheel__series').count();
    // The outlines are a lazy layer of the drawing (ADR 7): wait for them.
    await expect.poll(drawn, { timeout: 10_000 }).toBeGreaterThan(1);
    const shown = await drawn();
    const legendBox = page.getByRole('checkbox', { name: /Vårdnadshavare/ }).first();
    await setCheckbox(page, legendBox, false);
    expect(await legendBox.isChecked()).toBe(false);
    await expect.poll(drawn).toBe(shown - 1);
    await setCheckbox(page, legendBox, true);
    await expect.poll(drawn).toBe(shown);

    await typeInto(page, page.getByLabel('I skolan'), 'Idrotten och omklädningsrummet.');
    await typeInto(
      page,
      page.getByLabel('Vilket stöd behöver eleven?'),
      'Anpassad idrott, en trygg start på morgonen.',
    );
    await waitForSave(page);
    await reload(page);
    await checkStep('Tillsammans', 6, { focus: false });
    expect(await page.getByLabel('I skolan').inputValue()).toBe('Idrotten och omklädningsrummet.');
    await snap(page, 'absence-6');
    await continueStep();
  });

  it('step 7: decision, proposing a SIP', async () => {
    await checkStep('Beslut', 7);
    await expectErrors(7, 'Välj hur ni går vidare');
    await chooseRadio(
      page,
      page.getByRole('radio', { name: 'Andra huvudmän behövs: föreslå SIP' }),
    );
    await expectErrors(7, 'Välj minst en som behöver vara med');
    await snap(page, 'absence-7-errors');
    await setCheckbox(page, page.getByRole('checkbox', { name: 'Socialtjänsten' }), true);
    await setCheckbox(
      page,
      page.getByRole('checkbox', { name: 'Barn- och ungdomspsykiatrin (BUP)' }),
      true,
    );
    await typeInto(
      page,
      page.getByLabel(/Varför behövs en SIP/),
      'Oro för magont och ångest; familjen behöver stöd hemma.',
    );
    await waitForSave(page);
    await reload(page);
    await checkStep('Beslut', 7, { focus: false });
    expect(
      await page.getByRole('radio', { name: 'Andra huvudmän behövs: föreslå SIP' }).isChecked(),
    ).toBe(true);
    expect(
      await page.getByRole('checkbox', { name: 'Barn- och ungdomspsykiatrin (BUP)' }).isChecked(),
    ).toBe(true);
    await snap(page, 'absence-7');
    await continueStep('Slutför utredningen');
  });

  it('step 8: receipt with summary, print and a download checked by core', async () => {
    await checkStep('Kvitto', 8);
    expect(await page.getByRole('heading', { name: 'Utredningen är klar', level: 2 }).count()).toBe(
      1,
    );
    const main = page.locator('main');
    expect(await main.textContent()).toContain('Referens: Elev 7B-12');
    // Free text is shown as text: the typed markup is visible, and no element was made from it.
    expect(await main.textContent()).toContain('Jag har <b>ont i magen</b> på morgonen.');
    expect(await main.locator('b').count()).toBe(0);
    expect(await main.textContent()).not.toContain('Zelda');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      activate(page, page.getByRole('button', { name: 'Ladda ner som fil (JSON)' })),
    ]);
    const file = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(download.suggestedFilename()).toMatch(/^franvaroutredning-\d{4}-\d{2}-\d{2}\.json$/);
    expect(file.type).toBe('bb-demo.absence-investigation');
    expect(file.child).toEqual({ reference: 'Elev 7B-12', protectedIdentity: true });
    expect(file.assessments).toHaveLength(4);
    for (const assessment of file.assessments)
      expect(parseAssessment(assessment, { pack: defaultPack }).ok).toBe(true);
    const child = file.assessments[0];
    expect(child.perspective.kind).toBe('child');
    // What the child kept to themselves is not filed; what is for the contact person is, marked.
    expect(child.areas.utvecklas).toBeUndefined();
    expect(child.areas.aktiv.visibility).toBe('contact-person');
    expect(JSON.stringify(file)).not.toContain('Zelda');

    await activate(page, page.getByRole('button', { name: 'Skriv ut' }));
    expect(await page.evaluate(() => (window as unknown as { __printed?: number }).__printed)).toBe(
      1,
    );

    await reload(page);
    await checkStep('Kvitto', 8, { focus: false });
    await snap(page, 'absence-8');
    await snapPrint(page, 'absence-8');
    savedStorage = await page.evaluate(() => ({ ...localStorage }));
  });
});

describe('flow 2: SIP-möte from the investigation’s wheels, by keyboard only', () => {
  it('starts from the wheels, carrying only what the child shows everyone', async () => {
    await activate(page, page.getByRole('button', { name: 'Fortsätt till SIP-mötet' }));
    await expectHeading(page, 'Förbered SIP-mötet');
    expect(await focusedTag(page)).toBe('h1');
    expect(
      await page.getByRole('radio', { name: 'Hjulen från frånvaroutredningen' }).isChecked(),
    ).toBe(true);
    await expectNoAxeViolations(page, 'SIP preparation');
    await snap(page, 'sip-1');
    await activate(page, page.getByRole('button', { name: 'Starta mötet' }));
    await expectHeading(page, 'SIP-mötet');
    await waitForSave(page);
    const saved = JSON.parse(
      await page.evaluate(() => localStorage.getItem('bb-demo:sip-mote') ?? '{}'),
    );
    const child = saved.plan.assessments.find(
      (a: { perspective: { kind: string } }) => a.perspective.kind === 'child',
    );
    expect(Object.keys(child.areas).sort()).toEqual(['delaktig', 'ma-bra', 'trygg']);
    expect(saved.plan.child).toEqual({ reference: 'Elev 7B-12', protectedIdentity: true });
    // The school and the organisations chosen in step 7 are already at the table.
    expect(saved.plan.participants.map((p: { organisation?: string }) => p.organisation)).toEqual([
      'Skolan',
      'Socialtjänsten',
      'Barn- och ungdomspsykiatrin (BUP)',
    ]);
    await expectNoAxeViolations(page, 'SIP meeting, inledning');
    await snap(page, 'sip-2-inledning');
    assertNoProblems(demo.problems);
    savedStorage = await page.evaluate(() => ({ ...localStorage }));
  });
});

describe('at 360 px', () => {
  it('every page of both flows works without sideways scrolling and passes axe', async () => {
    const phone = await openDemo(browser(), baseUrl, { viewport: PHONE });
    await visit(phone.page, baseUrl);
    await phone.page.evaluate((entries) => {
      for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
    }, savedStorage);
    const pages = [
      ...Array.from({ length: 8 }, (_, i) => [
        `#/franvaro/steg-${i + 1}`,
        `phone-absence-${i + 1}`,
      ]),
      ['#/sip/forberedelse', 'phone-sip-1'],
      ['#/sip/mote', 'phone-sip-2'],
      ['#/sip/plan', 'phone-sip-3'],
    ];
    for (const [hash, name] of pages) {
      await phone.page.goto(`${baseUrl}${hash}`);
      // A reload on every page: the drafts must come back at this width too.
      await reload(phone.page);
      await expectNoAxeViolations(phone.page, `phone ${hash}`);
      await expectNoHorizontalScroll(phone.page, `phone ${hash}`);
      await snap(phone.page, name!);
    }
    // Every phase of the SIP meeting on a phone, reached through the meeting's own steps.
    await phone.page.goto(`${baseUrl}#/sip/mote`);
    await expectHeading(phone.page, 'SIP-mötet');
    const steps = phone.page.getByRole('navigation', { name: /Mötets steg/ });
    for (const phase of ['Aktuell situation', 'Behov', 'Sammanfattning', 'Avslutning']) {
      await activate(phone.page, steps.getByRole('button', { name: new RegExp(phase) }));
      await expect
        .poll(() => steps.locator('[aria-current="step"]').textContent())
        .toContain(phase);
      await expectNoAxeViolations(phone.page, `phone SIP meeting: ${phase}`);
      await expectNoHorizontalScroll(phone.page, `phone SIP meeting: ${phase}`);
    }

    // An area's popover on a phone: opened by keyboard, clean under axe, closed with Esc.
    await phone.page.goto(`${baseUrl}#/franvaro/steg-3`);
    await expectHeading(phone.page, 'Barnets hjul');
    const about = phone.page.getByRole('button', { name: 'Om Trygg' });
    await activate(phone.page, about);
    const popover = phone.page.getByRole('dialog', { name: 'Trygg' });
    await popover.waitFor();
    await expectNoAxeViolations(phone.page, 'phone step 3 with a popover open');
    await expectNoHorizontalScroll(phone.page, 'phone step 3 with a popover open');
    await snap(phone.page, 'phone-absence-3-popover');
    await phone.page.keyboard.press('Escape');
    await popover.waitFor({ state: 'detached' });
    await expectFocus(phone.page, about);
    // The same data in English: the switch keeps everything, on the wheels and the receipt too.
    await phone.page.goto(`${baseUrl}#/franvaro/steg-6`);
    await expectHeading(phone.page, 'Tillsammans');
    await activate(phone.page, phone.page.getByRole('button', { name: 'English' }));
    await expectHeading(phone.page, 'Together');
    expect(await phone.page.getByLabel('At school').inputValue()).toBe(
      'Idrotten och omklädningsrummet.',
    );
    await expectNoAxeViolations(phone.page, 'phone step 6 in English');
    await snap(phone.page, 'phone-absence-6-en');
    await phone.page.goto(`${baseUrl}#/franvaro/steg-8`);
    await expectHeading(phone.page, 'Receipt');
    expect(await phone.page.locator('main').textContent()).toContain('Reference: Elev 7B-12');
    await expectNoAxeViolations(phone.page, 'phone receipt in English');
    await snap(phone.page, 'phone-absence-8-en');
    assertNoProblems(phone.problems);
    await phone.close();
  });
});
