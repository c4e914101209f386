import type { TableModel } from './table-model.ts';

/**
 * Props of {@link DataTable}.
 *
 * @example
 * const props: DataTableProps = { table, id: 'tabell' };
 */
export interface DataTableProps {
  table: TableModel;
  id?: string;
}

/**
 * A view's figures as a real table: caption, column headers and row headers with scope, a
 * suppressed cell's reason in words. The scroller is focusable so a keyboard can scroll it
 * sideways at 400 % zoom.
 *
 * @example
 * <DataTable table={distributionTable(rows, ctx)} />
 */
export function DataTable({ table, id }: DataTableProps) {
  const captionId = id ? `${id}-caption` : undefined;
  return (
    <div
      className="bb-fu-table__scroller"
      // Focusable so keyboard users can scroll a wide table (axe: scrollable-region-focusable).
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      role="region"
      aria-labelledby={captionId}
    >
      <table className="bb-fu-table">
        <caption id={captionId} className="bb-fu-table__caption">
          {table.caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">{table.rowHeader}</th>
            {(table.subHeaders ?? []).map((h) => (
              <th scope="col" key={`sub-${h}`}>
                {h}
              </th>
            ))}
            {table.columns.map((c, i) => (
              <th scope="col" key={`${i}-${c.label}`}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r, ri) => (
            <tr key={`${ri}-${r.header}`}>
              <th scope="row">{r.header}</th>
              {(r.subHeaders ?? []).map((h, i) => (
                <td key={`sub-${i}`}>{h}</td>
              ))}
              {r.cells.map((c, ci) => (
                <td key={ci} data-suppressed={c.suppressed ? '' : undefined}>
                  {c.text}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
