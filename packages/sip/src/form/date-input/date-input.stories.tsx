import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { DateInput } from './date-input.tsx';

const meta = {
  title: 'SIP/Formulär/DateInput',
  component: DateInput,
  args: { name: 'followUp', legend: 'När ska planen följas upp?', hint: 'Till exempel 15 3 2026' },
  argTypes: { locale: { control: 'inline-radio', options: ['sv', 'en'] } },
  parameters: {
    docs: {
      description: {
        component:
          'Ett datum som tre märkta fält, dag, månad och år (GOV.UK date input). Lättare än en datumväljare för datum ' +
          'man redan vet, och fungerar fullt ut med tangentbord och skärmläsare. Skickar `namn-day`, `namn-month`, ' +
          '`namn-year` som de skrevs och `namn` som ÅÅÅÅ-MM-DD när det är ett riktigt datum. Det användaren skrivit ' +
          'kastas aldrig: ett ofullständigt datum ligger kvar. Kontrollera vid skicka med `parseDateParts`.\n\n' +
          '**Använd** för datum man redan vet: mötesdatum, start och slut för en insats, uppföljning. ' +
          '**Använd inte** när användaren behöver se en kalender för att välja (till exempel en ledig tid), och ' +
          'inte för ungefärliga tider som "till sommaren"; skriv dem som text.',
      },
    },
  },
} satisfies Meta<typeof DateInput>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Tom: Story = {};
export const UtanLedtext: Story = { args: { hint: undefined } };
export const MedFel: Story = {
  args: { error: 'Datumet måste vara ett riktigt datum, till exempel 15 3 2026' },
};
export const FelIEttFalt: Story = {
  args: { error: 'Datumet måste innehålla ett år', invalidParts: ['year'] },
};
export const Ifyllt: Story = { args: { defaultValue: '2026-03-15' } };

/** Ofullständigt: dag och månad skrivna, året saknas. Delarna ligger kvar. */
export const Ofullstandigt: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('textbox', { name: 'Dag' }), '15');
    await userEvent.type(canvas.getByRole('textbox', { name: 'Månad' }), '3');
    await expect(canvas.getByRole('textbox', { name: 'Dag' })).toHaveValue('15');
    await expect(canvasElement.querySelector('input[type="hidden"]')).toHaveValue('');
  },
};

export const English: Story = {
  args: { legend: 'Follow-up date', hint: 'For example 15 3 2026', locale: 'en' },
};
