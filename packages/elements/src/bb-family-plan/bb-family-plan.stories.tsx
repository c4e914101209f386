import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { filledPlan, protectedPlan } from '../../../sip/src/plan/test-fixtures.ts';
import '../index.ts';

interface Args {
  locale: 'sv' | 'en';
  protectedIdentity: boolean;
}

const meta: Meta<Args> = {
  title: 'Custom elements/bb-family-plan',
  parameters: {
    docs: {
      description: {
        component:
          'Familjens plan som ett custom element: enkla ord, barnets mål först, vem gör vad och när, nästa ' +
          'möte och vem man hör av sig till. Visas för en vårdnadshavare (`viewer="guardian"`) om inget annat ' +
          'sägs, så det barnet har hållit för sig själv finns inte i elementet.\n\n**Använd** på plattformar ' +
          'utan React. **Använd inte** i en React-app (använd `FamilyPlan`).',
      },
    },
  },
  args: { locale: 'sv', protectedIdentity: false },
  argTypes: { locale: { control: 'inline-radio', options: ['sv', 'en'] } },
  render: ({ locale, protectedIdentity }) => (
    <bb-family-plan locale={locale} value={protectedIdentity ? protectedPlan() : filledPlan()} />
  ),
};
export default meta;
type Story = StoryObj<Args>;

export const ForTheFamily: Story = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('bb-family-plan')!;
    await waitFor(() => expect(el.shadowRoot?.querySelector('article')).toBeTruthy(), {
      timeout: 10_000,
    });
  },
};
export const ProtectedIdentity: Story = { args: { protectedIdentity: true } };
export const English: Story = { args: { locale: 'en' } };
