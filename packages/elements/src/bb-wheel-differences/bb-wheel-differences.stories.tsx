import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import {
  autumn,
  child,
  guardian1,
  school,
  spring,
} from '../../../wheel/src/views/test-fixtures.ts';
import '../index.ts';

interface Args {
  locale: 'sv' | 'en';
  kind: 'perspectives' | 'readings';
}

const meta: Meta<Args> = {
  title: 'Custom elements/bb-wheel-differences',
  parameters: {
    docs: {
      description: {
        component:
          'De största skillnaderna mellan hjulen, som samtalsöppnare, som ett custom element. Lugnt: ' +
          'ingen röd färg, inga varningar. Svar som `viewer` inte får se jämförs aldrig.\n\n' +
          '**Använd** på plattformar utan React. **Använd inte** i en React-app (använd `WheelDifferences`).',
      },
    },
  },
  args: { locale: 'sv', kind: 'perspectives' },
  argTypes: {
    locale: { control: 'inline-radio', options: ['sv', 'en'] },
    kind: { control: 'inline-radio', options: ['perspectives', 'readings'] },
  },
  render: ({ locale, kind }) => (
    <bb-wheel-differences
      locale={locale}
      series-kind={kind}
      series={
        kind === 'readings'
          ? [{ assessment: spring }, { assessment: autumn }]
          : [
              { id: 'child', assessment: child },
              { id: 'guardian-1', label: 'Mamma', assessment: guardian1 },
              { id: 'school', assessment: school },
            ]
      }
    />
  ),
};
export default meta;
type Story = StoryObj<Args>;

export const BetweenPerspectives: Story = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('bb-wheel-differences')!;
    await waitFor(() => expect(el.shadowRoot?.querySelector('h2')).toBeTruthy(), {
      timeout: 10_000,
    });
  },
};
export const OverTime: Story = { args: { kind: 'readings' } };
export const English: Story = { args: { locale: 'en' } };
