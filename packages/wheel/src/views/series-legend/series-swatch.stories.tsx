import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import '../views.css';
import { SeriesSwatch } from './series-legend.tsx';
import { SERIES_STYLES } from './series-styles.ts';

// Story-only names: a host writes its own series names (or takes them from the legend's catalogue).
const NAMES = [
  'Barnet',
  'Vårdnadshavare 1',
  'Vårdnadshavare 2',
  'Mentor',
  'Kurator',
  'Skolsköterska',
];

/** Six styles, by number, for the `style` control (an object cannot be typed into a control). */
const STYLE_OPTIONS = Object.fromEntries(
  SERIES_STYLES.map((s, i) => [`${i + 1} (${s.marker})`, s]),
);

const meta = {
  title: 'Hjulet/Vyer/Linjeprov',
  component: SeriesSwatch,
  args: { style: SERIES_STYLES[0]!, width: 40 },
  argTypes: {
    style: { options: Object.keys(STYLE_OPTIONS), mapping: STYLE_OPTIONS, control: 'select' },
    width: { control: { type: 'range', min: 24, max: 96, step: 8 } },
  },
  // The swatch is decorative (aria-hidden): it always stands beside the series' name.
  render: (args) => (
    <p style={{ display: 'flex', alignItems: 'center', gap: '0.5rem', margin: 0 }}>
      <SeriesSwatch {...args} />
      <span>{NAMES[SERIES_STYLES.indexOf(args.style)] ?? 'Serie'}</span>
    </p>
  ),
  parameters: {
    docs: {
      description: {
        component:
          '`SeriesSwatch` ritar en series linjestil i litet format: streckmönstret med markören i mitten, i ' +
          'seriens färg (`SERIES_STYLES`, samma som hjulets överlägg och teckenförklaringen). Den är ' +
          'dekorativ (`aria-hidden`) och säger ingenting utan namnet bredvid. **Använd** när en series namn ' +
          'visas utanför `SeriesLegend`, t.ex. i en egen rubrik, en tabell eller en utskrift, så att läsaren ' +
          'känner igen linjen i hjulet. **Använd inte** ensam utan seriens namn, och inte som ' +
          'teckenförklaring till ett hjul med flera serier (det är `SeriesLegend`, med kryssrutor).',
      },
    },
  },
} satisfies Meta<typeof SeriesSwatch>;
export default meta;
type Story = StoryObj<typeof meta>;

export const EnSerie: Story = {
  play: async ({ canvasElement }) => {
    const svg = canvasElement.querySelector('svg.bb-series-swatch')!;
    await expect(svg).toHaveAttribute('aria-hidden', 'true');
    await expect(svg).toHaveAttribute('data-marker', 'circle');
  },
};

export const Storre: Story = { name: 'Större', args: { style: SERIES_STYLES[3]!, width: 80 } };

/** The six styles beside their names: they differ in dash and marker, not only in colour. */
export const AllaSex: Story = {
  name: 'Alla sex',
  render: (args) => (
    <ul style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: '0.5rem' }}>
      {SERIES_STYLES.map((style, i) => (
        <li key={style.colorVar} style={{ display: 'flex', alignItems: 'center', gap: '0.5rem' }}>
          <SeriesSwatch style={style} width={args.width} />
          <span>{NAMES[i]}</span>
        </li>
      ))}
    </ul>
  ),
  play: async ({ canvasElement }) => {
    const markers = [...canvasElement.querySelectorAll('svg.bb-series-swatch')].map((s) =>
      s.getAttribute('data-marker'),
    );
    await expect(new Set(markers).size).toBe(6);
  },
};
