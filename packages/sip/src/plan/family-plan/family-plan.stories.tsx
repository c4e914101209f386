import type { Meta, StoryObj } from '@storybook/react-vite';
import { emptyPlan, filledPlan, protectedPlan } from '../test-fixtures.ts';
import { FamilyPlan } from './family-plan.tsx';

const meta = {
  title: 'SIP/Plan/FamilyPlan',
  component: FamilyPlan,
  args: { value: filledPlan() },
  argTypes: { locale: { control: 'inline-radio', options: ['sv', 'en'] } },
  parameters: {
    docs: {
      description: {
        component:
          'Planen som familjen läser: enkel svenska, barnets mål först, sedan "vem gör vad och när" som en lista, ' +
          'när ni ses igen och vem ni kan höra av er till. Inga lagtermer. Det barnet inte ville att ni skulle ' +
          'prata om visas aldrig här. Med skyddad identitet kallas barnet "barnet", aldrig vid namn.\n\n' +
          '**Använd** för att ge planen till barnet och familjen, på skärmen eller utskriven. **Använd inte** som ' +
          'den formella planen: använd `PrintPlan`.',
      },
    },
  },
} satisfies Meta<typeof FamilyPlan>;
export default meta;
type Story = StoryObj<typeof meta>;

/** A filled plan. */
export const Ifylld: Story = {};

/** Nothing decided yet. */
export const Tom: Story = { args: { value: emptyPlan() } };

/** Protected identity: "barnet", never the name (even when the data wrongly holds it). */
export const SkyddadIdentitet: Story = { args: { value: protectedPlan() } };

/** English. */
export const English: Story = { args: { locale: 'en' } };
