import { formatMessage, type UiLocale } from '@barnets-basta/core';
import { localeInfo, shippedLocale } from '@barnets-basta/core/language';
import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { catalogues } from './catalogues.ts';
import './language-of-parts.css';
import type { DemoMessages } from './sv.ts';

export type { DemoMessages } from './sv.ts';
export { catalogues } from './catalogues.ts';
export { shippedLocale, uiMessages } from '@barnets-basta/core/language';

interface I18n {
  /** The chosen language: `sv`, `en`, or one added as data (`ar`, `sv-x-lattlast`). */
  locale: UiLocale;
  m: DemoMessages;
  /** Fills `{placeholders}` as plain text. */
  f: (template: string, values?: Record<string, string | number>) => string;
  /** A calendar date (`YYYY-MM-DD` or ISO timestamp) in the current language. */
  date: (iso: string) => string;
  /** A list such as "A, B och C" in the current language. */
  list: (items: readonly string[]) => string;
}

const I18nContext = createContext<I18n | null>(null);

/** Provides the catalogue of `locale` to the app. */
export function I18nProvider({ locale, children }: { locale: UiLocale; children: ReactNode }) {
  // The page's direction follows the language (Arabic: right to left). Its `lang` is the language
  // of the demo's own texts, which ship in Swedish and English only: in an added language they
  // stay Swedish (WCAG 3.1.1), and the library's parts that show the added language mark
  // themselves with its `lang` (3.1.2). See docs/languages.md, "The demo in an added language".
  useEffect(() => {
    document.documentElement.lang = shippedLocale(locale);
    document.documentElement.dir = localeInfo(locale).dir;
  }, [locale]);
  const value = useMemo<I18n>(() => {
    // The demo's own texts ship in Swedish and English; an added language shows them in Swedish.
    const shipped = shippedLocale(locale);
    const intlLocale = shipped === 'sv' ? 'sv-SE' : 'en-GB';
    // Made on first use: the first Intl formatter of a page loads the engine's locale data, which
    // took a tenth of a second of a phone's main thread before the first paint (profile in
    // docs/performance.md, "Issue 14, session 6"), and most pages format no date.
    let dateFormat: Intl.DateTimeFormat | undefined;
    let listFormat: Intl.ListFormat | undefined;
    return {
      locale,
      m: catalogues[shipped],
      f: formatMessage,
      date: (iso) => {
        // A bare calendar date is read as local midnight so no time zone shifts it a day.
        const parsed = /^\d{4}-\d{2}-\d{2}$/.test(iso)
          ? new Date(`${iso}T00:00:00`)
          : new Date(iso);
        if (Number.isNaN(parsed.getTime())) return iso;
        dateFormat ??= new Intl.DateTimeFormat(intlLocale, { dateStyle: 'long' });
        return dateFormat.format(parsed);
      },
      list: (items) => {
        listFormat ??= new Intl.ListFormat(shipped, { style: 'long', type: 'conjunction' });
        return listFormat.format(items);
      },
    };
  }, [locale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The current language and its messages. */
export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>');
  return value;
}
