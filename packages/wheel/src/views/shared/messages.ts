import { mergeMessages, type UiLocale } from '@barnets-basta/core';
import { displayLocale, localeInfo, uiMessages } from '@barnets-basta/core/language';
import { viewsMessages, type ViewsMessages } from '../../i18n/views-messages.ts';

/**
 * The locale the views format with and look texts up in: `sv` or `en` for the shipped languages
 * (`en-GB` is `en`), the registered tag for a language added as data (`ar`), else Swedish.
 *
 * @example
 * uiLocale('en-GB'); // "en"
 * uiLocale('fi'); // "sv"
 * uiLocale('ar'); // "ar" once Arabic is registered
 */
export function uiLocale(locale: string | undefined): UiLocale {
  return displayLocale(locale);
}

/**
 * `lang` and `dir` for a view's root in a language added as data, so a screen reader reads it in
 * that language and an Arabic table runs right to left inside a Swedish page. Nothing for the
 * shipped languages: the view then takes the page's own.
 *
 * @example
 * <table {...viewLanguage('ar')} />; // lang="ar" dir="rtl" once Arabic is registered
 */
export function viewLanguage(locale: string | undefined): { lang?: string; dir?: 'ltr' | 'rtl' } {
  const info = localeInfo(locale);
  return info.catalogue ? { lang: info.lang, dir: info.dir } : {};
}

/**
 * The catalogue for a locale (shipped, or registered as data with Swedish where it lacks a
 * string) with a host's partial override on top.
 *
 * @example
 * viewsCatalogue('sv', { showAsTable: 'Tabell' }).showAsTable; // "Tabell"
 */
export function viewsCatalogue(
  locale: string | undefined,
  override?: Partial<ViewsMessages>,
): ViewsMessages {
  const base = uiMessages('views', locale, viewsMessages);
  // A host may pass anything; only strings replace shipped text, so a bad override cannot blank the UI.
  if (!override || typeof override !== 'object') return base;
  const clean: Partial<ViewsMessages> = {};
  for (const key of Object.keys(base) as (keyof ViewsMessages)[]) {
    const value = (override as Record<string, unknown>)[key];
    if (typeof value === 'string') clean[key] = value;
  }
  return mergeMessages(base, clean);
}
