import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { emptyPlan, filledPlan } from '../../test-fixtures.ts';
import { StorySection } from '../../test-story-host.tsx';
import { SipBehov } from './sip-behov.tsx';

const meta = {
  title: 'SIP/Plan/Sektioner/Behov',
  component: SipBehov,
  args: { value: emptyPlan(), onChange: fn() },
  argTypes: { locale: { control: 'inline-radio', options: ['sv', 'en'] } },
  render: (args) => <StorySection {...args} component={SipBehov} />,
  parameters: {
    docs: {
      description: {
        component:
          'Fas 3: barnets mål på kort och lång sikt med barnets egna ord, behov per område, vad barnet och familjen gör själva, och insatserna: vad, områden, verksamhet och kontaktperson, huvudman, hur ofta, start, slut och uppföljning. När en rad läggs till får dess första fält fokus; när en tas bort går fokus till raden före (eller knappen) och ändringen läses upp.' +
          '\n\n' +
          '**Använd** för att skriva insatserna. **Använd inte** för att visa dem: `WhoDoesWhat` visar tabellen.',
      },
    },
  },
} satisfies Meta<typeof SipBehov>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Nothing filled in yet. */
export const Tom: Story = { args: { value: emptyPlan() } };

/** Filled in. */
export const Ifylld: Story = { args: { value: filledPlan() } };

/** English. */
export const English: Story = { args: { value: filledPlan(), locale: 'en' } };
