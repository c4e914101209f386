import { mergeMessages, type ShippedLocale } from '@barnets-basta/core';
import { followUpMessages, type FollowUpMessages } from '../i18n/messages.ts';

/**
 * The UI locale to use: `en` when asked for English (`en`, `en-GB`), otherwise Swedish.
 *
 * @example
 * uiLocale('en-GB'); // "en"
 */
export function uiLocale(locale: string | undefined): ShippedLocale {
  return typeof locale === 'string' && locale.toLowerCase().split('-')[0] === 'en' ? 'en' : 'sv';
}

/**
 * The shipped catalogue with a host's partial override on top; only strings replace shipped text,
 * so a bad override cannot blank the UI.
 *
 * @example
 * catalogue('sv', { print: 'Skriv ut sidan' }).print; // "Skriv ut sidan"
 */
export function catalogue(
  locale: string | undefined,
  override?: Partial<FollowUpMessages>,
): FollowUpMessages {
  const base = followUpMessages[uiLocale(locale)];
  if (!override || typeof override !== 'object') return base;
  const clean: Partial<FollowUpMessages> = {};
  for (const key of Object.keys(base) as (keyof FollowUpMessages)[]) {
    const value = (override as Record<string, unknown>)[key];
    if (typeof value === 'string') clean[key] = value;
  }
  return mergeMessages(base, clean);
}
