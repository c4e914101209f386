import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
} from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { CHROMIUM_ARGS, chromiumPath } from '../../../testing/chromium.ts';

/** What the project promises: WCAG 2.2 AA (EN 301 549) plus axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 360, height: 740 };

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}

/**
 * One Chromium for the whole test file: launched before its tests, closed after them. Call it at
 * the top of the file; it returns a getter, since the browser exists only once `beforeAll` ran.
 */
export function sharedBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('sharedBrowser: the browser is not launched yet');
    return browser;
  };
}

/** Everything that must stay empty while the demo runs. */
export interface Problems {
  consoleErrors: string[];
  pageErrors: string[];
  foreignRequests: string[];
  cspViolations: string[];
}

export interface DemoPage {
  context: BrowserContext;
  page: Page;
  problems: Problems;
  origin: string;
  close(): Promise<void>;
}

/**
 * Records CSP violations in every document the context opens (also after reloads): the page's
 * own `securitypolicyviolation` events are handed to the test through an exposed function.
 */
const CSP_RECORDER = `
  document.addEventListener('securitypolicyviolation', (event) => {
    const report = window.__bbReportCsp;
    if (typeof report === 'function') {
      report(event.violatedDirective + ' blocked ' + (event.blockedURI || 'inline') + ' at ' + event.sourceFile + ':' + event.lineNumber);
    }
  }, true);
`;

interface OpenOptions {
  viewport?: { width: number; height: number };
  reducedMotion?: 'reduce' | 'no-preference';
  /** Extra script run before the app in every document (e.g. to break localStorage). */
  initScript?: string;
}

/**
 * A fresh browser context (its own storage) and page, watched for console errors, uncaught errors,
 * requests to any other origin and CSP violations. Uses `newContext()` then `newPage()` as
 * @axe-core/playwright needs (TOOLCHAIN.md trap 11).
 */
export async function openDemo(
  browser: Browser,
  baseUrl: string,
  options: OpenOptions = {},
): Promise<DemoPage> {
  const context = await browser.newContext({
    viewport: options.viewport ?? DESKTOP,
    reducedMotion: options.reducedMotion ?? 'reduce',
    acceptDownloads: true,
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
  });
  const problems: Problems = {
    consoleErrors: [],
    pageErrors: [],
    foreignRequests: [],
    cspViolations: [],
  };
  await context.exposeFunction('__bbReportCsp', (text: string) => {
    problems.cspViolations.push(text);
  });
  await context.addInitScript(CSP_RECORDER);
  if (options.initScript) await context.addInitScript(options.initScript);
  const page = await context.newPage();
  const origin = new URL(baseUrl).origin;
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error') problems.consoleErrors.push(text);
    else if (/content security policy/i.test(text)) problems.cspViolations.push(text);
  });
  page.on('pageerror', (error) => problems.pageErrors.push(String(error)));
  page.on('request', (request) => {
    const url = new URL(request.url());
    // data: and blob: URLs are made in the page (the favicon, downloads); everything else must be ours.
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.origin !== origin) problems.foreignRequests.push(request.url());
  });
  return { context, page, problems, origin, close: () => context.close() };
}

/** Fails with a readable list of what went wrong in the page. */
export function assertNoProblems(problems: Problems): void {
  const lines: string[] = [];
  for (const [kind, list] of Object.entries(problems) as [keyof Problems, string[]][]) {
    for (const item of list) lines.push(`${kind}: ${item}`);
  }
  if (lines.length > 0) throw new Error(`The page reported problems:\n${lines.join('\n')}`);
}

