import { formatIssues, parseAssessment } from '@barnets-basta/core';
import { parseUiCatalogue } from '@barnets-basta/core/language';
import arUi from '@barnets-basta/core/languages/ar.ui.json';
import { describe, expect, test, vi } from 'vitest';
import { render } from 'vitest-browser-react';
import { elementMessages } from '../../../../packages/elements/src/i18n/messages.ts';
import { followUpMessages } from '../../../../packages/follow-up/src/i18n/messages.ts';
import { followUpMessages as sipFollowUpMessages } from '../../../../packages/sip/src/i18n/follow-up-messages.ts';
import { formMessages } from '../../../../packages/sip/src/i18n/form-messages.ts';
import { planMessages } from '../../../../packages/sip/src/i18n/plan-messages.ts';
import { viewsMessages } from '../../../../packages/wheel/src/i18n/views-messages.ts';
import { wheelMessages } from '../../../../packages/wheel/src/i18n/messages.ts';
import { expectNoAxeViolations } from '../../../../testing/axe.ts';
import { I18nProvider } from './index.tsx';
import { LanguageMenu } from './language-menu.tsx';
import { addedLanguagesReady } from './languages.ts';

/** Every package catalogue by its section name in a UI catalogue (docs/languages.md). */
const REFERENCE = {
  wheel: wheelMessages.sv,
  views: viewsMessages.sv,
  'sip-form': formMessages.sv,
  'sip-plan': planMessages.sv,
  'sip-follow-up': sipFollowUpMessages.sv,
  'follow-up': followUpMessages.sv,
  elements: elementMessages.sv,
  scales: Object.fromEntries(Object.keys(arUi.messages.scales).map((key) => [key, key])),
};

describe('the Arabic UI catalogue', () => {
  test('covers every string of every package, with the same placeholders', () => {
    const result = parseUiCatalogue(arUi, REFERENCE);
    expect(result.ok ? [] : formatIssues(result.issues, 'en')).toEqual([]);
    expect(formatIssues(result.warnings, 'en')).toEqual([]);
  });

  test('is marked as a draft a professional translator must review', () => {
    expect(arUi.status).toBe('draft');
    expect(arUi.note).toMatch(/professional translator must review/);
  });
});

describe('the language menu', () => {
  test('offers every language by its own name and switches to the one chosen', async () => {
    const onLocaleChange = vi.fn();
    const screen = await render(
      <I18nProvider locale="sv">
        <LanguageMenu onLocaleChange={onLocaleChange} />
      </I18nProvider>,
    );
    const select = screen.getByRole('combobox', { name: 'Fler språk' });
    await expect.element(select).toHaveValue('sv');
    const options = [...select.element().querySelectorAll('option')].map((o) => [o.value, o.lang]);
    expect(options).toEqual([
      ['sv', 'sv'],
      ['sv-x-lattlast', 'sv'],
      ['en', 'en'],
      ['ar', 'ar'],
    ]);
    await select.selectOptions('ar');
    expect(onLocaleChange).toHaveBeenCalledWith('ar');
    await expectNoAxeViolations(screen.container);
  });

  test('Arabic turns the page right to left, once its chunk has registered it; the demo’s own texts stay marked Swedish', async () => {
    await addedLanguagesReady('ar');
    await render(
      <I18nProvider locale="ar">
        <p>x</p>
      </I18nProvider>,
    );
    await expect.poll(() => document.documentElement.dir).toBe('rtl');
    // The demo's texts have no Arabic: the page's language is theirs (WCAG 3.1.1); the library's
    // parts in Arabic carry lang="ar" themselves.
    expect(document.documentElement.lang).toBe('sv');
    await render(
      <I18nProvider locale="sv">
        <p>x</p>
      </I18nProvider>,
    );
    await expect.poll(() => document.documentElement.dir).toBe('ltr');
  });
});

describe('what has no Arabic falls back to Swedish, never blank', () => {
  test('validation messages (a wheel file that is not one)', () => {
    const result = parseAssessment({ type: 'bb.assessment', areas: { trygg: { answer: 9 } } });
    const issues = result.ok ? [] : result.issues;
    expect(issues.length).toBeGreaterThan(0);
    const arabic = formatIssues(issues, 'ar');
    expect(arabic).toEqual(formatIssues(issues, 'sv'));
    for (const line of arabic) expect(line.trim()).not.toBe('');
  });
});
