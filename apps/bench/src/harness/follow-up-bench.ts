// Follow-up in core, measured in the core bench process (see core-bench.ts, which calls this):
// records → partial against JSON.parse of the same assessments; merging 290 municipalities'
// partials and publishing the county table; the SQL on PGlite beside the JavaScript.
import type { Assessment } from '@barnets-basta/core';
import { PGlite } from '@electric-sql/pglite';
import {
  closeCases,
  FOLLOW_UP_SQL,
  FOLLOW_UP_TABLE_SQL,
  mergePartials,
  partialBuilder,
  publish,
  toPartial,
  toStatisticsRecord,
  type FollowUpPartial,
  type StatisticsRecord,
} from '@barnets-basta/core/follow-up';
import {
  generateAssessments,
  makePack,
} from '../../../../packages/core/src/compare/test-fixtures.ts';
import { generateRecords } from '../../../../packages/core/src/follow-up/test-arbitraries.ts';
import { rotate, summarize, type Summary } from './stats.ts';

export interface FollowUpResult {
  /** Assessments turned into records and counted (the parsed array, passed over `passes` times). */
  assessments: number;
  passes: number;
  /** JSON.parse of the assessments' JSON, `passes` times (the same number of assessments). */
  jsonParse: Summary;
  /**
   * The same assessments straight into the same partial (`partialBuilder`: validate each once,
   * count into integer counters; open cases included, as `toPartial` gives them).
   */
  recordsToPartial: Summary;
  /** The same, closed (`builder.closed()`: what a municipality sends upward). */
  recordsToClosedPartial: Summary;
  /** The record path it replaces: toStatisticsRecord for every assessment, then toPartial. */
  recordsViaObjects: Summary;
  /** mergePartials of 290 closed municipality partials, then publish at depth 2. */
  mergePublish290: Summary;
  /** The SQL on PGlite for `sqlRecords` records (null when PGlite could not start). */
  sqlPglite: Summary | null;
  /** Why PGlite could not start or run, when it could not (null when it ran). */
  sqlError: string | null;
  /** closeCases(toPartial(records)) in JavaScript for the same records. */
  sqlJs: Summary;
  sqlRecords: number;
}

