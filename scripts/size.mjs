// Size budgets: what a host's bundler ships, measured min+gz from the real dist builds
// (run `pnpm build` first). Prints a table and exits 1 when a budget is exceeded.
// The benchmark (apps/bench, `pnpm bench`) imports `measure`, `measureApp`, `checkBudgets` and
// `formatTable` from here, so the budgets and the side-by-side comparison count bytes one way.
import { mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const KB = 1000;
const REACT = ['react', 'react-dom', 'react/jsx-runtime', 'react-dom/client', 'scheduler'];

/**
 * name, entry source, externals, budget (min+gz bytes) for up-front and total incl. lazy chunks.
 * Entries without a budget are reported only. `css: true` rows measure the CSS the entry imports;
 * an `optional` entry whose file is not built is reported as missing instead of failing the run.
 */
export const BUDGETS = [
  {
    name: '@barnets-basta/core (default entry, sv+en pack)',
    code: "export * from '@barnets-basta/core';",
    external: [],
    upFront: 12 * KB,
  },
  {
    name: '@barnets-basta/core/compare',
    code: "export * from '@barnets-basta/core/compare';",
    external: [],
  },
  {
    name: '@barnets-basta/core/follow-up',
    code: "export * from '@barnets-basta/core/follow-up';",
    external: [],
  },
  {
    name: '@barnets-basta/core/privacy',
    code: "export * from '@barnets-basta/core/privacy';",
    external: [],
  },
  {
    name: '@barnets-basta/core/form',
    code: "export * from '@barnets-basta/core/form';",
    external: [],
  },
  {
    name: '@barnets-basta/core/sip',
    code: "export * from '@barnets-basta/core/sip';",
    external: [],
  },
  {
    name: '@barnets-basta/core/geometry',
    code: "export * from '@barnets-basta/core/geometry';",
    external: [],
  },
  {
    name: '@barnets-basta/core/svg',
    code: "export * from '@barnets-basta/core/svg';",
    external: [],
  },
  {
    name: '@barnets-basta/core/fhir',
    code: "export * from '@barnets-basta/core/fhir';",
    external: [],
  },
  {
    name: '@barnets-basta/core/csv',
    code: "export * from '@barnets-basta/core/csv';",
    external: [],
  },
  {
    name: '@barnets-basta/core/packs/shanarri',
    code: "export * from '@barnets-basta/core/packs/shanarri';",
    external: [],
  },
  {
    name: '@barnets-basta/core/packs/sex-omraden',
    code: "export * from '@barnets-basta/core/packs/sex-omraden';",
    external: [],
  },
  {
    name: "import { Wheel } from '@barnets-basta/wheel'",
    code: "export { Wheel } from '@barnets-basta/wheel';",
    external: REACT,
    // Decided in issue 18 (ADR 7): Radix Popover and Motion stay as the chosen stack; the lazy
    // design is kept honest by a tight up-front budget. A miss of either fails CI.
    upFront: 26 * KB,
    total: 80 * KB,
  },
  {
    name: '@barnets-basta/wheel (whole entry)',
    code: "export * from '@barnets-basta/wheel';",
    external: REACT,
  },
  {
    name: '@barnets-basta/wheel/styles.css (CSS)',
    code: "import '@barnets-basta/wheel/styles.css';",
    external: [],
    css: true,
  },
  {
    name: '@barnets-basta/sip (whole entry, incl. wheel)',
    code: "export * from '@barnets-basta/sip';",
    external: REACT,
    onTopOf: '@barnets-basta/wheel (whole entry)',
    onTopBudget: 40 * KB,
  },
  {
    name: '@barnets-basta/sip/styles.css (CSS)',
    code: "import '@barnets-basta/sip/styles.css';",
    external: [],
    css: true,
  },
  // Issue 14: the follow-up views. The journey entry draws the wheel and is reported apart.
  {
    name: '@barnets-basta/follow-up (whole entry)',
    code: "export * from '@barnets-basta/follow-up';",
    external: REACT,
    upFront: 30 * KB,
  },
  {
    name: '@barnets-basta/follow-up/journey (incl. wheel)',
    code: "export * from '@barnets-basta/follow-up/journey';",
    external: REACT,
  },
  {
    name: '@barnets-basta/follow-up/styles.css (CSS)',
    code: "import '@barnets-basta/follow-up/styles.css';",
    external: [],
    css: true,
  },
  {
    name: '@barnets-basta/elements (with React)',
    code: "export * from '@barnets-basta/elements';",
    external: [],
    upFront: 150 * KB,
  },
  {
    name: '@barnets-basta/elements/classic (script tag, with React)',
    code: "import '@barnets-basta/elements/classic';",
    external: [],
    optional: true,
  },
  // Issue 17: the display elements (<bb-wheel-overlay>, <bb-wheel-differences>, <bb-family-plan>,
  // <bb-print-plan>) and <bb-wheel>'s draft are lazy chunks of the same entry: up front stays within
  // the row above; this row counts what a page with every element loads in all.
  {
    name: '@barnets-basta/elements, every element on one page (with React, lazy chunks)',
    code: "import '@barnets-basta/elements';",
    external: [],
    upFront: 150 * KB,
    total: 260 * KB,
  },
];

// Issue 17, per element: the package has one entry (every element), so each row builds an app
// that imports just that element's module from source and defines it, as a host that wants one
// element would bundle it. React is bundled (the hosts have none); the issue's budget is 150 kB
// up front for the largest page. The package's workspace dependencies resolve to their dist/.
export function elementBudgets() {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'packages', 'elements', 'src');
  const elements = [
    ['bb-wheel', 'BbWheel'],
    ['bb-sip-plan', 'BbSipPlan'],
    ['bb-wheel-overlay', 'BbWheelOverlay'],
    ['bb-wheel-differences', 'BbWheelDifferences'],
    ['bb-family-plan', 'BbFamilyPlan'],
    ['bb-print-plan', 'BbPrintPlan'],
    ['bb-follow-up', 'BbFollowUp'],
  ];
  return elements.map(([tag, className]) => ({
    name: `<${tag}> alone (app importing only its module, with React)`,
    code:
      `import { ${className} } from ${JSON.stringify(join(root, tag, `${tag}.tsx`))};\n` +
      `customElements.define('${tag}', ${className});`,
    external: [],
    upFront: 150 * KB,
  }));
}
BUDGETS.push(...elementBudgets());

