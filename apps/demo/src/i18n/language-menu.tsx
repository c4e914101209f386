import type { UiLocale } from '@barnets-basta/core';
import { useId, useState } from 'react';
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
  // A language added as data switches once its chunk has loaded; until then the select keeps
  // showing what was chosen (not the language still shown), so arrow keys move on from there.
  // The choice counts only while the language it was made from is still the current one.
  const [chosen, setChosen] = useState<{ from: UiLocale; value: UiLocale } | null>(null);
  const value = chosen && chosen.from === locale ? chosen.value : locale;
  return (
    <span className="app-header__languages">
      <label htmlFor={id}>{m.app.languageMenu}</label>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          const next = demoLocale(event.target.value);
          setChosen({ from: locale, value: next });
          onLocaleChange(next);
        }}
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
