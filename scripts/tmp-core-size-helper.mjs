// Temporary (helper measurement); delete after use.
import { build } from 'vite';
import { gzipSync } from 'node:zlib';
import { writeFileSync, mkdirSync, rmSync } from 'node:fs';
const cases = process.env.CASES ? JSON.parse(process.env.CASES) : {
  default: "export * from '@barnets-basta/core';",
  sip: "export * from '@barnets-basta/core/sip';",
  compare: "export * from '@barnets-basta/core/compare';",
  geometry: "export * from '@barnets-basta/core/geometry';",
  defaultPlusSip: "export * from '@barnets-basta/core'; export * from '@barnets-basta/core/sip';",
  pack: "export { defaultPack } from '@barnets-basta/core';",
  parseAssessment: "export { parseAssessment } from '@barnets-basta/core';",
};
const only = process.argv.slice(2);
for (const [k, code] of Object.entries(cases)) {
  if (only.length && !only.includes(k)) continue;
  const dir = `/work/main/node_modules/.cache/bb-core-size-${k}`; mkdirSync(dir, { recursive: true });
  writeFileSync(dir + '/e.js', code);
  try {
    const out = await build({ configFile: false, logLevel: 'silent', root: dir, build: { write: false, minify: true, rollupOptions: { input: dir + '/e.js', preserveEntrySignatures: 'strict' } } });
    const chunks = out.output.filter(o => o.type === 'chunk');
    console.log(k.padEnd(16), chunks.map(c => (gzipSync(c.code, {level: 9}).length/1000).toFixed(2) + ' kB gz (' + (c.code.length/1000).toFixed(1) + ' kB min)').join(' + '));
  } catch (e) { console.log(k.padEnd(16), 'FAILED', String(e.message).split('\n')[0]); }
  rmSync(dir, { recursive: true, force: true });
}
