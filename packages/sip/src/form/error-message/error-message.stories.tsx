import type { Meta, StoryObj } from '@storybook/react-vite';
import { ErrorMessage } from './error-message.tsx';

const meta = {
  title: 'SIP/Formulär/ErrorMessage',
  component: ErrorMessage,
  args: { id: 'story-error', children: 'Skriv vad som fungerar bra' },
  argTypes: { locale: { control: 'inline-radio', options: ['sv', 'en'] } },
  parameters: {
    docs: {
      description: {
        component:
          'Ett felmeddelande vid ett fält, med ett dolt "Fel:" först så att skärmläsaren säger att det är ett fel. ' +
          'Fälten i paketet visar det själva via `error`.\n\n' +
          '**Använd** i egna fält, och lägg dess `id` i kontrollens `aria-describedby`. **Använd inte** med ' +
          'paketets färdiga fält (ge dem `error`) eller för fel som gäller hela formuläret (använd `ErrorSummary`).',
      },
    },
  },
} satisfies Meta<typeof ErrorMessage>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Svenska: Story = {};
export const English: Story = { args: { locale: 'en', children: 'Enter what works well' } };
