import { readFileSync } from 'node:fs';
import { defaultPack } from '@barnets-basta/core';
import { importDocument } from '@barnets-basta/core/sip';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import {
  activate,
  assertNoProblems,
  chooseRadio,
  type DemoPage,
  expectHeading,
  expectNoAxeViolations,
  openDemo,
  reload,
  setCheckbox,
  sharedBrowser,
  typeInto,
  visit,
  waitForSave,
} from './support.ts';

// Issue 15: a plan saved before follow-ups existed (schema version 1) is opened from a file, a
// whole follow-up meeting is held on it by keyboard, a reload in the middle loses nothing, and the
// revised plan downloads as a file core accepts.
const baseUrl = inject('demoUrl');
const browser = sharedBrowser();
let demo: DemoPage;
let page: Page;

beforeAll(async () => {
  demo = await openDemo(browser(), baseUrl);
  page = demo.page;
});

const savedPlan = JSON.stringify({
  type: 'bb.sip-plan',
  schemaVersion: 1,
  id: 'plan-follow-up',
  pack: { id: defaultPack.id, version: defaultPack.version },
  createdAt: '2027-03-12T09:00:00Z',
  updatedAt: '2027-03-12T11:00:00Z',
  legalReference: 'SoL 2 kap. 7 §, HSL 16 kap. 4 §',
  child: { reference: 'Ärende 2027-114' },
  meetingDate: '2027-03-12',
  participants: [
    { id: 'p-child', roles: ['child'], present: true },
    { id: 'p-mum', name: 'Sara Lind', roles: ['guardian'], present: true },
    { id: 'p-soc', name: 'Anna Berg', roles: ['chair'], organisation: 'Socialtjänsten' },
  ],
  chair: 'p-soc',
  consents: [],
  situation: {},
  goals: [{ id: 'g-1', text: 'Jag vill orka gå till skolan på måndagar.', term: 'short' }],
  actions: [
    {
      id: 'a-1',
      areas: ['trygg'],
      what: 'Samtal med familjebehandlare',
      organisation: 'Socialtjänsten',
      principal: 'kommun',
      followUpBy: '2027-05-15',
    },
  ],
  noOtherActors: true,
  disagreements: [],
  overallResponsibility: { principal: 'kommun', person: 'Anna Berg' },
  followUp: { date: '2027-05-15', form: 'Nytt SIP-möte' },
});

const field = (id: string) => page.locator(`#${id}`);
const steps = () => page.getByRole('navigation', { name: /Uppföljningens steg/ });

