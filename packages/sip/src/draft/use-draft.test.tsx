import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { defaultPack, exportDocument, type ParseResult, type SipPlan } from '@barnets-basta/core';
import { createSipPlan, parseSipPlan } from '@barnets-basta/core/sip';
import '../form/form.css';
import { expectNoAxeViolations } from '../../../../testing/axe.ts';
import { Textarea } from '../form/textarea/textarea.tsx';
import { DraftStatus } from './draft-status.tsx';
import {
  DraftStorageError,
  localStorageAdapter,
  memoryStorageAdapter,
  type DraftStorage,
} from './storage.ts';
import { parseNote, type Note } from './test-note.ts';
import { useDraft, type UseDraftOptions } from './use-draft.ts';

type Props = Partial<UseDraftOptions<Note>> & { storage: DraftStorage; draftKey?: string };

function NoteForm({ storage, draftKey = 'note', ...rest }: Props) {
  const draft = useDraft<Note>({
    key: draftKey,
    storage,
    initial: { text: '' },
    parse: parseNote,
    debounceMs: 20,
    ...rest,
  });
  return (
    <form aria-label="Anteckning">
      <DraftStatus draft={draft} timeZone="UTC" />
      {draft.loading ? null : (
        <Textarea
          name="text"
          label="Anteckning"
          value={draft.value.text}
          onChange={(text) => draft.setValue((prev) => ({ ...prev, text }))}
        />
      )}
      <button type="button" onClick={() => void draft.clear()}>
        Börja om
      </button>
    </form>
  );
}

const status = (container: HTMLElement) =>
  container.querySelector('[role="status"]')?.textContent ?? '';

