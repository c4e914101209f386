import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { toCsv, type CsvCell } from './write-csv.ts';

const BOM = '\uFEFF';

/** Parses CSV back with a well-kept parser (papaparse), as a spreadsheet import would. */
function parseBack(text: string, delimiter: ',' | ';'): string[][] {
  expect(text.startsWith(BOM)).toBe(true);
  if (text === BOM) return [];
  const result = Papa.parse<string[]>(text.slice(1), { delimiter, newline: '\r\n' });
  expect(result.errors).toEqual([]);
  // The last line end leaves one empty record behind.
  expect(result.data.at(-1)).toEqual(['']);
  return result.data.slice(0, -1);
}

describe('toCsv', () => {
  test('writes UTF-8 with a BOM, CRLF line ends and RFC 4180 quoting', () => {
    const text = toCsv([
      ['Område', 'Anteckning'],
      ['Må bra', 'Sover dåligt, "ibland"\nmen bättre nu'],
    ]);
    expect(text).toBe(
      `${BOM}Område,Anteckning\r\nMå bra,"Sover dåligt, ""ibland""\nmen bättre nu"\r\n`,
    );
    expect(parseBack(text, ',')).toEqual([
      ['Område', 'Anteckning'],
      ['Må bra', 'Sover dåligt, "ibland"\nmen bättre nu'],
    ]);
  });

  test('the Swedish Excel dialect uses semicolons and decimal commas', () => {
    const text = toCsv(
      [
        ['Område', 'Medel', 'Antal'],
        ['Trygg', 3.5, 12],
        ['Aktiv; ute', -0.25, 0],
      ],
      { dialect: 'excel-sv' },
    );
    expect(text).toBe(`${BOM}Område;Medel;Antal\r\nTrygg;3,5;12\r\n"Aktiv; ute";-0,25;0\r\n`);
    // A comma in text needs no quotes when the separator is a semicolon.
    expect(toCsv([['a,b']], { dialect: 'excel-sv', bom: false })).toBe('a,b\r\n');
  });

  test('text that starts like a formula is made inert; numbers stay numbers', () => {
    const text = toCsv([
      ['=HYPERLINK("http://x","klicka")', '+1', '-1', '@SUM(A1)', '\tx', '\rx', -1, 'a=b'],
    ]);
    expect(parseBack(text, ',')).toEqual([
      ['\'=HYPERLINK("http://x","klicka")', "'+1", "'-1", "'@SUM(A1)", "'\tx", "'\rx", '-1', 'a=b'],
    ]);
  });

  test('empty cells, missing values, and numbers a spreadsheet cannot hold', () => {
    expect(toCsv([['', null, undefined, Number.NaN, Infinity, 0]], { bom: false })).toBe(
      ',,,,,0\r\n',
    );
    expect(toCsv([], { bom: false })).toBe('');
    expect(toCsv([])).toBe(BOM);
  });

  const cell: fc.Arbitrary<CsvCell> = fc.oneof(
    fc.string({ unit: 'grapheme' }),
    fc.constantFrom('=1+1', '-', '@x', '"', ';', ',', '\r\n', '\n', ' '),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.integer(),
    fc.constant(null),
  );
  const rows = fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { maxLength: 8 });

  /** What a reader gets back for one cell: the text, or the inert text, or the number. */
  function expected(c: CsvCell): string {
    if (c === null || c === undefined) return '';
    if (typeof c === 'number') return Object.is(c, -0) ? '0' : String(c);
    return /^[=+\-@\t\r]/.test(c) ? `'${c}` : c;
  }

  test.each([
    ['rfc4180', ','],
    ['excel-sv', ';'],
  ] as const)('any table parses back to the same cells (%s)', (dialect, delimiter) => {
    fc.assert(
      fc.property(rows, (table) => {
        const back = parseBack(toCsv(table, { dialect }), delimiter);
        expect(back.length).toBe(table.length);
        back.forEach((row, r) =>
          row.forEach((text, c) => {
            const original = table[r]![c];
            if (typeof original === 'number' && dialect === 'excel-sv') {
              expect(Number(text.replace(',', '.'))).toBe(original === 0 ? 0 : original);
            } else {
              expect(text).toBe(expected(original));
            }
          }),
        );
      }),
    );
  });
});
