#!/usr/bin/env node
// Installs the packages as a user does (issue 16): `pnpm pack`s every package, installs the
// tarballs into fresh projects outside the workspace, and builds and runs them:
//   1. a Vite + React 19 app (wheel, sip, core), built and opened in Chromium;
//   2. the same app on React 18.3;
//   3. a plain HTML page with the classic script of @barnets-basta/elements, opened in Chromium;
//   4. a Node script that uses core alone (installed with npm, with nothing else).
// This catches a file missing from `files`, a wrong `exports` path, or a dependency that only the
// workspace provides. Run after `pnpm build`:  node scripts/pack-smoke.mjs
// Needs the npm registry (the tarballs' own dependencies are installed from it) and Chromium.
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PACKAGES = ['core', 'wheel', 'sip', 'elements'];
// The temp projects use the repository's pinned pnpm (corepack would otherwise fetch the latest).
const { packageManager } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const started = Date.now();
process.env.NODE_EXTRA_CA_CERTS ??= '/etc/ssl/certs/ca-certificates.crt';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const log = (m) => console.log(`[pack-smoke ${((Date.now() - started) / 1000).toFixed(0)} s] ${m}`);
const run = (cmd, args, cwd, env = {}) =>
  execFileSync(cmd, args, {
    cwd,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });

// Outside the workspace: no pnpm-workspace.yaml or node_modules above the projects.
const work = mkdtempSync(join(tmpdir(), 'bb-pack-smoke-'));
const keep = process.argv.includes('--keep');
let failed = false;

