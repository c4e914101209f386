import { describe, expect, it } from 'vitest';
import {
  countyRecords,
  countyTables,
  SMALL_SCHOOLS,
  storedTables,
  UNIT_NAMES,
} from './county-data.ts';
import stored from './county-tables.json';

describe('the demo county', () => {
  const tables = countyTables();

  it('has 9 municipalities, several hundred cases with two or three readings, four terms', () => {
    const municipalities = tables.units.filter((u) => u.depth === 2 && !u.direct);
    expect(municipalities).toHaveLength(9);
    const records = countyRecords().filter((r) => r.type === 'bb.statistics-record');
    const cases = new Set(records.map((r) => (r.type === 'bb.statistics-record' ? r.case : '')));
    expect(cases.size).toBeGreaterThanOrEqual(300);
    expect(new Set(tables.distribution.map((r) => r.period)).size).toBe(4);
    for (const u of tables.units)
      expect(UNIT_NAMES[u.unit.join('/')], u.unit.join('/')).toBeTruthy();
  });

  it('hides every figure of the schools under the threshold, and shows the county', () => {
    expect(SMALL_SCHOOLS.length).toBeGreaterThanOrEqual(3);
    for (const school of SMALL_SCHOOLS) {
      const rows = tables.distribution.filter((r) => r.unit.join('/') === school.path.join('/'));
      for (const row of rows) {
        expect(row.n.suppressed, school.name).toBe(true);
        for (const cell of row.cells) expect(cell.suppressed).toBe(true);
      }
    }
    const county = tables.distribution.filter((r) => r.unit.length === 1);
    expect(county.length).toBeGreaterThan(0);
    expect(county.every((r) => !r.n.suppressed)).toBe(true);
  });

  it('is what the page ships: the stored tables are exactly what publish returns', () => {
    // If this fails after a change to the generator or to core's publish, write the file anew:
    // JSON.stringify(compactTables(countyTables())) to county-tables.json.
    expect(storedTables(stored)).toEqual(tables);
  });
});
