import { describe, expect, it } from 'vitest';
import type { ParseResult } from '@barnets-basta/core';
import {
  initialValue,
  interpret,
  isThenable,
  markerKey,
  quietly,
  readDraft,
  stateFrom,
  type Loaded,
} from './draft-reading.ts';
import { DraftStorageError, memoryStorageAdapter, type DraftStorage } from './storage.ts';
import { parseNote, type Note } from './test-note.ts';

const newer: (data: unknown) => ParseResult<Note> = () => ({
  ok: false,
  issues: [
    { path: ['schemaVersion'], code: 'unsupported-version', message: { sv: 'Nyare', en: 'Newer' } },
  ],
});

describe('interpret', () => {
  it('reads a saved value, with or without a byte-order mark', () => {
    expect(interpret('{"text":"Hej"}', parseNote)).toEqual({ kind: 'ok', value: { text: 'Hej' } });
    expect(interpret('\ufeff{"text":"Hej"}', parseNote)).toEqual({
      kind: 'ok',
      value: { text: 'Hej' },
    });
  });

  it('treats no text as no draft', () => {
    expect(interpret(null, parseNote)).toEqual({ kind: 'none' });
    expect(interpret(undefined, parseNote)).toEqual({ kind: 'none' });
  });

  it('keeps an unreadable text with path-specific reasons in Swedish and English, never throwing', () => {
    const notJson = interpret('{"text":', parseNote);
    expect(notJson).toMatchObject({ kind: 'corrupt', text: '{"text":' });
    expect(notJson.kind === 'corrupt' && notJson.issues[0]).toMatchObject({ code: 'invalid-json' });
    expect(notJson.kind === 'corrupt' && notJson.issues[0]!.message.en).toBeTruthy();

    const wrong = interpret('{"note":1}', parseNote);
    expect(wrong.kind === 'corrupt' && wrong.issues.map((i) => i.path)).toEqual([['text']]);

    const throwing = interpret('{}', () => {
      throw new Error('bug in parse');
    });
    expect(throwing).toMatchObject({ kind: 'corrupt', issues: [{ code: 'type' }] });

    const notAString = interpret(42 as unknown as string, parseNote);
    expect(notAString).toMatchObject({ kind: 'corrupt', text: '42' });
  });
});

describe('readDraft', () => {
  it('answers a synchronous storage at once', () => {
    const storage = memoryStorageAdapter({ note: '{"text":"Sparat"}' });
    expect(readDraft(storage, 'note', parseNote)).toEqual({
      kind: 'ok',
      value: { text: 'Sparat' },
    });
    expect(readDraft(storage, 'other', parseNote)).toEqual({ kind: 'none' });
  });

  it('answers an asynchronous storage with a promise', async () => {
    const memory = memoryStorageAdapter({ note: '{"text":"Sparat"}' });
    const storage: DraftStorage = { ...memory, load: async (key) => memory.load(key) };
    const loaded = readDraft(storage, 'note', parseNote);
    expect(isThenable(loaded)).toBe(true);
    expect(await loaded).toEqual({ kind: 'ok', value: { text: 'Sparat' } });
  });

  it('turns a storage that throws or rejects into its error code', async () => {
    const throwing: DraftStorage = {
      ...memoryStorageAdapter(),
      load: () => {
        throw new DraftStorageError('unavailable');
      },
    };
    expect(readDraft(throwing, 'note', parseNote)).toEqual({ kind: 'error', error: 'unavailable' });
    const rejecting: DraftStorage = {
      ...memoryStorageAdapter(),
      load: () => Promise.reject(new DraftStorageError('quota')),
    };
    expect(await readDraft(rejecting, 'note', parseNote)).toEqual({
      kind: 'error',
      error: 'quota',
    });
  });

  it('brings back the notice about a draft set aside on an earlier visit, with its text', () => {
    const storage = memoryStorageAdapter({
      note: '{"text":"Ny"}',
      [markerKey('note')]: JSON.stringify({ movedTo: 'note.corrupt-1' }),
      'note.corrupt-1': '{"text":',
    });
    const loaded = readDraft(storage, 'note', parseNote) as Loaded<Note>;
    expect(loaded).toMatchObject({ kind: 'ok', value: { text: 'Ny' } });
    expect(loaded.notice).toMatchObject({
      key: 'note',
      movedTo: 'note.corrupt-1',
      newer: false,
      text: '{"text":',
    });
  });

  it('ignores a marker that is damaged or whose copy is gone', () => {
    const damaged = memoryStorageAdapter({ [markerKey('note')]: '{' });
    expect(readDraft(damaged, 'note', parseNote)).toEqual({ kind: 'none' });
    const gone = memoryStorageAdapter({
      [markerKey('note')]: JSON.stringify({ movedTo: 'note.corrupt-1' }),
    });
    expect(readDraft(gone, 'note', parseNote)).toEqual({ kind: 'none' });
  });
});

describe('stateFrom', () => {
  const initial = () => ({ text: '' });

  it('restores a saved value', () => {
    expect(stateFrom({ kind: 'ok', value: { text: 'A' } }, 'note', initial, () => 5)).toEqual({
      value: { text: 'A' },
      restored: true,
      loading: false,
      status: 'idle',
    });
  });

  it('starts from the initial value with the reason when the storage failed', () => {
    expect(stateFrom({ kind: 'error', error: 'quota' }, 'note', initial, () => 5)).toMatchObject({
      value: { text: '' },
      restored: false,
      status: 'error',
      error: 'quota',
    });
  });

  it('sets an unreadable draft aside under a timestamped key, and says when a newer version saved it', () => {
    const corrupt = interpret('{"v":9}', newer);
    const state = stateFrom(corrupt as Loaded<Note>, 'note', initial, () => 1234);
    expect(state.value).toEqual({ text: '' });
    expect(state.corrupt).toMatchObject({ key: 'note', movedTo: 'note.corrupt-1234', newer: true });
    expect(state.moveCorrupt).toEqual({ from: 'note', to: 'note.corrupt-1234', text: '{"v":9}' });
  });
});

describe('small helpers', () => {
  it('makes the initial value from a function, or takes it as it is', () => {
    expect(initialValue(() => 3)).toBe(3);
    expect(initialValue('x')).toBe('x');
  });

  it('swallows the failure of a late clean-up, thrown or rejected', async () => {
    expect(() =>
      quietly(() => {
        throw new Error('gone');
      }),
    ).not.toThrow();
    quietly(() => Promise.reject(new Error('gone')));
    await Promise.resolve();
  });
});
