import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, waitFor, within } from 'storybook/test';
import { formatIssues, type UiLocale } from '@barnets-basta/core';
import { importDocument } from '@barnets-basta/core/sip';
import { ErrorSummary } from '../form/error-summary/error-summary.tsx';
import { useErrorSummary } from '../form/error-summary/use-error-summary.ts';
import { ImportJsonButton } from './json-file.tsx';

const meta = {
  title: 'SIP/Utkast/ImportJsonButton',
  component: ImportJsonButton,
  args: { onImport: () => undefined },
  argTypes: { locale: { control: 'inline-radio', options: ['sv', 'en'] } },
  parameters: {
    docs: {
      description: {
        component:
          'En knapp som öppnar filväljaren och ger den valda filens text till `onImport`. Filen lämnar aldrig ' +
          'webbläsaren. Kontrollera texten med cores `importDocument` och visa fel med `formatIssues`, till exempel i ' +
          '`ErrorSummary` (se storyn "Fil med fel"). Till export finns `downloadJson(filnamn, text)`.\n\n' +
          '**Använd** när användaren ska kunna spara planen som en fil och läsa in den igen, till exempel för att ' +
          'flytta ett utkast till en annan dator utan en server. **Använd inte** i stället för värdsidans egen ' +
          'lagring av planen, och inte för andra filer än cores JSON.',
      },
    },
  },
} satisfies Meta<typeof ImportJsonButton>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Standard: Story = {};
export const EgenText: Story = { args: { children: 'Importera SIP-plan' } };
export const English: Story = { args: { locale: 'en' } };

/** A saved plan someone edited by hand: a date that does not exist, a role and a principal misspelt. */
const BAD_PLAN = JSON.stringify({
  type: 'bb.sip-plan',
  schemaVersion: 1,
  id: 'plan-fran-fil',
  createdAt: '2026-03-03T09:00:00.000Z',
  updatedAt: '2026-03-03T09:00:00.000Z',
  pack: { id: 'barnets-basta', version: '1.0.0' },
  legalReference: 'SoL 2 kap. 7 §, HSL 16 kap. 4 §',
  meetingDate: '2026-02-31',
  participants: [{ id: 'p1', name: 'Anna Berg', roles: ['rektor'] }],
  consents: [],
  situation: {},
  goals: [],
  actions: [{ id: 'i1', areas: [], what: 'Stöd i skolan', principal: 'landsting' }],
  disagreements: [],
});

/**
 * How a host uses the button: core's `importDocument` checks the file, and every problem is listed
 * with its path in an `ErrorSummary` that takes focus. No field on the page can fix a problem in a
 * file, so the items are plain text (no `targetId`); the plan on the page is left as it was.
 */
function ImportWithSummary({ locale }: { locale: UiLocale }) {
  const summary = useErrorSummary();
  const [imported, setImported] = useState('');
  const en = locale === 'en';
  return (
    <div>
      <ErrorSummary
        {...summary.props}
        locale={locale}
        title={en ? 'The file could not be imported' : 'Filen gick inte att läsa in'}
        description={
          en
            ? 'Nothing was changed. Correct the file, or choose another one:'
            : 'Inget har ändrats. Rätta filen eller välj en annan:'
        }
      />
      <ImportJsonButton
        locale={locale}
        onImport={(text, file) => {
          const result = importDocument(text);
          if (!result.ok) {
            setImported('');
            summary.show(formatIssues(result.issues, locale).map((line) => ({ text: line })));
            return;
          }
          summary.clear();
          setImported(en ? `${file.name} was imported.` : `${file.name} lästes in.`);
        }}
      />
      <p role="status">{imported}</p>
    </div>
  );
}

/** Chooses a file in the button's (hidden) file input, as the file picker would. */
function chooseFile(canvasElement: HTMLElement, name: string, text: string) {
  const input = canvasElement.querySelector<HTMLInputElement>('input[type="file"]')!;
  const files = new DataTransfer();
  files.items.add(new File([text], name, { type: 'application/json' }));
  input.files = files.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/**
 * A file with errors: each problem is listed with its place in the plan
 * (`actions[0].principal: ska vara ett av …`), in an error summary that takes focus.
 */
export const FilMedFel: Story = {
  render: (args) => <ImportWithSummary locale={args.locale ?? 'sv'} />,
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    chooseFile(canvasElement, 'sip-plan.json', BAD_PLAN);
    const title =
      args.locale === 'en' ? 'The file could not be imported' : 'Filen gick inte att läsa in';
    const summary = await canvas.findByRole('region', { name: title });
    await waitFor(() => expect(summary).toHaveFocus());
    const items = within(summary)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    await expect(items).toHaveLength(3);
    await expect(items[0]).toMatch(/^meetingDate: /);
    await expect(items[1]).toMatch(/^participants\[0\]\.roles\[0\]: /);
    await expect(items[2]).toMatch(/^actions\[0\]\.principal: /);
    // Text only: a problem in a file has no field on the page to link to.
    await expect(within(summary).queryAllByRole('link')).toHaveLength(0);
  },
};

/** The same file in English. */
export const FilMedFelEnglish: Story = { ...FilMedFel, args: { locale: 'en' } };
