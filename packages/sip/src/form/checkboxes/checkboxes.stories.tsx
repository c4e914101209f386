import type { Meta, StoryObj } from '@storybook/react-vite';
import { Checkboxes } from './checkboxes.tsx';

const meta = {
  title: 'SIP/Formulär/Checkboxes',
  component: Checkboxes,
  args: {
    name: 'information',
    legend: 'Vilken information får delas?',
    options: [
      { value: 'school', label: 'Skolfrånvaro' },
      { value: 'health', label: 'Journal från elevhälsan', hint: 'Bara det som behövs för planen' },
      { value: 'bup', label: 'Journal från BUP' },
      { value: 'social', label: 'Utredning från socialtjänsten' },
    ],
  },
  argTypes: { locale: { control: 'inline-radio', options: ['sv', 'en'] } },
  parameters: {
    docs: {
      description: {
        component:
          'En fråga med **flera** möjliga svar: riktiga kryssrutor i en fieldset med legend (GOV.UK checkboxes). ' +
          'Varje ikryssad ruta skickas som ett eget `name=value`-par.\n\n' +
          '**Använd** när en fråga har flera möjliga svar, till exempel vilka verksamheter ett samtycke gäller. ' +
          '**Använd inte** för ett enda ja/nej som måste besvaras: använd `Radios` med Ja och Nej.',
      },
    },
  },
} satisfies Meta<typeof Checkboxes>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Tom: Story = {};
export const MedLedtext: Story = { args: { hint: 'Välj alla som samtycket gäller.' } };
export const MedFel: Story = {
  args: { hint: 'Välj alla som samtycket gäller.', error: 'Välj minst en sorts information' },
};
export const Ifyllda: Story = { args: { defaultValue: ['school', 'bup'] } };
