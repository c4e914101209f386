import { FollowUpReport } from '@barnets-basta/follow-up';
import '@barnets-basta/follow-up/styles.css';
import { useMemo } from 'react';
import { PageHeading } from '../../components/page-heading.tsx';
import { usePageTitle } from '../../components/page-title.ts';
import { shippedLocale, useI18n } from '../../i18n/index.tsx';
import { storedTables, UNIT_NAMES } from './county-data.ts';
import stored from './county-tables.json';
import { followUpFlowMessages } from './messages.ts';

/**
 * Flow 3: follow-up. The county's published tables (generated, fictional), with level, unit, term
 * and perspective to choose, every view with its table, CSV download and print.
 */
export function FollowUpFlow() {
  const { locale } = useI18n();
  const t = followUpFlowMessages[shippedLocale(locale)];
  usePageTitle([t.title]);
  const tables = useMemo(() => storedTables(stored), []);
  return (
    <div className="app-stack">
      <PageHeading caption={t.caption}>{t.title}</PageHeading>
      <p className="app-lead">{t.lead}</p>
      <p>{t.who}</p>
      <p>{t.fictional}</p>
      <FollowUpReport
        tables={tables}
        unitNames={UNIT_NAMES}
        locale={locale}
        initial={{ period: '2026-H1' }}
      />
    </div>
  );
}
