import { toCsv as writeCsv } from '@barnets-basta/core/csv';
import { tableToRows, type TableModel } from './table-model.ts';

/**
 * `standard`: comma separator, decimal point; `swedish-excel`: semicolon and decimal comma, what
 * Excel with Swedish settings opens by double-click. Both UTF-8 with a byte order mark.
 *
 * @example
 * const flavour: CsvFlavour = 'swedish-excel';
 */
export type CsvFlavour = 'standard' | 'swedish-excel';

/**
 * A view's table as CSV text (core's CSV writer: RFC 4180, BOM, formula injection neutralised).
 * Suppressed cells are words ("Dolt (färre än 5 svar)"), never a zero or an empty cell.
 *
 * @example
 * const text = toCsv(table, 'swedish-excel');
 */
export function toCsv(table: TableModel, flavour: CsvFlavour = 'standard'): string {
  return writeCsv(tableToRows(table), {
    dialect: flavour === 'swedish-excel' ? 'excel-sv' : 'rfc4180',
  });
}
