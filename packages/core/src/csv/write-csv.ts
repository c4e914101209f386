/** One cell of a CSV row. `null` and `undefined` are empty cells. */
export type CsvCell = string | number | null | undefined;

/** How a CSV file is written. */
export interface CsvOptions {
  /**
   * `'rfc4180'` (default): comma separator, decimal point. `'excel-sv'`: what Excel with Swedish
   * regional settings opens by double-click: semicolon separator, decimal comma.
   */
  dialect?: 'rfc4180' | 'excel-sv';
  /** Start with a UTF-8 byte order mark, so Excel reads å, ä and ö right. Default `true`. */
  bom?: boolean;
}

/** The byte order mark that tells Excel a CSV file is UTF-8. */
const BOM = '\uFEFF';

/**
 * A cell that a spreadsheet would read as a formula starts with one of these (OWASP, "CSV
 * injection"): `=`, `+`, `-`, `@`, tab, carriage return.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Text that must be quoted: it holds the separator, a quote, or a line break. */
function needsQuotes(text: string, separator: string): boolean {
  return text.includes(separator) || /["\r\n]/.test(text);
}

function cellText(cell: CsvCell, decimalComma: boolean): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') {
    // NaN and Infinity are not values a spreadsheet can hold: an empty cell, not the word.
    if (!Number.isFinite(cell)) return '';
    const text = String(cell);
    return decimalComma ? text.replace('.', ',') : text;
  }
  // Text (a note, a name) is never run as a formula: a leading apostrophe makes it inert, and
  // Excel, LibreOffice and Google Sheets show it as the text it was.
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/**
 * Rows of cells as CSV text (RFC 4180: CRLF line ends, a cell quoted when it holds the separator,
 * a quote or a line break, quotes doubled), UTF-8 with a byte order mark by default. Numbers are
 * written as numbers (a decimal comma in the `excel-sv` dialect); text that starts like a formula
 * (`=`, `+`, `-`, `@`, tab, CR) gets a leading apostrophe so no spreadsheet runs it.
 *
 * @example
 * ```ts
 * import { toCsv } from '@barnets-basta/core/csv';
 * const text = toCsv(
 *   [
 *     ['Område', 'Värde'],
 *     ['Trygg', 4.5],
 *   ],
 *   { dialect: 'excel-sv' },
 * );
 * // '\uFEFFOmråde;Värde\r\nTrygg;4,5\r\n'
 * ```
 */
export function toCsv(rows: readonly (readonly CsvCell[])[], options: CsvOptions = {}): string {
  const excel = options.dialect === 'excel-sv';
  const separator = excel ? ';' : ',';
  const lines = rows.map((row) =>
    row
      .map((cell) => {
        const text = cellText(cell, excel);
        return needsQuotes(text, separator) ? `"${text.replaceAll('"', '""')}"` : text;
      })
      .join(separator),
  );
  const body = lines.map((line) => `${line}\r\n`).join('');
  return options.bom === false ? body : BOM + body;
}
