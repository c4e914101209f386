import type { UiLocale } from '@barnets-basta/core';
import { useId } from 'react';
import { useI18n } from './index.tsx';
import { DEMO_LANGUAGES, demoLocale } from './languages.ts';

/**
 * A native select with every language of the demo, added ones included: Arabic (a draft
 * translation, right to left) and lättläst svenska. Each name is written in its own language.
 *
 * @example
 * <LanguageMenu onLocaleChange={setLocale} />
 */
export function LanguageMenu({ onLocaleChange }: { onLocaleChange: (locale: UiLocale) => void }) {
  const { m, f, locale } = useI18n();
  const id = useId();
  return (
    <span className="app-header__languages">
      <label htmlFor={id}>{m.app.languageMenu}</label>
      <select
        id={id}
        value={locale}
        onChange={(event) => onLocaleChange(demoLocale(event.target.value))}
      >
        {DEMO_LANGUAGES.map((language) => (
          <option key={language.locale} value={language.locale} lang={language.nameLang}>
            {language.draft ? f(m.app.languageDraft, { name: language.name }) : language.name}
          </option>
        ))}
      </select>
    </span>
  );
}
