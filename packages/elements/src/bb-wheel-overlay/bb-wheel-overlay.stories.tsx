import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { child, guardian1, school } from '../../../wheel/src/views/test-fixtures.ts';
import '../index.ts';

/** React 19 passes unknown props on custom elements through as attributes/properties. */
declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'bb-wheel-overlay': Record<string, unknown>;
      'bb-wheel-differences': Record<string, unknown>;
      'bb-family-plan': Record<string, unknown>;
      'bb-print-plan': Record<string, unknown>;
    }
  }
}

interface Args {
  locale: 'sv' | 'en';
  viewer: 'meeting' | 'guardian' | 'contact-person' | 'respondent';
  showNotes: boolean;
}

const series = [
  { id: 'child', assessment: child },
  { id: 'guardian-1', label: 'Mamma', assessment: guardian1 },
  { id: 'school', assessment: school },
];

const meta: Meta<Args> = {
  title: 'Custom elements/bb-wheel-overlay',
  parameters: {
    docs: {
      description: {
        component:
          'Steget "Tillsammans" som ett custom element: hjulen ovanpå varandra, en förklaring med en ' +
          'kryssruta per hjul och alla svar i en tabell. Data ges som `series` (egenskap eller JSON) och ' +
          'visas som `viewer` får se dem (core:s `asSeenBy`): det barnet har valt "Bara jag" för syns som ' +
          '"Dolt svar" och finns inte i elementet.\n\n**Använd** på plattformar utan React. **Använd inte** ' +
          'i en React-app (använd `Wheel` med `series`, `SeriesLegend` och `WheelSummaryTable`).',
      },
    },
  },
  args: { locale: 'sv', viewer: 'meeting', showNotes: true },
  argTypes: {
    locale: { control: 'inline-radio', options: ['sv', 'en'] },
    viewer: {
      control: 'inline-radio',
      options: ['meeting', 'guardian', 'contact-person', 'respondent'],
    },
  },
  render: ({ locale, viewer, showNotes }) => (
    <bb-wheel-overlay
      locale={locale}
      viewer={viewer}
      series={series}
      no-animation=""
      {...(showNotes ? { 'show-notes': '' } : {})}
    />
  ),
};
export default meta;
type Story = StoryObj<Args>;

export const ForTheMeeting: Story = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('bb-wheel-overlay')!;
    await waitFor(() => expect(el.shadowRoot?.querySelector('table')).toBeTruthy(), {
      timeout: 10_000,
    });
  },
};
export const ForTheChild: Story = { args: { viewer: 'respondent' } };
export const English: Story = { args: { locale: 'en' } };
