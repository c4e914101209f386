import { UI_LOCALES, type UiLocale } from '@barnets-basta/core';
import { STORAGE_PREFIX } from './drafts.tsx';

const KEY = `${STORAGE_PREFIX}sprak`;

/** The saved language choice, else Swedish. Storage may be blocked: then Swedish, quietly. */
export function loadLocale(): UiLocale {
  try {
    const saved = window.localStorage.getItem(KEY);
    return (UI_LOCALES as readonly string[]).includes(saved ?? '') ? (saved as UiLocale) : 'sv';
  } catch {
    return 'sv';
  }
}

export function saveLocale(locale: UiLocale): void {
  try {
    window.localStorage.setItem(KEY, locale);
  } catch {
    // A preference that cannot be saved is simply not remembered; the drafts report storage trouble.
  }
}