// Beside the repo's root node_modules whatever the working directory, so the entries resolve the
// workspace packages the same way from `pnpm size` and from the benchmark.
const tmp = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  'node_modules',
  '.cache',
  'bb-size',
);
/** Terminal colour codes, which bundler messages carry. */
const ANSI = new RegExp(String.fromCharCode(27) + '\\[[0-9;]*m', 'g');
const gz = (text) => gzipSync(text, { level: 9 }).length;

/**
 * Bytes (min+gz) of one Vite/Rolldown build output. Up front = the entry chunks and everything
 * they import statically (transitively); total = every chunk, lazy ones included. CSS is counted
 * apart (`cssBytes`), because a library's CSS is a separate import of the host.
 */
export function sizeOfOutput(output) {
  const chunks = output.filter((o) => o.type === 'chunk');
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const seen = new Set();
  const visit = (c) => {
    if (!c || seen.has(c.fileName)) return;
    seen.add(c.fileName);
    c.imports.forEach((f) => visit(byName.get(f)));
  };
  chunks.filter((c) => c.isEntry).forEach(visit);
  const upFront = [...seen].reduce((s, f) => s + gz(byName.get(f).code), 0);
  const total = chunks.reduce((s, c) => s + gz(c.code), 0);
  const css = output.filter((o) => o.type === 'asset' && o.fileName.endsWith('.css'));
  const cssBytes = css.reduce((s, a) => s + gz(a.source), 0);
  return { upFront, total, lazyChunks: chunks.length - seen.size, css: css.length, cssBytes };
}

/**
 * Runs a Vite build in memory. An import that does not resolve would be left out silently and the
 * bundle would look tiny, so that stops the measurement instead (usually a package whose `dist/`
 * is missing: run `pnpm build` first).
 */
async function buildInMemory(config) {
  const unresolved = [];
  const onwarn = (warning) => {
    if (warning.code === 'UNRESOLVED_IMPORT') unresolved.push(warning.message);
  };
  const out = await build({
    ...config,
    build: { ...config.build, rollupOptions: { ...config.build.rollupOptions, onwarn } },
  });
  if (unresolved.length) {
    const first = unresolved[0].replace(ANSI, '').split('\n')[0];
    const error = new Error(
      `${first}\nSizes are measured from the packages' dist/: run \`pnpm build\` first.`,
    );
    error.unresolved = first;
    throw error;
  }
  return (Array.isArray(out) ? out : [out]).flatMap((o) => o.output);
}

