import type { ReactNode } from 'react';
import { useI18n } from '../i18n/index.tsx';

export interface SummaryRow {
  key: string;
  value: ReactNode;
  /** Where to change the answer (a hash). */
  changeHref?: string;
}

/** Answers as a description list with "Ändra" links (GOV.UK summary list). Free text stays text. */
export function SummaryList({ rows }: { rows: readonly SummaryRow[] }) {
  const { m } = useI18n();
  return (
    <dl className="app-summary">
      {rows.map((row) => (
        <div className="app-summary__row" key={row.key}>
          <dt className="app-summary__key">{row.key}</dt>
          <dd className="app-summary__value">{row.value}</dd>
          {row.changeHref ? (
            <dd className="app-summary__actions">
              <a href={row.changeHref}>
                {m.receipt.change}
                <span className="app-visually-hidden"> {row.key.toLowerCase()}</span>
              </a>
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  );
}
