// Issue 14's bench case, on its own: mounts the distribution view for 290 units and recharts'
// BarChart with the same stacked data, alternately, in Chromium, and prints the medians and the
// ratio (goal: ours ≤ 0.5 × recharts). Usage: node scripts/follow-up-bench.mjs [rounds]
// Needs `pnpm build` of the packages first (the bench resolves them to dist/, as a host does).
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import react from '@vitejs/plugin-react';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = 'dist/follow-up-bench';
const rounds = Number(process.argv[2] ?? 10);
const config = {
  root,
  configFile: false,
  logLevel: 'warn',
  plugins: [react()],
  build: { outDir, rollupOptions: { input: { 'follow-up': `${root}/follow-up.html` } } },
  preview: { host: '127.0.0.1', port: 0 },
};
await build(config);
const server = await preview({ ...config, build: { outDir } });
const url = server.resolvedUrls.local[0];
const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const browser = await chromium.launch({
  executablePath,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
const times = { ours: [], recharts: [] };
try {
  for (let r = 0; r < rounds; r++) {
    for (const lib of r % 2 ? ['recharts', 'ours'] : ['ours', 'recharts']) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`${url}follow-up.html?lib=${lib}`);
      await page.waitForFunction(() => typeof window.__fuBench === 'number', null, {
        timeout: 60_000,
      });
      times[lib].push(await page.evaluate(() => window.__fuBench));
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ours = median(times.ours);
const theirs = median(times.recharts);
console.log(
  `mount 290 units, median of ${rounds}: ours ${ours.toFixed(1)} ms, recharts BarChart ${theirs.toFixed(1)} ms, ratio ${(ours / theirs).toFixed(2)}× (goal ≤ 0.5×)`,
);
