import type { Meta, StoryObj } from '@storybook/react-vite';
import '../../../wheel/src/styles.css';
import { readings } from '../../../wheel/src/wheel/test-fixtures.ts';
import '../styles.css';
import {
  componentDocs,
  darkHost,
  forcedColoursStory,
  phone,
  rtl,
} from '../test-story-decorators.tsx';
import { JourneyView } from './journey-view.tsx';

const meta = {
  title: 'Uppföljning/Resan (ett barn)',
  component: JourneyView,
  args: { readings, reader: 'contact-person' },
  argTypes: {
    locale: { control: 'inline-radio', options: ['sv', 'en'] },
    reader: { control: 'inline-radio', options: ['contact-person', 'family'] },
  },
  parameters: componentDocs(
    'Ett barns resa (mikronivå): hjulet med den senaste mätningen och de tidigare som konturer, och "resan" per område i ord, första → senaste, för kontaktpersonen eller med enkla ord för familjen. ' +
      'Inga omdömen: högre kallas högre, inte bättre. Svar som betraktaren inte får se lämnas ute. Egen ingång (`@barnets-basta/follow-up/journey`) eftersom den ritar hjulet.',
  ),
} satisfies Meta<typeof JourneyView>;
export default meta;
type Story = StoryObj<typeof meta>;

export const ContactPerson: Story = { name: 'Kontaktperson' };
export const Family: Story = { name: 'Familjen', args: { reader: 'family' } };
export const OneReading: Story = { name: 'En mätning', args: { readings: readings.slice(0, 1) } };
export const Empty: Story = { name: 'Tom', args: { readings: [] } };
export const English: Story = { name: 'Engelska', args: { locale: 'en', reader: 'family' } };
export const DarkHost: Story = { name: 'Mörk värdsida', decorators: [darkHost] };
export const ForcedColours: Story = { name: 'Tvingade färger (simulerat)', ...forcedColoursStory };
export const RightToLeft: Story = { name: 'Höger till vänster', decorators: [rtl] };
export const Phone: Story = { name: '360 px', decorators: [phone] };
