import { lazy, Suspense } from 'react';
import { PageHeading } from '../../components/page-heading.tsx';
import { usePageTitle } from '../../components/page-title.ts';
import { shippedLocale, useI18n } from '../../i18n/index.tsx';
import { followUpFlowMessages } from './messages.ts';

// The tables and the views come in a chunk of their own, after the page's texts have painted.
const CountyReport = lazy(() =>
  import('./county-report.tsx').then((m) => ({ default: m.CountyReport })),
);

/**
 * Flow 3: follow-up. The county's published tables (generated, fictional), with level, unit, term
 * and perspective to choose, every view with its table, CSV download and print.
 *
 * @example
 * <FollowUpFlow />
 */
export function FollowUpFlow() {
  const { locale } = useI18n();
  const t = followUpFlowMessages[shippedLocale(locale)];
  usePageTitle([t.title]);
  return (
    <div className="app-stack">
      <PageHeading caption={t.caption}>{t.title}</PageHeading>
      <p className="app-lead">{t.lead}</p>
      <p>{t.who}</p>
      <p>{t.fictional}</p>
      <Suspense
        fallback={
          <p className="app-loading" role="status">
            {t.loadingTables}
          </p>
        }
      >
        <CountyReport locale={locale} />
      </Suspense>
    </div>
  );
}
