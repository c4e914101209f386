import type { UiLocale } from '@barnets-basta/core';
import { demoLocale } from '../i18n/languages.ts';
import { STORAGE_PREFIX } from './drafts.tsx';

const KEY = `${STORAGE_PREFIX}sprak`;

/**
 * The saved language choice (one the switch offers: sv, lättläst, en, ar), else Swedish. Storage
 * may be blocked: then Swedish, quietly.
 */
export function loadLocale(): UiLocale {
  try {
    return demoLocale(window.localStorage.getItem(KEY));
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
