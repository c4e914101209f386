import type { FollowUpTables } from '@barnets-basta/core/follow-up';

/** A problem with a table a host passed, in Swedish and English. */
export type TableProblem = { sv: string; en: string };

/**
 * Checks that a value has the shape of core's published tables before anything is drawn, so a
 * wrong or old document shows what is wrong instead of a wrong figure.
 *
 * @example
 * checkTables(JSON.parse(text)); // { ok: true, tables } or { ok: false, problems }
 */
export function checkTables(
  value: unknown,
): { ok: true; tables: FollowUpTables } | { ok: false; problems: TableProblem[] } {
  const problems: TableProblem[] = [];
  const v = value as Partial<FollowUpTables> | null;
  if (!v || typeof v !== 'object') {
    return {
      ok: false,
      problems: [
        { sv: 'Ingen tabell (väntade ett objekt).', en: 'No table (expected an object).' },
      ],
    };
  }
  if (v.type !== 'bb.follow-up-tables')
    problems.push({
      sv: '"type": väntade "bb.follow-up-tables".',
      en: '"type": expected "bb.follow-up-tables".',
    });
  if (v.version !== 1)
    problems.push({
      sv: `"version": version ${String(v.version)} kan inte läsas (väntade 1).`,
      en: `"version": version ${String(v.version)} cannot be read (expected 1).`,
    });
  if (typeof v.threshold !== 'number' || !Number.isInteger(v.threshold) || v.threshold < 5)
    problems.push({
      sv: '"threshold": väntade ett heltal som är minst 5.',
      en: '"threshold": expected a whole number of at least 5.',
    });
  for (const key of ['units', 'distribution', 'change', 'fidelity'] as const) {
    if (!Array.isArray(v[key]))
      problems.push({ sv: `"${key}": väntade en lista.`, en: `"${key}": expected a list.` });
  }
  return problems.length ? { ok: false, problems } : { ok: true, tables: v as FollowUpTables };
}
