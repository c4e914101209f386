import { lazy, startTransition, Suspense, useEffect, useState } from 'react';
import { PageHeading } from '../../components/page-heading.tsx';
import { usePageTitle } from '../../components/page-title.ts';
import { shippedLocale, useI18n } from '../../i18n/index.tsx';
import { followUpFlowMessages } from './messages.ts';

// The tables and the views come in a chunk of their own, after the page's texts have painted.
const CountyReport = lazy(() =>
  import('./county-report.tsx').then((m) => ({ default: m.CountyReport })),
);

/**
 * Calls `ready` once the page's first content is on the screen: when the browser reports its
 * first contentful paint (at once if that was earlier, on a page reached by a link). The paint
 * entry comes when the frame is shown, which on a busy phone can be well after the main thread
 * drew it; a frame callback alone fired before that. Without paint timing, the next frame stands
 * in, and a timer in case no frame comes (a hidden tab), so the report always loads.
 */
function afterFirstPaint(ready: () => void): () => void {
  let task: number | undefined;
  let observer: PerformanceObserver | undefined;
  let frame: number | undefined;
  const stop = () => {
    observer?.disconnect();
    if (frame !== undefined) window.cancelAnimationFrame(frame);
    window.clearTimeout(fallback);
  };
  const go = () => {
    stop();
    task ??= window.setTimeout(ready, 0);
  };
  const fallback = window.setTimeout(go, 3_000);
  if (
    typeof PerformanceObserver === 'function' &&
    PerformanceObserver.supportedEntryTypes?.includes('paint')
  ) {
    observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length > 0) go();
    });
    observer.observe({ type: 'paint', buffered: true });
  } else {
    frame = window.requestAnimationFrame(go);
  }
  return () => {
    stop();
    window.clearTimeout(task);
  };
}

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
  // The report's chunk (views and 800 kB of tables) is asked for only after the heading and the
  // texts have painted: asked for during the first render, its download and parsing came before
  // the page's largest text in a phone profile (docs/performance.md, "Issue 14, session 6").
  const [painted, setPainted] = useState(false);
  // In a transition, React builds the report in slices of a few milliseconds that a tap or a key
  // can interrupt, rather than in one long task.
  useEffect(() => afterFirstPaint(() => startTransition(() => setPainted(true))), []);
  const loading = (
    <p className="app-loading" role="status">
      {t.loadingTables}
    </p>
  );
  return (
    <div className="app-stack">
      <PageHeading caption={t.caption}>{t.title}</PageHeading>
      <p className="app-lead">{t.lead}</p>
      <p>{t.who}</p>
      <p>{t.fictional}</p>
      {painted ? (
        <Suspense fallback={loading}>
          <CountyReport locale={locale} />
        </Suspense>
      ) : (
        loading
      )}
    </div>
  );
}
