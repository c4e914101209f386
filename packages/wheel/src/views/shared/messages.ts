import { mergeMessages, type ShippedLocale } from '@barnets-basta/core';
import { uiMessages } from '@barnets-basta/core/language';
import { viewsMessages, type ViewsMessages } from '../../i18n/views-messages.ts';

/**
 * The UI locale to use: `en` when asked for English (`en`, `en-GB`), otherwise Swedish.
 *
 * @example
 * uiLocale('en-GB'); // "en"
 * uiLocale('fi'); // "sv"
 */
export function uiLocale(locale: string | undefined): ShippedLocale {
  return typeof locale === 'string' && locale.toLowerCase().split('-')[0] === 'en' ? 'en' : 'sv';
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
