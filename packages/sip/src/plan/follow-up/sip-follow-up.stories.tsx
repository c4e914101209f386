import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState, type ReactNode } from 'react';
import { expect, fn, within } from 'storybook/test';
import type { SipPlan } from '@barnets-basta/core';
import { SipFollowUp, type SipFollowUpProps } from './sip-follow-up.tsx';
import {
  dueForFollowUp,
  FOLLOW_UP_NOW,
  followUpAllDone,
  followUpFilled,
  followUpNothingDone,
  followUpStarted,
  planClosed,
  protectedFollowUp,
} from './test-fixtures.ts';
import { PROTECTED_NAME } from '../test-fixtures.ts';

/** A host that keeps the plan in state, as an e-service does. */
function StoryFollowUp({ value, ...props }: SipFollowUpProps) {
  const [plan, setPlan] = useState<SipPlan>(value);
  return (
    <form aria-label="SIP" onSubmit={(event) => event.preventDefault()}>
      <SipFollowUp
        {...props}
        value={plan}
        onChange={(next) => {
          setPlan(next);
          props.onChange(next);
        }}
      />
    </form>
  );
}

const box = (children: ReactNode, style: React.CSSProperties) => (
  <div style={{ border: '1px dashed #8a8a93', padding: 8, ...style }}>{children}</div>
);

const meta = {
  title: 'SIP/Plan/SipFollowUp',
  component: SipFollowUp,
  args: { value: followUpFilled(), onChange: fn(), now: () => FOLLOW_UP_NOW },
  argTypes: {
    locale: { control: 'inline-radio', options: ['sv', 'en'] },
    phase: {
      control: 'select',
      options: ['present', 'actions', 'wheel', 'goals', 'changes', 'next'],
    },
  },
  render: (args) => <StoryFollowUp {...args} />,
  // The component is a lazy chunk: wait for it, so the accessibility check sees the real content.
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByRole('heading', { level: 2 }, { timeout: 10_000 });
  },
  parameters: {
    docs: {
      description: {
        component:
          'Uppföljningsmötet i mötesläge, en fas i taget: 1 Vilka är här, 2 Vad har hänt (varje insats: klar, ' +
          'delvis, inte gjord, pågår, avbruten, med kort resultat och vem som berättar), 3 Hur är det nu (nytt ' +
          'hjul jämfört med hjulet planen började från, bara för att läsas), 4 Målen (med barnets egna ord), ' +
          '5 Vad ändras (mål och insatser, samma fält som vid första mötet), 6 Hur går vi vidare (nästa datum ' +
          'eller att planen avslutas, och varför). När mötet börjar sparas planen som den var; när mötet avslutas ' +
          'sparas planen efter mötet. Laddas först när den behövs.\n\n**Använd** vid uppföljningen av en sparad ' +
          'plan. **Använd inte** vid första mötet: använd `MeetingMode`.',
      },
    },
  },
} satisfies Meta<typeof SipFollowUp>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Before the meeting: the plan is due for its follow-up. */
export const InnanMotet: Story = {
  args: { value: dueForFollowUp() },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      await canvas.findByRole('button', { name: 'Börja uppföljningsmötet' }, { timeout: 10_000 }),
    ).toBeVisible();
  },
};

/** Phase 1: who is here, and how the child takes part. */
export const Fas1VilkaArHar: Story = { args: { value: followUpStarted(), phase: 'present' } };

/** Phase 2: what has happened to each action. */
export const Fas2VadHarHant: Story = { args: { phase: 'actions' } };

/** Phase 3: the child's new wheel beside the one the plan started from. */
export const Fas3HurArDetNu: Story = { args: { phase: 'wheel' } };

/** Phase 4: each goal evaluated, in the child's own words. */
export const Fas4Malen: Story = { args: { phase: 'goals' } };

/** Phase 5: goals and actions revised. */
export const Fas5VadAndras: Story = { args: { phase: 'changes' } };

/** Phase 6: the next date, or closing the plan with a reason. */
export const Fas6HurGarViVidare: Story = { args: { phase: 'next' } };

/** Nothing was done since last time. */
export const IngetGjort: Story = { args: { value: followUpNothingDone(), phase: 'actions' } };

/** Everything was done. */
export const AlltGjort: Story = { args: { value: followUpAllDone(), phase: 'actions' } };

/** The plan was closed at the follow-up. */
export const PlanenAvslutad: Story = {
  args: { value: planClosed() },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      await canvas.findByRole('heading', { name: 'Planen är avslutad' }, { timeout: 10_000 }),
    ).toBeVisible();
  },
};

/** Protected identity: the child is never named (the data wrongly holds the name). */
export const SkyddadIdentitet: Story = {
  args: { value: protectedFollowUp(), phase: 'actions' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('heading', { name: 'Vad har hänt' }, { timeout: 10_000 });
    await expect(canvasElement.textContent).not.toContain(PROTECTED_NAME);
  },
};

/** English. */
export const English: Story = { args: { locale: 'en', phase: 'goals' } };

/** 360 px wide: a phone, or 400 % zoom. */
export const Smal360: Story = {
  args: { phase: 'actions' },
  decorators: [(Story) => box(<Story />, { maxWidth: 360 })],
};

/** Right to left: a host page in Arabic or Persian around the Swedish form. */
export const HogerTillVanster: Story = {
  args: { phase: 'goals' },
  decorators: [(Story) => <div dir="rtl">{box(<Story />, {})}</div>],
};
