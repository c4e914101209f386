import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import {
  brokenPlan,
  childConsentPlan,
  emptyPlan,
  filledPlan,
  planWithUnfinishedDates,
  protectedPlan,
} from '../../test-fixtures.ts';
import { StorySection } from '../../test-story-host.tsx';
import { SipInledning } from './sip-inledning.tsx';

const meta = {
  title: 'SIP/Plan/Sektioner/Inledning',
  component: SipInledning,
  args: { value: emptyPlan(), onChange: fn() },
  argTypes: {
    locale: { control: 'inline-radio', options: ['sv', 'en'] },
    consentPolicy: {
      control: 'inline-radio',
      options: ['guardians-must-consent', 'child-may-consent-alone'],
    },
  },
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

/** Problems in the data: listed at the top, linked to the field, and shown at the field. */
export const FelIFalten: Story = { args: { value: brokenPlan() } };

/** A meeting date typed with a two-digit year: kept as typed, with what is wrong. */
export const OgiltigtDatum: Story = { args: { value: planWithUnfinishedDates() } };

/** The child consented alone, where the guardians must consent too (the default). */
export const SamtyckeKraverVardnadshavare: Story = { args: { value: childConsentPlan() } };

/** The same consent where a mature child may consent alone. */
export const BarnetFarSamtyckaSjalv: Story = {
  args: { value: childConsentPlan(), consentPolicy: 'child-may-consent-alone' },
};
