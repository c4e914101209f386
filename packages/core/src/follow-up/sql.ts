/**
 * The partial aggregation in SQL for PostgreSQL (12 or later, and PGlite), over a table of
 * statistics records, one row per record. `FOLLOW_UP_TABLE_SQL` creates the table;
 * `FOLLOW_UP_SQL` is one query that returns one row with one `jsonb` column, `partial`: a closed
 * partial (`bb.follow-up-partial`, version 1) with the same counts as
 * `closeCases(toPartial(records))` in JavaScript. Its rows are not sorted: `mergePartials` (or
 * `parsePartial`) reads it as it is, and `mergePartials(partial)` sorts it.
 *
 * Ties between two readings of a case with the same number are broken the way JavaScript breaks
 * them, on a plain ASCII key compared byte by byte (`COLLATE "C"`).
 *
 * @example
 * ```ts
 * import { FOLLOW_UP_SQL, FOLLOW_UP_TABLE_SQL, parsePartial } from '@barnets-basta/core/follow-up';
 * await db.exec(FOLLOW_UP_TABLE_SQL);
 * const { rows } = await db.query(FOLLOW_UP_SQL);
 * const partial = parsePartial(rows[0].partial);
 * ```
 */
export const FOLLOW_UP_SQL = `-- @barnets-basta/core/follow-up: statistics records -> a closed partial (version 1)
WITH
base AS (
  SELECT r.*,
    CASE r.scale WHEN 'faces-3' THEN 3 WHEN 'agree-5' THEN 5 WHEN 'steps-10' THEN 10 ELSE 0 END AS steps,
    count(*) OVER (PARTITION BY r.case_id, r.perspective, r.pack, r.scale, r.reading) AS readings
  FROM statistics_records r
),
records AS (
  -- The tie key only where two readings of a case share a number: elsewhere the number decides.
  SELECT b.*,
    CASE WHEN b.readings > 1 THEN array_to_string(b.unit, '/') || '|' || b.period || '|' || coalesce((
      SELECT string_agg(a.key || '=' || a.value::text, ',' ORDER BY a.key COLLATE "C")
      FROM jsonb_each(b.areas) a), '') ELSE '' END AS tie
  FROM base b
),
slots AS (
  SELECT r.unit, r.period, r.perspective, r.pack, r.scale, a.key AS area, r.steps,
    CASE
      WHEN jsonb_typeof(a.value) = 'number' THEN (a.value::text)::int - 1
      WHEN a.value = '"dont-know"'::jsonb THEN r.steps
      WHEN a.value = '"declined"'::jsonb THEN r.steps + 1
      ELSE r.steps + 2
    END AS slot,
    count(*) AS n
  FROM records r CROSS JOIN LATERAL jsonb_each(r.areas) a
  GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
),
distribution AS (
  -- One row per key: its counts by slot, then every slot of the scale in order (0 when none).
  SELECT jsonb_build_object(
      'unit', to_jsonb(k.unit), 'period', k.period, 'perspective', k.perspective,
      'pack', k.pack, 'scale', k.scale, 'area', k.area,
      'counts', (SELECT jsonb_agg(coalesce((k.counts ->> g.i::text)::bigint, 0) ORDER BY g.i)
                 FROM generate_series(0, k.steps + 2) AS g(i))) AS row
  FROM (
    SELECT unit, period, perspective, pack, scale, area, steps, jsonb_object_agg(slot, n) AS counts
    FROM slots
    GROUP BY unit, period, perspective, pack, scale, area, steps
  ) k
),
ranked AS (
  SELECT r.*,
    row_number() OVER (PARTITION BY r.case_id, r.perspective, r.pack, r.scale
      ORDER BY r.reading, r.tie COLLATE "C") AS from_first,
    row_number() OVER (PARTITION BY r.case_id, r.perspective, r.pack, r.scale
      ORDER BY r.reading DESC, r.tie COLLATE "C" DESC) AS from_latest
  FROM records r
),
firsts AS (SELECT * FROM ranked WHERE from_first = 1),
latests AS (SELECT * FROM ranked WHERE from_latest = 1),
moves AS (
  SELECT l.unit, l.perspective, l.pack, l.scale, a.key AS area,
    sign((a.value::text)::int - ((f.areas -> a.key)::text)::int) AS move
  FROM latests l
  JOIN firsts f ON f.case_id = l.case_id AND f.perspective = l.perspective
    AND f.pack = l.pack AND f.scale = l.scale
  CROSS JOIN LATERAL jsonb_each(l.areas) a
  WHERE l.reading > f.reading
    AND jsonb_typeof(a.value) = 'number'
    AND jsonb_typeof(f.areas -> a.key) = 'number'
),
change AS (
  SELECT jsonb_build_object(
      'unit', to_jsonb(unit), 'perspective', perspective, 'pack', pack, 'scale', scale,
      'area', area, 'up', count(*) FILTER (WHERE move > 0),
      'same', count(*) FILTER (WHERE move = 0), 'down', count(*) FILTER (WHERE move < 0)) AS row
  FROM moves
  GROUP BY unit, perspective, pack, scale, area
),
cases AS (
  SELECT case_id, bool_or(perspective = 'child') AS child,
    min(period || '|' || array_to_string(unit, '/') COLLATE "C") AS place
  FROM firsts
  GROUP BY case_id
),
fidelity AS (
  SELECT jsonb_build_object(
      'unit', to_jsonb(string_to_array(split_part(place, '|', 2), '/')),
      'period', split_part(place, '|', 1), 'indicator', 'child-wheel-done',
      'yes', count(*) FILTER (WHERE child), 'no', count(*) FILTER (WHERE NOT child)) AS row
  FROM cases
  GROUP BY place
)
SELECT jsonb_build_object(
  'type', 'bb.follow-up-partial',
  'version', 1,
  'distribution', coalesce((SELECT jsonb_agg(row) FROM distribution), '[]'::jsonb),
  'change', coalesce((SELECT jsonb_agg(row) FROM change), '[]'::jsonb),
  'fidelity', coalesce((SELECT jsonb_agg(row) FROM fidelity), '[]'::jsonb),
  'cases', '[]'::jsonb
) AS partial;
`;

/**
 * The table `FOLLOW_UP_SQL` reads: one statistics record per row, the record's fields as columns
 * and its areas as `jsonb` (`{"trygg": 3, "ma-bra": "dont-know"}`). Load validated records
 * only (`parseStatisticsRecord`); the checks here are a second line.
 *
 * @example
 * ```ts
 * await db.exec(FOLLOW_UP_TABLE_SQL);
 * await db.query(
 *   'INSERT INTO statistics_records VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)',
 *   [r.case, r.unit, r.period, r.perspective, r.audience ?? null, r.pack, r.scale, r.reading, r.areas],
 * );
 * ```
 */
export const FOLLOW_UP_TABLE_SQL = `CREATE TABLE IF NOT EXISTS statistics_records (
  case_id     text    NOT NULL CHECK (case_id <> ''),
  unit        text[]  NOT NULL CHECK (cardinality(unit) BETWEEN 1 AND 12),
  period      text    NOT NULL CHECK (period ~ '^[0-9]{4}(-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$'),
  perspective text    NOT NULL,
  audience    text,
  pack        text    NOT NULL,
  scale       text    NOT NULL CHECK (scale IN ('none', 'faces-3', 'agree-5', 'steps-10')),
  reading     integer NOT NULL CHECK (reading >= 1),
  areas       jsonb   NOT NULL CHECK (jsonb_typeof(areas) = 'object')
);
`;
