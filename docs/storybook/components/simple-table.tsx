/**
 * A plain data table for the MDX pages (Storybook's MDX has no GitHub-style Markdown tables):
 * a caption, column headers, and the first cell of each row as its row header.
 */
import type { ReactNode } from 'react';
import './docs.css';

/** Props of {@link SimpleTable}. */
export interface SimpleTableProps {
  caption: ReactNode;
  head: ReactNode[];
  rows: ReactNode[][];
  /** Language of the cells, when it differs from the page's. */
  lang?: string;
}

/**
 * @example
 * <SimpleTable caption="Paketen" head={['paket', 'vad']} rows={[['core', 'modellen']]} />
 */
export function SimpleTable({ caption, head, rows, lang }: SimpleTableProps) {
  return (
    <table className="bb-docs-table" lang={lang}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {head.map((h, i) => (
            <th key={i} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, r) => (
          <tr key={r}>
            {row.map((cell, c) =>
              c === 0 ? (
                <th key={c} scope="row">
                  {cell}
                </th>
              ) : (
                <td key={c}>{cell}</td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
