/**
 * The SQL in PostgreSQL (PGlite: real Postgres in WebAssembly, started in-process) gives exactly
 * the partial the JavaScript gives, on generated data. One database per file: it is slow to start.
 */
import { PGlite } from '@electric-sql/pglite';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { closeCases, mergePartials, toPartial } from './partial.ts';
import { parsePartial } from './schema.ts';
import { FOLLOW_UP_SQL, FOLLOW_UP_TABLE_SQL } from './sql.ts';
import { generateRecords, statisticsRecord } from './test-arbitraries.ts';
import type { FollowUpPartial, StatisticsRecord } from './types.ts';

let db: PGlite;

beforeAll(async () => {
  db = await PGlite.create();
  await db.exec(FOLLOW_UP_TABLE_SQL);
}, 240_000);

afterAll(async () => {
  await db?.close();
});

/** Loads records in one statement, as a host would load a batch. */
async function load(records: StatisticsRecord[]) {
  await db.exec('TRUNCATE statistics_records');
  await db.query(
    `INSERT INTO statistics_records
     SELECT x."case", ARRAY(SELECT jsonb_array_elements_text(x.unit)), x.period, x.perspective,
            x.audience, x.pack, x.scale, x.reading, x.areas
     FROM jsonb_to_recordset($1::jsonb) AS x("case" text, unit jsonb, period text,
          perspective text, audience text, pack text, scale text, reading int, areas jsonb)`,
    [JSON.stringify(records)],
  );
}

async function sqlPartial(): Promise<FollowUpPartial> {
  const { rows } = await db.query<{ partial: unknown }>(FOLLOW_UP_SQL);
  const parsed = parsePartial(rows[0]!.partial);
  expect(parsed.ok).toBe(true);
  return mergePartials((parsed as { value: FollowUpPartial }).value);
}

function jsPartial(records: StatisticsRecord[]): FollowUpPartial {
  const result = toPartial(records);
  if (!result.ok) throw new Error('invalid records');
  return closeCases(result.value);
}

describe('FOLLOW_UP_SQL on PostgreSQL', () => {
  test('equals the JavaScript partial exactly on random records (ties, several readings, two scales)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(statisticsRecord, { maxLength: 80 }), async (records) => {
        await load(records);
        expect(await sqlPartial()).toEqual(jsPartial(records));
      }),
      { numRuns: 25 },
    );
  }, 240_000);

  test('equals it on 5 000 records of a county', async () => {
    const records = generateRecords(5000, { municipalities: 12 });
    await load(records);
    const sql = await sqlPartial();
    expect(sql.distribution.length).toBeGreaterThan(100);
    expect(sql.change.length).toBeGreaterThan(10);
    expect(sql).toEqual(jsPartial(records));
  }, 240_000);

  test('an empty table gives the empty partial', async () => {
    await load([]);
    expect(await sqlPartial()).toEqual(jsPartial([]));
  }, 120_000);
});
