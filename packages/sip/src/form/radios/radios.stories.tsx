import type { Meta, StoryObj } from '@storybook/react-vite';
import { Radios } from './radios.tsx';

const meta = {
  title: 'SIP/Formulär/Radios',
  component: Radios,
  args: {
    name: 'participation',
    legend: 'Hur är barnet med på mötet?',
    options: [
      { value: 'in-person', label: 'På plats' },
      { value: 'partly', label: 'En del av mötet' },
      { value: 'phone', label: 'Per telefon' },
      { value: 'letter', label: 'Genom ett brev' },
      {
        value: 'representative',
        label: 'Genom någon annan',
        hint: 'Till exempel en förälder eller ett ombud',
      },
    ],
  },
  argTypes: { locale: { control: 'inline-radio', options: ['sv', 'en'] } },
  parameters: {
    docs: {
      description: {
        component:
          'En fråga med **ett** svar: riktiga radioknappar i en fieldset med legend (GOV.UK radios). Piltangenterna ' +
          'flyttar mellan svaren. Ge gruppen ett `id` och länka felsammanfattningen dit: då får första (eller valda) ' +
          'knappen fokus och frågan rullas fram.\n\n' +
          '**Använd** när en fråga har ett enda svar bland några få val, till exempel huvudman eller hur barnet ' +
          'deltar. **Använd inte** för flera svar (använd `Checkboxes`) eller för mycket långa listor (använd `Select`).',
      },
    },
  },
} satisfies Meta<typeof Radios>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Tom: Story = {};
export const MedLedtext: Story = { args: { hint: 'Barnet väljer själv, om det går.' } };
export const MedFel: Story = { args: { error: 'Välj hur barnet är med på mötet' } };
export const Vald: Story = { args: { defaultValue: 'partly' } };
export const PaEnRad: Story = {
  args: {
    name: 'principal',
    legend: 'Huvudman',
    inline: true,
    options: [
      { value: 'kommun', label: 'Kommun' },
      { value: 'region', label: 'Region' },
      { value: 'other', label: 'Annan' },
    ],
  },
};
export const SomRubrik: Story = { args: { legendAs: 'h2' } };
