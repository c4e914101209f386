import type { Meta, StoryObj } from '@storybook/react-vite';
import { TextInput } from './text-input.tsx';

const meta = {
  title: 'SIP/Formulär/TextInput',
  component: TextInput,
  args: { name: 'organisation', label: 'Organisation' },
  argTypes: { locale: { control: 'inline-radio', options: ['sv', 'en'] } },
  parameters: {
    docs: {
      description: {
        component:
          'En rad text med etikett, ledtext och felmeddelande (efter GOV.UK:s text input). ' +
          '**Använd** för korta svar: namn, organisation, telefon. **Använd inte** för längre text (använd `Textarea`) ' +
          'eller för datum (använd `DateInput`). Bredden (`width`) antyder hur långt svaret väntas vara.',
      },
    },
  },
} satisfies Meta<typeof TextInput>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Tomt fält. */
export const Tom: Story = {};

/** Med ledtext under etiketten, kopplad med aria-describedby. */
export const MedLedtext: Story = { args: { hint: 'Till exempel Socialtjänsten, Växjö kommun' } };

/** Med fel: röd ram, tjock markering i kanten och dolt "Fel:" före texten. */
export const MedFel: Story = {
  args: {
    hint: 'Till exempel Socialtjänsten, Växjö kommun',
    error: 'Skriv vilken organisation personen kommer från',
  },
};

/** Ifyllt. */
export const Ifyllt: Story = {
  args: { defaultValue: 'Barn- och ungdomspsykiatrin, Region Kronoberg' },
};

/** Frivilligt fält och fast bredd. */
export const FrivilligtOchSmal: Story = {
  args: {
    name: 'phone',
    label: 'Telefon',
    type: 'tel',
    autoComplete: 'tel',
    width: '20',
    optional: true,
  },
};

/** På engelska. */
export const English: Story = {
  args: { label: 'Organisation', locale: 'en', error: 'Enter the organisation', optional: true },
};