try {
  // 1. Pack. `pnpm pack` rewrites `workspace:` ranges to the real versions, as publishing does.
  const tarballs = join(work, 'tarballs');
  mkdirSync(tarballs);
  for (const name of PACKAGES) {
    const dir = join(ROOT, 'packages', name);
    if (!readdirSync(dir).includes('dist'))
      throw new Error(`packages/${name} has no dist: run pnpm build first`);
    run('pnpm', ['pack', '--pack-destination', tarballs], dir);
  }
  const tgz = Object.fromEntries(
    readdirSync(tarballs).map((f) => [
      f.replace(/^barnets-basta-(\w+)-.*$/, '$1'),
      join(tarballs, f),
    ]),
  );
  log(`packed ${Object.keys(tgz).join(', ')}`);
  const overrides = Object.fromEntries(
    PACKAGES.map((p) => [`@barnets-basta/${p}`, `file:${tgz[p]}`]),
  );

  // 2. The React apps: the same source on React 19 and on React 18.3.
  const appSource = `
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { defaultPack, createAssessment } from '@barnets-basta/core';
import { parseSipPlan, createSipPlan } from '@barnets-basta/core/sip';
import { Wheel, WheelSummaryTable } from '@barnets-basta/wheel';
import { FamilyPlan } from '@barnets-basta/sip';
import '@barnets-basta/wheel/styles.css';
import '@barnets-basta/sip/styles.css';

function App() {
  const [a, setA] = useState(() =>
    createAssessment({ pack: defaultPack, scale: 'agree-5', perspective: { kind: 'child' } }),
  );
  const plan = createSipPlan({ pack: defaultPack });
  return (
    <main>
      <form aria-label="Hjulet"><Wheel name="hjul" value={a} onChange={setA} animate={false} /></form>
      <WheelSummaryTable series={[{ assessment: a }]} />
      <FamilyPlan value={plan} />
      <output id="plan-ok">{String(parseSipPlan(plan).ok)}</output>
    </main>
  );
}
createRoot(document.getElementById('root')).render(<StrictMode><App /></StrictMode>);
`;
  const reactApp = (name, react) => {
    const dir = join(work, name);
    mkdirSync(join(dir, 'src'), { recursive: true });
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify(
        {
          name,
          private: true,
          type: 'module',
          packageManager,
          dependencies: {
            '@barnets-basta/core': `file:${tgz.core}`,
            '@barnets-basta/wheel': `file:${tgz.wheel}`,
            '@barnets-basta/sip': `file:${tgz.sip}`,
            react,
            'react-dom': react,
          },
          devDependencies: { vite: '8.3.8', '@vitejs/plugin-react': '6.3.0' },
          pnpm: { overrides },
        },
        null,
        2,
      ),
    );
    writeFileSync(
      join(dir, 'vite.config.js'),
      "import react from '@vitejs/plugin-react';\nexport default { plugins: [react()], logLevel: 'warn' };\n",
    );
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Smoke</title><link rel="icon" href="data:,"></head><body><div id="root"></div><script type="module" src="/src/main.jsx"></script></body></html>\n',
    );
    writeFileSync(join(dir, 'src/main.jsx'), appSource);
    return dir;
  };
  const apps = {
    'react-19': reactApp('app-react-19', '19.3.1'),
    'react-18': reactApp('app-react-18', '18.3.1'),
  };
  for (const [label, dir] of Object.entries(apps)) {
    // pnpm is strict: a dependency the package does not declare is not there to find.
    run(
      'pnpm',
      ['install', '--ignore-workspace', '--prefer-offline', '--config.confirmModulesPurge=false'],
      dir,
    );
    run('pnpm', ['exec', 'vite', 'build'], dir);
    log(`${label}: installed and built`);
  }

  // 3. The classic script, as a platform without modules takes it: copied to the site's assets.
  const classic = join(work, 'classic');
  mkdirSync(classic);
  writeFileSync(join(classic, 'package.json'), JSON.stringify({ name: 'classic', private: true }));
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tgz.elements], classic);
  cpSync(
    join(classic, 'node_modules/@barnets-basta/elements/dist'),
    join(classic, 'site/assets/bb-elements'),
    {
      recursive: true,
    },
  );
  writeFileSync(
    join(classic, 'site/index.html'),
    `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Classic</title><link rel="icon" href="data:,">
<script src="/assets/bb-elements/bb-elements.iife.js" defer></script></head>
<body><form method="post" action="/skicka"><bb-wheel name="hjul" locale="sv"></bb-wheel><button type="submit">Skicka</button></form></body></html>\n`,
  );
  log('classic: installed');

  // 4. Core alone in Node, installed with npm: no React, nothing from the workspace.
  const node = join(work, 'node-core');
  mkdirSync(node);
  writeFileSync(
    join(node, 'package.json'),
    JSON.stringify({ name: 'node-core', private: true, type: 'module' }),
  );
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tgz.core], node);
  writeFileSync(
    join(node, 'check.mjs'),
    `import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createAssessment, defaultPack, setAnswer, parseAssessment, exportDocument } from '@barnets-basta/core';
import { createSipPlan, parseSipPlan } from '@barnets-basta/core/sip';
import { compareAssessments } from '@barnets-basta/core/compare';
import { parsePack } from '@barnets-basta/core/content';
import { assessmentsCsv } from '@barnets-basta/core/csv';
import { assessmentToQuestionnaireResponse, questionnaireResponseToAssessment, sipPlanToCarePlan } from '@barnets-basta/core/fhir';
import { staticWheelSvg } from '@barnets-basta/core/svg';
import { wheelGeometry } from '@barnets-basta/core/geometry';
import { shanarriPack } from '@barnets-basta/core/packs/shanarri';
const ok = (c, m) => { if (!c) { console.error('FAILED: ' + m); process.exit(1); } };
let a = createAssessment({ pack: defaultPack, scale: 'agree-5', perspective: { kind: 'child' } });
a = setAnswer(a, 'trygg', { kind: 'value', value: 4 });
ok(parseAssessment(JSON.parse(exportDocument(a))).ok, 'parseAssessment');
ok(parseSipPlan(createSipPlan({ pack: defaultPack })).ok, 'parseSipPlan');
ok(compareAssessments(a, a, defaultPack).length > 0, 'compare');
ok(parsePack(shanarriPack).ok, 'parsePack');
ok(assessmentsCsv([a], defaultPack).startsWith('\\uFEFF'), 'csv');
ok(questionnaireResponseToAssessment(assessmentToQuestionnaireResponse(a)).ok, 'fhir');
ok(sipPlanToCarePlan(createSipPlan({ pack: defaultPack })).resourceType === 'CarePlan', 'careplan');
ok(staticWheelSvg(a, defaultPack).includes('<desc>Trygg: 4 av 5'), 'svg');
ok(wheelGeometry({ areas: 8, levels: 5, innerRadius: 40, outerRadius: 200 }).areas === 8, 'geometry');
for (const f of ['assessment', 'sip-plan', 'content-pack']) {
  const url = import.meta.resolve('@barnets-basta/core/schema/' + f + '.schema.json');
  ok(JSON.parse(readFileSync(fileURLToPath(url), 'utf8')).$schema.includes('2020-12'), 'schema ' + f);
}
console.log('node-core: ok');
`,
  );
  run('node', ['check.mjs'], node);
  log('node-core: core alone works in Node');

  // 5. Open the two apps and the classic page in Chromium, from a plain static server.
  const roots = {
    '/r19': join(apps['react-19'], 'dist'),
    '/r18': join(apps['react-18'], 'dist'),
    '/classic': join(classic, 'site'),
  };
  const TYPES = {
    '.html': 'text/html',
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.svg': 'image/svg+xml',
    '.json': 'application/json',
  };
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const prefix = Object.keys(roots).find((p) => url.pathname.startsWith(p));
    let path = prefix ? url.pathname.slice(prefix.length) || '/' : url.pathname;
    if (path.endsWith('/')) path += 'index.html';
    // Absolute asset paths (Vite's /assets/…, the page's /assets/bb-elements/…) resolve by referrer.
    const from =
      prefix ?? Object.keys(roots).find((p) => (req.headers.referer ?? '').includes(`${p}/`));
    try {
      const body = readFileSync(join(roots[from], path));
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || process.env.CHROME_PATH || '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  // The wheel's area Trygg: a group of native radios (in the classic page, inside a shadow root,
  // which Playwright's locators pierce).
  const trygg = (page) =>
    page
      .getByRole('group', { name: /^Trygg\b/ })
      .getByRole('radio')
      .first()
      .waitFor({ timeout: 30_000 });
  try {
    for (const [label, path, check] of [
      [
        'react-19',
        '/r19/',
        async (page) => {
          await trygg(page);
          await page.locator('#plan-ok', { hasText: 'true' }).waitFor({ timeout: 30_000 });
        },
      ],
      [
        'react-18',
        '/r18/',
        async (page) => {
          await trygg(page);
        },
      ],
      [
        'classic',
        '/classic/',
        async (page) => {
          await trygg(page);
        },
      ],
    ]) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
      page.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()}: ${r.url()}`));
      await page.goto(origin + path);
      try {
        await check(page);
      } catch (error) {
        throw new Error(`${label}: ${error.message}\n${errors.join('\n')}`);
      }
      if (errors.length) throw new Error(`${label}: ${errors.join('\n')}`);
      log(`${label}: runs in Chromium`);
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
} catch (error) {
  failed = true;
  console.error(`[pack-smoke] FAILED: ${error instanceof Error ? error.message : error}`);
} finally {
  if (!keep) rmSync(work, { recursive: true, force: true });
  else log(`kept ${work}`);
}
log(failed ? 'failed' : 'all passed');
process.exit(failed ? 1 : 0);
