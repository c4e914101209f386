import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { mergeMessages, type UiLocale } from '@barnets-basta/core';
import type { FormMessages } from '../../i18n/form-messages.ts';
import { formCatalogue, viewLocale } from '../../i18n/language.ts';

interface FormLocaleValue {
  locale?: UiLocale;
  messages?: Partial<FormMessages>;
}

const FormLocaleContext = createContext<FormLocaleValue>({});

/** Props of {@link FormLocaleProvider}. */
export interface FormLocaleProviderProps {
  /** UI language of every building block inside. Default `'sv'`. */
  locale?: UiLocale;
  /** Partial override of the form catalogue, applied to every block inside. */
  messages?: Partial<FormMessages>;
  children?: ReactNode;
}

/**
 * Sets the language (and optional message overrides) for every form building block and draft
 * component inside, so a page does not have to pass `locale` to each one. A `locale` or `messages`
 * prop on a single block still wins.
 *
 * @example
 * ```tsx
 * <FormLocaleProvider locale="en">
 *   <TextInput name="name" label="Name" />
 * </FormLocaleProvider>
 * ```
 */
export function FormLocaleProvider({ locale, messages, children }: FormLocaleProviderProps) {
  const outer = useContext(FormLocaleContext);
  const value = useMemo(
    () => ({
      locale: locale ?? outer.locale,
      messages: outer.messages || messages ? { ...outer.messages, ...messages } : undefined,
    }),
    [locale, messages, outer.locale, outer.messages],
  );
  return <FormLocaleContext.Provider value={value}>{children}</FormLocaleContext.Provider>;
}

/** Resolves the catalogue for a block: prop, then provider, then Swedish. */
export function useFormMessages(
  locale?: UiLocale,
  messages?: Partial<FormMessages>,
): { locale: UiLocale; t: FormMessages } {
  const ctx = useContext(FormLocaleContext);
  const resolved: UiLocale = locale ?? ctx.locale ?? 'sv';
  const t = useMemo(
    () => mergeMessages(mergeMessages(formCatalogue(resolved), ctx.messages), messages),
    [resolved, ctx.messages, messages],
  );
  return { locale: viewLocale(resolved), t };
}
