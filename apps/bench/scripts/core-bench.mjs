// The core measurement in its own process (started by the harness with --expose-gc): prints one
// line `CORE_RESULT {json}`. Usage: node --expose-gc scripts/core-bench.mjs [rounds]
import { runnerImport } from 'vite';

const rounds = Number(process.argv[2] ?? 5);
// CORE_BENCH_ONLY=follow-up measures only the follow-up part (a helper's run of its own case).
if (process.env.CORE_BENCH_ONLY !== 'follow-up') {
  const { module } = await runnerImport(
    new URL('../src/harness/core-bench.ts', import.meta.url).pathname,
  );
  console.log('CORE_RESULT ' + JSON.stringify(module.runCore(rounds)));
}

// Follow-up (issue 13): its own line, so the core result above stays as it was.
const followUp = await runnerImport(
  new URL('../src/harness/follow-up-bench.ts', import.meta.url).pathname,
);
const passes = Number(process.env.FOLLOW_UP_PASSES ?? 10);
console.log(
  'FOLLOW_UP_RESULT ' + JSON.stringify(await followUp.module.runFollowUp(rounds, { passes })),
);
