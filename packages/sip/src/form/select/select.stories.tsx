import type { Meta, StoryObj } from '@storybook/react-vite';
import { Select } from './select.tsx';

const meta = {
  title: 'SIP/Formulär/Select',
  component: Select,
  args: {
    name: 'followUpForm',
    label: 'Hur följs planen upp?',
    placeholder: true,
    options: [
      { value: 'meeting', label: 'Nytt SIP-möte' },
      { value: 'video', label: 'Videomöte' },
      { value: 'phone', label: 'Telefon' },
    ],
  },
  argTypes: { locale: { control: 'inline-radio', options: ['sv', 'en'] } },
  parameters: {
    docs: {
      description: {
        component:
          'En inbyggd rullgardinslista med etikett (GOV.UK select). `placeholder` lägger till ett första tomt val ' +
          '("Välj").\n\n' +
          '**Använd** för ett val bland många, till exempel en lång lista med verksamheter. **Använd inte** när det ' +
          'finns färre än ungefär åtta val: använd `Radios`, eftersom alla val då syns på en gång.',
      },
    },
  },
} satisfies Meta<typeof Select>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Tom: Story = {};
export const MedLedtext: Story = { args: { hint: 'Bestäm tillsammans på mötet.' } };
export const MedFel: Story = { args: { error: 'Välj hur planen följs upp' } };
export const Vald: Story = { args: { defaultValue: 'video' } };
