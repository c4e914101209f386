import { build } from 'vite';
import { gzipSync } from 'node:zlib';
import { writeFileSync, mkdirSync, rmSync } from 'node:fs';
const code = process.argv[2];
const dir = `/work/main/node_modules/.cache/bb-core-size-breakdown`; mkdirSync(dir, { recursive: true });
writeFileSync(dir + '/e.js', code);
const out = await build({ configFile: false, logLevel: 'silent', root: dir, build: { write: false, minify: true, rollupOptions: { input: dir + '/e.js', preserveEntrySignatures: 'strict' } } });
for (const c of out.output.filter(o => o.type === 'chunk')) {
  console.log('total', (gzipSync(c.code,{level:9}).length/1000).toFixed(2), 'kB gz');
  const rows = Object.entries(c.modules).map(([id, m]) => [id.replace(/.*packages\/core\//,'').replace(/.*node_modules\//,''), m.renderedLength, m.code ? gzipSync(m.code,{level:9}).length : 0]).sort((a,b)=>b[1]-a[1]);
  for (const r of rows) console.log(String(r[1]).padStart(7), String(r[2]).padStart(6), r[0]);
  if (process.env.DUMP) writeFileSync(process.env.DUMP, c.code);
}
rmSync(dir, { recursive: true, force: true });
