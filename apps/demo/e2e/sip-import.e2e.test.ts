import { describe, expect, inject, it } from 'vitest';
import {
  assertNoProblems,
  expectNoAxeViolations,
  openDemo,
  sharedBrowser,
  visit,
} from './support.ts';

// Issue 5: importing a plan file that is not valid core JSON gives the path-specific error list,
// in the user's language, and never a crash; a valid file is taken in.
const baseUrl = inject('demoUrl');
const browser = sharedBrowser();

const badPlan = JSON.stringify({
  type: 'bb.sip-plan',
  schemaVersion: 1,
  id: 'p1',
  pack: { id: 'barnets-basta', version: '1.0.0' },
  createdAt: '2026-11-24T10:00:00Z',
  updatedAt: 'igår',
  legalReference: 'SoL 2 kap. 7 §',
  participants: [],
  consents: [],
  situation: {},
  goals: [],
  actions: [{ id: 'a1', areas: ['trygg'], what: 'Stöd', start: '2026-02-30' }],
  disagreements: [],
});

describe('SIP: import a saved plan file', () => {
  it('lists what is wrong with a bad file, by path, and accepts a good one', async () => {
    const demo = await openDemo(browser(), baseUrl);
    const { page } = demo;
    await visit(page, `${baseUrl}#/sip/forberedelse`);
    await page.getByRole('radio', { name: 'En sparad plan (fil)' }).check();

    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Välj fil' }).click();
    await (
      await chooser
    ).setFiles({ name: 'plan.json', mimeType: 'application/json', buffer: Buffer.from(badPlan) });
    const alert = page.getByRole('alert').filter({ hasText: 'Filen kunde inte läsas in' });
    await expect.poll(() => alert.textContent()).toContain('updatedAt');
    const text = (await alert.textContent()) ?? '';
    expect(text).toContain('actions[0].start: ska vara ett datum som finns');
    await expectNoAxeViolations(page, 'import error');

    const good = JSON.parse(badPlan) as Record<string, unknown>;
    good.updatedAt = '2026-11-24T10:00:00Z';
    good.actions = [{ id: 'a1', areas: ['trygg'], what: 'Stöd', start: '2026-02-27' }];
    const chooser2 = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Välj fil' }).click();
    await (
      await chooser2
    ).setFiles({
      name: 'plan.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(good)),
    });
    await expect.poll(() => page.getByText('Planen är inläst.').first().isVisible()).toBe(true);
    assertNoProblems(demo.problems);
    await demo.close();
  });
});
