// Aggregation of 100 000 assessments against a plain JSON.parse of the same data (issue goal:
// aggregation under 0.5× the time of JSON.parse). Data is generated deterministically, so every
// run measures the same thing. Run: pnpm exec vitest bench --run --project unit packages/core/bench
import { bench, describe } from 'vitest';
import type { Assessment } from '../src/assessment/types.ts';
import { aggregate } from '../src/compare/aggregate.ts';
import { generateAssessments, makePack } from '../src/compare/test-fixtures.ts';

const COUNT = 100_000;
const pack = makePack(undefined, 'barnets-basta');
const json = JSON.stringify(generateAssessments(COUNT, pack, 2026));
// Aggregate what a host really has: objects that came out of JSON, not objects built in code.
const assessments: Assessment[] = JSON.parse(json);

// Checked once up front so a benchmark of a broken aggregation cannot look fast.
const check = aggregate(assessments, { pack, scale: 'agree-5' });
if (check.n + check.skipped !== COUNT || check.suppressed)
  throw new Error('aggregate bench: unexpected result');

describe(`100 000 assessments (${(json.length / 1e6).toFixed(1)} MB of JSON)`, () => {
  bench('aggregate', () => {
    aggregate(assessments, { pack, scale: 'agree-5' });
  });
  bench('JSON.parse of the same data', () => {
    JSON.parse(json);
  });
});
