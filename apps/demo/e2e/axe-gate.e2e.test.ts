import type { BrowserContext } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, sharedBrowser } from './support.ts';

// Proves the end-to-end gate can fail: every flow test trusts expectNoAxeViolations (support.ts)
// to stop on a violation. If the inaccessible page below ever passes, axe is not really running
// (wrong tags, an empty page, an analysis that never happened), and neither are those checks.
const browser = sharedBrowser();
let context: BrowserContext | undefined;

afterEach(async () => {
  await context?.close();
  context = undefined;
});

/** A page of our own markup: no demo, no network. `newContext()` first (TOOLCHAIN.md trap 11). */
async function pageWith(body: string) {
  context = await browser().newContext();
  const page = await context.newPage();
  await page.setContent(
    `<!doctype html><html lang="sv"><head><title>Grindtest</title></head><body><main><h1>Grindtest</h1>${body}</main></body></html>`,
  );
  return page;
}

describe('expectNoAxeViolations (the e2e gate)', () => {
  it('throws on an unlabelled field, an image without alt text and an unnamed button', async () => {
    const page = await pageWith(
      '<form><input type="text" name="namn"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><button type="submit"></button></form>',
    );
    const failure = expectNoAxeViolations(page, 'bad fixture');
    await expect(failure).rejects.toThrow(/axe found \d+ violation\(s\) in "bad fixture"/);
    const message = await failure.catch((error: Error) => error.message);
    for (const rule of ['label', 'image-alt', 'button-name']) expect(message).toContain(rule);
  });

  it('throws on text below the contrast minimum (a rule that needs real layout)', async () => {
    const page = await pageWith('<p style="color:#aaaaaa;background:#ffffff">Svag text</p>');
    await expect(expectNoAxeViolations(page, 'low contrast')).rejects.toThrow(/color-contrast/);
  });

  it('passes the same page made accessible', async () => {
    const page = await pageWith(
      '<form><label for="namn">Namn</label><input id="namn" type="text" name="namn"><img alt="" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><button type="submit">Skicka</button></form>',
    );
    await expectNoAxeViolations(page, 'good fixture');
  });
});