describe('useDraft with localStorage', () => {
  it('saves while typing and restores after a reload (remount)', async () => {
    const first = await render(<NoteForm storage={localStorageAdapter()} />);
    await userEvent.type(
      first.getByRole('textbox', { name: 'Anteckning' }),
      'Vill börja på fritids',
    );
    await expect
      .poll(() => localStorage.getItem('bb-draft:note'))
      .toBe('{"text":"Vill börja på fritids"}');
    await expect.poll(() => status(first.container)).toMatch(/^Utkastet sparades kl\. \d\d:\d\d$/);
    await expectNoAxeViolations(first.container);
    await first.unmount();

    const second = await render(<NoteForm storage={localStorageAdapter()} />);
    await expect
      .element(second.getByRole('textbox', { name: 'Anteckning' }))
      .toHaveValue('Vill börja på fritids');
    await expect
      .element(second.getByRole('status'))
      .toHaveTextContent('Ditt sparade utkast har hämtats.');
    await expectNoAxeViolations(second.container);
  });

  it('saves at once when the page is hidden or closed, without waiting for the pause', async () => {
    const screen = await render(<NoteForm storage={localStorageAdapter()} debounceMs={60_000} />);
    await userEvent.type(screen.getByRole('textbox', { name: 'Anteckning' }), 'Hej');
    expect(localStorage.getItem('bb-draft:note')).toBeNull();
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(localStorage.getItem('bb-draft:note')).toBe('{"text":"Hej"}');
  });

  it('saves the last edits when the form unmounts (a route change)', async () => {
    const screen = await render(<NoteForm storage={localStorageAdapter()} debounceMs={60_000} />);
    await userEvent.type(screen.getByRole('textbox', { name: 'Anteckning' }), 'Sista orden');
    await screen.unmount();
    expect(localStorage.getItem('bb-draft:note')).toBe('{"text":"Sista orden"}');
  });

  it('keeps free text with markup as text through save and restore', async () => {
    const evil = '<img src=x onerror="window.__pwned=1"><b>fet</b>';
    localStorage.setItem('bb-draft:note', JSON.stringify({ text: evil }));
    const screen = await render(<NoteForm storage={localStorageAdapter()} />);
    await expect.element(screen.getByRole('textbox', { name: 'Anteckning' })).toHaveValue(evil);
    expect(screen.container.querySelector('img, b')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('moves a corrupted draft aside, starts fresh and says so instead of crashing', async () => {
    localStorage.setItem('bb-draft:note', '{"text": "halv');
    const screen = await render(
      <NoteForm storage={localStorageAdapter()} now={() => 1700000000000} />,
    );
    await expect
      .element(screen.getByRole('heading', { name: 'Det sparade utkastet gick inte att läsa' }))
      .toBeVisible();
    await expect.element(screen.getByText(/note\.corrupt-1700000000000/)).toBeVisible();
    await expect.element(screen.getByRole('textbox', { name: 'Anteckning' })).toHaveValue('');
    await expect.poll(() => localStorage.getItem('bb-draft:note')).toBeNull();
    expect(localStorage.getItem('bb-draft:note.corrupt-1700000000000')).toBe('{"text": "halv');
    await expectNoAxeViolations(screen.container);

    // New work is saved under the normal key again; the corrupt copy is left alone.
    await userEvent.type(screen.getByRole('textbox', { name: 'Anteckning' }), 'Ny');
    await expect.poll(() => localStorage.getItem('bb-draft:note')).toBe('{"text":"Ny"}');
    expect(localStorage.getItem('bb-draft:note.corrupt-1700000000000')).toBe('{"text": "halv');

    await screen.getByRole('button', { name: 'Jag förstår' }).click();
    await expect
      .element(screen.getByRole('heading', { name: 'Det sparade utkastet gick inte att läsa' }))
      .not.toBeInTheDocument();
  });

  it('treats valid JSON of the wrong shape as corrupt and keeps the issues', async () => {
    const storage = memoryStorageAdapter({ note: '{"title":"fel form"}' });
    let issues: unknown;
    function Probe() {
      const draft = useDraft<Note>({
        key: 'note',
        storage,
        initial: { text: '' },
        parse: parseNote,
        now: () => 5,
      });
      issues = draft.corrupt?.issues;
      return <DraftStatus draft={draft} locale="en" />;
    }
    const screen = await render(<Probe />);
    await expect
      .element(screen.getByRole('heading', { name: 'The saved draft could not be read' }))
      .toBeVisible();
    expect(issues).toEqual([
      {
        path: ['text'],
        code: 'required',
        message: { sv: 'Texten saknas', en: 'The text is missing' },
      },
    ]);
    await expect
      .poll(() => storage.entries())
      .toEqual({
        'note.corrupt-5': '{"title":"fel form"}',
        // Remembers the notice until the user has seen it.
        'note.set-aside': expect.stringContaining('"movedTo":"note.corrupt-5"'),
      });
  });

  it('clears the draft on "Börja om"', async () => {
    localStorage.setItem('bb-draft:note', '{"text":"gammalt"}');
    const screen = await render(<NoteForm storage={localStorageAdapter()} />);
    await expect
      .element(screen.getByRole('textbox', { name: 'Anteckning' }))
      .toHaveValue('gammalt');
    await screen.getByRole('button', { name: 'Börja om' }).click();
    await expect.element(screen.getByRole('textbox', { name: 'Anteckning' })).toHaveValue('');
    expect(localStorage.getItem('bb-draft:note')).toBeNull();
  });
});

describe('useDraft when storage fails', () => {
  it('reports a full storage, keeps the text on the page, and recovers on the next save', async () => {
    let full = true;
    const inner = memoryStorageAdapter();
    const storage: DraftStorage = {
      ...inner,
      save(key, text) {
        if (full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        inner.save(key, text);
      },
    };
    const screen = await render(<NoteForm storage={storage} />);
    const box = screen.getByRole('textbox', { name: 'Anteckning' });
    await userEvent.type(box, 'Viktigt');
    await expect
      .element(screen.getByRole('status'))
      .toHaveTextContent(
        'Det gick inte att spara utkastet eftersom lagringsutrymmet i webbläsaren är fullt. Det du skrivit finns kvar på sidan, men spara eller skriv ut innan du stänger.',
      );
    await expect.element(box).toHaveValue('Viktigt');
    await expectNoAxeViolations(screen.container);

    full = false;
    await userEvent.type(box, '!');
    await expect.poll(() => inner.entries().note).toBe('{"text":"Viktigt!"}');
    await expect.element(screen.getByRole('status')).toHaveTextContent(/^Utkastet sparades kl\./);
  });

  it('reports blocked storage (private mode) as unavailable, on load and on save', async () => {
    const blocked: DraftStorage = {
      load() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
      save() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
      remove() {},
    };
    const screen = await render(<NoteForm storage={blocked} />);
    await expect
      .element(screen.getByRole('status'))
      .toHaveTextContent(/kanske för att webbläsaren är i privat läge/);
    await userEvent.type(screen.getByRole('textbox', { name: 'Anteckning' }), 'Kvar');
    await expect.element(screen.getByRole('textbox', { name: 'Anteckning' })).toHaveValue('Kvar');
    await expect.element(screen.getByRole('status')).toHaveTextContent(/privat läge/);
  });

  it('localStorageAdapter turns a real quota error into a typed error', () => {
    const adapter = localStorageAdapter('quota-test:');
    let caught: unknown;
    try {
      // Chromium's localStorage holds about 5 MB per origin (UTF-16: 2 bytes a character).
      adapter.save('big', 'x'.repeat(6 * 1024 * 1024));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DraftStorageError);
    expect((caught as DraftStorageError).code).toBe('quota');
  });
});

describe('useDraft with an asynchronous storage', () => {
  it('loads, restores and saves through promises', async () => {
    const inner = memoryStorageAdapter({ note: '{"text":"från IndexedDB"}' });
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const storage: DraftStorage = {
      load: async (key) => {
        await gate;
        return inner.load(key);
      },
      save: async (key, text) => inner.save(key, text),
      remove: async (key) => inner.remove(key),
    };
    const screen = await render(<NoteForm storage={storage} />);
    await expect.element(screen.getByRole('textbox')).not.toBeInTheDocument();
    release();
    const box = screen.getByRole('textbox', { name: 'Anteckning' });
    await expect.element(box).toHaveValue('från IndexedDB');
    await box.click();
    await userEvent.keyboard('{End}!');
    await expect.poll(() => inner.entries().note).toBe('{"text":"från IndexedDB!"}');
    await expect.element(screen.getByRole('status')).toHaveTextContent(/^Utkastet sparades/);
  });
});

describe('useDraft with core documents', () => {
  it("round-trips a SIP plan through core's exportDocument and parseSipPlan", async () => {
    const storage = memoryStorageAdapter();
    const initial = createSipPlan({
      pack: defaultPack,
      id: 'plan-1',
      now: new Date('2026-03-05T10:00:00Z'),
    });
    function PlanPurpose() {
      const draft = useDraft<SipPlan>({
        key: 'plan',
        storage,
        initial,
        parse: (data) => parseSipPlan(data),
        serialize: exportDocument,
        debounceMs: 10,
      });
      return (
        <>
          <DraftStatus draft={draft} />
          <Textarea
            name="purpose"
            label="Syfte med mötet"
            value={draft.value.purpose ?? ''}
            onChange={(purpose) => draft.setValue((plan) => ({ ...plan, purpose }))}
          />
        </>
      );
    }
    const first = await render(<PlanPurpose />);
    await userEvent.type(
      first.getByRole('textbox', { name: 'Syfte med mötet' }),
      'Att Hanna kommer till skolan',
    );
    await expect.poll(() => storage.entries().plan ?? '').toContain('Att Hanna kommer till skolan');
    const saved = storage.entries().plan!;
    expect(saved).toBe(exportDocument({ ...initial, purpose: 'Att Hanna kommer till skolan' }));
    await first.unmount();

    const second = await render(<PlanPurpose />);
    await expect
      .element(second.getByRole('textbox', { name: 'Syfte med mötet' }))
      .toHaveValue('Att Hanna kommer till skolan');
    await expect
      .element(second.getByRole('status'))
      .toHaveTextContent('Ditt sparade utkast har hämtats.');
  });
});

describe('a set-aside draft stays within reach (hostile testing, issue 19)', () => {
  const heading = 'Det sparade utkastet gick inte att läsa';

  it('the notice survives a reload until the user has seen it', async () => {
    const storage = memoryStorageAdapter({ note: '{"text": "halv' });
    // Something else (another page of the host) reads the draft first and sets it aside.
    const first = await render(<NoteForm storage={storage} now={() => 7} />);
    await expect.poll(() => storage.entries()['note.corrupt-7']).toBe('{"text": "halv');
    await first.unmount();

    const second = await render(<NoteForm storage={storage} now={() => 8} />);
    await expect.element(second.getByRole('heading', { name: heading })).toBeVisible();
    await expect.element(second.getByText(/note\.corrupt-7/)).toBeVisible();
    await expectNoAxeViolations(second.container);
    await second.getByRole('button', { name: 'Jag förstår' }).click();
    await expect.element(second.getByRole('heading', { name: heading })).not.toBeInTheDocument();
    await second.unmount();

    // Seen once is enough; the copy itself is still there.
    const third = await render(<NoteForm storage={storage} />);
    await expect.element(third.getByRole('textbox', { name: 'Anteckning' })).toBeVisible();
    expect(third.container.querySelector('.bb-draft-notice')).toBeNull();
    expect(storage.entries()['note.corrupt-7']).toBe('{"text": "halv');
  });

  it('never overwrites a damaged draft that could not be set aside, and offers it as a file', async () => {
    const inner = memoryStorageAdapter({ note: '{"text": "gammalt men trasigt' });
    const storage: DraftStorage = {
      ...inner,
      save(key, text) {
        if (key.includes('.corrupt-'))
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        inner.save(key, text);
      },
    };
    const screen = await render(<NoteForm storage={storage} />);
    await expect.element(screen.getByRole('heading', { name: heading })).toBeVisible();
    await expect.element(screen.getByText(/kunde inte sparas undan/)).toBeVisible();
    await userEvent.type(screen.getByRole('textbox', { name: 'Anteckning' }), 'Nytt');
    window.dispatchEvent(new Event('pagehide'));
    expect(inner.entries().note).toBe('{"text": "gammalt men trasigt');
    await expect.element(screen.getByRole('textbox', { name: 'Anteckning' })).toHaveValue('Nytt');

    const clicked: HTMLAnchorElement[] = [];
    const texts: string[] = [];
    const create = URL.createObjectURL.bind(URL);
    const urlSpy = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      void (blob as Blob).text().then((t) => texts.push(t));
      return create(blob);
    });
    const spy = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this);
    });
    await screen.getByRole('button', { name: 'Ladda ner det gamla utkastet' }).click();
    spy.mockRestore();
    urlSpy.mockRestore();
    expect(clicked).toHaveLength(1);
    expect(clicked[0]!.href).toMatch(/^blob:/);
    expect(clicked[0]!.download).toMatch(/^note.*\.json$/);
    await expect.poll(() => texts).toEqual(['{"text": "gammalt men trasigt']);
    await expectNoAxeViolations(screen.container);

    // Only once the user says so does new work replace it.
    await screen.getByRole('button', { name: 'Jag förstår' }).click();
    await expect.poll(() => inner.entries().note).toBe('{"text":"Nytt"}');
  });

  it('"Börja om" on a draft that could not be set aside deletes it and saving resumes', async () => {
    const inner = memoryStorageAdapter({ note: 'trasigt' });
    const storage: DraftStorage = {
      ...inner,
      save(key, text) {
        if (key.includes('.corrupt-')) throw new DOMException('full', 'QuotaExceededError');
        inner.save(key, text);
      },
    };
    const screen = await render(<NoteForm storage={storage} />);
    await expect.element(screen.getByText(/kunde inte sparas undan/)).toBeVisible();
    await screen.getByRole('button', { name: 'Börja om' }).click();
    await expect.poll(() => inner.entries()).toEqual({});
    await userEvent.type(screen.getByRole('textbox', { name: 'Anteckning' }), 'Ny start');
    await expect.poll(() => inner.entries().note).toBe('{"text":"Ny start"}');
  });

  it('says so in words when the draft comes from a newer version', async () => {
    const storage = memoryStorageAdapter({ note: '{"text":"x","version":9}' });
    const parse = (): ParseResult<Note> => ({
      ok: false,
      issues: [
        {
          path: ['version'],
          code: 'unsupported-version',
          message: { sv: 'version 9 är nyare än 1', en: 'version 9 is newer than 1' },
        },
      ],
    });
    const screen = await render(<NoteForm storage={storage} parse={parse} now={() => 3} />);
    await expect
      .element(screen.getByRole('heading', { name: 'Utkastet sparades av en nyare version' }))
      .toBeVisible();
    await expect
      .element(screen.getByRole('button', { name: 'Ladda ner det gamla utkastet' }))
      .toBeVisible();
    await expectNoAxeViolations(screen.container);
  });

  it('"Börja om" can take the set-aside copy with it', async () => {
    const storage = memoryStorageAdapter({ note: 'inte json' });
    let clear: ((o?: { setAside?: boolean }) => Promise<void>) | undefined;
    function Probe() {
      const draft = useDraft<Note>({
        key: 'note',
        storage,
        initial: { text: '' },
        parse: parseNote,
        now: () => 4,
      });
      clear = draft.clear;
      return <DraftStatus draft={draft} />;
    }
    const screen = await render(<Probe />);
    await expect.poll(() => storage.entries()['note.corrupt-4']).toBe('inte json');
    await clear!({ setAside: true });
    await expect.poll(() => storage.entries()).toEqual({});
    await expect.element(screen.getByRole('heading', { name: heading })).not.toBeInTheDocument();
  });
});
