import type { Meta, StoryObj } from '@storybook/react-vite';
import '../views.css';
import { child, fourPerspectives, readings, twoPerspectives } from '../test-fixtures.ts';
import { WheelDifferences } from './differences.tsx';

const meta = {
  title: 'Hjulet/Vyer/Skillnader',
  component: WheelDifferences,
  args: { series: twoPerspectives },
  argTypes: {
    locale: { control: 'inline-radio', options: ['sv', 'en'] },
    seriesKind: { control: 'inline-radio', options: ['perspectives', 'readings'] },
    headingLevel: { control: 'inline-radio', options: [2, 3, 4, 5, 6] },
  },
  parameters: {
    docs: {
      description: {
        component:
          'De största skillnaderna först, som samtalsingångar: mellan perspektiv (barnet, vårdnadshavare, skolan) ' +
          'eller mellan första och senaste mätningen. Ett område som bara en svarat på sägs som "Bara Barnet ' +
          'svarade", aldrig som en skillnad mot noll. Lugn form: inga varningsfärger, en skillnad är inget fel. ' +
          'Rubriknivån väljs med `headingLevel`. **Använd** i mötet eller samtalet när flera har svarat. ' +
          '**Använd inte** för att bedöma barnet eller för att räkna ut "rätt" svar: det finns ingen målnivå.',
      },
    },
  },
} satisfies Meta<typeof WheelDifferences>;
export default meta;
type Story = StoryObj<typeof meta>;

export const TvaPerspektiv: Story = {};

export const FyraPerspektiv: Story = {
  args: { series: fourPerspectives, viewer: 'contact-person' },
};

export const MatningarOverTid: Story = { args: { series: readings, seriesKind: 'readings' } };

export const IngetAttJamfora: Story = { args: { series: [{ assessment: child }] } };

export const Engelska: Story = { args: { series: twoPerspectives, locale: 'en' } };

export const Rubrikniva3: Story = { args: { series: twoPerspectives, headingLevel: 3 } };
