/**
 * The examples of docs/follow-up.md and docs/data-format.md (their blocks point here with
 * `source=`): the JSON files are valid documents, and the walk-through runs.
 */
import { describe, expect, test } from 'vitest';
import type { Assessment } from '../assessment/types.ts';
import { defaultPack } from '../content/packs/barnets-basta.ts';
import { closeCases, mergePartials, toPartial } from './partial.ts';
import { publish } from './publish.ts';
import { toStatisticsRecords } from './records.ts';
import { parsePartial, parseStatisticsRecord } from './schema.ts';
import partialJson from './test-example-partial.json' with { type: 'json' };
import recordJson from './test-example-record.json' with { type: 'json' };

describe('the documented examples', () => {
  test('the record and the partial are valid documents', () => {
    expect(parseStatisticsRecord(recordJson)).toEqual({ ok: true, value: recordJson });
    expect(parsePartial(partialJson)).toEqual({ ok: true, value: partialJson });
  });

  test('the walk-through: a school counts, the municipality merges, the county publishes', () => {
    const at = (createdAt: string, value: number): Assessment => ({
      type: 'bb.assessment',
      schemaVersion: 1,
      id: createdAt,
      pack: { id: defaultPack.id, version: defaultPack.version },
      scale: 'faces-3',
      perspective: { kind: 'child' },
      createdAt,
      updatedAt: createdAt,
      areas: { trygg: { answer: { kind: 'value', value } } },
    });
    const assessmentsOfCase = [at('2026-02-01T10:00:00Z', 1), at('2026-09-01T10:00:00Z', 3)];
    const schoolPartials = [];
    for (let i = 0; i < 6; i++) {
      // At the school (or in its system): records, a partial, closed before it leaves.
      const records = toStatisticsRecords(
        assessmentsOfCase,
        { case: `c-${i}`, unit: ['kronoberg', 'vaxjo', 'skola-norr'] },
        defaultPack,
      );
      if (!records.ok) throw new Error('invalid');
      const partial = toPartial(records.value);
      if (!partial.ok) throw new Error('invalid');
      schoolPartials.push(closeCases(partial.value));
    }
    // The municipality and the county only add counts.
    const county = mergePartials(...schoolPartials);
    const tables = publish(county, { threshold: 5, depth: 2 });
    if (!tables.ok) throw new Error('invalid');
    const change = tables.value.change.find((r) => r.area === 'trygg' && r.unit.length === 2)!;
    expect(change.up).toEqual({ suppressed: false, value: 6 });
  });
});
