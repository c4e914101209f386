import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { emptyPlan, filledPlan, planWithAssessments } from '../../test-fixtures.ts';
import { StorySection } from '../../test-story-host.tsx';
import { SipAktuellSituation } from './sip-aktuell-situation.tsx';

const meta = {
  title: 'SIP/Plan/Sektioner/AktuellSituation',
  component: SipAktuellSituation,
  args: { value: emptyPlan(), onChange: fn() },
  argTypes: { locale: { control: 'inline-radio', options: ['sv', 'en'] } },
  render: (args) => <StorySection {...args} component={SipAktuellSituation} />,
  parameters: {
    docs: {
      description: {
        component:
          'Fas 2: för varje område i hjulet, i innehållspaketets ordning, först det som fungerar bra och sedan det som fungerar mindre bra. Tidigare hjul (`plan.assessments`) visas bredvid, bara för att läsas: hjulet, skillnaderna och alla svar i en tabell. Svar som bara den som svarade eller kontaktpersonen får se visas aldrig.' +
          '\n\n' +
          '**Använd** när planen ska utgå från hjulet. **Använd inte** för att fylla i ett nytt hjul: använd `Wheel`.',
      },
    },
  },
} satisfies Meta<typeof SipAktuellSituation>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Nothing filled in yet. */
export const Tom: Story = { args: { value: emptyPlan() } };

/** Filled in. */
export const Ifylld: Story = { args: { value: filledPlan() } };

/** With the earlier wheels beside the areas. */
export const MedTidigareHjul: Story = { args: { value: planWithAssessments() } };

/** English. */
export const English: Story = { args: { value: filledPlan(), locale: 'en' } };
