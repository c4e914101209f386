import type { Meta, StoryObj } from '@storybook/react-vite';
import { filledPlan, protectedPlan } from '../test-fixtures.ts';
import { PrintPlan } from './print-plan.tsx';

const meta = {
  title: 'SIP/Plan/PrintPlan',
  component: PrintPlan,
  args: { value: filledPlan(), printButton: true },
  argTypes: { locale: { control: 'inline-radio', options: ['sv', 'en'] } },
  parameters: {
    docs: {
      description: {
        component:
          'Hela planen som ett A4-dokument för utskrift eller "Spara som PDF": en sidhuvudrad med planens titel, ' +
          'barnet (eller referensen) och plandatum på varje sida, sidnummer längst ned, tabeller som inte delas ' +
          'mitt i en rad, och svart på vitt så att den fungerar i gråskala. Sidformatet gäller bara planens ' +
          'sidor (en namngiven sida), inte resten av värdsidan.\n\n**Använd** för den formella planen. ' +
          '**Använd inte** för familjen: använd `FamilyPlan`. Visa den gärna på en egen sida, så att inget annat ' +
          'på sidan skrivs ut.',
      },
    },
  },
} satisfies Meta<typeof PrintPlan>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The whole plan, ready to print. */
export const Utskrift: Story = {};

/** Protected identity: the reference stands in for the child. */
export const SkyddadIdentitet: Story = { args: { value: protectedPlan() } };

/** English. */
export const English: Story = { args: { locale: 'en' } };
