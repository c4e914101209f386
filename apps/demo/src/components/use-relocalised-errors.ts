import type { ErrorSummaryItem, ErrorSummaryState } from '@barnets-basta/sip';
import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n/index.tsx';

/**
 * After a language switch, shows the errors already on screen again in the new language (the
 * summary and each field's message), without moving focus: the user is on the language button.
 * `validate` is the step's own check, so what is shown is what is wrong now.
 */
export function useRelocalisedErrors(
  summary: ErrorSummaryState,
  validate: () => ErrorSummaryItem[],
): void {
  const { locale } = useI18n();
  const latest = useRef(validate);
  useEffect(() => {
    latest.current = validate;
  });
  const shownIn = useRef(locale);
  const { update } = summary;
  useEffect(() => {
    if (shownIn.current === locale) return;
    shownIn.current = locale;
    update(latest.current());
  }, [locale, update]);
}
