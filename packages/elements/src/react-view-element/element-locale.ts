import type { UiLocale } from '@barnets-basta/core';
import { localeInfo, uiMessages, type TextDirection } from '@barnets-basta/core/language';
import { elementMessages, type ElementMessages } from '../i18n/messages.ts';

/** How an element shows its `locale`: what the React views get, and its root's `lang` and `dir`. */
export interface ElementLocale {
  /**
   * The locale the views inside get: the host's tag when core's registry knows it (a registered
   * UI catalogue such as `ar`), or when it is Swedish or English (`sv-x-lattlast` keeps its tag,
   * so a registered lättläst pack language reaches the wheel), else `sv`.
   */
  locale: UiLocale;
  /** `lang` of the element's root: the UI catalogue's tag, or `sv`/`en`. */
  lang: string;
  /** `dir` of the element's root. */
  dir: TextDirection;
}

const warned = new Set<string>();

/**
 * Reads an element's `locale` through core's language registry. A tag that is neither Swedish,
 * English nor registered shows Swedish (never a blank), with one console warning per element and
 * tag that says how to add the language.
 *
 * @example
 * ```ts
 * readLocale(el, 'ar'); // { locale: 'ar', lang: 'ar', dir: 'rtl' } once Arabic is registered
 * readLocale(el, 'fi'); // { locale: 'sv', lang: 'sv', dir: 'ltr' }, and a console warning
 * ```
 */
export function readLocale(el: Element, input: unknown): ElementLocale {
  const tag = typeof input === 'string' ? input.trim() : '';
  if (!tag) return { locale: 'sv', lang: 'sv', dir: 'ltr' };
  const info = localeInfo(tag);
  const primary = tag.toLowerCase().split('-')[0];
  if (info.catalogue || primary === 'sv' || primary === 'en')
    return { locale: info.catalogue ? info.lang : tag, lang: info.lang, dir: info.dir };
  const key = `${el.localName}\u0000${tag}`;
  if (!warned.has(key)) {
    warned.add(key);
    console.warn(
      `<${el.localName}>: locale "${tag}" is not a registered language and is shown in Swedish. ` +
        'Register its UI catalogue with registerUiCatalogue (see docs/languages.md).',
    );
  }
  return { locale: 'sv', lang: 'sv', dir: 'ltr' };
}

/**
 * Puts `lang` and `dir` on the element's root inside its shadow root, so the views, their
 * screen-reader pronunciation and their layout follow the element's language, whatever the page's.
 *
 * @example
 * ```ts
 * applyLocale(mount, readLocale(el, 'ar')); // <div lang="ar" dir="rtl">
 * ```
 */
export function applyLocale(root: HTMLElement, { lang, dir }: ElementLocale): void {
  if (root.lang !== lang) root.lang = lang;
  if (root.dir !== dir) root.dir = dir;
}

/**
 * The elements' own texts for a locale (Swedish, English or a registered catalogue's `elements`
 * section, Swedish where it lacks a string) with the host's `messages` on top.
 *
 * @example
 * ```ts
 * elementCatalogue('ar', undefined).planInvalid; // "تعذّر تحميل الخطة." once Arabic is registered
 * ```
 */
export function elementCatalogue(
  locale: UiLocale,
  overrides: Record<string, string> | undefined,
): ElementMessages {
  const base = uiMessages('elements', locale, elementMessages);
  if (!overrides) return base;
  const out: Record<string, string> = { ...base };
  for (const key of Object.keys(base)) if (overrides[key]) out[key] = overrides[key];
  return out as ElementMessages;
}
