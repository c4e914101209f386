import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { DateInput } from '../date-input/date-input.tsx';
import { FormLocaleProvider } from '../internal/form-context.tsx';
import { Textarea } from '../textarea/textarea.tsx';
import { TextInput } from '../text-input/text-input.tsx';

/**
 * The blocks inside take their language from the provider. Labels and errors are the host's own
 * text, written here in the story's language; the provider gives the blocks' built-in words
 * ("Fel:", "Dag", "Månad", "År", the character count, "(frivilligt)").
 */
function Blocks({ english = false }: { english?: boolean }) {
  return (
    <form aria-label={english ? 'Contact' : 'Kontakt'} onSubmit={(e) => e.preventDefault()}>
      <TextInput
        name="organisation"
        label={english ? 'Organisation' : 'Verksamhet'}
        optional
        defaultValue=""
      />
      <DateInput
        name="followUp"
        legend={english ? 'Follow-up date' : 'Uppföljning'}
        error={english ? 'Enter a real date' : 'Skriv ett riktigt datum'}
      />
      <Textarea name="goal" label={english ? 'Goal' : 'Mål'} maxLength={200} defaultValue="" />
      <button type="submit">{english ? 'Save' : 'Spara'}</button>
    </form>
  );
}

const meta = {
  title: 'SIP/Formulär/FormLocaleProvider',
  component: FormLocaleProvider,
  args: { locale: 'sv' },
  argTypes: {
    locale: { control: 'inline-radio', options: ['sv', 'en'] },
    children: { control: false },
  },
  render: (args) => (
    <FormLocaleProvider {...args}>
      <Blocks english={args.locale === 'en'} />
    </FormLocaleProvider>
  ),
  parameters: {
    docs: {
      description: {
        component:
          'Sätter språket (och vid behov egna ord) för alla formulärblock och utkastdelar inuti, så att sidan inte ' +
          'behöver ge `locale` till varje block. Blockens egna ord följer: det dolda "Fel:", datumets "Dag", ' +
          '"Månad" och "År", teckenräknaren och "(frivilligt)". Etiketter, ledtexter och fel är sidans egna texter. ' +
          'En `locale` eller `messages` på ett enskilt block vinner över providern. `SipPlanForm` och sektionerna ' +
          'sätter den själva.\n\n' +
          '**Använd** runt ett eget formulär byggt av blocken när sidan inte är på svenska, eller för att byta ord ' +
          'i alla block på en gång (`messages`). **Använd inte** runt `SipPlanForm` eller en sektion för att byta ' +
          'språk: ge dem `locale`, så följer både planens och blockens texter med.',
      },
    },
  },
} satisfies Meta<typeof FormLocaleProvider>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Swedish, the default: "Dag", "Månad", "År". */
export const Svenska: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('textbox', { name: 'Dag' })).toBeVisible();
    await expect(canvas.getByText('Fel:')).toBeInTheDocument();
  },
};

/** English for every block inside: "Day", "Month", "Year", "Error:". */
export const English: Story = {
  args: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('textbox', { name: 'Day' })).toBeVisible();
    await expect(canvas.getByText('Error:')).toBeInTheDocument();
  },
};

/** The municipality's own words for some of the blocks' texts, for every block at once. */
export const EgnaOrd: Story = {
  args: { messages: { optional: '(behöver inte fyllas i)', dateYear: 'År (fyra siffror)' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('textbox', { name: 'År (fyra siffror)' })).toBeVisible();
    await expect(canvas.getByText('(behöver inte fyllas i)')).toBeVisible();
  },
};
