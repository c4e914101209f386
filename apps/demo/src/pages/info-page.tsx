import { usePageTitle } from '../components/page-title.ts';
import { PageHeading } from '../components/page-heading.tsx';
import { useI18n } from '../i18n/index.tsx';

/** The short information pages a public e-service must have (personal data, accessibility). */
export function InfoPage({ page }: { page: 'privacy' | 'accessibility' }) {
  const { m } = useI18n();
  const title = page === 'privacy' ? m.pages.privacyTitle : m.pages.accessibilityTitle;
  const paragraphs = page === 'privacy' ? m.pages.privacy : m.pages.accessibility;
  usePageTitle([title]);
  return (
    <div className="app-prose">
      <PageHeading>{title}</PageHeading>
      {paragraphs.map((text) => (
        <p key={text}>{text}</p>
      ))}
    </div>
  );
}