/** Runs axe on the whole page and fails with every violation spelled out. */
export async function expectNoAxeViolations(page: Page, state: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  if (results.violations.length === 0) return;
  const lines = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`,
  );
  throw new Error(
    `axe found ${results.violations.length} violation(s) in "${state}":\n${lines.join('\n')}`,
  );
}

/** Whether any element the locator matches has focus (never waits). */
export function hasFocus(locator: Locator): Promise<boolean> {
  return locator.evaluateAll((elements) =>
    elements.some((element) => element === document.activeElement),
  );
}

/** What has focus, for error messages. */
export function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return '(nothing)';
    const label =
      el.getAttribute('aria-label') ??
      (el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent : null) ??
      el.textContent?.trim().slice(0, 60);
    return `<${el.tagName.toLowerCase()}${el.id ? ` id="${el.id}"` : ''}${el.getAttribute('name') ? ` name="${el.getAttribute('name')}"` : ''}> ${label ?? ''}`;
  });
}

/**
 * Presses Tab until the locator has focus: the keyboard-only way to reach a control. Goes
 * backwards (Shift+Tab) when the target comes before the focused element, as a user would.
 * Fails after `max` presses, naming where focus went instead.
 */
export async function tabTo(page: Page, locator: Locator, { max = 150 } = {}): Promise<void> {
  if (await hasFocus(locator)) return;
  const backwards = await locator
    .first()
    .evaluate((target) => {
      const active = document.activeElement;
      if (!active || active === document.body) return false;
      return (
        Boolean(target.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING) &&
        !target.contains(active)
      );
    })
    .catch(() => false);
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    if (await hasFocus(locator)) return;
  }
  throw new Error(
    `Could not reach ${String(locator)} with ${backwards ? 'Shift+' : ''}Tab; focus is on ${await describeFocus(page)}`,
  );
}

/** Tabs to a control and activates it with Enter (buttons, links). */
export async function activate(
  page: Page,
  locator: Locator,
  key: 'Enter' | 'Space' = 'Enter',
): Promise<void> {
  await tabTo(page, locator);
  await page.keyboard.press(key === 'Space' ? ' ' : 'Enter');
}

/** Tabs into a text field and types (replacing what is there). */
export async function typeInto(page: Page, locator: Locator, text: string): Promise<void> {
  await tabTo(page, locator);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
}

/**
 * Chooses a radio by keyboard: Tab into its group, then arrow keys (which move and check) until
 * the wanted radio is checked.
 */
export async function chooseRadio(page: Page, radio: Locator): Promise<void> {
  const name = await radio.getAttribute('name');
  const group = name ? page.locator(`input[type="radio"][name="${name}"]:not([disabled])`) : radio;
  await tabTo(page, group);
  if (await radio.isChecked()) return;
  // Tab lands on the checked radio, or the first when none is: ArrowDown walks the group in order.
  const count = await group.count();
  for (let i = 0; i < count * 2; i++) {
    if ((await hasFocus(radio)) && (await radio.isChecked())) return;
    await page.keyboard.press(i < count ? 'ArrowDown' : 'ArrowUp');
  }
  throw new Error(
    `Could not check ${String(radio)} with the arrow keys; focus is on ${await describeFocus(page)}`,
  );
}

/** Ticks or unticks a checkbox with Space. */
export async function setCheckbox(page: Page, checkbox: Locator, checked: boolean): Promise<void> {
  await tabTo(page, checkbox);
  if ((await checkbox.isChecked()) !== checked) await page.keyboard.press(' ');
}

/** Picks an option of a native select with the arrow keys. */
export async function chooseOption(page: Page, select: Locator, value: string): Promise<void> {
  await tabTo(page, select);
  const values = await select
    .locator('option')
    .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  const target = values.indexOf(value);
  if (target < 0) throw new Error(`No option ${value} in ${String(select)}`);
  for (let i = 0; i < values.length + 1; i++) {
    const current = values.indexOf(await select.inputValue());
    if (current === target) return;
    await page.keyboard.press(current < target ? 'ArrowDown' : 'ArrowUp');
  }
  throw new Error(`Could not choose ${value} in ${String(select)}`);
}

/** The text of the element with focus's accessible heading, to check focus moved to the h1. */
export function focusedTag(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.tagName.toLowerCase() ?? '');
}

/** Waits until the draft is written (the status says so), so a reload finds it. */
export async function waitForSave(page: Page): Promise<void> {
  await page
    .getByRole('status')
    .filter({ hasText: /Utkastet sparades kl\.|Draft saved at/ })
    .first()
    .waitFor({ state: 'attached', timeout: 10_000 });
}

/** Reloads and waits for the app to be back. */
export async function reload(page: Page): Promise<void> {
  await page.reload({ waitUntil: 'load' });
  await page.locator('main h1').waitFor();
}

/** No horizontal scrolling of the page at this width (WCAG 1.4.10 reflow). */
export async function expectNoHorizontalScroll(page: Page, state: string): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  if (scrollWidth > clientWidth + 1) {
    throw new Error(
      `"${state}" scrolls sideways: content is ${scrollWidth}px wide in a ${clientWidth}px viewport`,
    );
  }
}

const screenshotDir = process.env.E2E_SCREENSHOTS
  ? join(dirname(fileURLToPath(import.meta.url)), '..', 'test-results', 'screenshots')
  : null;

/** Saves a full-page screenshot when `E2E_SCREENSHOTS=1` (for people reviewing the look). */
export async function snap(page: Page, name: string): Promise<void> {
  if (!screenshotDir) return;
  mkdirSync(screenshotDir, { recursive: true });
  const width = page.viewportSize()?.width ?? 0;
  await page.screenshot({ path: join(screenshotDir, `${name}-${width}.png`), fullPage: true });
}

/** Waits until the page's h1 reads exactly `text` (React renders after load and after hash changes). */
export async function expectHeading(page: Page, text: string): Promise<void> {
  try {
    await page.waitForFunction((t) => document.querySelector('main h1')?.textContent === t, text, {
      timeout: 10_000,
    });
  } catch {
    const actual = await page
      .locator('main h1')
      .first()
      .textContent()
      .catch(() => null);
    throw new Error(`Expected the h1 "${text}", found "${actual ?? '(no h1)'}"`);
  }
}

/**
 * Waits until the document title matches (a string is matched whole), and fails naming the title
 * it found. The title follows the page in the same commit, but a test reading it once could still
 * race the render under load.
 */
export async function expectTitle(page: Page, expected: string | RegExp): Promise<void> {
  const pattern =
    typeof expected === 'string'
      ? { source: `^${expected.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, flags: '' }
      : { source: expected.source, flags: expected.flags };
  try {
    await page.waitForFunction(
      ({ source, flags }) => new RegExp(source, flags).test(document.title),
      pattern,
      { timeout: 10_000 },
    );
  } catch {
    throw new Error(`Expected the title ${String(expected)}, found "${await page.title()}"`);
  }
}

/** Waits until the document language is `lang`. */
export async function expectLang(page: Page, lang: string): Promise<void> {
  await page.waitForFunction((l) => document.documentElement.lang === l, lang, { timeout: 10_000 });
}

/** Opens a URL of the demo and waits for the app to render its page heading. */
export async function visit(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('main h1').waitFor();
}

/** Saves a screenshot of the print layout when `E2E_SCREENSHOTS=1`. */
export async function snapPrint(page: Page, name: string): Promise<void> {
  if (!screenshotDir) return;
  await page.emulateMedia({ media: 'print' });
  await snap(page, `${name}-print`);
  await page.emulateMedia({ media: 'screen' });
}

/** Waits (up to 5 s) for the locator to have focus; fails naming where focus is instead. */
export async function expectFocus(page: Page, locator: Locator): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (Date.now() < deadline) {
    if (await hasFocus(locator)) return;
    await page.waitForTimeout(50);
  }
  throw new Error(`Expected focus on ${String(locator)}, found ${await describeFocus(page)}`);
}
