import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import '../styles.css';
import { distributionRows, manyUnits, suppressedRows } from '../test-fixtures.ts';
import {
  componentDocs,
  darkHost,
  forcedColoursStory,
  phone,
  rtl,
  viewArgTypes,
} from '../test-story-decorators.tsx';
import { DistributionView } from './distribution-view.tsx';

const meta = {
  title: 'Uppföljning/Läget per område',
  component: DistributionView,
  args: { rows: distributionRows(), scale: 'agree-5', threshold: 5 },
  argTypes: viewArgTypes,
  parameters: componentDocs(
    'Fördelningen av svaren per område som liggande staplade staplar: varje steg på skalan och "Vet inte" och "Vill inte svara" som egna delar, med hur många svar stapeln bygger på (n). ' +
      'Varje del har ett mönster och (när den är bred nog) sin andel i text: färgen bär aldrig betydelsen ensam. Inga trafikljusfärger, inga målnivåer. ' +
      'En dold stapel säger att den är dold och varför. Samma siffror som tabell (knappen "Visa som tabell"), CSV och utskrift. ' +
      '**Använd** för publicerade tabeller från `publish` i core (`distributionForUnit`). **Använd inte** för ett enskilt barn (använd resan, `@barnets-basta/follow-up/journey`).',
  ),
} satisfies Meta<typeof DistributionView>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Normal: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Visa som tabell' }));
    await expect(canvas.getByRole('button', { name: 'Dölj tabellen' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  },
};

export const ManyUnits: Story = {
  name: '290 kommuner',
  args: {
    rows: manyUnits(290),
    rowHeader: 'Kommun',
    title: 'Trygg i landets kommuner',
    caption: 'Trygg: fördelning av svaren per kommun',
  },
};

export const Suppressed: Story = {
  name: 'Dolda värden',
  args: { rows: suppressedRows(), tableMode: 'beside' },
};

export const Empty: Story = { name: 'Tom', args: { rows: [] } };

export const OnePeriod: Story = {
  name: 'En period',
  args: { title: 'Läget per område: VT 2026' },
};

export const English: Story = {
  name: 'Engelska',
  args: { rows: distributionRows('en'), locale: 'en' },
};

export const DarkHost: Story = { name: 'Mörk värdsida', decorators: [darkHost] };

export const ForcedColours: Story = { name: 'Tvingade färger (simulerat)', ...forcedColoursStory };

export const RightToLeft: Story = { name: 'Höger till vänster', decorators: [rtl] };

export const Phone: Story = { name: '360 px', decorators: [phone], args: { tableMode: 'beside' } };
