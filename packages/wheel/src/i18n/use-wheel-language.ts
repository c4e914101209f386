import {
  mergeMessages,
  type ContentOverride,
  type ContentPack,
  type UiLocale,
} from '@barnets-basta/core';
import { localeInfo, packForLocale, uiMessages } from '@barnets-basta/core/language';
import { useMemo } from 'react';
import { contentLanguage, resolveContent } from '../wheel/model.ts';
import { wheelMessages, type WheelMessages } from './messages.ts';

/** The wheel's languages, resolved once per render from its `locale`, `messages` and `content`. */
export interface WheelLanguage {
  /**
   * The locale the wheel's parts format with: the registered tag (`ar`) when the host added that
   * language as data, else `sv` or `en`. Scale labels follow it through core's registry.
   */
  locale: UiLocale;
  /** `lang` of the wheel's root: the UI's language. */
  uiLang: string;
  /** `dir` of the wheel's root for an added language; `undefined` keeps the page's direction. */
  dir: 'ltr' | 'rtl' | undefined;
  messages: WheelMessages;
  /** The pack to show, with a registered pack language for `locale` added. */
  pack: ContentPack;
  /** What was wrong with `content` (it then falls back to the default pack). */
  problems: string[];
  /** The language of the pack's texts. */
  lang: string;
  /** `lang` for content elements when it differs from the UI's. */
  contentLang: string | undefined;
}

/**
 * Resolves the wheel's languages: the UI catalogue (shipped `sv`/`en`, or one registered as data
 * with `registerUiCatalogue`, Swedish where it lacks a string), the host's `messages` on top, the
 * pack with a registered pack language for the locale (`registerPackLanguage`), and the `lang`
 * and `dir` attributes that follow them.
 *
 * @example
 * const { messages, pack, uiLang, dir } = useWheelLanguage('ar', undefined, undefined);
 */
export function useWheelLanguage(
  localeProp: UiLocale | undefined,
  messagesProp: Partial<WheelMessages> | undefined,
  content: ContentPack | ContentOverride | undefined,
): WheelLanguage {
  const info = localeInfo(localeProp);
  const locale: UiLocale = info.catalogue ? info.lang : info.shipped;
  const messages = useMemo(
    () => mergeMessages(uiMessages('wheel', locale, wheelMessages), messagesProp),
    [locale, messagesProp],
  );
  const { pack: resolved, problems } = useMemo(
    () => resolveContent(content, locale),
    [content, locale],
  );
  // The pack's language follows the full tag asked for (`sv-x-lattlast` finds lättläst texts
  // even though the UI around them is Swedish).
  const requested = String(localeProp ?? locale);
  const pack = useMemo(() => packForLocale(resolved, requested), [resolved, requested]);
  const lang = contentLanguage(pack, requested);
  return {
    locale,
    uiLang: info.lang,
    dir: info.catalogue ? info.dir : undefined,
    messages,
    pack,
    problems,
    lang,
    contentLang: lang === info.lang ? undefined : lang,
  };
}
