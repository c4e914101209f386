import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { brokenPlan, emptyPlan, filledPlan } from '../../test-fixtures.ts';
import { StorySection } from '../../test-story-host.tsx';
import { SipAvslutning } from './sip-avslutning.tsx';

const meta = {
  title: 'SIP/Plan/Sektioner/Avslutning',
  component: SipAvslutning,
  args: { value: emptyPlan(), onChange: fn() },
  argTypes: { locale: { control: 'inline-radio', options: ['sv', 'en'] } },
  render: (args) => <StorySection {...args} component={SipAvslutning} />,
  parameters: {
    docs: {
      description: {
        component:
          'Fas 5: när och hur planen följs upp, allas kontaktuppgifter (från deltagarna) och, när det är dags, när och varför planen avslutades.' +
          '\n\n' +
          '**Använd** sist på mötet och när planen avslutas. **Använd inte** för att ändra kontaktuppgifter: det görs under Inledning.',
      },
    },
  },
} satisfies Meta<typeof SipAvslutning>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Nothing filled in yet. */
export const Tom: Story = { args: { value: emptyPlan() } };

/** Filled in. */
export const Ifylld: Story = { args: { value: filledPlan() } };

/** English. */
export const English: Story = { args: { value: filledPlan(), locale: 'en' } };

/** A follow-up form that is not text in the data: listed at the top and shown at the field. */
export const FelIFalten: Story = { args: { value: brokenPlan() } };
