import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { FamilyFollowUp, PlanHistory } from './follow-up-views.tsx';
import { dueForFollowUp, followUpHeld, planClosed, protectedFollowUp } from './test-fixtures.ts';
import { finishFollowUp } from '@barnets-basta/core/sip';
import { PROTECTED_NAME } from '../test-fixtures.ts';

const meta = {
  title: 'SIP/Plan/FamilyFollowUp',
  component: FamilyFollowUp,
  subcomponents: { PlanHistory },
  args: { value: followUpHeld(), printButton: true },
  argTypes: { locale: { control: 'inline-radio', options: ['sv', 'en'] } },
  // The component is a lazy chunk: wait for it, so the accessibility check sees the real content.
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByRole('heading', { level: 2 }, { timeout: 10_000 });
  },
  parameters: {
    docs: {
      description: {
        component:
          'Uppföljningen för familjen med enkla ord: det här har hänt sedan sist, hur det gick med målen (med ' +
          'barnets egna ord), barnets hjul då och nu, och vad som händer nu. Skrivs ut på A4 i gråskala. Med ' +
          'skyddad identitet kallas barnet "barnet", aldrig vid namn. `PlanHistory` visar planen som den var vid ' +
          'ett tidigare möte och vad som har ändrats sedan dess.\n\n**Använd** efter ett uppföljningsmöte, för familjen ' +
          'och för den som vill se hur planen har ändrats. **Använd inte** som den formella planen: använd `PrintPlan`.',
      },
    },
  },
} satisfies Meta<typeof FamilyFollowUp>;
export default meta;
type Story = StoryObj<typeof meta>;

/** After a follow-up: the plan goes on. */
export const EfterUppfoljningen: Story = {};

/** Before any follow-up. */
export const IngenUppfoljningAn: Story = { args: { value: dueForFollowUp() } };

/** The plan was closed. */
export const PlanenAvslutad: Story = { args: { value: planClosed() } };

/** Protected identity. */
export const SkyddadIdentitet: Story = {
  args: {
    value: finishFollowUp(protectedFollowUp(), 'continue', {
      now: new Date('2026-05-20T10:00:00Z'),
      id: 'rev-2',
    }),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole(
      'heading',
      { name: 'Det här har hänt sedan sist' },
      { timeout: 10_000 },
    );
    await expect(canvasElement.textContent).not.toContain(PROTECTED_NAME);
  },
};

/** English. */
export const English: Story = { args: { locale: 'en' } };

/** The plan's history: the first meeting, and what changed since. */
export const Historik: Story = {
  render: (args) => <PlanHistory value={args.value} locale={args.locale} />,
};

/** The history in English. */
export const HistoryEnglish: Story = {
  args: { locale: 'en' },
  render: (args) => <PlanHistory value={args.value} locale={args.locale} />,
};
