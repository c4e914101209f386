import { usePageTitle } from '../components/page-title.ts';
import { PageHeading } from '../components/page-heading.tsx';
import { useI18n } from '../i18n/index.tsx';
import { href } from '../routing/routes.ts';

export function NotFoundPage() {
  const { m } = useI18n();
  usePageTitle([m.pages.notFoundTitle]);
  return (
    <div className="app-prose">
      <PageHeading>{m.pages.notFoundTitle}</PageHeading>
      <p>{m.pages.notFoundText}</p>
      <p>
        <a href={href({ name: 'start' })}>{m.app.footerStart}</a>
      </p>
    </div>
  );
}
