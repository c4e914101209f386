// The core measurement in its own process (started by the harness with --expose-gc): prints one
// line `CORE_RESULT {json}`. Usage: node --expose-gc scripts/core-bench.mjs [rounds]
import { runnerImport } from 'vite';

const { module } = await runnerImport(
  new URL('../src/harness/core-bench.ts', import.meta.url).pathname,
);
const rounds = Number(process.argv[2] ?? 5);
console.log('CORE_RESULT ' + JSON.stringify(module.runCore(rounds)));
