import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import '../index.ts';

interface Args {
  locale: 'sv' | 'en';
  mode: 'full' | 'meeting';
}

const meta: Meta<Args> = {
  title: 'Custom elements/bb-sip-plan',
  parameters: {
    docs: {
      description: {
        component:
          'SIP-planen som ett custom element. Använd det i SIP-mallar på plattformar utan React; ' +
          'sätt `no-draft` när plattformen själv sparar planen. Skickar planen som JSON i ett fält.',
      },
    },
  },
  args: { locale: 'sv', mode: 'meeting' },
  argTypes: {
    locale: { control: 'inline-radio', options: ['sv', 'en'] },
    mode: { control: 'inline-radio', options: ['full', 'meeting'] },
  },
  render: ({ locale, mode }) => (
    <form aria-label="SIP-mall" onSubmit={(e) => e.preventDefault()}>
      <bb-sip-plan name="plan" locale={locale} mode={mode} no-draft="" />
    </form>
  ),
};
export default meta;
type Story = StoryObj<Args>;

export const MeetingMode: Story = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('bb-sip-plan')!;
    await waitFor(() => expect(el.shadowRoot?.querySelector('input, textarea')).toBeTruthy());
  },
};
export const WholePlanInEnglish: Story = { args: { locale: 'en', mode: 'full' } };
