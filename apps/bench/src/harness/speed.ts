import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../../../testing/chromium.ts';
import type { BenchApi, Timing } from '../pages/bench-page.tsx';
import { rotate, summarize, type Summary } from './stats.ts';

/** One contender of the speed run: a page of the bench build and its query. */
export interface Contender {
  id: string;
  label: string;
  /** Page and query for the mount measurements (display). */
  page: string;
  /** Page and query for the keyboard measurement (with an input). */
  keyPage: string;
  note?: string;
  /** Whether the class overview (mount many) is measured; default true. */
  many?: boolean;
}

export const CONTENDERS: Contender[] = [
  {
    id: 'floor',
    label: 'floor: 8 native radio fieldsets (React)',
    page: 'floor.html',
    keyPage: 'floor.html',
  },
  {
    id: 'recharts',
    label: 'recharts RadarChart, 3 series (no animation)',
    page: 'recharts.html',
    keyPage: 'recharts.html?inputs=1',
    note: 'keyboard: the floor’s radios redraw the chart (RadarChart takes no input)',
  },
  {
    id: 'wheel',
    label: 'our Wheel, 3 perspectives, animate={false}',
    page: 'wheel.html',
    keyPage: 'wheel.html',
  },
  {
    id: 'wheel-animate',
    label: 'our Wheel, 3 perspectives, animate (default)',
    page: 'wheel.html?animate=1',
    keyPage: 'wheel.html?animate=1',
    // Mounting 100 animated wheels costs as much as the rest of a round: one and keys only.
    many: false,
    note: 'the class overview is not measured with animation (time budget of the run)',
  },
];

export interface SpeedOptions {
  baseUrl: string;
  rounds: number;
  /** Rounds (the first ones) that also mount the class overview: it is the slow part. */
  manyRounds: number;
  /** Key presses per round and contender. */
  keys: number;
  /** Instances in the class overview. */
  many: number;
  log: (line: string) => void;
}

/** What is timed, in ms (see `Timing` in the page for the points). */
export const METRICS = {
  mountOneFirst: 'mount 1: first frame painted after the commit',
  mountOne: 'mount 1: frame with the final DOM painted',
  mountMany: 'mount many: frame with the final DOM painted',
  keyCommit: 'key: keydown → React commit',
  keyFirstFrame: 'key: keydown → first requestAnimationFrame after the commit',
  keyFrame: 'key: keydown → requestAnimationFrame of the frame with the final DOM',
  keyPainted: 'key: keydown → that frame painted',
} as const;
export type Metric = keyof typeof METRICS;

interface SpeedSamples {
  values: Record<Metric, number[]>;
  /** Samples where the DOM was still changing when the page stopped watching (3 s). */
  unsettled: number;
}

export interface ContenderResult {
  id: string;
  label: string;
  note?: string;
  metrics: Record<Metric, Summary>;
  /** Samples where the DOM had not settled 3 s after the commit (timed at the last change seen). */
  unsettled: number;
  errors: string[];
}

export interface SpeedResult {
  browser: string;
  rounds: number;
  manyRounds: number;
  keys: number;
  many: number;
  viewport: { width: number; height: number };
  contenders: ContenderResult[];
}

const VIEWPORT = { width: 1280, height: 900 };
export const MOUNT_ONE_PER_ROUND = 2;

type BenchWindow = Window & { __bench: BenchApi };

/**
 * Opens `url` in a fresh context (no cache, no state from another sample), runs `fn` and closes
 * it again; an uncaught error in the page fails the sample.
 */
async function withPage<T>(
  browser: Browser,
  url: string,
  fn: (page: Page) => Promise<T>,
): Promise<T> {
  const context = await browser.newContext({ viewport: VIEWPORT, reducedMotion: 'no-preference' });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => '__bench' in window, undefined, { timeout: 10_000 });
    const result = await fn(page);
    if (errors.length) throw new Error(`page error on ${url}: ${errors.join('; ')}`);
    return result;
  } finally {
    await context.close();
  }
}

