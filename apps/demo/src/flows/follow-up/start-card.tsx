import { shippedLocale, useI18n } from '../../i18n/index.tsx';
import { href } from '../../routing/routes.ts';
import { followUpFlowMessages } from './messages.ts';

/** The start page's card for the follow-up flow: who it is for, and the way in. */
export function FollowUpStartCard() {
  const { locale } = useI18n();
  const t = followUpFlowMessages[shippedLocale(locale)];
  return (
    <section className="app-card" aria-labelledby="start-follow-up">
      <h2 id="start-follow-up" className="app-card__title">
        {t.startHeading}
      </h2>
      <p>{t.startText}</p>
      <p className="app-card__meta">{t.startMeta}</p>
      <a className="app-button app-button--start" href={href({ name: 'follow-up' })}>
        {t.startLink}
        <svg
          className="app-icon app-button__arrow"
          viewBox="0 0 24 24"
          aria-hidden="true"
          focusable="false"
        >
          <path d="M5 12h13M13 6l6 6-6 6" fill="none" stroke="currentColor" strokeWidth="2.4" />
        </svg>
      </a>
    </section>
  );
}
