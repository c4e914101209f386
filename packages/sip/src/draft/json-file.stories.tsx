import type { Meta, StoryObj } from '@storybook/react-vite';
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
          '`ErrorSummary`. Till export finns `downloadJson(filnamn, text)`.',
      },
    },
  },
} satisfies Meta<typeof ImportJsonButton>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Standard: Story = {};
export const EgenText: Story = { args: { children: 'Importera SIP-plan' } };
export const English: Story = { args: { locale: 'en' } };
