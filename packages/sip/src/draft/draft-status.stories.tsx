import type { Meta, StoryObj } from '@storybook/react-vite';
import { DraftNotice, DraftStatus } from './draft-status.tsx';

const savedAt = new Date(Date.UTC(2026, 2, 5, 13, 3));

const meta = {
  title: 'SIP/Utkast/DraftStatus',
  component: DraftStatus,
  // The notice about a draft that could not be read: DraftStatus shows it, a start page may alone.
  subcomponents: { DraftNotice },
  args: { draft: { status: 'saved', savedAt, restored: false }, timeZone: 'Europe/Stockholm' },
  argTypes: { locale: { control: 'inline-radio', options: ['sv', 'en'] } },
  parameters: {
    docs: {
      description: {
        component:
          'Berättar vad som händer med utkastet, artigt (en `role="status"`-region som finns från början): när det ' +
          'sparades, att ett sparat utkast hämtades, eller att det inte gick att spara och vad användaren ska göra (det ' +
          'skrivna finns kvar på sidan). Ett utkast som inte gick att läsa visas som en notis; den gamla kopian ligger ' +
          'kvar under ett eget namn. Används med `useDraft`: `<DraftStatus draft={draft} />`.\n\n' +
          '**Använd** i varje formulär som sparar ett utkast med `useDraft`, nära formulärets början, så att ' +
          'användaren vet att det skrivna är sparat och får veta när det inte går. **Använd inte** för fel i själva ' +
          'formuläret (de hör till fälten och `ErrorSummary`) eller för att bekräfta att något har skickats in.',
      },
    },
  },
} satisfies Meta<typeof DraftStatus>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Sparat: Story = {};
export const Hamtat: Story = { args: { draft: { status: 'idle', restored: true } } };
export const Sparar: Story = { args: { draft: { status: 'saving', restored: false } } };
export const FulltLagringsutrymme: Story = {
  args: { draft: { status: 'error', error: 'quota', restored: false } },
};
export const PrivatLage: Story = {
  args: { draft: { status: 'error', error: 'unavailable', restored: false } },
};
export const OkantFel: Story = {
  args: { draft: { status: 'error', error: 'unknown', restored: false } },
};
export const TrasigtUtkast: Story = {
  args: {
    draft: {
      status: 'idle',
      restored: false,
      corrupt: {
        key: 'sip-plan',
        movedTo: 'sip-plan.corrupt-1772715780000',
        newer: false,
        issues: [],
        text: '{"halv',
      },
      dismissCorrupt: () => undefined,
    },
  },
};
/** The old draft could not be set aside (storage full): it is not overwritten until the user says so. */
export const TrasigtUtkastKundeInteSparasUndan: Story = {
  args: {
    draft: {
      status: 'error',
      error: 'quota',
      restored: false,
      corrupt: { key: 'sip-plan', movedTo: null, newer: false, issues: [], text: '{"halv' },
      dismissCorrupt: () => undefined,
    },
  },
};
/** Saved by a newer version of the service: said in words, with the file offered. */
export const NyareVersion: Story = {
  args: {
    draft: {
      status: 'idle',
      restored: false,
      corrupt: {
        key: 'sip-plan',
        movedTo: 'sip-plan.corrupt-1772715780000',
        newer: true,
        issues: [],
        text: '{"schemaVersion":9}',
      },
      dismissCorrupt: () => undefined,
    },
  },
};
export const English: Story = {
  args: { locale: 'en', draft: { status: 'error', error: 'quota', restored: false } },
};
