import { useLayoutEffect } from 'react';
import { useI18n } from '../i18n/index.tsx';

/**
 * Sets the document title: the page (or step) first, then the service, with "Fel: " in front
 * while the page shows errors (GOV.UK pattern), so the tab and a screen reader tell where you are.
 */
export function usePageTitle(parts: readonly string[], hasErrors = false): void {
  const { m } = useI18n();
  const title = `${hasErrors ? m.app.errorTitlePrefix : ''}${[...parts, m.app.titleSuffix].join(' – ')}`;
  // In the same commit as the page: an error summary takes focus in that commit, and the tab's
  // title must already say "Fel: " by then, not a frame later.
  useLayoutEffect(() => {
    document.title = title;
  }, [title]);
}
