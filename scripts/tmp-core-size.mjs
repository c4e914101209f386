// Temporary: measures the core entries (deleted after use).
import { measure, formatKb } from './size.mjs';
const entries = ['', '/content', '/sip', '/compare', '/geometry', '/packs/shanarri', '/packs/sex-omraden'];
const extra = process.argv.slice(2);
let i = 900;
for (const e of entries) {
  try {
    const r = await measure({ code: `export * from '@barnets-basta/core${e}';`, external: [] }, i++);
    console.log(`@barnets-basta/core${e}`.padEnd(40), formatKb(r.upFront), r.upFront);
  } catch (err) { console.log(e, 'ERR', String(err.message).split('\n')[0]); }
}
for (const code of extra) {
  const r = await measure({ code, external: [] }, i++);
  console.log(code.padEnd(40), formatKb(r.upFront), r.upFront);
}
