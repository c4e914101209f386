import type { Meta, StoryObj } from '@storybook/react-vite';
import '../styles.css';
import { compareGroups, manyUnits } from '../test-fixtures.ts';
import {
  componentDocs,
  darkHost,
  forcedColoursStory,
  phone,
  rtl,
  viewArgTypes,
} from '../test-story-decorators.tsx';
import { CompareView } from './compare-view.tsx';

const meta = {
  title: 'Uppföljning/Jämförelse',
  component: CompareView,
  args: { groups: compareGroups(), areaName: 'Trygg', rowHeader: 'Skola', groupHeader: 'Period' },
  argTypes: viewArgTypes,
  parameters: componentDocs(
    'Enheter och perioder sida vid sida för ett område (små multiplar): en panel per period (eller enhet), varje stapel med sitt n. ' +
      'Ett dolt värde visas som dolt med skälet i ord, aldrig som noll och aldrig som en stapel som bara saknas. ' +
      '**Använd** med `compareGroups` från publicerade tabeller.',
  ),
} satisfies Meta<typeof CompareView>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Normal: Story = {};
export const ManyUnits: Story = {
  name: '290 kommuner',
  args: {
    rowHeader: 'Kommun',
    // One term of 290 municipalities: a second panel of 290 doubles a page no reader scans, and
    // the table beside it holds every row anyway.
    groups: [{ id: '2026-H1', label: 'VT 2026', rows: manyUnits(290) }],
  },
};
export const Suppressed: Story = { name: 'Dolda värden', args: { tableMode: 'beside' } };
export const Empty: Story = { name: 'Tom', args: { groups: [] } };
export const OnePeriod: Story = {
  name: 'En period',
  args: { groups: compareGroups().slice(0, 1) },
};
export const English: Story = {
  name: 'Engelska',
  args: { locale: 'en', areaName: 'Safe', rowHeader: 'School', groupHeader: 'Term' },
};
export const DarkHost: Story = { name: 'Mörk värdsida', decorators: [darkHost] };
export const ForcedColours: Story = { name: 'Tvingade färger (simulerat)', ...forcedColoursStory };
export const RightToLeft: Story = { name: 'Höger till vänster', decorators: [rtl] };
export const Phone: Story = { name: '360 px', decorators: [phone] };
