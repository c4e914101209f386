import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { filledPlan } from '../../../sip/src/plan/test-fixtures.ts';
import '../index.ts';

interface Args {
  locale: 'sv' | 'en';
  broken: boolean;
}

const meta: Meta<Args> = {
  title: 'Custom elements/bb-print-plan',
  parameters: {
    docs: {
      description: {
        component:
          'Hela SIP-planen som ett A4-dokument för utskrift eller PDF, som ett custom element, med en ' +
          'knapp som öppnar utskriftsdialogen. En plan som inte går att läsa visas inte: problemen listas ' +
          'med sökväg.\n\n**Använd** på plattformar utan React. **Använd inte** i en React-app (använd `PrintPlan`).',
      },
    },
  },
  args: { locale: 'sv', broken: false },
  argTypes: { locale: { control: 'inline-radio', options: ['sv', 'en'] } },
  render: ({ locale, broken }) => (
    <bb-print-plan
      locale={locale}
      print-button=""
      value={broken ? { ...filledPlan(), participants: 'alla' } : filledPlan()}
    />
  ),
};
export default meta;
type Story = StoryObj<Args>;

export const ReadyToPrint: Story = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('bb-print-plan')!;
    await waitFor(() => expect(el.shadowRoot?.querySelector('article')).toBeTruthy(), {
      timeout: 10_000,
    });
  },
};
export const PlanThatCannotBeRead: Story = { args: { broken: true } };
export const English: Story = { args: { locale: 'en' } };
