/**
 * The languages a host added as data, at run time: UI catalogues and content-pack languages,
 * registered by BCP 47 tag and looked up by every component that takes a `locale`. This module
 * only looks up: registering, merging a pack language and filling a catalogue from Swedish live
 * in `register.ts`, which installs them here as hooks when a host registers a language, and
 * validation lives in `parse-language.ts`. So a component that takes `locale` pays a few hundred
 * bytes for languages as data, and a host pays for the rest only when it adds a language.
 *
 * The registry is kept on `globalThis` under a `Symbol.for` key, so a page that loads core twice
 * (a custom-element bundle beside the host's own copy) still has one registry.
 */
import type { ShippedLocale, UiLocale } from '../i18n/messages.ts';
import type { AreaTexts, ContentPack, PackTexts } from '../content/types.ts';
import type { Answer, Scale } from '../scales/types.ts';

/** Writing direction of a language. */
export type TextDirection = 'ltr' | 'rtl';

/**
 * Whether a translation may be used: `draft` (machine or non-professional; a professional
 * translator must review it before use with families) or `reviewed`.
 */
export type TranslationStatus = 'draft' | 'reviewed';

/**
 * A UI catalogue as data (`bb.ui-catalogue`): one JSON document with the strings of every
 * package, one section per catalogue (`wheel`, `views`, `sip-form`, `sip-plan`, `sip-follow-up`,
 * `follow-up`, `elements`, `csv`, `scales`, ...). A missing string falls back to Swedish.
 */
export interface UiCatalogue {
  type: 'bb.ui-catalogue';
  /** BCP 47 tag, e.g. `ar` or `sv-x-lattlast`. */
  locale: string;
  /** Writing direction; when left out, from `Intl.Locale` text info or the list of RTL scripts. */
  dir?: TextDirection;
  status: TranslationStatus;
  /** Who translated it, what must be reviewed. */
  note?: string;
  /** Section → key → string, `{placeholders}` as in the Swedish catalogue. */
  messages: Record<string, Record<string, string>>;
}

/** The texts of one area in a pack language; any field may be missing (it falls back). */
export interface PackLanguageArea {
  name?: string;
  description?: string;
  child?: Partial<AreaTexts['child']>;
  guardian?: string;
  questions?: string[];
}

/**
 * A content-pack language as data (`bb.pack-language`): the texts of one pack in one more
 * language. `scope: "child"` says the language covers only what children read (the child
 * registers, the questions and the pack's own texts), as lättläst svenska does; then the other
 * texts fall back without a warning.
 */
export interface PackLanguage {
  type: 'bb.pack-language';
  /** The id of the pack these texts belong to. */
  pack: string;
  locale: string;
  status: TranslationStatus;
  note?: string;
  scope?: 'all' | 'child';
  texts?: Partial<PackTexts>;
  arenas?: Record<string, { name?: string }>;
  areas?: Record<string, PackLanguageArea>;
}

/** @internal The registry on `globalThis`, with the hooks `register.ts` installs. */
export interface Registry {
  ui: Map<string, UiCatalogue>;
  packs: Map<string, PackLanguage>;
  warned: Set<string>;
  // The lookups below are installed by `register.ts` when a host registers a language; until
  // then every component shows its shipped Swedish or English without loading them.
  catalogue?: (locale: UiLocale | undefined) => UiCatalogue | undefined;
  packLanguage?: (packId: string, locale: UiLocale | undefined) => PackLanguage | undefined;
  info?: (locale: UiLocale | undefined) => LocaleInfo | undefined;
  messages?: <T extends object>(
    section: string,
    locale: UiLocale | undefined,
    shipped: Readonly<Record<ShippedLocale, T>>,
  ) => T | undefined;
  text?: (locale: UiLocale | undefined, section: string, key: string) => string | undefined;
  pack?: (pack: ContentPack, locale: UiLocale | undefined) => ContentPack | undefined;
  /**
   * A scale step's or answer state's words from a registered catalogue, `''` for none; core's
   * `answerLabel` reads it without importing this module.
   */
  label?: (scale: Scale, answer: Answer | undefined, locale: string) => string;
}

const KEY = Symbol.for('barnets-basta.languages');

/** @internal The one registry of the page. */
export function registry(): Registry {
  const g = globalThis as unknown as Record<symbol, Registry | undefined>;
  return (g[KEY] ??= { ui: new Map(), packs: new Map(), warned: new Set() });
}

/** @internal */
export const lower = (tag: unknown) => String(tag ?? '').toLowerCase();

/**
 * The Swedish or English catalogue a locale starts from: English for `en` and `en-*`, Swedish for
 * everything else (Swedish is the fallback of every added language).
 *
 * @example
 * shippedLocale('en-GB'); // "en"
 * shippedLocale('ar'); // "sv"
 */
export function shippedLocale(locale: UiLocale | undefined): ShippedLocale {
  return lower(locale).split('-')[0] === 'en' ? 'en' : 'sv';
}

/**
 * The registered UI catalogue for a locale (`ar-SA` finds `ar`), or `undefined` for `sv`, `en`
 * and any unregistered tag.
 *
 * @example
 * uiCatalogueFor('ar')?.status; // "draft"
 */
