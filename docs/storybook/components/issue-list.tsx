/** Shows, on the data format page, what core's validation says about a broken document. */
import { formatIssues, parseAssessment } from '@barnets-basta/core';
import './docs.css';

/**
 * Validates `input` with core's `parseAssessment` and lists the issues in Swedish and English,
 * exactly as a host would show them.
 *
 * @example
 * <IssueList input={{ ...exampleChild, scale: 'agree-7' }} />
 */
export function IssueList({ input }: { input: unknown }) {
  const result = parseAssessment(input);
  if (result.ok) return <p>Inga fel: dokumentet är giltigt.</p>;
  return (
    <div className="bb-docs-issues">
      {(['sv', 'en'] as const).map((locale) => (
        <div key={locale} lang={locale}>
          <p>
            <strong>{locale === 'sv' ? 'På svenska' : 'In English'}</strong>
          </p>
          <ul className="bb-docs-list">
            {formatIssues(result.issues, locale).map((line, i) => (
              <li key={i}>
                <code>{line}</code>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
