import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../../../testing/chromium.ts';
import { UNITS } from '../follow-up/data.ts';
import { rotate, summarize, type Summary } from './stats.ts';

/**
 * Issue 14's speed case: mounting `@barnets-basta/follow-up`'s distribution view for 290 units,
 * beside recharts' `BarChart` drawing the same stacked data (page `follow-up.html` of the bench
 * build; see `src/follow-up/page.tsx` for what is timed). Goal: ours ≤ 0.5× recharts.
 */
export const FOLLOW_UP_VIEW_CONTENDERS = [
  { id: 'ours', label: 'our DistributionView (@barnets-basta/follow-up)' },
  { id: 'recharts', label: 'recharts BarChart, layout="vertical", 7 stacked bars (no animation)' },
] as const;
export type FollowUpViewContender = (typeof FOLLOW_UP_VIEW_CONTENDERS)[number]['id'];

export interface FollowUpViewResult {
  browser: string;
  units: number;
  rounds: number;
  viewport: { width: number; height: number };
  /** Mount → first animation frame after React's commit, in ms, per contender. */
  mount: Record<FollowUpViewContender, Summary>;
  errors: string[];
}

export interface FollowUpViewOptions {
  baseUrl: string;
  rounds: number;
  log: (line: string) => void;
}

const VIEWPORT = { width: 1280, height: 900 };

/**
 * One fresh page per sample for each contender, in an order that alternates every round, after
 * one untimed pass that warms the server, the disk cache and Chromium for both.
 *
 * @example
 * const result = await runFollowUpView({ baseUrl: 'http://127.0.0.1:4173/', rounds: 10, log });
 * result.mount.ours.median / result.mount.recharts.median; // goal: ≤ 0.5
 */
export async function runFollowUpView(options: FollowUpViewOptions): Promise<FollowUpViewResult> {
  const { baseUrl, rounds, log } = options;
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const times: Record<FollowUpViewContender, number[]> = { ours: [], recharts: [] };
  const errors: string[] = [];
  const sample = async (id: FollowUpViewContender): Promise<number> => {
    const context = await browser.newContext({ viewport: VIEWPORT });
    try {
      const page = await context.newPage();
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await page.goto(`${baseUrl}follow-up.html?lib=${id}`, { waitUntil: 'load' });
      await page.waitForFunction(() => '__fuBench' in window, undefined, { timeout: 60_000 });
      if (pageErrors.length) throw new Error(`page error (${id}): ${pageErrors.join('; ')}`);
      return await page.evaluate(() => (window as unknown as { __fuBench: number }).__fuBench);
    } finally {
      await context.close();
    }
  };
  try {
    for (const { id } of FOLLOW_UP_VIEW_CONTENDERS) await sample(id);
    for (let round = 0; round < rounds; round++) {
      const started = Date.now();
      for (const { id } of rotate(FOLLOW_UP_VIEW_CONTENDERS, round)) {
        try {
          times[id].push(await sample(id));
        } catch (error) {
          errors.push(error instanceof Error ? error.message : String(error));
        }
      }
      log(`  round ${round + 1}/${rounds} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    }
    return {
      browser: `Chromium ${browser.version()}`,
      units: UNITS,
      rounds,
      viewport: VIEWPORT,
      mount: { ours: summarize(times.ours), recharts: summarize(times.recharts) },
      errors,
    };
  } finally {
    await browser.close();
  }
}
