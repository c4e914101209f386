import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { emptyPlan, filledPlan, planWithAssessments, protectedPlan } from '../test-fixtures.ts';
import { StoryPlanForm } from '../test-story-host.tsx';
import { SipPlanForm } from './sip-plan-form.tsx';

const meta = {
  title: 'SIP/Plan/SipPlanForm',
  component: SipPlanForm,
  args: { value: emptyPlan(), onChange: fn(), onComplete: fn(), mode: 'full' },
  argTypes: {
    locale: { control: 'inline-radio', options: ['sv', 'en'] },
    mode: { control: 'inline-radio', options: ['full', 'meeting'] },
  },
  render: (args) => <StoryPlanForm {...args} />,
  parameters: {
    docs: {
      description: {
        component:
          'Hela den samordnade individuella planen (SIP), i mötescirkelns ordning: Inledning, Aktuell situation, ' +
          'Behov, Sammanfattning och Avslutning. Kontrollerad komponent: värden kommer in via `value` och ändringar ' +
          'går ut via `onChange`; värden sparas av värdsidan (t.ex. med `useDraft`). Lägg den i ert eget `<form>`, ' +
          'alla knappar är `type="button"`. "Markera planen som klar" kontrollerar lagens fyra delar.\n\n' +
          '**Använd** för att skriva planen före, under och efter mötet. **Använd inte** för att visa planen för ' +
          'familjen (använd `FamilyPlan`) eller för utskrift (använd `PrintPlan`). Under mötet: `mode="meeting"` ' +
          'eller `MeetingMode`.',
      },
    },
  },
} satisfies Meta<typeof SipPlanForm>;
export default meta;
type Story = StoryObj<typeof meta>;

/** A new plan: nothing filled in yet. */
export const Tom: Story = {};

/** A filled plan with all four legal elements. */
export const Ifylld: Story = { args: { value: filledPlan() } };

/** Started from the wheels of an earlier conversation: shown beside the current situation. */
export const MedTidigareHjul: Story = { args: { value: planWithAssessments() } };

/** Protected identity: the child's name is neither asked for nor shown. */
export const SkyddadIdentitet: Story = { args: { value: protectedPlan() } };

/** English. */
export const English: Story = { args: { value: filledPlan(), locale: 'en' } };
