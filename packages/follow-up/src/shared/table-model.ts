/**
 * One model per view for the table, the CSV file and print, so the three never disagree.
 */

/**
 * A column of a view's table. `csv` names the CSV columns this column becomes (a count and a
 * share are two CSV columns, so a spreadsheet gets numbers, not "12 (35 %)").
 *
 * @example
 * const column: TableColumn = { label: 'Stämmer bra', csv: ['Stämmer bra (antal)', 'Stämmer bra (andel %)'] };
 */
export interface TableColumn {
  label: string;
  csv: readonly string[];
}

/**
 * A cell: its text on screen and its CSV values (numbers stay numbers).
 *
 * @example
 * const cell: TableCell = { text: '12 (35 %)', csv: [12, 35.3] };
 */
export interface TableCell {
  text: string;
  csv: readonly (string | number)[];
  /** Marks a suppressed cell (styled, and its text says why). */
  suppressed?: boolean;
}

/**
 * A row: its header (an area, a unit, an indicator) and one cell per column.
 *
 * @example
 * const row: TableRow = { header: 'Trygg', cells: [] };
 */
export interface TableRow {
  header: string;
  /** Extra leading header cells (e.g. the period beside the unit), each its own CSV column. */
  subHeaders?: readonly string[];
  cells: readonly TableCell[];
}

/**
 * A whole table.
 *
 * @example
 * const table: TableModel = { caption: 'Fördelning', rowHeader: 'Område', columns: [], rows: [] };
 */
export interface TableModel {
  caption: string;
  /** The header of the row-header column ("Område"). */
  rowHeader: string;
  /** Headers of the extra leading header columns. */
  subHeaders?: readonly string[];
  columns: readonly TableColumn[];
  rows: readonly TableRow[];
}

/**
 * The table as CSV rows: a header row, then one row per table row.
 *
 * @example
 * tableToRows({ caption: '', rowHeader: 'Område', columns: [], rows: [{ header: 'Trygg', cells: [] }] });
 * // [['Område'], ['Trygg']]
 */
export function tableToRows(table: TableModel): (string | number)[][] {
  const head = [
    table.rowHeader,
    ...(table.subHeaders ?? []),
    ...table.columns.flatMap((c) => c.csv),
  ];
  return [
    head,
    ...table.rows.map((r) => [r.header, ...(r.subHeaders ?? []), ...r.cells.flatMap((c) => c.csv)]),
  ];
}
