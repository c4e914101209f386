import type { UiLocale } from '@barnets-basta/core';
import { FollowUpReport } from '@barnets-basta/follow-up';
import '@barnets-basta/follow-up/styles.css';
import './county-report.css';
import { useMemo } from 'react';
import { storedTables, UNIT_NAMES } from './county-data.ts';
// As text for JSON.parse: a bundler turns a plain JSON import into an object literal, which the
// browser parses several times slower than the same data as JSON.
import stored from './county-tables.json?raw';

// Parsed when the chunk runs, a task of its own before React renders the report: parsing and
// rebuilding the tables in one render made one long task on a phone profile (docs/performance.md,
// "Issue 14, session 6").
const parsed: unknown = JSON.parse(stored);

/**
 * The county's report: the views over the stored tables. Its own chunk (with the tables, some
 * 800 kB of JSON), loaded by the flow after its heading and texts are on screen, so the page
 * paints its largest text before the tables are parsed and drawn.
 *
 * @example
 * <CountyReport locale="sv" />
 */
export function CountyReport({ locale }: { locale: UiLocale }) {
  const tables = useMemo(() => storedTables(parsed), []);
  return (
    <FollowUpReport
      tables={tables}
      unitNames={UNIT_NAMES}
      locale={locale}
      initial={{ period: '2026-H1' }}
      className="app-follow-up-report"
    />
  );
}
