import type { ParseResult } from '@barnets-basta/core';

// The small value the draft tests keep: one note, and the parse that validates it.

/** A note: the value the draft tests save and restore. */
export interface Note {
  text: string;
}

export function parseNote(data: unknown): ParseResult<Note> {
  if (typeof data === 'object' && data !== null && typeof (data as Note).text === 'string') {
    return { ok: true, value: { text: (data as Note).text } };
  }
  return {
    ok: false,
    issues: [
      {
        path: ['text'],
        code: 'required',
        message: { sv: 'Texten saknas', en: 'The text is missing' },
      },
    ],
  };
}
