// tsc keeps our source's `./x.ts` import paths in emitted .d.ts files; published declarations must
// say `./x.js` so consumers' TypeScript resolves them under any moduleResolution. Usage: node fix-dts-imports.mjs dist
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const walk = (dir) =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.d.ts') ? [p] : [];
  });
const pattern = /((?:from|import)\s*\(?\s*['"])(\.{1,2}\/[^'"]+?)\.tsx?(['"])/g;
for (const file of walk(process.argv[2] ?? 'dist')) {
  const text = readFileSync(file, 'utf8');
  const next = text.replace(pattern, '$1$2.js$3');
  if (next !== text) writeFileSync(file, next);
}
