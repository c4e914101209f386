import type { Meta, StoryObj } from '@storybook/react-vite';
import { Hint } from './hint.tsx';

const meta = {
  title: 'SIP/Formulär/Hint',
  component: Hint,
  args: { id: 'story-hint', children: 'Skriv med barnets egna ord om det går.' },
  parameters: {
    docs: {
      description: {
        component:
          'Ledtext under en etikett eller legend. Fälten i paketet visar den själva via `hint`.\n\n' +
          '**Använd** i egna fält, och lägg dess `id` i kontrollens `aria-describedby`. **Använd inte** med ' +
          'paketets färdiga fält (ge dem `hint`) eller för långa förklaringar: de hör hemma före frågan.',
      },
    },
  },
} satisfies Meta<typeof Hint>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Standard: Story = {};
