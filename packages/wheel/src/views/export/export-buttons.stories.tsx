import type { Meta, StoryObj } from '@storybook/react-vite';
import { useRef } from 'react';
import '../views.css';
import { child, guardian1, school } from '../test-fixtures.ts';
import { WheelExportButtons, type WheelExportButtonsProps } from './export-buttons.tsx';
import { SampleWheel } from './test-sample-wheel.tsx';

/** A sample wheel drawn from core's geometry (not the <Wheel> component) with the buttons beside it. */
function WithSample(props: Omit<WheelExportButtonsProps, 'target'>) {
  const ref = useRef<SVGSVGElement>(null);
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: '1.5rem', alignItems: 'flex-start' }}>
      <SampleWheel svgRef={ref} series={[child, guardian1, school]} />
      <WheelExportButtons {...props} target={ref} />
    </div>
  );
}

const meta = {
  title: 'Hjulet/Vyer/Ladda ner',
  component: WheelExportButtons,
  render: (args) => <WithSample {...args} />,
  args: { target: () => null, filename: 'hjulet' },
  argTypes: { locale: { control: 'inline-radio', options: ['sv', 'en'] } },
  parameters: {
    docs: {
      description: {
        component:
          'Två knappar som laddar ner hjulet som SVG och PNG. Filerna görs i webbläsaren (ingen nätverkstrafik): ' +
          'färger och typsnitt bakas in, fokusringar och annat interaktivt tas bort, och bilden får en `<title>`. ' +
          'Funktionerna `wheelToSvgString`, `downloadWheelSvg` och `downloadWheelPng` går att använda direkt. ' +
          '**Använd** när hjulet ska sparas eller bifogas. **Använd inte** som enda utskriftsväg: tabellen och ' +
          'skillnaderna skrivs ut direkt från sidan. En värdsida med strikt CSP behöver `img-src blob:` för PNG.',
      },
    },
  },
} satisfies Meta<typeof WheelExportButtons>;
export default meta;
type Story = StoryObj<typeof meta>;

export const MedExempelhjul: Story = {};

export const Engelska: Story = { args: { locale: 'en', filename: 'wheel' } };

export const UtanHjul: Story = {
  render: (args) => <WheelExportButtons {...args} target={() => null} />,
};
