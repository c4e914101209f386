import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import '../views.css';
import { fourPerspectives, readings } from '../test-fixtures.ts';
import { SeriesLegend, type SeriesLegendProps } from './series-legend.tsx';

/** Keeps the legend's `hidden` state, as a host would. */
function Stateful(props: SeriesLegendProps) {
  const [hidden, setHidden] = useState<string[]>([...props.hidden]);
  return (
    <SeriesLegend
      {...props}
      hidden={hidden}
      onHiddenChange={(next) => {
        setHidden(next);
        props.onHiddenChange(next);
      }}
    />
  );
}

const meta = {
  title: 'Hjulet/Vyer/Teckenförklaring',
  component: SeriesLegend,
  render: (args) => <Stateful {...args} />,
  args: { series: fourPerspectives, hidden: [], onHiddenChange: () => {} },
  argTypes: { locale: { control: 'inline-radio', options: ['sv', 'en'] } },
  parameters: {
    docs: {
      description: {
        component:
          'Teckenförklaring för serier som ligger över varandra på hjulet (perspektiv eller mätningar). Varje ' +
          'serie ritas med sitt eget streckmönster och sin egen markörform (`SERIES_STYLES`), så färgen bär ' +
          'aldrig ensam betydelsen. En riktig kryssruta per serie ("Visa Vårdnadshavare 1") visar eller döljer ' +
          'den; komponenten är kontrollerad (`hidden`, `onHiddenChange`). **Använd** när två eller fler serier ' +
          'visas på samma hjul. **Använd inte** för ett enda perspektiv.',
      },
    },
  },
} satisfies Meta<typeof SeriesLegend>;
export default meta;
type Story = StoryObj<typeof meta>;

export const FyraPerspektiv: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const box = canvas.getByRole('checkbox', { name: 'Visa Vårdnadshavare 1' });
    await userEvent.click(box);
    await expect(box).not.toBeChecked();
    await userEvent.click(box);
    await expect(box).toBeChecked();
  },
};

export const NagraDolda: Story = { args: { hidden: ['guardian-2', 'school-1'] } };

export const MatningarOverTid: Story = { args: { series: readings, seriesKind: 'readings' } };

export const SexSerier: Story = {
  args: {
    series: ['Barnet', 'Mamma', 'Pappa', 'Mentor', 'Kurator', 'Socialsekreterare'].map(
      (label, i) => ({
        id: `s${i}`,
        label,
      }),
    ),
  },
};

export const Engelska: Story = { args: { locale: 'en' } };
