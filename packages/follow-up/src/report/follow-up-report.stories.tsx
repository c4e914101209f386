import type { Meta, StoryObj } from '@storybook/react-vite';
import '../styles.css';
import { TEST_UNIT_NAMES, testTables } from '../test-tables.ts';
import { darkHost, phone, rtl } from '../test-story-decorators.tsx';
import { FollowUpReport } from './follow-up-report.tsx';

const meta = {
  title: 'Uppföljning/Rapport',
  component: FollowUpReport,
  args: { tables: testTables(), unitNames: TEST_UNIT_NAMES },
  argTypes: { locale: { control: 'inline-radio', options: ['sv', 'en'] } },
  parameters: {
    docs: {
      description: {
        component:
          'En hel uppföljningssida över publicerade tabeller (`publish` i `@barnets-basta/core/follow-up`): ' +
          'val av nivå, enhet, period och perspektiv med vanliga listrutor, sedan läget per område, förändringen, ' +
          'jämförelsen och arbetssätten, var och en med tabell, CSV och utskrift. Tabeller som inte går att läsa ' +
          'ger ett fel på svenska och engelska i stället för siffror.\n\n' +
          '**Använd** när en enhetschef, analytiker eller styrgrupp ska se uppföljningen på en sida. ' +
          '**Använd inte** för ett enskilt barn (se Resan) eller när bara en vy behövs (använd vyn direkt).',
      },
    },
  },
} satisfies Meta<typeof FollowUpReport>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Normal: Story = {};
export const English: Story = { name: 'Engelska', args: { locale: 'en' } };
export const BadTables: Story = {
  name: 'Tabeller som inte går att läsa',
  args: { tables: { type: 'bb.follow-up-tables', version: 99 } },
};
export const DarkHost: Story = { name: 'Mörk värdsida', decorators: [darkHost] };
export const Rtl: Story = { name: 'Höger till vänster', decorators: [rtl] };
export const Phone: Story = { name: '360 px', decorators: [phone] };
