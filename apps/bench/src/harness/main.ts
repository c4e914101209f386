// `pnpm bench`: size, speed, demo quality and core, side by side, in one run. Started by
// scripts/bench.mjs (which loads this TypeScript through Vite's module runner and hands in
// scripts/size.mjs). Goals are reported, not enforced: the exit code is 0 whatever they say,
// unless the run itself breaks.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, release, totalmem, type as osType } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { CoreResult } from './core-bench.ts';
import { runFollowUpView } from './follow-up-view.ts';
import { runLighthouse, type DemoPage } from './lighthouse.ts';
import { installExitHandlers, preview, run } from './processes.ts';
import { evaluateGoals, machineLine, renderTables } from './report.ts';
import { runSpeed } from './speed.ts';
import type { AppSize, BenchResults, Section, SizeModule, SizeResult } from './types.ts';

const benchRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const repoRoot = join(benchRoot, '..', '..');
const demoRoot = join(repoRoot, 'apps', 'demo');
const resultsFile = join(benchRoot, 'results', 'latest.json');
const docsFile = join(repoRoot, 'docs', 'performance.md');
const DOCS_START = '<!-- bench:results:start -->';
const DOCS_END = '<!-- bench:results:end -->';

/** The demo's pages Lighthouse visits: the start page, wheel steps, the SIP meeting, follow-up. */
export const DEMO_PAGES: DemoPage[] = [
  { name: 'Start', path: '#/' },
  { name: 'Skolans hjul', path: '#/franvaro/steg-5' },
  { name: 'Tillsammans', path: '#/franvaro/steg-6' },
  { name: 'SIP-mötet', path: '#/sip/mote' },
  { name: 'Uppföljning', path: '#/uppfoljning' },
];

const PHASES = ['build', 'size', 'core', 'speed', 'follow-up-view', 'lighthouse'] as const;
type Phase = (typeof PHASES)[number];

interface Options {
  phases: Set<Phase>;
  rounds: number;
  manyRounds: number;
  keys: number;
  many: number;
  lighthouseRuns: number;
  coreRounds: number;
  followUpRounds: number;
  write: boolean;
}

function parseArgs(argv: string[]): Options {
  const get = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const num = (name: string, fallback: number) => {
    const v = Number(get(name) ?? fallback);
    if (!Number.isInteger(v) || v < 1) throw new Error(`--${name} must be a whole number ≥ 1`);
    return v;
  };
  const only = get('only')?.split(',') as Phase[] | undefined;
  for (const p of only ?? []) {
    if (!PHASES.includes(p)) throw new Error(`--only: unknown phase "${p}" (${PHASES.join(', ')})`);
  }
  const phases = new Set<Phase>(only ?? PHASES);
  if (argv.includes('--skip-build')) phases.delete('build');
  return {
    phases,
    rounds: num('rounds', 10),
    manyRounds: num('many-rounds', 4),
    keys: num('keys', 5),
    many: num('many', 100),
    lighthouseRuns: num('lighthouse-runs', 3),
    coreRounds: num('core-rounds', 4),
    followUpRounds: num('follow-up-rounds', 10),
    // Partial runs only print: latest.json and the docs always describe a whole run.
    write: !only && !argv.includes('--no-write'),
  };
}

const log = (line: string) => console.log(line);
const round1 = (n: number) => Math.round(n * 10) / 10;
const ANSI = new RegExp(String.fromCharCode(27) + '\\[[0-9;]*m', 'g');
/** An error as a few plain lines: bundler errors carry colour codes and long code frames. */
function message(e: unknown): string {
  const lines = String(e instanceof Error ? e.message : e)
    .replace(ANSI, '')
    .split('\n');
  const titles = lines.slice(1).filter((l) => /^\[[A-Z_]+\]/.test(l));
  return [lines[0], ...(titles.length ? titles : lines.slice(1, 16))].join('\n');
}

async function measureSizes(size: SizeModule): Promise<SizeResult> {
  const budgets = await size.checkBudgets();
  const apps: AppSize[] = [];
  const labels: Record<AppSize['id'], string> = {
    react: 'React alone (reference)',
    floor: 'floor: 8 native radio fieldsets',
    recharts: 'recharts RadarChart, 3 series (display-only)',
    wheel: 'our Wheel, 3 perspectives',
  };
  for (const id of ['react', 'floor', 'recharts', 'wheel'] as const) {
    const s = await size.measureApp({
      root: benchRoot,
      input: `size/${id}.html`,
      plugins: [react()],
    });
    apps.push({
      id,
      label: labels[id],
      jsUpFront: s.upFront,
      jsTotal: s.total,
      css: s.cssBytes,
      total: s.total + s.cssBytes,
    });
  }
  return { budgets: budgets.entries, budgetsOver: budgets.over, apps };
}

async function measureCore(rounds: number): Promise<CoreResult> {
  const out = await run(
    process.execPath,
    ['--expose-gc', join(benchRoot, 'scripts', 'core-bench.mjs'), String(rounds)],
    { cwd: benchRoot, timeoutMs: 600_000 },
  );
  const line = out.split('\n').find((l) => l.startsWith('CORE_RESULT '));
  if (!line) throw new Error(`core bench printed no result:\n${out.slice(-2000)}`);
  const core = JSON.parse(line.slice('CORE_RESULT '.length)) as CoreResult;
  const followUp = out.split('\n').find((l) => l.startsWith('FOLLOW_UP_RESULT '));
  if (followUp) core.followUp = JSON.parse(followUp.slice('FOLLOW_UP_RESULT '.length));
  return core;
}

function cpuModel(): string {
  try {
    const m = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    return m?.[1]?.trim() ?? 'unknown CPU';
  } catch {
    return 'unknown CPU';
  }
}

