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
          'SIP-planen som ett custom element, med React inuti: ett formulärfält som skickar hela planen som JSON ' +
          'under sitt `name`. Planen ritas i elementets shadow root; fokus (felsammanfattningen, nya rader, ' +
          'mötesläget) fungerar där som i React-komponenten.\n\n' +
          '**Använd** i SIP-mallar och e-tjänster på plattformar som kan ta en script-tagg men inte React; sätt ' +
          '`no-draft` när plattformen själv sparar planen. **Använd inte** i en React-app (använd `SipPlanForm` ' +
          'från `@barnets-basta/sip`) eller för att visa planen för familjen (använd `FamilyPlan`).',
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
