import { formatMessage } from '@barnets-basta/core';
import type { ViewsMessages } from '../../i18n/views-messages.ts';
import type { SeriesProblem } from './validate.ts';

/**
 * Lists series that could not be shown and why (path-specific messages from core).
 *
 * @example
 * <SeriesProblems problems={checkSeries(resolved, pack, 'sv').problems} messages={viewsMessages.sv} />
 */
export function SeriesProblems({
  problems,
  messages,
}: {
  problems: SeriesProblem[];
  messages: ViewsMessages;
}) {
  if (problems.length === 0) return null;
  return (
    <div className="bb-views-problems">
      {problems.map((p) => (
        <div key={p.id} className="bb-views-problems__series">
          <p className="bb-views-problems__title">
            {formatMessage(messages.invalidSeries, { series: p.label })}
          </p>
          <ul className="bb-views-problems__list">
            {p.lines.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
