import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { emptyPlan, filledPlan } from '../../test-fixtures.ts';
import { StorySection } from '../../test-story-host.tsx';
import { SipSammanfattning } from './sip-sammanfattning.tsx';

const meta = {
  title: 'SIP/Plan/Sektioner/Sammanfattning',
  component: SipSammanfattning,
  args: { value: emptyPlan(), onChange: fn() },
  argTypes: { locale: { control: 'inline-radio', options: ['sv', 'en'] } },
  render: (args) => <StorySection {...args} component={SipSammanfattning} />,
  parameters: {
    docs: {
      description: {
        component:
          'Fas 4: den genererade tabellen "Vem gör vad och när", det ni inte är överens om, att ingen annan än huvudmännen gör något (när det stämmer) och, sist, huvudansvaret för planen: barnets och familjens önskan först.' +
          '\n\n' +
          '**Använd** i slutet av mötet. **Använd inte** för att ändra insatser: det görs under Behov.',
      },
    },
  },
} satisfies Meta<typeof SipSammanfattning>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Nothing filled in yet. */
export const Tom: Story = { args: { value: emptyPlan() } };

/** Filled in. */
export const Ifylld: Story = { args: { value: filledPlan() } };

/** English. */
export const English: Story = { args: { value: filledPlan(), locale: 'en' } };
