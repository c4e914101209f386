import type { Meta, StoryObj } from '@storybook/react-vite';
import { useMemo } from 'react';
import type { ParseResult } from '@barnets-basta/core';
import { Textarea } from '../form/textarea/textarea.tsx';
import { DraftStatus } from './draft-status.tsx';
import { ImportJsonButton, downloadJson } from './json-file.tsx';
import { memoryStorageAdapter, type DraftStorage } from './storage.ts';
import { useDraft } from './use-draft.ts';

interface Note {
  text: string;
}
const parseNote = (data: unknown): ParseResult<Note> =>
  typeof data === 'object' && data !== null && typeof (data as Note).text === 'string'
    ? { ok: true, value: { text: (data as Note).text } }
    : {
        ok: false,
        issues: [
          {
            path: ['text'],
            code: 'required',
            message: { sv: 'Texten saknas', en: 'Text missing' },
          },
        ],
      };

function DraftDemo({ storage }: { storage: () => DraftStorage }) {
  const store = useMemo(storage, [storage]);
  const draft = useDraft<Note>({
    key: 'story-note',
    storage: store,
    initial: { text: '' },
    parse: parseNote,
  });
  return (
    <form aria-label="Anteckning" onSubmit={(e) => e.preventDefault()}>
      <DraftStatus draft={draft} />
      <Textarea
        name="text"
        label="Vad hoppas du på framåt?"
        value={draft.value.text}
        onChange={(text) => draft.setValue({ text })}
      />
      <div style={{ display: 'flex', gap: '0.75rem', flexWrap: 'wrap' }}>
        <button
          type="button"
          className="bb-draft-button"
          onClick={() => downloadJson('anteckning.json', JSON.stringify(draft.value))}
        >
          Exportera
        </button>
        <ImportJsonButton
          onImport={(text) => {
            try {
              const result = parseNote(JSON.parse(text));
              if (result.ok) draft.setValue(result.value);
            } catch {
              // A real host shows core's formatIssues(importDocument(text).issues) here.
            }
          }}
        />
        <button type="button" className="bb-draft-button" onClick={() => void draft.clear()}>
          Börja om
        </button>
      </div>
    </form>
  );
}

const meta = {
  title: 'SIP/Utkast/useDraft',
  component: DraftDemo,
  parameters: {
    docs: {
      description: {
        component:
          '`useDraft` sparar formulärets värde som utkast i en lagring som värden väljer (`localStorageAdapter`, ' +
          '`memoryStorageAdapter` eller en egen), efter varje paus i skrivandet och när sidan döljs eller stängs. ' +
          'Utkastet hämtas efter omladdning. Går det inte att spara finns allt kvar i minnet och användaren får veta ' +
          'varför. Ett utkast som inte går att läsa flyttas undan till `nyckel.corrupt-tidpunkt` i stället för att ' +
          'krascha. Storyerna använder minneslagring, så inget skrivs till webbläsaren.\n\n' +
          '**Använd** i formulär där användaren skriver mer än några rader, så att inget försvinner vid en ' +
          'omladdning eller en stängd flik. **Använd inte** som värdsidans riktiga lagring: utkastet finns bara i ' +
          'den här webbläsaren. På datorer som flera delar väljer värdsidan `memoryStorageAdapter` eller inget utkast.',
      },
    },
  },
} satisfies Meta<typeof DraftDemo>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Tomt: Story = { args: { storage: () => memoryStorageAdapter() } };
export const Hamtat: Story = {
  args: {
    storage: () =>
      memoryStorageAdapter({ 'story-note': '{"text":"Att få börja på fritids igen."}' }),
  },
};
export const Trasigt: Story = {
  args: { storage: () => memoryStorageAdapter({ 'story-note': '{"text": "halv' }) },
};
export const FulltLagringsutrymme: Story = {
  args: {
    storage: () => ({
      load: () => null,
      save: () => {
        throw new DOMException('Full', 'QuotaExceededError');
      },
      remove: () => undefined,
    }),
  },
};