describe('SIP follow-up on a saved plan, by keyboard only', () => {
  it('opens a saved version 1 plan and starts the follow-up meeting', async () => {
    await visit(page, `${baseUrl}#/sip/forberedelse`);
    await chooseRadio(page, page.getByRole('radio', { name: 'En sparad plan (fil)' }));
    const chooser = page.waitForEvent('filechooser');
    await activate(page, page.getByRole('button', { name: 'Välj fil' }));
    await (
      await chooser
    ).setFiles({ name: 'plan.json', mimeType: 'application/json', buffer: Buffer.from(savedPlan) });
    await page.getByText('Planen är inläst.').first().waitFor();
    await activate(page, page.getByRole('button', { name: 'Starta mötet' }));
    await expectHeading(page, 'SIP-mötet');
    const start = page.getByRole('button', { name: 'Börja uppföljningsmötet' });
    await start.waitFor({ timeout: 10_000 });
    await expectNoAxeViolations(page, 'follow-up: before it starts');
    await activate(page, start);
    await steps().waitFor({ timeout: 10_000 });
    expect(await steps().locator('[aria-current="step"]').textContent()).toContain('Vilka är här');
  });

  it('1–2: who is here, what happened to the action; a reload loses nothing', async () => {
    await setCheckbox(page, page.getByRole('checkbox', { name: 'Sara Lind' }), true);
    await chooseRadio(page, page.getByRole('radio', { name: 'På plats hela mötet' }));
    await activate(page, page.getByRole('button', { name: 'Nästa: Vad har hänt' }));
    const done = page.locator('input[name="sip-fu.actions.0.status"][value="done"]');
    await chooseRadio(page, done);
    await typeInto(page, field('sip-fu-actions-0-outcome'), 'Sex samtal, mindre oro');
    await expectNoAxeViolations(page, 'follow-up: what has happened');

    await waitForSave(page);
    await reload(page);
    await steps().waitFor({ timeout: 10_000 });
    expect(await steps().locator('[aria-current="step"]').textContent()).toContain('Vad har hänt');
    expect(await done.isChecked()).toBe(true);
    expect(await field('sip-fu-actions-0-outcome').inputValue()).toBe('Sex samtal, mindre oro');
  });

  it('4 and 6: the goal in the child’s words, the next date, and the meeting ends', async () => {
    await activate(page, steps().getByRole('button', { name: /Målen/ }));
    await chooseRadio(
      page,
      page.locator('input[name="sip-fu.goals.0.evaluation"][value="partly"]'),
    );
    await typeInto(page, field('sip-fu-goals-0-child-words'), 'Det går bättre nu');
    await expectNoAxeViolations(page, 'follow-up: the goals');

    await activate(page, steps().getByRole('button', { name: /Hur går vi vidare/ }));
    await typeInto(page, field('sip-fu-plan-followUp-date-day'), '15');
    await typeInto(page, field('sip-fu-plan-followUp-date-month'), '9');
    await typeInto(page, field('sip-fu-plan-followUp-date-year'), '2027');
    await chooseRadio(page, page.getByRole('radio', { name: /Vi följer upp igen/ }));
    await expectNoAxeViolations(page, 'follow-up: what happens next');
    await activate(page, page.getByRole('button', { name: 'Avsluta uppföljningsmötet' }));
    await page.getByRole('button', { name: 'Börja uppföljningsmötet' }).waitFor();
  });

  it('the family’s follow-up and the history are shown; the revised plan downloads and core accepts it', async () => {
    await activate(page, page.getByRole('link', { name: 'Visa planen' }));
    await expectHeading(page, 'Planen');
    await page.getByRole('heading', { name: 'Det här har hänt sedan sist' }).waitFor({
      timeout: 10_000,
    });
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain('Barnet säger: ”Det går bättre nu”');
    expect(text).toContain('Vi ses igen 15 september 2027.');
    await page.getByRole('heading', { name: 'Planens historik' }).waitFor({ timeout: 10_000 });
    await expectNoAxeViolations(page, 'follow-up: the family’s follow-up');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      activate(page, page.getByRole('button', { name: 'Ladda ner planen (JSON)' })),
    ]);
    const result = importDocument(readFileSync((await download.path())!, 'utf8'), {
      pack: defaultPack,
    });
    expect(result.ok ? [] : result.issues).toEqual([]);
    if (!result.ok || result.value.type !== 'bb.sip-plan') throw new Error('not a plan');
    const plan = result.value;
    expect(plan.schemaVersion).toBe(2);
    // The plan keeps the legal reference it was written under.
    expect(plan.legalReference).toBe('SoL 2 kap. 7 §, HSL 16 kap. 4 §');
    expect(plan.revisions?.map((r) => r.meeting)).toEqual(['first', 'follow-up']);
    expect(plan.followUps?.[0]).toMatchObject({
      due: '2027-05-15',
      present: ['p-mum'],
      childParticipation: 'in-person',
      actions: [{ actionId: 'a-1', status: 'done', outcome: 'Sex samtal, mindre oro' }],
      goals: [{ goalId: 'g-1', evaluation: 'partly', childWords: 'Det går bättre nu' }],
      outcome: 'continue',
    });
    expect(plan.followUp?.date).toBe('2027-09-15');
    // Every change through the forms refreshed it.
    expect(plan.updatedAt).not.toBe('2027-03-12T11:00:00Z');
    assertNoProblems(demo.problems);
  });
});
