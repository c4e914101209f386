// Size budgets: what a host's bundler ships, measured min+gz from the real dist builds
// (run `pnpm build` first). Prints a table and exits 1 when a budget is exceeded.
import { mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const KB = 1000;
const REACT = ['react', 'react-dom', 'react/jsx-runtime', 'react-dom/client', 'scheduler'];

/** name, entry source, externals, budget (min+gz bytes) for up-front and total incl. lazy chunks. */
export const BUDGETS = [
  { name: '@barnets-basta/core (default entry, sv+en pack)', code: "export * from '@barnets-basta/core';", external: [], upFront: 12 * KB },
  { name: "import { Wheel } from '@barnets-basta/wheel'", code: "export { Wheel } from '@barnets-basta/wheel';", external: REACT, upFront: 45 * KB, total: 75 * KB },
  { name: '@barnets-basta/wheel (whole entry)', code: "export * from '@barnets-basta/wheel';", external: REACT },
  { name: '@barnets-basta/sip (whole entry, incl. wheel)', code: "export * from '@barnets-basta/sip';", external: REACT, onTopOf: '@barnets-basta/wheel (whole entry)', onTopBudget: 40 * KB },
  { name: '@barnets-basta/elements (with React)', code: "export * from '@barnets-basta/elements';", external: [], upFront: 150 * KB },
];

const tmp = join(process.cwd(), 'node_modules', '.cache', 'bb-size');

async function measure({ code, external }, i) {
  const dir = join(tmp, String(i));
  mkdirSync(dir, { recursive: true });
  const entry = join(dir, 'entry.js');
  writeFileSync(entry, code + '\n');
  const out = await build({
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
        onwarn: () => {},
      },
    },
  });
  const output = (Array.isArray(out) ? out : [out]).flatMap((o) => o.output);
  const chunks = output.filter((o) => o.type === 'chunk');
  const gz = (c) => gzipSync(c.code, { level: 9 }).length;
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  // Up front = the entry chunk and everything it imports statically (transitively).
  const seen = new Set();
  const visit = (c) => {
    if (!c || seen.has(c.fileName)) return;
    seen.add(c.fileName);
    c.imports.forEach((f) => visit(byName.get(f)));
  };
  chunks.filter((c) => c.isEntry).forEach(visit);
  const upFront = [...seen].reduce((s, f) => s + gz(byName.get(f)), 0);
  const total = chunks.reduce((s, c) => s + gz(c), 0);
  const css = output.filter((o) => o.type === 'asset' && o.fileName.endsWith('.css'));
  return { upFront, total, lazyChunks: chunks.length - seen.size, css: css.length };
}

const fmt = (b) => (b / KB).toFixed(1) + ' kB';
rmSync(tmp, { recursive: true, force: true });
const results = new Map();
let over = 0;
const rows = [];
for (const [i, b] of BUDGETS.entries()) {
  const r = await measure(b, i);
  results.set(b.name, r);
  let verdict = '';
  if (b.upFront && r.upFront > b.upFront) { over++; verdict += ` OVER ${fmt(b.upFront)}`; }
  if (b.total && r.total > b.total) { over++; verdict += ` OVER total ${fmt(b.total)}`; }
  let onTop = '';
  if (b.onTopOf) {
    const base = results.get(b.onTopOf);
    const extra = r.upFront - base.upFront;
    onTop = `${fmt(extra)} on top`;
    if (extra > b.onTopBudget) { over++; verdict += ` OVER ${fmt(b.onTopBudget)} on top`; }
  }
  const budget = [b.upFront && `≤ ${fmt(b.upFront)}`, b.total && `≤ ${fmt(b.total)} total`, b.onTopBudget && `≤ ${fmt(b.onTopBudget)} on top`].filter(Boolean).join(', ') || '(reported)';
  rows.push([b.name, fmt(r.upFront), fmt(r.total), onTop, budget, verdict ? 'FAIL' + verdict : 'ok']);
}
const head = ['bundle (min+gz, React external unless said)', 'up front', 'with lazy', 'extra', 'budget', 'result'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (r) => '| ' + r.map((c, i) => c.padEnd(widths[i])).join(' | ') + ' |';
console.log(line(head));
console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
rows.forEach((r) => console.log(line(r)));
rmSync(tmp, { recursive: true, force: true });
if (over) {
  console.error(`\n${over} size budget(s) exceeded.`);
  process.exit(1);
}
