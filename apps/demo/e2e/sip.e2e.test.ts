import { readFileSync } from 'node:fs';
import { defaultPack } from '@barnets-basta/core';
import { parseSipPlan } from '@barnets-basta/core/sip';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import {
  activate,
  assertNoProblems,
  chooseRadio,
  type DemoPage,
  expectHeading,
  expectNoAxeViolations,
  expectTitle,
  focusedTag,
  hasFocus,
  openDemo,
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

beforeAll(async () => {
  demo = await openDemo(browser(), baseUrl, {
    initScript: 'window.print = () => { window.__printed = (window.__printed || 0) + 1; };',
  });
  page = demo.page;
});

const field = (id: string) => page.locator(`#${id}`);
/** The meeting circle's own progress indicator. */
const meetingSteps = () => page.getByRole('navigation', { name: /Mötets steg/ });

/** The meeting circle's own progress: one button per phase. */
async function goToPhase(title: string) {
  await activate(page, meetingSteps().getByRole('button', { name: new RegExp(title) }));
  await page.waitForFunction((t) => document.activeElement?.textContent?.includes(t), title);
}

async function nextPhase(title: string) {
  await activate(page, page.getByRole('button', { name: `Nästa: ${title}` }));
  await page.waitForFunction(
    (t) =>
      document.activeElement?.tagName === 'H2' && document.activeElement.textContent?.includes(t),
    title,
  );
}

async function typeDate(prefix: string, day: string, month: string, year: string) {
  await typeInto(page, field(`${prefix}-day`), day);
  await typeInto(page, field(`${prefix}-month`), month);
  await typeInto(page, field(`${prefix}-year`), year);
}

async function reloadInPhase(title: string) {
  await waitForSave(page);
  await reload(page);
  await expectHeading(page, 'SIP-mötet');
  const current = await meetingSteps().locator('[aria-current="step"]').textContent();
  expect(current).toContain(title);
  // The phase leads the page title, so the browser tab says where the meeting is.
  await expectTitle(page, new RegExp(`^${title} – SIP-mötet – Steg 2 av 3`));
  await expectNoAxeViolations(page, `SIP meeting: ${title} after reload`);
}

describe('flow 2: SIP-möte from nothing, by keyboard only', () => {
  it('preparation: asks where to start, with an error when nothing is chosen', async () => {
    await visit(page, baseUrl);
    await activate(page, page.getByRole('link', { name: 'Starta ett SIP-möte' }));
    await expectHeading(page, 'Förbered SIP-mötet');
    expect(await focusedTag(page)).toBe('h1');
    await expectTitle(
      page,
      'Förbered SIP-mötet – Steg 1 av 3 – SIP-möte – Barnets bästa – Exempelkommun (demo)',
    );
    // Nothing in this browser to start from: that choice is left out, and the hint says why.
    expect(await page.getByRole('radio', { name: 'Hjulen från frånvaroutredningen' }).count()).toBe(
      0,
    );
    expect(
      await page
        .getByText('Det finns ingen frånvaroutredning med hjul i den här webbläsaren.')
        .count(),
    ).toBe(1);
    await activate(page, page.getByRole('button', { name: 'Starta mötet' }));
    const summary = page.getByRole('region', { name: 'Det finns något att rätta' });
    await summary.waitFor();
    expect(await hasFocus(summary)).toBe(true);
    await expectNoAxeViolations(page, 'SIP preparation with an error');
    // A language switch rewords the errors on screen, and focus stays on the switch.
    await activate(page, page.getByRole('button', { name: 'English' }));
    await page
      .getByRole('region', { name: 'There is a problem' })
      .getByRole('link', { name: 'Choose what to start from' })
      .waitFor();
    expect(await hasFocus(page.getByRole('button', { name: 'Svenska' }))).toBe(true);
    await activate(page, page.getByRole('button', { name: 'Svenska' }));
    await summary.getByRole('link', { name: 'Välj vad du vill utgå från' }).waitFor();
    await chooseRadio(page, page.getByRole('radio', { name: 'En tom plan' }));
    // The choice is part of the draft: a reload before the meeting starts keeps it.
    await page.waitForFunction(
      () => JSON.parse(localStorage.getItem('bb-demo:sip-mote') ?? '{}').source === 'empty',
    );
    await reload(page);
    expect(await page.getByRole('radio', { name: 'En tom plan' }).isChecked()).toBe(true);
    await activate(page, page.getByRole('button', { name: 'Starta mötet' }));
    await expectHeading(page, 'SIP-mötet');
    expect(await focusedTag(page)).toBe('h1');
    await expectNoAxeViolations(page, 'SIP meeting: Inledning');
    assertNoProblems(demo.problems);
  });

  it('1 Inledning: date, a participant, how the child takes part', async () => {
    await typeDate('sip-meetingDate', '12', '3', '2027');
    await typeInto(page, field('sip-child-reference'), 'Ärende 2027-114');
    await activate(page, page.getByRole('button', { name: 'Lägg till deltagare' }));
    await field('sip-participants-0-name').waitFor();
    await typeInto(page, field('sip-participants-0-name'), 'Anna Berg');
    await setCheckbox(
      page,
      page
        .getByRole('group', { name: 'Deltagare 1' })
        .getByRole('checkbox', { name: 'Ordförande' }),
      true,
    );
    await typeInto(page, field('sip-participants-0-organisation'), 'Socialtjänsten');
    await typeInto(page, field('sip-participants-0-contact'), '0470-123 45');
    await typeInto(page, field('sip-purpose'), 'Att Elev 7B-12 ska komma tillbaka till skolan.');
    await chooseRadio(page, page.getByRole('radio', { name: 'En del av mötet' }));
    await expectNoAxeViolations(page, 'SIP meeting: Inledning filled');
    await snap(page, 'sip-meeting-1');
    await reloadInPhase('Inledning');
    expect(await field('sip-participants-0-name').inputValue()).toBe('Anna Berg');
    expect(await field('sip-meetingDate-year').inputValue()).toBe('2027');
    expect(await page.getByRole('radio', { name: 'En del av mötet' }).isChecked()).toBe(true);
  });

  it('the legal check lists what is missing, linked to the fields', async () => {
    await activate(page, page.getByRole('button', { name: 'Markera planen som klar' }));
    const summary = page.getByRole('region', { name: 'Det här saknas i planen' });
    await summary.waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'region');
    expect(await hasFocus(summary)).toBe(true);
    expect(await summary.getByRole('link').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page, 'SIP meeting: legal elements missing');
    await snap(page, 'sip-meeting-legal-check');
  });

  it('2 Aktuell situation: strengths first, per wheel area', async () => {
    await goToPhase('Aktuell situation');
    await typeInto(page, field('sip-situation-trygg-worksWell'), 'Trivs med sin mentor.');
    await typeInto(page, field('sip-situation-trygg-worksLessWell'), 'Oro på morgonen.');
    await expectNoAxeViolations(page, 'SIP meeting: Aktuell situation');
    await reloadInPhase('Aktuell situation');
    expect(await field('sip-situation-trygg-worksWell').inputValue()).toBe('Trivs med sin mentor.');
    await nextPhase('Behov');
  });

  it('3 Behov: a goal in the child’s words and two actions', async () => {
    await activate(page, page.getByRole('button', { name: 'Lägg till mål på kort sikt' }));
    const goal = page.getByRole('textbox', { name: 'Mål 1 på kort sikt' });
    await goal.waitFor();
    await typeInto(page, goal, 'Jag vill orka gå till skolan på måndagar.');
    await typeInto(
      page,
      field('sip-ownActions'),
      'Vi går upp tidigare och äter frukost tillsammans.',
    );

    await activate(page, page.getByRole('button', { name: 'Lägg till insats' }));
    await field('sip-actions-0-what').waitFor();
    await typeInto(page, field('sip-actions-0-what'), 'Samtal med familjebehandlare');
    await typeInto(page, field('sip-actions-0-organisation'), 'Socialtjänsten');
    await chooseRadio(
      page,
      page.getByRole('group', { name: 'Insats 1' }).getByRole('radio', { name: 'Kommunen' }),
    );
    await typeInto(page, field('sip-actions-0-frequency'), 'Varje vecka');

    await activate(page, page.getByRole('button', { name: 'Lägg till insats' }));
    await field('sip-actions-1-what').waitFor();
    await typeInto(page, field('sip-actions-1-what'), 'Anpassad idrott och mjuk start på morgonen');
    await typeInto(page, field('sip-actions-1-organisation'), 'Skolan');
    await chooseRadio(
      page,
      page.getByRole('group', { name: 'Insats 2' }).getByRole('radio', { name: /Någon annan/ }),
    );
    await expectNoAxeViolations(page, 'SIP meeting: Behov');
    await snap(page, 'sip-meeting-3');
    await reloadInPhase('Behov');
    expect(await field('sip-actions-1-what').inputValue()).toBe(
      'Anpassad idrott och mjuk start på morgonen',
    );
    await nextPhase('Sammanfattning');
  });

  it('4 Sammanfattning: who does what, and the overall responsibility', async () => {
    const who = page.getByRole('heading', { name: 'Vem gör vad och när' });
    await who.waitFor();
    await chooseRadio(
      page,
      page
        .getByRole('group', { name: 'Vilken huvudman har huvudansvaret?' })
        .getByRole('radio', { name: 'Kommunen' }),
    );
    await typeInto(page, field('sip-overallResponsibility-person'), 'Anna Berg');
    await expectNoAxeViolations(page, 'SIP meeting: Sammanfattning');
    await reloadInPhase('Sammanfattning');
    expect(await field('sip-overallResponsibility-person').inputValue()).toBe('Anna Berg');
    await nextPhase('Avslutning');
  });

  it('5 Avslutning, then the plan is complete and shown for the family', async () => {
    await typeDate('sip-followUp-date', '15', '5', '2027');
    await typeInto(page, field('sip-followUp-form'), 'Nytt SIP-möte i skolan');
    await expectNoAxeViolations(page, 'SIP meeting: Avslutning');
    await reloadInPhase('Avslutning');
    expect(await field('sip-followUp-date-day').inputValue()).toBe('15');

    await activate(page, page.getByRole('button', { name: 'Markera planen som klar' }));
    await expectHeading(page, 'Planen');
    expect(await focusedTag(page)).toBe('h1');
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain('Jag vill orka gå till skolan på måndagar.');
    expect(text).toContain('Samtal med familjebehandlare');
    expect(text).toContain('15 maj 2027');
    await expectNoAxeViolations(page, 'the family’s plan');
    await snap(page, 'sip-plan');
    await snapPrint(page, 'sip-plan');

    await activate(page, page.getByRole('button', { name: 'Skriv ut familjens plan' }));
    expect(await page.evaluate(() => (window as unknown as { __printed?: number }).__printed)).toBe(
      1,
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      activate(page, page.getByRole('button', { name: 'Ladda ner planen (JSON)' })),
    ]);
    const plan = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(parseSipPlan(plan, { pack: defaultPack }).ok).toBe(true);
    expect(plan.overallResponsibility).toEqual({ principal: 'kommun', person: 'Anna Berg' });

    await reload(page);
    await expectHeading(page, 'Planen');
    expect(await page.locator('main').textContent()).toContain('Samtal med familjebehandlare');
    assertNoProblems(demo.problems);
  });
});