function time(fn: () => void): number {
  (globalThis as { gc?: () => void }).gc?.();
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

async function timeAsync(fn: () => Promise<void>): Promise<number> {
  (globalThis as { gc?: () => void }).gc?.();
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

const ok = <T>(r: { ok: true; value: T } | { ok: false }): T => {
  if (!r.ok) throw new Error('follow-up bench: invalid data');
  return r.value;
};

/**
 * A million assessments do not fit in one string (V8's limit), so 100 000 are parsed and passed
 * over `passes` times, against `passes` JSON.parse calls of their text.
 */
export async function runFollowUp(
  rounds: number,
  { passes = 10, count = 100_000, sqlRecords = 100_000 } = {},
): Promise<FollowUpResult> {
  // The JavaScript cases first, in their own function: their million records and 100 000
  // assessments are garbage by the time PGlite asks for its WebAssembly memory.
  const js = runJs(rounds, passes, count);
  (globalThis as { gc?: () => void }).gc?.();
  return { ...js, ...(await runSql(rounds, sqlRecords)) };
}

function runJs(rounds: number, passes: number, count: number) {
  const pack = makePack(undefined, 'barnets-basta');
  const json = JSON.stringify(generateAssessments(count, pack, 2026));
  const assessments: Assessment[] = JSON.parse(json);
  const units = Array.from({ length: 290 }, (_, m) =>
    Array.from({ length: 4 }, (_, s) => ['lan', `k-${m}`, `s-${s}`]),
  );
  const context = (pass: number, i: number) => ({
    case: `c-${pass}-${i >> 1}`,
    unit: units[i % 290]![i % 4]!,
    date: '2026-03-14',
    reading: 1 + (i & 1),
  });
  const build = () => {
    const builder = partialBuilder(pack);
    for (let pass = 0; pass < passes; pass++) {
      for (let i = 0; i < assessments.length; i++) builder.add(assessments[i]!, context(pass, i));
    }
    return builder;
  };
  const viaObjects = () => {
    const records: StatisticsRecord[] = [];
    for (let pass = 0; pass < passes; pass++) {
      for (let i = 0; i < assessments.length; i++) {
        const r = toStatisticsRecord(assessments[i]!, context(pass, i), pack);
        if (r.ok) records.push(r.value);
      }
    }
    return ok(toPartial(records));
  };
  // 290 municipalities' closed partials, computed once (each municipality's own work).
  const county = generateRecords(290 * 400, { municipalities: 290 });
  const byMunicipality = new Map<string, StatisticsRecord[]>();
  for (const r of county) {
    const list = byMunicipality.get(r.unit[1]!) ?? [];
    list.push(r);
    byMunicipality.set(r.unit[1]!, list);
  }
  const partials: FollowUpPartial[] = [...byMunicipality.values()].map((list) =>
    closeCases(ok(toPartial(list))),
  );
  const mergePublish = () => {
    ok(publish(mergePartials(...partials), { depth: 2 }));
  };

  const tasks = {
    jsonParse: () => {
      for (let pass = 0; pass < passes; pass++) JSON.parse(json);
    },
    recordsToPartial: () => {
      build().partial();
    },
    recordsToClosedPartial: () => {
      build().closed();
    },
    recordsViaObjects: () => {
      viaObjects();
    },
    mergePublish290: mergePublish,
  };
  const names = Object.keys(tasks) as (keyof typeof tasks)[];
  const samples: Record<string, number[]> = {
    jsonParse: [],
    recordsToPartial: [],
    recordsToClosedPartial: [],
    recordsViaObjects: [],
    mergePublish290: [],
  };
  for (const name of names) tasks[name]();
  for (let round = 0; round < rounds; round++) {
    for (const name of rotate(names, round)) samples[name]!.push(time(tasks[name]));
  }

  return {
    assessments: assessments.length * passes,
    passes,
    jsonParse: summarize(samples.jsonParse!),
    recordsToPartial: summarize(samples.recordsToPartial!),
    recordsToClosedPartial: summarize(samples.recordsToClosedPartial!),
    recordsViaObjects: summarize(samples.recordsViaObjects!),
    mergePublish290: summarize(samples.mergePublish290!),
  };
}

async function runSql(rounds: number, sqlRecords: number) {
  // SQL on PGlite beside the same aggregation in JavaScript.
  const sqlData = generateRecords(sqlRecords, { municipalities: 12 });
  const sqlJs: number[] = [];
  const sqlPg: number[] = [];
  let sqlError: string | null = null;
  try {
    const db = await PGlite.create();
    await db.exec(FOLLOW_UP_TABLE_SQL);
    await db.query(
      `INSERT INTO statistics_records
       SELECT x."case", ARRAY(SELECT jsonb_array_elements_text(x.unit)), x.period, x.perspective,
              x.audience, x.pack, x.scale, x.reading, x.areas
       FROM jsonb_to_recordset($1::jsonb) AS x("case" text, unit jsonb, period text,
            perspective text, audience text, pack text, scale text, reading int, areas jsonb)`,
      [JSON.stringify(sqlData)],
    );
    await db.query(FOLLOW_UP_SQL); // warm-up
    for (let round = 0; round < rounds; round++) {
      sqlPg.push(await timeAsync(async () => void (await db.query(FOLLOW_UP_SQL))));
    }
    await db.close();
  } catch (error) {
    // Said in the result, not swallowed: a missing SQL figure needs its reason beside it.
    sqlError = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  }
  closeCases(ok(toPartial(sqlData)));
  for (let round = 0; round < rounds; round++) {
    sqlJs.push(time(() => void closeCases(ok(toPartial(sqlData)))));
  }
  return {
    sqlPglite: sqlError === null ? summarize(sqlPg) : null,
    sqlError,
    sqlJs: summarize(sqlJs),
    sqlRecords,
  };
}
