import { mergeMessages, type UiLocale } from '@barnets-basta/core';
import { displayLocale, localeInfo, uiMessages } from '@barnets-basta/core/language';
import { followUpMessages, type FollowUpMessages } from '../i18n/messages.ts';

/**
 * The locale the views format with: `sv` or `en` for the shipped languages (`en-GB` is `en`), the
 * registered tag for a language added as data (`ar`, see docs/languages.md), else Swedish.
 *
 * @example
 * uiLocale('en-GB'); // "en"
 * uiLocale('ar'); // "ar" once Arabic is registered
 */
export function uiLocale(locale: string | undefined): UiLocale {
  return displayLocale(locale);
}

/**
 * `lang` and `dir` for a view's root in a language added as data; nothing for the shipped ones,
 * which take the page's own.
 *
 * @example
 * <section {...viewLanguage('ar')} />; // lang="ar" dir="rtl" once Arabic is registered
 */
export function viewLanguage(locale: string | undefined): { lang?: string; dir?: 'ltr' | 'rtl' } {
  const info = localeInfo(locale);
  return info.catalogue ? { lang: info.lang, dir: info.dir } : {};
}

/**
 * The catalogue (shipped, or registered as data with Swedish where it lacks a string) with a
 * host's partial override on top; only strings replace shipped text,
 * so a bad override cannot blank the UI.
 *
 * @example
 * catalogue('sv', { print: 'Skriv ut sidan' }).print; // "Skriv ut sidan"
 */
export function catalogue(
  locale: string | undefined,
  override?: Partial<FollowUpMessages>,
): FollowUpMessages {
  const base = uiMessages('follow-up', locale, followUpMessages);
  if (!override || typeof override !== 'object') return base;
  const clean: Partial<FollowUpMessages> = {};
  for (const key of Object.keys(base) as (keyof FollowUpMessages)[]) {
    const value = (override as Record<string, unknown>)[key];
    if (typeof value === 'string') clean[key] = value;
  }
  return mergeMessages(base, clean);
}
