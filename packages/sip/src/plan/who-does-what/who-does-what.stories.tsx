import type { Meta, StoryObj } from '@storybook/react-vite';
import { emptyPlan, filledPlan } from '../test-fixtures.ts';
import { WhoDoesWhat } from './who-does-what.tsx';

const meta = {
  title: 'SIP/Plan/WhoDoesWhat',
  component: WhoDoesWhat,
  args: { value: filledPlan() },
  argTypes: { locale: { control: 'inline-radio', options: ['sv', 'en'] } },
  parameters: {
    docs: {
      description: {
        component:
          'Tabellen "Vem gör vad och när", genererad från planens insatser och grupperad efter vem som ansvarar: ' +
          'kommunen, regionen och andra (till exempel skolan). Den visar tre av lagens fyra delar på en gång. ' +
          'Varje rad har det som görs som radrubrik; en bred tabell rullar i en egen ruta som nås med ' +
          'tangentbordet.\n\n**Använd** i sammanfattningen och i utskriften. **Använd inte** för familjen: ' +
          '`FamilyPlan` visar samma sak som en lättläst lista.',
      },
    },
  },
} satisfies Meta<typeof WhoDoesWhat>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Actions for the municipality, the region and others. */
export const Ifylld: Story = {};

/** No actions yet. */
export const Tom: Story = { args: { value: emptyPlan() } };

/** Only the principals act, as the meeting stated explicitly. */
export const IngaAndraAktorer: Story = {
  args: {
    value: {
      ...filledPlan(),
      noOtherActors: true,
      actions: filledPlan().actions.filter((a) => a.principal !== 'other'),
    },
  },
};

/** English. */
export const English: Story = { args: { locale: 'en' } };