async function phase<T>(
  name: string,
  enabled: boolean,
  times: Record<string, number>,
  fn: () => Promise<T>,
): Promise<Section<T>> {
  if (!enabled) return { error: 'skipped in this run (--only / --skip-build)' };
  const started = Date.now();
  log(`\n▶ ${name}`);
  try {
    return await fn();
  } catch (e) {
    log(`  ${name} failed: ${message(e)}`);
    return { error: message(e).split('\n')[0]! };
  } finally {
    times[name] = Math.round((Date.now() - started) / 100) / 10;
    log(`  ${name}: ${times[name]} s`);
  }
}

/** Entry point; `size` is scripts/size.mjs. Returns the process exit code. */
export async function main(argv: string[], size: SizeModule): Promise<number> {
  installExitHandlers();
  const options = parseArgs(argv);
  const started = Date.now();
  const loadAtStart = loadavg()[0]!;
  // The whole run must stop by itself, whatever hangs.
  const watchdog = setTimeout(() => {
    console.error('\npnpm bench: still running after 15 minutes; stopping.');
    process.exit(1);
  }, 15 * 60_000);
  watchdog.unref();
  const times: Record<string, number> = {};
  const has = (p: Phase) => options.phases.has(p);

  if (has('build')) {
    const built = await phase('build (packages, demo, bench pages)', true, times, async () => {
      await run('pnpm', ['build'], { cwd: repoRoot, timeoutMs: 360_000 });
      await run('pnpm', ['exec', 'vite', 'build', '--logLevel', 'warn'], {
        cwd: benchRoot,
        timeoutMs: 120_000,
      });
      return {};
    });
    if ('error' in built) return 1;
  }

  const sizeResult = await phase('size', has('size'), times, () => measureSizes(size));
  const core = await phase('core', has('core'), times, () => measureCore(options.coreRounds));
  const speed = await phase('speed', has('speed'), times, async () => {
    if (!existsSync(join(benchRoot, 'dist', 'wheel.html'))) {
      throw new Error('apps/bench/dist is missing: run without --skip-build');
    }
    const served = await preview(benchRoot, 'floor.html');
    try {
      return await runSpeed({
        baseUrl: served.url,
        rounds: options.rounds,
        manyRounds: options.manyRounds,
        keys: options.keys,
        many: options.many,
        log,
      });
    } finally {
      await served.stop();
    }
  });
  const followUpView = await phase('follow-up-view', has('follow-up-view'), times, async () => {
    if (!existsSync(join(benchRoot, 'dist', 'follow-up.html'))) {
      throw new Error('apps/bench/dist/follow-up.html is missing: run without --skip-build');
    }
    const served = await preview(benchRoot, 'follow-up.html');
    try {
      return await runFollowUpView({
        baseUrl: served.url,
        rounds: options.followUpRounds,
        log,
      });
    } finally {
      await served.stop();
    }
  });
  const lighthouse = await phase('lighthouse', has('lighthouse'), times, async () => {
    if (!existsSync(join(demoRoot, 'dist', 'index.html'))) {
      throw new Error('apps/demo/dist is missing: run without --skip-build');
    }
    const served = await preview(demoRoot);
    try {
      return await runLighthouse(served.url, DEMO_PAGES, options.lighthouseRuns, log);
    } finally {
      await served.stop();
    }
  });

  const partial: Omit<BenchResults, 'goals'> = {
    date: new Date().toISOString(),
    machine: {
      nproc: availableParallelism(),
      cpu: cpuModel(),
      memoryGb: Math.round(totalmem() / 1e9),
      os: `${osType()} ${release()}`,
      loadAverage: [round1(loadAtStart), round1(loadavg()[0]!)],
    },
    node: process.version,
    browser: !('error' in speed)
      ? speed.browser
      : !('error' in followUpView)
        ? followUpView.browser
        : 'Chromium (version not read: no browser phase ran)',
    durationSeconds: (Date.now() - started) / 1000,
    phases: times,
    size: sizeResult,
    speed,
    followUpView,
    lighthouse,
    core,
  };
  const results: BenchResults = { ...partial, goals: evaluateGoals(partial) };
  const tables = renderTables(results, size, size.formatTable);
  log('\n' + tables + '\n');
  log(machineLine(results));

  if (options.write) {
    writeFileSync(resultsFile, JSON.stringify(results, null, 2) + '\n');
    const files = [resultsFile];
    if (existsSync(docsFile)) {
      const doc = readFileSync(docsFile, 'utf8');
      const a = doc.indexOf(DOCS_START);
      const b = doc.indexOf(DOCS_END);
      if (a >= 0 && b > a) {
        const block = `${DOCS_START}\n\n${machineLine(results)}\n\n${tables}\n\n${DOCS_END}`;
        writeFileSync(docsFile, doc.slice(0, a) + block + doc.slice(b + DOCS_END.length));
        files.push(docsFile);
      } else log(`(${docsFile} has no ${DOCS_START} … ${DOCS_END} block: not updated)`);
    }
    await run('pnpm', ['exec', 'prettier', '--write', '--log-level', 'warn', ...files], {
      cwd: repoRoot,
      timeoutMs: 60_000,
    }).catch((e) => log(`prettier: ${message(e)}`));
    log(`\nWrote ${files.map((f) => f.slice(repoRoot.length + 1)).join(' and ')}.`);
  }
  if (!('error' in sizeResult) && sizeResult.budgetsOver > 0) {
    log(
      `\nNote: ${sizeResult.budgetsOver} size budget(s) exceeded (\`pnpm size\` fails CI on this).`,
    );
  }
  clearTimeout(watchdog);
  return 0;
}
