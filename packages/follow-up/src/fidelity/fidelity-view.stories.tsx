import type { Meta, StoryObj } from '@storybook/react-vite';
import '../styles.css';
import { suppressed } from '../shared/figures.ts';
import { fidelityRows, manyFidelityRows } from '../test-fixtures.ts';
import {
  componentDocs,
  darkHost,
  forcedColoursStory,
  phone,
  rtl,
  viewArgTypes,
} from '../test-story-decorators.tsx';
import { FidelityView } from './fidelity-view.tsx';

const meta = {
  title: 'Uppföljning/Arbetssätten',
  component: FidelityView,
  args: { rows: fidelityRows(), threshold: 5 },
  argTypes: viewArgTypes,
  parameters: componentDocs(
    'Indikatorerna för interventionstrogenhet som en kort lista med andelar och de antal de bygger på: "72 % (36 av 50)". ' +
      'En dold indikator säger att den är dold och varför. **Använd** med `fidelityForUnit` från publicerade tabeller.',
  ),
} satisfies Meta<typeof FidelityView>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Normal: Story = {};
export const ManyUnits: Story = {
  name: '290 kommuner',
  args: {
    title: 'Barnets eget hjul gjort, per kommun',
    rows: manyFidelityRows(290),
  },
};
export const Suppressed: Story = {
  name: 'Dolda värden',
  args: {
    tableMode: 'beside',
    rows: fidelityRows().map((r, i) =>
      i % 2 ? { ...r, numerator: suppressed(), denominator: suppressed('complementary-unit') } : r,
    ),
  },
};
export const Empty: Story = { name: 'Tom', args: { rows: [] } };
export const OnePeriod: Story = { name: 'En period', args: { title: 'Arbetssätten VT 2026' } };
export const English: Story = {
  name: 'Engelska',
  args: { rows: fidelityRows('en'), locale: 'en' },
};
export const DarkHost: Story = { name: 'Mörk värdsida', decorators: [darkHost] };
export const ForcedColours: Story = { name: 'Tvingade färger (simulerat)', ...forcedColoursStory };
export const RightToLeft: Story = { name: 'Höger till vänster', decorators: [rtl] };
export const Phone: Story = { name: '360 px', decorators: [phone] };
