import { mergeMessages, type UiLocale } from '@barnets-basta/core';
import { localeInfo, uiMessages } from '@barnets-basta/core/language';
/** `en` for English tags, else `sv`: the language core's messages (validation, legal check) are in. */
export { shippedLocale } from '@barnets-basta/core/language';

/**
 * The locale the SIP parts show and format dates in: a registered UI language's tag (`ar`), else
 * `sv` or `en`. What is only shipped in Swedish and English (core's messages) takes
 * `shippedLocale` of it.
 *
 * @example
 * viewLocale('ar'); // "ar" once Arabic is registered, else "sv"
 * viewLocale('en-GB'); // "en"
 */
export function viewLocale(locale: UiLocale | undefined): UiLocale {
  const info = localeInfo(locale);
  return info.catalogue ? info.lang : info.shipped;
}
import { followUpMessages, type FollowUpMessages } from './follow-up-messages.ts';
import { formMessages, type FormMessages } from './form-messages.ts';
import { planMessages, type PlanMessages } from './plan-messages.ts';

/**
 * The SIP package's catalogues for a locale: the shipped ones for `sv` and `en`, or a UI language
 * registered as data (`registerUiCatalogue` in `@barnets-basta/core/language`, sections
 * `sip-plan`, `sip-form` and `sip-follow-up`), Swedish where it lacks a string, with a host's
 * overrides on top. `locale` is what the parts format dates with (`viewLocale`):
 * the registered tag, else `sv` or `en`.
 *
 * @example
 * const { m } = sipCatalogues('ar', { plan: { printButton: 'اطبع' } });
 */
export function sipCatalogues(
  locale: UiLocale | undefined,
  overrides: {
    plan?: Partial<PlanMessages> | undefined;
    form?: Partial<FormMessages> | undefined;
    followUp?: Partial<FollowUpMessages> | undefined;
  } = {},
): { locale: UiLocale; m: PlanMessages; t: FormMessages; f: FollowUpMessages } {
  return {
    locale: viewLocale(locale),
    m: mergeMessages(uiMessages('sip-plan', locale, planMessages), overrides.plan),
    t: mergeMessages(uiMessages('sip-form', locale, formMessages), overrides.form),
    f: mergeMessages(uiMessages('sip-follow-up', locale, followUpMessages), overrides.followUp),
  };
}

/**
 * One SIP catalogue for a locale, without overrides (see `sipCatalogues`).
 *
 * @example
 * planCatalogue('ar').printButton; // "اطبع الخطة" once Arabic is registered
 */
export function planCatalogue(locale: UiLocale | undefined): PlanMessages {
  return uiMessages('sip-plan', locale, planMessages);
}

/**
 * The form building blocks' catalogue for a locale, without overrides.
 *
 * @example
 * formCatalogue('en').optional; // "(optional)"
 */
export function formCatalogue(locale: UiLocale | undefined): FormMessages {
  return uiMessages('sip-form', locale, formMessages);
}

/**
 * The follow-up meeting's catalogue for a locale, without overrides.
 *
 * @example
 * followUpCatalogue('sv').title; // "Uppföljning av planen"
 */
export function followUpCatalogue(locale: UiLocale | undefined): FollowUpMessages {
  return uiMessages('sip-follow-up', locale, followUpMessages);
}

/**
 * `lang` and `dir` for a SIP part's root in a language registered as data (`{ lang: 'ar', dir:
 * 'rtl' }`), so its texts are marked in their language inside a page in another; nothing for `sv`
 * and `en`, which keep the page's own attributes.
 *
 * @example
 * <article {...langAttributes('ar')} /> // lang="ar" dir="rtl" once Arabic is registered
 */
export function langAttributes(locale: UiLocale | undefined): {
  lang?: string;
  dir?: 'ltr' | 'rtl';
} {
  const info = localeInfo(locale);
  return info.catalogue ? { lang: info.lang, dir: info.dir } : {};
}
