/**
 * @barnets-basta/core/language: languages added as data. A municipality adds a UI language with a
 * JSON UI catalogue (`bb.ui-catalogue`) and a content-pack language with a JSON pack language
 * (`bb.pack-language`); both are validated like every other document, registered by BCP 47 tag,
 * and every component that takes `locale` then shows them, with `lang` and `dir` following. A
 * missing string falls back to Swedish with a console warning, never a blank. `lix` measures how
 * easy a Swedish text is to read. See docs/languages.md.
 *
 * @example
 * ```ts
 * import { defaultPack } from '@barnets-basta/core';
 * import { parseUiCatalogue, registerUiCatalogue, localeInfo } from '@barnets-basta/core/language';
 * import arUi from '@barnets-basta/core/languages/ar.ui.json';
 * const result = parseUiCatalogue(arUi);
 * if (result.ok) registerUiCatalogue(result.value);
 * localeInfo('ar'); // { lang: 'ar', dir: 'rtl', shipped: 'sv', catalogue }
 * ```
 */
export {
  catalogueText,
  displayLocale,
  intlLocale,
  localeInfo,
  packForLocale,
  packLanguageFor,
  shippedLocale,
  uiCatalogueFor,
  uiMessages,
} from './registry.ts';
export {
  clearRegisteredLanguages,
  registerPackLanguage,
  registerUiCatalogue,
  registeredUiLocales,
  textDirection,
  withPackLanguage,
} from './register.ts';
export type {
  LocaleInfo,
  PackLanguage,
  PackLanguageArea,
  TextDirection,
  TranslationStatus,
  UiCatalogue,
} from './registry.ts';
export { parsePackLanguage, parseUiCatalogue } from './parse-language.ts';
export type { LanguageResult, UiReference } from './parse-language.ts';
export { lix, lixOf } from './lix.ts';
export type { LixResult } from './lix.ts';
