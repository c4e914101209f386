/**
 * @barnets-basta/core/csv: tables as CSV that Excel opens right (UTF-8 with BOM, the Swedish
 * dialect with semicolons and decimal commas), with formula injection neutralised; and the
 * assessment table (one row per area and perspective) built on it.
 *
 * @example
 * ```ts
 * import { toCsv } from '@barnets-basta/core/csv';
 * const text = toCsv([['Område', 'Svar'], ['Trygg', 4]], { dialect: 'excel-sv' });
 * ```
 */

export type * from './write-csv.ts';
export { toCsv } from './write-csv.ts';
