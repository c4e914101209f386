import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { Textarea } from './textarea.tsx';

const meta = {
  title: 'SIP/Formulär/Textarea',
  component: Textarea,
  args: { name: 'worksWell', label: 'Det här fungerar bra' },
  argTypes: { locale: { control: 'inline-radio', options: ['sv', 'en'] } },
  parameters: {
    docs: {
      description: {
        component:
          'Flera rader fri text, med valfri teckenräknare (`maxLength`), efter GOV.UK:s textarea och character count. ' +
          'Räknaren visas direkt och läses upp artigt (aria-live="polite") först när användaren gör en paus, så att ' +
          'skärmläsaren inte avbryts vid varje tangent. Gränsen är en rekommendation: texten kortas aldrig, men ' +
          'räknaren visas som fel när den överskrids.\n\n' +
          '**Använd** för svar som kan bli flera meningar, till exempel barnets mål med egna ord. **Använd inte** ' +
          'för korta svar som ett namn (använd `TextInput`), och inte med en teckengräns utan ett verkligt skäl.',
      },
    },
  },
} satisfies Meta<typeof Textarea>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Tom: Story = {};

export const MedLedtext: Story = {
  args: { hint: 'Börja med det som går bra, med barnets egna ord om det går.' },
};

export const MedFel: Story = { args: { error: 'Skriv vad som fungerar bra' } };

export const Ifylld: Story = {
  args: { defaultValue: 'Hanna trivs med sin mentor och går gärna på fritids på torsdagar.' },
};

/** Teckenräknare: "Du har 200 tecken kvar". */
export const Teckenraknare: Story = { args: { maxLength: 200, hint: 'Skriv kort.' } };

/** Över gränsen: texten finns kvar, räknaren visas som fel. */
export const TeckenraknareOverGransen: Story = {
  args: {
    maxLength: 40,
    defaultValue: 'Hanna trivs med sin mentor och går gärna på fritids på torsdagar.',
  },
};

/** Skriv i fältet: den synliga räknaren följer med, uppläsningen kommer efter en paus. */
export const TeckenraknareMedSkrivning: Story = {
  args: { maxLength: 20, announceDelay: 300 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const box = canvas.getByRole('textbox', { name: 'Det här fungerar bra' });
    await userEvent.type(box, 'Gå till skolan');
    await expect(canvas.getByText('Du har 6 tecken kvar')).toBeVisible();
    const live = canvasElement.querySelector('[aria-live="polite"]');
    await waitFor(() => expect(live?.textContent).toBe('Du har 6 tecken kvar'));
  },
};

export const English: Story = { args: { label: 'What works well', locale: 'en', maxLength: 100 } };