const mount = (page: Page, n: number) =>
  page.evaluate((count) => (window as unknown as BenchWindow).__bench.mount(count), n);

/**
 * Mount one, mount many (each in a fresh page) and keyboard changes, for every contender, in an
 * order that rotates every round so no contender always runs first or right after another.
 */
export async function runSpeed(options: SpeedOptions): Promise<SpeedResult> {
  const { baseUrl, rounds, manyRounds, keys, many, log } = options;
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const samples = new Map<string, SpeedSamples>(
    CONTENDERS.map((c) => [
      c.id,
      {
        values: Object.fromEntries(Object.keys(METRICS).map((m) => [m, []])) as unknown as Record<
          Metric,
          number[]
        >,
        unsettled: 0,
      },
    ]),
  );
  const errors = new Map<string, string[]>(CONTENDERS.map((c) => [c.id, []]));
  try {
    // One untimed pass so the HTTP server, the disk cache and Chromium itself are warm for all.
    for (const c of CONTENDERS) await withPage(browser, baseUrl + c.page, (page) => mount(page, 1));
    for (let round = 0; round < rounds; round++) {
      const started = Date.now();
      for (const c of rotate(CONTENDERS, round)) {
        const s = samples.get(c.id)!;
        try {
          // Mounting one is cheap and noisy: two fresh pages per round.
          for (let k = 0; k < MOUNT_ONE_PER_ROUND; k++) {
            const one = await withPage(browser, baseUrl + c.page, (page) => mount(page, 1));
            record(s, one);
            s.values.mountOneFirst.push(one.firstPainted);
            s.values.mountOne.push(one.painted);
          }
          if (c.many !== false && round < manyRounds) {
            const all = await withPage(browser, baseUrl + c.page, (page) => mount(page, many));
            s.values.mountMany.push(record(s, all).painted);
          }
          await withPage(browser, baseUrl + c.keyPage, (page) => measureKeys(page, keys, s));
        } catch (error) {
          errors.get(c.id)!.push(error instanceof Error ? error.message : String(error));
        }
      }
      log(`  round ${round + 1}/${rounds} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    }
    return {
      browser: `Chromium ${browser.version()}`,
      rounds,
      manyRounds: Math.min(manyRounds, rounds),
      keys,
      many,
      viewport: VIEWPORT,
      contenders: CONTENDERS.map((c) => {
        const s = samples.get(c.id)!;
        return {
          id: c.id,
          label: c.label,
          ...(c.note ? { note: c.note } : {}),
          metrics: Object.fromEntries(
            Object.entries(s.values).map(([m, v]) => [m, summarize(v)]),
          ) as Record<Metric, Summary>,
          unsettled: s.unsettled,
          errors: errors.get(c.id)!,
        };
      }),
    };
  } finally {
    await browser.close();
  }
}

function record(s: SpeedSamples, t: Timing): Timing {
  if (!t.settled) s.unsettled++;
  return t;
}

/** Focus a checked radio, then `keys` × ArrowRight, each timed in the page from its keydown. */
async function measureKeys(page: Page, keys: number, s: SpeedSamples) {
  await mount(page, 1);
  let before = await page.evaluate(() =>
    (window as unknown as BenchWindow).__bench.focusFirstRadio(),
  );
  for (let k = 0; k < keys; k++) {
    await page.evaluate(() => (window as unknown as BenchWindow).__bench.armKey());
    await page.keyboard.press('ArrowRight');
    const t: Timing & { after: string } = await page.evaluate(() =>
      (window as unknown as BenchWindow).__bench.keyResult(),
    );
    if (t.after === before) throw new Error(`ArrowRight did not change the rating (${before})`);
    before = t.after;
    record(s, t);
    s.values.keyCommit.push(t.commit);
    s.values.keyFirstFrame.push(t.firstFrame);
    s.values.keyFrame.push(t.frame);
    s.values.keyPainted.push(t.painted);
    // Let anything the change scheduled (effects, observers) settle before the next key.
    await page.evaluate(
      () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
    );
  }
}
