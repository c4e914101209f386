// core against JSON.parse, in a fresh Node process (started by main.ts with --expose-gc) so the
// harness's own heap does not disturb it. Same deterministic data as packages/core/bench.
import { parseAssessment, type Assessment } from '@barnets-basta/core';
import { aggregate } from '@barnets-basta/core/compare';
import {
  generateAssessments,
  makePack,
} from '../../../../packages/core/src/compare/test-fixtures.ts';
import type { FollowUpResult } from './follow-up-bench.ts';
import { rotate, summarize, type Summary } from './stats.ts';

export interface CoreResult {
  count: number;
  jsonBytes: number;
  rounds: number;
  /** JSON.parse of the whole array. */
  jsonParse: Summary;
  /** aggregate() of the parsed array (agree-5, the pack of 8 areas). */
  aggregate: Summary;
  /** parseAssessment(item, { pack }) for every item of the parsed array. */
  parse: Summary;
  /** Items parseAssessment accepted (all of them, for this data). */
  parsedOk: number;
  /** Follow-up (issue 13), measured in the same process after the above. */
  followUp?: FollowUpResult;
}

const COUNT = 100_000;

function time(fn: () => void): number {
  (globalThis as { gc?: () => void }).gc?.();
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/** Runs the measurement and returns it (also printed as JSON on stdout by the wrapper). */
export function runCore(rounds: number): CoreResult {
  const pack = makePack(undefined, 'barnets-basta');
  const json = JSON.stringify(generateAssessments(COUNT, pack, 2026));
  // What a host really has: objects that came out of JSON, not objects built in code.
  const assessments: Assessment[] = JSON.parse(json);
  const check = aggregate(assessments, { pack, scale: 'agree-5' });
  if (check.n + check.skipped !== COUNT || check.suppressed) {
    throw new Error('core bench: unexpected aggregate result');
  }
  let parsedOk = 0;
  const tasks = {
    jsonParse: () => {
      JSON.parse(json);
    },
    aggregate: () => {
      aggregate(assessments, { pack, scale: 'agree-5' });
    },
    parse: () => {
      let ok = 0;
      for (const item of assessments) if (parseAssessment(item, { pack }).ok) ok++;
      parsedOk = ok;
    },
  };
  const names = Object.keys(tasks) as (keyof typeof tasks)[];
  const samples: Record<keyof typeof tasks, number[]> = { jsonParse: [], aggregate: [], parse: [] };
  // One untimed warm-up of each, then alternating order.
  for (const name of names) tasks[name]();
  for (let round = 0; round < rounds; round++) {
    for (const name of rotate(names, round)) samples[name].push(time(tasks[name]));
  }
  return {
    count: COUNT,
    jsonBytes: Buffer.byteLength(json),
    rounds,
    jsonParse: summarize(samples.jsonParse),
    aggregate: summarize(samples.aggregate),
    parse: summarize(samples.parse),
    parsedOk,
  };
}
