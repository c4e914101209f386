import { defaultPack, type UiLocale } from '@barnets-basta/core';
import {
  parsePackLanguage,
  parseUiCatalogue,
  registerPackLanguage,
  registerUiCatalogue,
  shippedLocale,
} from '@barnets-basta/core/language';
import arPack from '@barnets-basta/core/languages/ar.pack.json';
import arUi from '@barnets-basta/core/languages/ar.ui.json';
import lattlast from '@barnets-basta/core/languages/sv-x-lattlast.pack.json';

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

let registered = false;

/**
 * Registers the demo's added languages once: the Arabic UI catalogue and pack language (drafts)
 * and lättläst svenska for the child registers. Invalid data is left out with the problems on the
 * console, as a host would do; the shipped data is valid (tested).
 *
 * @example
 * registerDemoLanguages();
 */
export function registerDemoLanguages(): void {
  if (registered) return;
  registered = true;
  const ui = parseUiCatalogue(arUi);
  if (ui.ok) registerUiCatalogue(ui.value);
  for (const data of [arPack, lattlast]) {
    const result = parsePackLanguage(data, defaultPack);
    if (result.ok) registerPackLanguage(result.value);
  }
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
