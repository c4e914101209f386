import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { defaultPack, type SipPlan } from '@barnets-basta/core';
import { sexOmradenPack } from '@barnets-basta/core/packs/sex-omraden';
import { createSipPlan } from '@barnets-basta/core/sip';
import { filledPlan, planWithAssessments } from '../test-fixtures.ts';
import { StoryPlanForm } from '../test-story-host.tsx';
import { MeetingMode } from './meeting-mode.tsx';

const meta = {
  title: 'SIP/Plan/MeetingMode',
  component: MeetingMode,
  args: {
    value: planWithAssessments(),
    // Named here, so the toolbar's content pack ("Paket") reaches the form as well.
    pack: defaultPack,
    onChange: fn(),
    onComplete: fn(),
    onPhaseChange: fn(),
  },
  argTypes: {
    pack: { control: false },
    locale: { control: 'inline-radio', options: ['sv', 'en'] },
    defaultPhase: {
      control: 'select',
      options: ['inledning', 'aktuell-situation', 'behov', 'sammanfattning', 'avslutning'],
    },
  },
  render: (args) => <StoryPlanForm {...args} mode="meeting" />,
  parameters: {
    docs: {
      description: {
        component:
          'Mötesläget: ordföranden går igenom mötescirkeln en fas i taget (1 Inledning, 2 Aktuell situation, ' +
          '3 Behov, 4 Sammanfattning, 5 Avslutning). Stegen visas som en numrerad lista där varje steg är en ' +
          'knapp, så att ordföranden kan gå fritt mellan faserna; det aktuella steget har `aria-current="step"`. ' +
          'Vid varje byte flyttas fokus till fasens rubrik. Alla faser finns kvar i formuläret (dolda), så inget ' +
          'försvinner vid inskick.\n\n**Använd** under mötet. **Använd inte** när planen ska läsas i ett svep; ' +
          'då passar `SipPlanForm` i läget `full`.',
      },
    },
  },
} satisfies Meta<typeof MeetingMode>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Phase 1: presentation, consent and secrecy, purpose. */
export const Fas1Inledning: Story = { args: { defaultPhase: 'inledning' } };

/** Phase 2: what works well and less well, per area, with the earlier wheels beside. */
export const Fas2AktuellSituation: Story = { args: { defaultPhase: 'aktuell-situation' } };

/** Phase 3: goals, what the family does, actions. */
export const Fas3Behov: Story = { args: { defaultPhase: 'behov' } };

/** Phase 4: who does what and when, disagreements, overall responsibility. */
export const Fas4Sammanfattning: Story = { args: { defaultPhase: 'sammanfattning' } };

/** Phase 5: follow-up and contacts. */
export const Fas5Avslutning: Story = { args: { defaultPhase: 'avslutning' } };

function missingElements(): SipPlan {
  const plan = filledPlan();
  return {
    ...plan,
    actions: [{ ...plan.actions[0]!, principal: undefined }, plan.actions[1]!],
    noOtherActors: undefined,
    overallResponsibility: { childWish: 'Alva vill att Anna håller ihop planen.' },
  };
}

/**
 * "Markera planen som klar" with legal elements missing: the error summary takes focus and links
 * to each field; a link into another phase switches to it.
 */
export const KontrollMedSaknadeDelar: Story = {
  args: { value: missingElements(), defaultPhase: 'avslutning' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Markera planen som klar' }));
    const summary = canvas.getByRole('region', { name: 'Det här saknas i planen' });
    await expect(summary).toHaveFocus();
    await expect(within(summary).getAllByRole('link')).toHaveLength(4);
  },
};

/** Following a link from the summary: to the action's principal, in phase 3. */
export const KontrollLankTillFalt: Story = {
  args: { value: missingElements(), defaultPhase: 'avslutning' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Markera planen som klar' }));
    const summary = canvas.getByRole('region', { name: 'Det här saknas i planen' });
    await userEvent.click(within(summary).getAllByRole('link')[0]!);
    await expect(canvas.getByRole('button', { name: '3 Behov' })).toHaveAttribute(
      'aria-current',
      'step',
    );
    await expect(canvasElement.ownerDocument.activeElement?.id).toBe('sip-actions-0-principal-0');
  },
};

/** English. */
export const English: Story = { args: { locale: 'en', defaultPhase: 'behov' } };

/** Another content pack: "Mitt hjul" with six areas, so phase 2 asks about six areas. */
export const SexOmraden: Story = {
  args: {
    pack: sexOmradenPack,
    value: createSipPlan({
      pack: sexOmradenPack,
      id: 'plan-sex-omraden',
      now: new Date('2026-03-03T09:00:00Z'),
    }),
    defaultPhase: 'aktuell-situation',
  },
  play: async ({ canvasElement }) => {
    const areas = canvasElement.querySelectorAll(
      '[data-plan-phase="aktuell-situation"] .bb-situation__area',
    );
    await expect(areas).toHaveLength(sexOmradenPack.areas.length);
  },
};