/** Builds `code` as a one-line library entry (minified, production) and measures it. */
export async function measure({ code, external }, i) {
  const dir = join(tmp, String(i));
  mkdirSync(dir, { recursive: true });
  const entry = join(dir, 'entry.js');
  writeFileSync(entry, code + '\n');
  const output = await buildInMemory({
    configFile: false,
    logLevel: 'silent',
    root: dir,
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      write: false,
      minify: true,
      modulePreload: false,
      rollupOptions: {
        input: entry,
        external: (id) => external.some((e) => id === e || id.startsWith(e + '/')),
        preserveEntrySignatures: 'strict',
      },
    },
  });
  return sizeOfOutput(output);
}

/**
 * Builds a whole app (an HTML page or a script entry under `root`) for production, as a host's
 * Vite build would, in memory, and measures it: JS up front, JS with lazy chunks, and CSS.
 */
export async function measureApp({ root, input, plugins = [] }) {
  const output = await buildInMemory({
    configFile: false,
    logLevel: 'silent',
    root,
    plugins,
    build: {
      write: false,
      minify: true,
      rollupOptions: { input: resolve(root, input) },
    },
  });
  return sizeOfOutput(output);
}

export const formatKb = (b) => (b / KB).toFixed(1) + ' kB';

/** A Markdown table with padded columns. */
export function formatTable(head, rows) {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (r) => '| ' + r.map((c, i) => String(c).padEnd(widths[i])).join(' | ') + ' |';
  return [
    line(head),
    '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|',
    ...rows.map(line),
  ].join('\n');
}

/**
 * Measures every entry of {@link BUDGETS} and checks it. Returns the table rows, the raw results
 * by name and the number of budgets exceeded.
 */
export async function checkBudgets() {
  rmSync(tmp, { recursive: true, force: true });
  const results = new Map();
  const rows = [];
  const entries = [];
  let over = 0;
  try {
    for (const [i, b] of BUDGETS.entries()) {
      let measured;
      try {
        measured = await measure(b, i);
      } catch (error) {
        // An optional row (a file only some builds emit) is reported as missing, not as 0 kB.
        if (!b.optional || !error.unresolved) throw error;
        rows.push([b.name, 'not built', 'not built', '', '(reported)', 'missing']);
        entries.push({ name: b.name, budget: '(reported)', ok: true, missing: error.unresolved });
        continue;
      }
      const r = b.css
        ? { ...measured, upFront: measured.cssBytes, total: measured.cssBytes }
        : measured;
      results.set(b.name, r);
      const fails = [];
      if (b.upFront && r.upFront > b.upFront) fails.push(`OVER ${formatKb(b.upFront)}`);
      if (b.total && r.total > b.total) fails.push(`OVER total ${formatKb(b.total)}`);
      let onTop = '';
      let extra;
      if (b.onTopOf) {
        const base = results.get(b.onTopOf);
        extra = r.upFront - base.upFront;
        onTop = `${formatKb(extra)} on top`;
        if (extra > b.onTopBudget) fails.push(`OVER ${formatKb(b.onTopBudget)} on top`);
      }
      over += fails.length;
      const budget =
        [
          b.upFront && `≤ ${formatKb(b.upFront)}`,
          b.total && `≤ ${formatKb(b.total)} total`,
          b.onTopBudget && `≤ ${formatKb(b.onTopBudget)} on top`,
        ]
          .filter(Boolean)
          .join(', ') || '(reported)';
      const verdict = fails.length ? 'FAIL ' + fails.join(' ') : 'ok';
      rows.push([b.name, formatKb(r.upFront), formatKb(r.total), onTop, budget, verdict]);
      entries.push({ name: b.name, ...r, onTop: extra, budget, ok: fails.length === 0 });
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return { head: BUDGET_HEAD, rows, entries, over };
}

export const BUDGET_HEAD = [
  'bundle (min+gz, React external unless said)',
  'up front',
  'with lazy',
  'extra',
  'budget',
  'result',
];

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const { head, rows, over } = await checkBudgets().catch((error) => {
    // Bundler errors come with coloured code frames: keep the first line and each error's title.
    const text = String(error instanceof Error ? error.message : error).replace(ANSI, '');
    const lines = text.split('\n');
    const titles = lines.filter((l) => /^\[[A-Z_]+\]/.test(l));
    console.error([lines[0], ...titles].join('\n'));
    process.exit(1);
  });
  console.log(formatTable(head, rows));
  if (over) {
    console.error(`\n${over} size budget(s) exceeded.`);
    process.exit(1);
  }
}
