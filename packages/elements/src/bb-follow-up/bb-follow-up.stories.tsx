import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { TEST_UNIT_NAMES, testTables } from '../../../follow-up/src/test-tables.ts';
import '../index.ts';

/** React 19 passes unknown props on custom elements through as attributes/properties. */
declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'bb-follow-up': Record<string, unknown>;
    }
  }
}

interface Args {
  locale: 'sv' | 'en';
}

const meta: Meta<Args> = {
  title: 'Custom elements/bb-follow-up',
  parameters: {
    docs: {
      description: {
        component:
          'Uppföljningens vyer som ett custom element, med React inuti: läget per område, förändringen, jämförelsen och arbetssätten, var och en med tabell, CSV och utskrift. ' +
          'Tar de publicerade tabellerna från `publish` i core som egenskapen `tables` eller som JSON i attributet `tables`. ' +
          '**Använd** på plattformar som kan ta en script-tagg men inte React. **Använd inte** i en React-app (använd `FollowUpReport` från `@barnets-basta/follow-up`).',
      },
    },
  },
  args: { locale: 'sv' },
  argTypes: { locale: { control: 'inline-radio', options: ['sv', 'en'] } },
  render: ({ locale }) => (
    <bb-follow-up
      locale={locale}
      tables={JSON.stringify(testTables())}
      unit-names={JSON.stringify(TEST_UNIT_NAMES)}
    />
  ),
};
export default meta;
type Story = StoryObj<Args>;

export const Swedish: Story = {
  name: 'Svenska',
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('bb-follow-up')!;
    await waitFor(() => expect(el.shadowRoot?.querySelector('table')).toBeTruthy(), {
      timeout: 10_000,
    });
  },
};
export const English: Story = { name: 'Engelska', args: { locale: 'en' } };
