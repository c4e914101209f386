import type { Meta, StoryObj } from '@storybook/react-vite';
import { Field } from './field.tsx';

const meta = {
  title: 'SIP/Formulär/Field',
  component: Field,
  args: {
    label: 'Antal timmar i veckan',
    children: <input name="hours" inputMode="numeric" className="bb-input" data-width="4" />,
  },
  argTypes: {
    locale: { control: 'inline-radio', options: ['sv', 'en'] },
    children: { control: false },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Etikett, ledtext och felmeddelande runt **en** egen kontroll. Kontrollen får `id`, `aria-describedby` och ' +
          '`aria-invalid` automatiskt, eller via en render-funktion `({ id, describedBy, invalid }) => …`. ' +
          '**Använd** när paketets färdiga fält (`TextInput`, `Textarea`, `Select`) inte räcker. **Använd inte** för ' +
          'grupper av kontroller: använd `Fieldset`.',
      },
    },
  },
} satisfies Meta<typeof Field>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Tom: Story = {};
export const MedLedtext: Story = { args: { hint: 'Ungefär, i hela timmar' } };
export const MedFel: Story = {
  args: { hint: 'Ungefär, i hela timmar', error: 'Skriv antal timmar som en siffra' },
};

/** Med en render-funktion för full kontroll över kontrollen. */
export const RenderFunktion: Story = {
  args: {
    label: 'Kontaktväg',
    hint: 'Telefon eller e-post',
    children: ({ id, describedBy, invalid }) => (
      <input
        id={id}
        name="contact"
        className="bb-input"
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
      />
    ),
  },
};
