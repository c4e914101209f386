import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { emptyPlan, filledPlan, protectedPlan } from '../../test-fixtures.ts';
import { StorySection } from '../../test-story-host.tsx';
import { SipInledning } from './sip-inledning.tsx';

const meta = {
  title: 'SIP/Plan/Sektioner/Inledning',
  component: SipInledning,
  args: { value: emptyPlan(), onChange: fn() },
  argTypes: { locale: { control: 'inline-radio', options: ['sv', 'en'] } },
  render: (args) => <StorySection {...args} component={SipInledning} />,
  parameters: {
    docs: {
      description: {
        component:
          'Mötescirkelns första fas: deltagare och roller, samtycke (till vilka verksamheter, vilka uppgifter, hur länge, muntligt eller skriftligt, återkalla), mötets syfte och frågor, hur barnet är med och vad barnet inte vill att ni pratar om.' +
          '\n\n' +
          '**Använd** som egen del i en befintlig SIP-mall eller inuti `SipPlanForm`. **Använd inte** för att visa planen för familjen.',
      },
    },
  },
} satisfies Meta<typeof SipInledning>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Nothing filled in yet. */
export const Tom: Story = { args: { value: emptyPlan() } };

/** Filled in. */
export const Ifylld: Story = { args: { value: filledPlan() } };

/** Protected identity: the child's name is not asked for. */
export const SkyddadIdentitet: Story = { args: { value: protectedPlan() } };

/** English. */
export const English: Story = { args: { value: filledPlan(), locale: 'en' } };
