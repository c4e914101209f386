import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, chromiumPath } from '../../../../testing/chromium.ts';
import { onExit } from './processes.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
export type Category = (typeof CATEGORIES)[number];

/** A page of the demo, by its hash route. */
export interface DemoPage {
  name: string;
  path: string;
}

export interface PageScores {
  name: string;
  path: string;
  /** Median score (0–100) per category over the runs; `null` when Lighthouse gave none. */
  scores: Record<Category, number | null>;
  /** Every run's scores, in order. */
  runs: Record<Category, number | null>[];
  /** Audits below a full score in the last run, per category, for the "why" in the docs. */
  failing: Record<Category, string[]>;
  /** Core Web Vitals-style metrics of the median-performance run, in ms (simulated, mobile). */
  metrics: Record<string, number | null>;
  error?: string;
}

export interface LighthouseResult {
  version: string;
  preset: string;
  runsPerPage: number;
  pages: PageScores[];
}

const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length ? (s[(s.length - 1) >> 1]! + s[s.length >> 1]!) / 2 : Number.NaN;
};

const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
];

/**
 * Lighthouse (default config: the mobile preset, simulated throttling) on each page of the demo,
 * with the system Chromium started by chrome-launcher.
 */
export async function runLighthouse(
  baseUrl: string,
  pages: DemoPage[],
  runsPerPage: number,
  log: (line: string) => void,
): Promise<LighthouseResult> {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: CHROMIUM_ARGS,
    logLevel: 'silent',
  });
  const unregister = onExit(() => {
    try {
      process.kill(chrome.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  });
  let version = 'unknown';
  const results: PageScores[] = [];
  try {
    for (const page of pages) {
      const runs: Record<Category, number | null>[] = [];
      const lhrs = [];
      let error: string | undefined;
      for (let i = 0; i < runsPerPage; i++) {
        const started = Date.now();
        try {
          const result = await lighthouse(baseUrl + page.path, {
            port: chrome.port,
            logLevel: 'error',
            output: 'json',
            onlyCategories: [...CATEGORIES],
          });
          if (!result) throw new Error('Lighthouse returned no result');
          const lhr = result.lhr;
          version = lhr.lighthouseVersion;
          if (lhr.runtimeError) throw new Error(lhr.runtimeError.message);
          lhrs.push(lhr);
          const scores = Object.fromEntries(
            CATEGORIES.map((c) => {
              const score = lhr.categories[c]?.score;
              return [c, typeof score === 'number' ? Math.round(score * 100) : null];
            }),
          ) as Record<Category, number | null>;
          runs.push(scores);
          const metric = (id: string) => lhr.audits[id]?.numericValue;
          const msText = (id: string) => `${Math.round(metric(id) ?? Number.NaN)} ms`;
          log(
            `  ${page.name} run ${i + 1}/${runsPerPage}: ` +
              CATEGORIES.map((c) => `${c} ${scores[c] ?? 'n/a'}`).join(', ') +
              ` | FCP ${msText('first-contentful-paint')}, LCP ${msText('largest-contentful-paint')},` +
              ` TBT ${msText('total-blocking-time')}, CLS ${(metric('cumulative-layout-shift') ?? Number.NaN).toFixed(3)}` +
              ` (${((Date.now() - started) / 1000).toFixed(0)} s)`,
          );
        } catch (e) {
          error = e instanceof Error ? e.message : String(e);
          log(`  ${page.name}: ${error}`);
        }
      }
      const scores = Object.fromEntries(
        CATEGORIES.map((c) => {
          const values = runs.map((r) => r[c]).filter((v): v is number => v !== null);
          return [c, values.length ? median(values) : null];
        }),
      ) as Record<Category, number | null>;
      // The run whose performance score is the median one, for its metrics.
      const perf = runs.map((r) => r.performance ?? -1);
      const mid = perf.indexOf([...perf].sort((a, b) => a - b)[(perf.length - 1) >> 1]!);
      const chosen = lhrs[Math.max(0, mid)];
      const last = lhrs[lhrs.length - 1];
      const failing = Object.fromEntries(
        CATEGORIES.map((c) => [
          c,
          (last?.categories[c]?.auditRefs ?? [])
            .filter((ref) => ref.weight > 0)
            .map((ref) => last!.audits[ref.id]!)
            .filter((audit) => audit && audit.score !== null && audit.score < 1)
            .map((audit) => `${audit.id} (${Math.round((audit.score ?? 0) * 100)})`),
        ]),
      ) as Record<Category, string[]>;
      const metrics = Object.fromEntries(
        METRICS.map((id) => [id, chosen?.audits[id]?.numericValue ?? null]),
      );
      results.push({
        name: page.name,
        path: page.path,
        scores,
        runs,
        failing,
        metrics,
        ...(error ? { error } : {}),
      });
    }
  } finally {
    unregister();
    chrome.kill();
  }
  return {
    version,
    preset: 'mobile (default config, simulated throttling)',
    runsPerPage,
    pages: results,
  };
}
