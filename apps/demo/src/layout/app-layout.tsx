import type { UiLocale } from '@barnets-basta/core';
import type { MouseEvent, ReactNode } from 'react';
import { shippedLocale, useI18n } from '../i18n/index.tsx';
import { LanguageMenu } from '../i18n/language-menu.tsx';
import { href } from '../routing/routes.ts';

interface AppLayoutProps {
  onLocaleChange: (locale: UiLocale) => void;
  children: ReactNode;
}

/** Focuses main without changing the hash (the hash is the route). */
function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  const main = document.getElementById('main');
  if (!main) return;
  event.preventDefault();
  main.focus();
  main.scrollIntoView();
}

/** The frame of every page: skip link, header with the language switch, demo notice, footer. */
export function AppLayout({ onLocaleChange, children }: AppLayoutProps) {
  const { m, locale } = useI18n();
  // The button toggles Swedish and English (an added language shows the Swedish chrome, so its
  // button offers English); the menu beside it offers every language.
  const other: UiLocale = shippedLocale(locale) === 'en' ? 'sv' : 'en';
  return (
    <>
      <a className="app-skip-link" href="#main" onClick={skipToMain}>
        {m.app.skipLink}
      </a>
      <header className="app-header">
        <div className="app-width app-header__inner">
          <a className="app-header__home" href={href({ name: 'start' })}>
            <svg
              className="app-header__logo"
              viewBox="0 0 32 32"
              aria-hidden="true"
              focusable="false"
            >
              <circle cx="16" cy="16" r="14" fill="none" stroke="currentColor" strokeWidth="3" />
              <circle cx="16" cy="16" r="4.5" fill="currentColor" />
              <path d="M16 2v9M16 21v9M2 16h9M21 16h9" stroke="currentColor" strokeWidth="2" />
            </svg>
            <span className="app-header__org">{m.app.organisation}</span>
            <span className="app-header__service" lang="sv">
              {m.app.serviceName}
            </span>
          </a>
          <button
            type="button"
            className="app-header__language"
            lang={m.app.languageSwitchLang}
            onClick={() => onLocaleChange(other)}
          >
            <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" className="app-icon">
              <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" strokeWidth="1.8" />
              <path
                d="M3 12h18M12 3c2.5 2.6 3.8 5.6 3.8 9s-1.3 6.4-3.8 9c-2.5-2.6-3.8-5.6-3.8-9S9.5 5.6 12 3z"
                fill="none"
                stroke="currentColor"
                strokeWidth="1.8"
              />
            </svg>
            {m.app.languageSwitch}
          </button>
          <LanguageMenu onLocaleChange={onLocaleChange} />
        </div>
        <div className="app-phase">
          <p className="app-width app-phase__inner">
            <strong className="app-tag">{m.app.phaseTag}</strong>
            <span>{m.app.phaseText}</span>
          </p>
        </div>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <div className="app-width">{children}</div>
      </main>
      <footer className="app-footer">
        <div className="app-width">
          <h2 className="app-visually-hidden">{m.app.footerLabel}</h2>
          <ul className="app-footer__links">
            <li>
              <a href={href({ name: 'start' })}>{m.app.footerStart}</a>
            </li>
            <li>
              <a href={href({ name: 'privacy' })}>{m.app.footerPrivacy}</a>
            </li>
            <li>
              <a href={href({ name: 'accessibility' })}>{m.app.footerAccessibility}</a>
            </li>
          </ul>
          <p className="app-footer__note">{m.app.footerNote}</p>
        </div>
      </footer>
    </>
  );
}
