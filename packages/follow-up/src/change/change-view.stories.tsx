import type { Meta, StoryObj } from '@storybook/react-vite';
import '../styles.css';
import { count, suppressed } from '../shared/figures.ts';
import { areas, changeRows, manyChangeRows } from '../test-fixtures.ts';
import {
  componentDocs,
  darkHost,
  forcedColoursStory,
  phone,
  rtl,
  viewArgTypes,
} from '../test-story-decorators.tsx';
import { ChangeView } from './change-view.tsx';

const meta = {
  title: 'Uppföljning/Förändring',
  component: ChangeView,
  args: { rows: changeRows(), threshold: 5 },
  argTypes: viewArgTypes,
  parameters: componentDocs(
    'Förändringen per område mellan första och senaste mätningen från samma perspektiv: hur många barn som svarade högre, likadant eller lägre, som divergerande staplar med antalet barn. ' +
      'Varje del bär sitt tecken (↑ = ↓) och sitt antal i text; färgerna är lugna, inte rött och grönt: en förändring är en ingång till samtal, inte ett omdöme. ' +
      '**Använd** med `changeForUnit` från publicerade tabeller. **Använd inte** för medelvärden av skalan.',
  ),
} satisfies Meta<typeof ChangeView>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Normal: Story = {};

export const ManyUnits: Story = {
  name: '290 kommuner',
  args: {
    title: 'Trygg: förändring per kommun',
    rowHeader: 'Kommun',
    rows: manyChangeRows(290),
  },
};

export const Suppressed: Story = {
  name: 'Dolda värden',
  args: {
    tableMode: 'beside',
    rows: changeRows().map((r, i) =>
      i === 1
        ? { ...r, n: suppressed(), up: suppressed(), same: suppressed(), down: suppressed() }
        : i === 2
          ? { ...r, down: suppressed(), same: suppressed('complementary-row') }
          : r,
    ),
  },
};

export const Empty: Story = { name: 'Tom', args: { rows: [] } };

export const OnePeriod: Story = {
  name: 'En period (ingen förändring än)',
  args: {
    rows: areas().map((a) => ({ ...a, n: count(0), up: count(0), same: count(0), down: count(0) })),
  },
};

export const English: Story = { name: 'Engelska', args: { rows: changeRows('en'), locale: 'en' } };
export const DarkHost: Story = { name: 'Mörk värdsida', decorators: [darkHost] };
export const ForcedColours: Story = { name: 'Tvingade färger (simulerat)', ...forcedColoursStory };
export const RightToLeft: Story = { name: 'Höger till vänster', decorators: [rtl] };
export const Phone: Story = { name: '360 px', decorators: [phone] };
