import type { UiLocale } from '@barnets-basta/core';
import { FormLocaleProvider } from '@barnets-basta/sip';
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { AnnouncerProvider } from './components/announcer.tsx';
import { config } from './config.ts';
import { focusPageHeading } from './components/heading-focus.ts';
import { I18nProvider, useI18n } from './i18n/index.tsx';
import { addedLanguagesReady } from './i18n/languages.ts';
import { FollowUpFlow } from './flows/follow-up/follow-up-flow.tsx';
import { AppLayout } from './layout/app-layout.tsx';
import { InfoPage } from './pages/info-page.tsx';
import { NotFoundPage } from './pages/not-found-page.tsx';
import { StartPage } from './pages/start-page.tsx';
import { NavigationProvider } from './routing/navigation.tsx';
import { routeKey, type Route } from './routing/routes.ts';
import { useHashRoute } from './routing/use-hash-route.ts';
import { DraftsProvider } from './state/drafts.tsx';
import { loadLocale, saveLocale } from './state/locale.ts';

// The flows carry the wheel, the popovers and the plan forms: loaded when first opened, so the
// start page is quick on a phone. Same origin, so the Content-Security-Policy allows them.
// The follow-up flow is only its texts (about 1 kB; its views and tables are a chunk of their
// own), so it comes with the app: its texts then paint in the first frame, with no round trip.
const AbsenceFlow = lazy(() =>
  import('./flows/absence/absence-flow.tsx').then((m) => ({ default: m.AbsenceFlow })),
);
const SipFlow = lazy(() =>
  import('./flows/sip/sip-flow.tsx').then((m) => ({ default: m.SipFlow })),
);

function Loading() {
  const { m } = useI18n();
  return (
    <p className="app-loading" role="status">
      {m.app.loading}
    </p>
  );
}

function Page({ route }: { route: Route }) {
  switch (route.name) {
    case 'start':
      return <StartPage />;
    case 'absence':
      return <AbsenceFlow step={route.step} />;
    case 'sip':
      return <SipFlow step={route.step} />;
    case 'follow-up':
      return <FollowUpFlow />;
    case 'privacy':
      return <InfoPage page="privacy" />;
    case 'accessibility':
      return <InfoPage page="accessibility" />;
    case 'not-found':
      return <NotFoundPage />;
  }
}

/** The demo e-service: language, drafts, routing and the page frame. */
export function App() {
  const [locale, setLocale] = useState<UiLocale>(loadLocale);
  const [route, navigate] = useHashRoute();
  const key = routeKey(route);

  // A language added as data switches once its chunk has loaded; only the latest choice counts.
  const asked = useRef(0);
  const changeLocale = useCallback((next: UiLocale) => {
    const ask = ++asked.current;
    saveLocale(next);
    void addedLanguagesReady(next).then(() => {
      if (ask === asked.current) setLocale(next);
    });
  }, []);

  // The page's `lang` and `dir` are set by I18nProvider (the demo's texts' language, the
  // chosen language's direction).

  // A new page or step: start at the top and put focus on its heading, so keyboard and screen
  // reader users begin where the new content begins. Not on first load: then the skip link is
  // first. Compared with the last key (not a "first run" flag) so StrictMode's second run is a no-op.
  const shownKey = useRef(key);
  useEffect(() => {
    if (shownKey.current === key) return;
    shownKey.current = key;
    window.scrollTo(0, 0);
    focusPageHeading();
  }, [key]);

  return (
    <I18nProvider locale={locale}>
      <FormLocaleProvider locale={locale}>
        <AnnouncerProvider>
          <DraftsProvider legalReference={config.legalReference}>
            <NavigationProvider navigate={navigate}>
              <AppLayout onLocaleChange={changeLocale}>
                <Suspense fallback={<Loading />}>
                  <Page key={key} route={route} />
                </Suspense>
              </AppLayout>
            </NavigationProvider>
          </DraftsProvider>
        </AnnouncerProvider>
      </FormLocaleProvider>
    </I18nProvider>
  );
}
