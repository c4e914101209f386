import type { Meta, StoryObj } from '@storybook/react-vite';
import { TextInput } from '../text-input/text-input.tsx';
import { Fieldset } from './fieldset.tsx';

const meta = {
  title: 'SIP/Formulär/Fieldset',
  component: Fieldset,
  args: {
    legend: 'Kontaktuppgifter',
    children: (
      <>
        <TextInput name="phone" label="Telefon" type="tel" width="20" />
        <TextInput name="email" label="E-post" type="email" />
      </>
    ),
  },
  argTypes: {
    locale: { control: 'inline-radio', options: ['sv', 'en'] },
    children: { control: false },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Grupperar fält som hör ihop under en rubrik (`legend`), som blir gruppens tillgängliga namn. Ledtext och fel ' +
          'kopplas till gruppen. Med `legendAs="h2"` blir rubriken en riktig rubrik, för en fråga som är sidans eller ' +
          'avsnittets huvudfråga.\n\n' +
          '**Använd** för en fråga med flera fält eller svar: radioknappar, kryssrutor, ett datum, en adress. ' +
          '**Använd inte** runt ett enda fält.',
      },
    },
  },
} satisfies Meta<typeof Fieldset>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Standard: Story = {};
export const MedLedtext: Story = { args: { hint: 'Fyll i minst ett av fälten.' } };
export const MedFel: Story = {
  args: { hint: 'Fyll i minst ett av fälten.', error: 'Fyll i telefon eller e-post' },
};
export const RubrikSomH2: Story = { args: { legend: 'Hur når vi dig?', legendAs: 'h2' } };
