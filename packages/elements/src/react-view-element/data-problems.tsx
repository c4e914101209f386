import { useId } from 'react';
import type { ViewElementMessages } from './view-messages.ts';

/**
 * The problems in a host's data, listed where the view would be: a titled note with one line per
 * problem, each naming its path (core's `formatIssues`, in the element's language). Calm, like
 * the packages' own problem lists: it is the host's data that needs fixing, not the reader.
 *
 * @example
 * ```tsx
 * <DataProblems lines={['value.actions[0].what: ska vara text']} messages={m} />
 * ```
 */
export function DataProblems({
  lines,
  messages,
}: {
  lines: readonly string[];
  messages: ViewElementMessages;
}) {
  const id = useId();
  if (lines.length === 0) return null;
  return (
    <section className="bb-element-problems" role="note" aria-labelledby={id}>
      <p id={id} className="bb-element-problems__title">
        <strong>{messages.dataInvalidTitle}</strong>
      </p>
      <p>{messages.dataInvalidLead}</p>
      <ul>
        {lines.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
    </section>
  );
}
