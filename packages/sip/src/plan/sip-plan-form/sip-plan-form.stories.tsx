import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { defaultPack } from '@barnets-basta/core';
import {
  brokenPlan,
  childConsentPlan,
  emptyPlan,
  filledPlan,
  planWithAssessments,
  planWithUnfinishedDates,
  protectedPlan,
} from '../test-fixtures.ts';
import { StoryPlanForm } from '../test-story-host.tsx';
import { SipPlanForm } from './sip-plan-form.tsx';

const meta = {
  title: 'SIP/Plan/SipPlanForm',
  component: SipPlanForm,
  // `pack` named here, so the toolbar's content pack ("Paket") reaches the form as well.
  args: { value: emptyPlan(), pack: defaultPack, onChange: fn(), onComplete: fn(), mode: 'full' },
  argTypes: {
    pack: { control: false },
    locale: { control: 'inline-radio', options: ['sv', 'en'] },
    mode: { control: 'inline-radio', options: ['full', 'meeting'] },
    consentPolicy: {
      control: 'inline-radio',
      options: ['guardians-must-consent', 'child-may-consent-alone'],
    },
  },
  render: (args) => <StoryPlanForm {...args} />,
  parameters: {
    docs: {
      description: {
        component:
          'Hela den samordnade individuella planen (SIP), i mötescirkelns ordning: Inledning, Aktuell situation, ' +
          'Behov, Sammanfattning och Avslutning. Kontrollerad komponent: värden kommer in via `value` och ändringar ' +
          'går ut via `onChange`; värden sparas av värdsidan (t.ex. med `useDraft`). Lägg den i ert eget `<form>`, ' +
          'alla knappar är `type="button"`. "Markera planen som klar" kontrollerar lagens fyra delar, samtycket ' +
          'enligt regionens regel (`consentPolicy`) och att alla datum är riktiga datum.\n\n' +
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

/** A plan with problems in its data: listed at the top, each linked to the field that can fix it. */
export const ProblemIData: Story = { args: { value: brokenPlan() } };

/** Dates typed in a draft that do not exist: the parts are kept, and the fields say what is wrong. */
export const OgiltigaDatum: Story = { args: { value: planWithUnfinishedDates() } };

/** The child consented alone; here the guardians must consent too (the default policy). */
export const SamtyckeFranBarnet: Story = { args: { value: childConsentPlan() } };

/** The same plan where a mature child may consent alone: nothing to report. */
export const BarnetFarSamtyckaSjalv: Story = {
  args: { value: childConsentPlan(), consentPolicy: 'child-may-consent-alone' },
};

/** "Markera planen som klar" on a complete plan: the notice says it is done. */
export const MarkeradSomKlar: Story = {
  args: { value: filledPlan() },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Markera planen som klar' }));
    await expect(
      await canvas.findByText('Planen innehåller allt som lagen kräver och är markerad som klar.'),
    ).toBeVisible();
    await expect(args.onComplete).toHaveBeenCalledTimes(1);
  },
};

/** "Markera planen som klar" with gaps: the error summary lists them and takes focus. */
export const KontrollMedBrister: Story = {
  args: { value: planWithUnfinishedDates() },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Markera planen som klar' }));
    const summary = await canvas.findByRole('region', { name: 'Det här saknas i planen' });
    await expect(summary).toHaveFocus();
    await expect(within(summary).getAllByRole('link')).toHaveLength(2);
  },
};