export function uiCatalogueFor(locale: UiLocale | undefined): UiCatalogue | undefined {
  return registry().catalogue?.(locale);
}

/**
 * The registered pack language for a pack and a locale (exact tag first, then shorter ones).
 *
 * @example
 * packLanguageFor('barnets-basta', 'sv-x-lattlast')?.scope; // "child"
 */
export function packLanguageFor(
  packId: string,
  locale: UiLocale | undefined,
): PackLanguage | undefined {
  return registry().packLanguage?.(packId, locale);
}

/** What a component needs to know about its UI locale. */
export interface LocaleInfo {
  /** The tag for the `lang` attribute of the UI: the catalogue's tag, or `sv`/`en`. */
  lang: string;
  /** The direction for the `dir` attribute. */
  dir: TextDirection;
  /** The shipped catalogue under it: `en` for English, else `sv` (the fallback). */
  shipped: ShippedLocale;
  /** The registered catalogue, when there is one. */
  catalogue: UiCatalogue | undefined;
}

/**
 * How a component shows a locale: which `lang` and `dir` its root gets and which shipped
 * catalogue fills what the registered one lacks. An unregistered tag shows Swedish (`lang="sv"`),
 * except English ones.
 *
 * @example
 * localeInfo('ar'); // { lang: "ar", dir: "rtl", shipped: "sv", catalogue } once Arabic is registered
 * localeInfo('en-GB'); // { lang: "en", dir: "ltr", shipped: "en", catalogue: undefined }
 */
export function localeInfo(locale: UiLocale | undefined): LocaleInfo {
  const shipped = shippedLocale(locale);
  return registry().info?.(locale) ?? { lang: shipped, dir: 'ltr', shipped, catalogue: undefined };
}

/**
 * A package's catalogue for a locale: the shipped one for `sv` and `en`; for a registered
 * language its section, with every missing or empty string taken from Swedish and one console
 * warning that lists them (never a blank). Keys the Swedish catalogue lacks are warned about and
 * ignored. The same object is returned for the same catalogue and section, so it can be a
 * dependency of a React memo.
 *
 * @example
 * const messages = uiMessages('wheel', 'ar', wheelMessages); // Arabic, Swedish where missing
 */
export function uiMessages<T extends object>(
  section: string,
  locale: UiLocale | undefined,
  shipped: Readonly<Record<ShippedLocale, T>>,
): T {
  return registry().messages?.(section, locale, shipped) ?? shipped[shippedLocale(locale)];
}

/**
 * One string of a registered catalogue, or `undefined` (no catalogue, no such string). Used where
 * a text is not in a package catalogue, such as the scales' step labels.
 *
 * @example
 * catalogueText('ar', 'scales', 'agree-5.5'); // "ينطبق تمامًا" once Arabic is registered
 */
export function catalogueText(
  locale: UiLocale | undefined,
  section: string,
  key: string,
): string | undefined {
  return registry().text?.(locale, section, key);
}

/**
 * The pack to show in a locale: the pack itself when it has that language (or none is
 * registered), else the pack with the registered pack language added.
 *
 * @example
 * const pack = packForLocale(defaultPack, 'ar'); // has "ar" once Arabic is registered
 */
export function packForLocale(pack: ContentPack, locale: UiLocale | undefined): ContentPack {
  return registry().pack?.(pack, locale) ?? pack;
}

const INTL_LOCALE: Readonly<Record<string, string>> = { sv: 'sv-SE', en: 'en-GB' };

/**
 * The locale a component formats with and looks texts up in: `sv` or `en` for the shipped
 * languages (`en-GB` is `en`), the registered tag for a language added as data (`ar`), and
 * Swedish for any other tag (as `localeInfo` shows it).
 *
 * @example
 * displayLocale('en-GB'); // "en"
 * displayLocale('ar'); // "ar" once Arabic is registered, else "sv"
 */
export function displayLocale(locale: UiLocale | undefined): UiLocale {
  const info = localeInfo(locale);
  return info.catalogue ? info.lang : info.shipped;
}

/**
 * The Intl tag dates and numbers are formatted with: `sv-SE` and `en-GB` for the shipped
 * languages; for a UI language registered as data, its own tag, with Latin digits unless the tag
 * asks for others (`ar-u-nu-arab`), so a date reads like the numbers around it (counters, the
 * date fields' ISO digits, what people type). A tag this browser cannot format falls back to
 * Swedish.
 *
 * @example
 * new Intl.DateTimeFormat(intlLocale('ar')).format(date); // Latin digits, Arabic month names
 * intlLocale('fi'); // "sv-SE"
 */
export function intlLocale(locale: UiLocale | undefined): string {
  const known = INTL_LOCALE[String(locale ?? 'sv')];
  if (known) return known;
  const info = localeInfo(locale);
  let tag = INTL_LOCALE[info.shipped]!;
  if (info.catalogue) {
    try {
      const asked = new Intl.Locale(info.lang);
      const withDigits = new Intl.Locale(asked.baseName, {
        numberingSystem: asked.numberingSystem ?? 'latn',
      }).toString();
      if (Intl.DateTimeFormat.supportedLocalesOf(withDigits).length > 0) tag = withDigits;
    } catch {
      // Not a tag Intl takes (private use): Swedish formats, as for any unknown language.
    }
  }
  return tag;
}
