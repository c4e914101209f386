import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import '../views.css';
import { child, fourPerspectives, onePerspective, readings, school } from '../test-fixtures.ts';
import { WheelSummaryTable, WheelTableToggle } from './summary-table.tsx';

const meta = {
  title: 'Hjulet/Vyer/Sammanfattningstabell',
  component: WheelSummaryTable,
  // WheelTableToggle gets its own tab in the prop table (its expanded state is its own).
  subcomponents: { WheelTableToggle },
  args: { series: onePerspective },
  argTypes: {
    locale: { control: 'inline-radio', options: ['sv', 'en'] },
    viewer: {
      control: 'inline-radio',
      options: ['meeting', 'guardian', 'contact-person', 'respondent'],
    },
    mode: { control: 'inline-radio', options: ['visible', 'visually-hidden'] },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Hjulets svar som en riktig tabell: en kolumn per perspektiv (eller mätning), en rad per område, ' +
          'svaret som siffra och ord ("4 – Stämmer bra"), "Vet inte", "Vill inte svara" eller "Inte besvarat". ' +
          'Svar som betraktaren inte får se (`viewer`, `ownSeries`) visas som "Dolt svar" och finns inte i DOM. ' +
          '**Använd** alltid bredvid hjulet som textalternativ: `mode="visually-hidden"` för skärmläsare, eller ' +
          '`WheelTableToggle` med knappen "Visa som tabell" (samma props plus `expanded`, `defaultExpanded` och ' +
          '`onExpandedChange`; se fliken WheelTableToggle i tabellen nedan). Tabellen skrivs alltid ut. **Använd inte** som ' +
          'inmatning (den är bara för läsning) eller för att jämföra många barn (använd aggregering i core).',
      },
    },
  },
} satisfies Meta<typeof WheelSummaryTable>;
export default meta;
type Story = StoryObj<typeof meta>;

export const EttPerspektiv: Story = {};

export const FyraPerspektiv: Story = { args: { series: fourPerspectives } };

export const MedDoldaSvar: Story = {
  args: {
    series: [{ assessment: child }, { assessment: school }],
    viewer: 'meeting',
    showNotes: true,
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const row = canvas.getByRole('rowheader', { name: 'Respekterad' }).closest('tr')!;
    await expect(within(row).getAllByRole('cell')[0]).toHaveTextContent('Dolt svar');
    await expect(canvasElement.textContent).not.toContain('Hemligt');
  },
};

/** A guardian sees what the meeting sees: never the child's "Bara jag" nor a contact-person answer. */
export const ForVardnadshavare: Story = {
  args: { series: fourPerspectives, viewer: 'guardian', showNotes: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const row = canvas.getByRole('rowheader', { name: 'Omvårdad' }).closest('tr')!;
    await expect(within(row).getAllByRole('cell')[2]).toHaveTextContent('Dolt svar');
    await expect(canvasElement.textContent).not.toContain('Hemligt');
  },
};

export const MedAnteckningarOchHopp: Story = {
  args: { series: onePerspective, showNotes: true, showHopes: true },
};

export const MatningarOverTid: Story = { args: { series: readings, seriesKind: 'readings' } };

export const Engelska: Story = { args: { series: fourPerspectives, locale: 'en' } };

export const BaraForSkarmlasare: Story = {
  args: { series: onePerspective, mode: 'visually-hidden' },
  parameters: {
    docs: { description: { story: 'Osynlig på skärmen men läses av skärmläsare och skrivs ut.' } },
  },
};

export const Tom: Story = { args: { series: [] } };

export const VisaSomTabell: StoryObj<typeof WheelTableToggle> = {
  render: (args) => <WheelTableToggle {...args} />,
  args: { series: fourPerspectives },
  parameters: {
    docs: {
      description: {
        story:
          '`WheelTableToggle`: knappen "Visa som tabell" visar och döljer tabellen. Ihopfälld finns tabellen ' +
          'kvar för skärmläsare och i utskrift. Kontrollerad med `expanded` och `onExpandedChange`, annars ' +
          '`defaultExpanded`.',
      },
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const button = canvas.getByRole('button', { name: 'Visa som tabell' });
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(button);
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(canvas.getByRole('table')).toBeVisible();
  },
};

export const VisaSomTabellEngelska: StoryObj<typeof WheelTableToggle> = {
  render: (args) => <WheelTableToggle {...args} />,
  args: { series: fourPerspectives, locale: 'en', defaultExpanded: true },
};
