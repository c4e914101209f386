import type { UiLocale } from '@barnets-basta/core';
import { shippedLocale } from '@barnets-basta/core/language';

/** A language the demo's switch offers: its tag and its own name, in its own language. */
export interface DemoLanguage {
  locale: UiLocale;
  /** The language's name in that language (what a speaker looks for). */
  name: string;
  /** `lang` of the name. */
  nameLang: string;
  /** Shown beside the name: a draft translation must be reviewed before real use. */
  draft: boolean;
}

/** The languages of the demo, Swedish first. Arabic and lättläst are added as data. */
export const DEMO_LANGUAGES: readonly DemoLanguage[] = [
  { locale: 'sv', name: 'Svenska', nameLang: 'sv', draft: false },
  { locale: 'sv-x-lattlast', name: 'Lättläst svenska', nameLang: 'sv', draft: false },
  { locale: 'en', name: 'English', nameLang: 'en', draft: false },
  { locale: 'ar', name: 'العربية', nameLang: 'ar', draft: true },
];

let added: Promise<void> | undefined;

/**
 * Resolves when `locale` can be shown: at once for Swedish and English; for a language added as
 * data (Arabic, lättläst), once its chunk has loaded and registered its catalogue and pack
 * language. That data and its validation cost a phone a tenth of a second before the first paint
 * when they came with the app, for languages most visitors never choose.
 *
 * @example
 * await addedLanguagesReady('ar');
 */
export function addedLanguagesReady(locale: UiLocale): Promise<void> {
  if (locale === 'sv' || locale === 'en') return Promise.resolve();
  added ??= import('./added-languages.ts').then((m) => m.registerAddedLanguages());
  return added;
}

/**
 * A saved or asked-for tag the demo offers, else Swedish.
 *
 * @example
 * demoLocale('ar'); // "ar"
 * demoLocale('fi'); // "sv"
 */
export function demoLocale(tag: string | null | undefined): UiLocale {
  return DEMO_LANGUAGES.find((l) => l.locale === tag)?.locale ?? 'sv';
}

export { shippedLocale };
