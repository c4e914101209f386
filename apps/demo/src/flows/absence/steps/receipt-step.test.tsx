import type { UiLocale } from '@barnets-basta/core';
import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { expectNoAxeViolations } from '../../../../../../testing/axe.ts';
import { AnnouncerProvider } from '../../../components/announcer.tsx';
import { I18nProvider } from '../../../i18n/index.tsx';
import { NavigationProvider } from '../../../routing/navigation.tsx';
import { emptyAbsence, type AbsenceDraft } from '../../../state/absence.ts';
import '../../../styles/app.css';
import type { StepProps } from '../step-props.ts';
import { ReceiptStep } from './receipt-step.tsx';

const noop = () => {};

function submitted(reference: string): AbsenceDraft {
  const draft = emptyAbsence();
  return {
    ...draft,
    pupil: { ...draft.pupil, reference, schoolYear: '7' },
    decision: { ...draft.decision, outcome: 'school' },
    submittedAt: '2026-11-20T10:00:00.000Z',
  };
}

function Receipt({ draft, locale }: { draft: AbsenceDraft; locale: UiLocale }) {
  const props: StepProps = {
    step: 8,
    draft,
    update: noop,
    next: noop,
    back: noop,
    goTo: noop,
    setHasErrors: noop,
    restart: noop,
  };
  return (
    <I18nProvider locale={locale}>
      <AnnouncerProvider>
        <NavigationProvider navigate={noop}>
          <ReceiptStep {...props} />
        </NavigationProvider>
      </AnnouncerProvider>
    </I18nProvider>
  );
}

describe('the receipt offers the file only when core accepts it', () => {
  it('offers the download for a submission that passes the check', async () => {
    await render(<Receipt draft={submitted('Elev 7B-12')} locale="sv" />);
    await expect
      .element(page.getByRole('button', { name: 'Ladda ner som fil (JSON)' }))
      .toBeVisible();
    expect(page.getByText('Filen kunde inte skapas').query()).toBeNull();
  });

  it('lists what is wrong, by path and in the current language, instead of a button that would fail', async () => {
    // A reference that looks like a personnummer: core refuses to file it.
    const draft = submitted('201012241234');
    const screen = await render(<Receipt draft={draft} locale="sv" />);
    await expect.element(page.getByText(/^Filen kunde inte skapas/)).toBeVisible();
    await expect.element(page.getByText(/liknar ett personnummer/).first()).toBeVisible();
    expect(page.getByRole('button', { name: 'Ladda ner som fil (JSON)' }).query()).toBeNull();
    // Print still works: the receipt itself is not lost because the file cannot be made.
    await expect.element(page.getByRole('button', { name: 'Skriv ut' })).toBeVisible();
    await expectNoAxeViolations(screen.container);

    await screen.rerender(<Receipt draft={draft} locale="en" />);
    await expect.element(page.getByText(/^The file could not be created/)).toBeVisible();
    await expect
      .element(page.getByText(/looks like a personal identity number/).first())
      .toBeVisible();
  });
});
