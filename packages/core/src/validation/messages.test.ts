import { describe, expect, test } from 'vitest';
import { formatIssue, formatIssues, makeIssue, messageTexts } from './messages.ts';
import { parseAssessment } from './parse.ts';
import { validAssessment } from './test-fixtures.ts';

describe('formatIssue and formatIssues', () => {
  const result = parseAssessment({
    ...validAssessment(),
    areas: { trygg: { answer: { kind: 'value', value: 9 } } },
    mood: 'glad',
  });
  const issues = result.ok ? [] : result.issues;

  test('give the message in the language asked for', () => {
    expect(issues).toHaveLength(2);
    expect(formatIssue(issues[0]!, 'sv')).toBe('mood: okänt fält: ta bort eller rätta det');
    expect(formatIssue(issues[0]!, 'en')).toBe('mood: unknown field: remove or correct it');
    expect(formatIssues(issues, 'sv')).toEqual([
      'mood: okänt fält: ta bort eller rätta det',
      'areas.trygg.answer.value: ska vara ett heltal från 1 till 5',
    ]);
    expect(formatIssues(issues, 'en')).toEqual([
      'mood: unknown field: remove or correct it',
      'areas.trygg.answer.value: must be a whole number from 1 to 5',
    ]);
    expect(formatIssues([], 'sv')).toEqual([]);
  });

  test('fall back to Swedish for other locales and to the code for a malformed issue', () => {
    expect(formatIssue(issues[1]!, 'de' as 'sv')).toBe(
      'areas.trygg.answer.value: ska vara ett heltal från 1 till 5',
    );
    expect(formatIssue({ path: [], code: 'type' } as never, 'en')).toBe('type');
  });
});

describe('paths in messages', () => {
  test('keys joined by dots, indices in brackets, odd keys quoted', () => {
    expect(makeIssue(['actions', 2, 'end'], 'required').message.en).toBe(
      'actions[2].end: is missing',
    );
    expect(makeIssue(['areas', 'ma-bra', 'note'], 'text').message.sv).toBe(
      'areas.ma-bra.note: ska vara text',
    );
    expect(makeIssue(['areas', 'Må bra'], 'id').message.en).toMatch(/^areas\["Må bra"\]: /);
    expect(makeIssue(['a.b', '<img src=x>'], 'required').message.en).toBe(
      '["a.b"]["<img src=x>"]: is missing',
    );
    expect(makeIssue([0, 1], 'required').message.en).toBe('[0][1]: is missing');
  });

  test('the root is named', () => {
    expect(makeIssue([], 'object').message).toEqual({
      sv: '(dokumentet): ska vara ett objekt',
      en: '(document): must be an object',
    });
  });

  test('long keys are shortened so a message stays readable', () => {
    const message = makeIssue(['x'.repeat(500)], 'unknownKey').message.en;
    expect(message.length).toBeLessThan(100);
  });
});

describe('message texts', () => {
  test('placeholders are filled in both languages', () => {
    expect(messageTexts('range', { min: 1, max: 3 })).toEqual({
      sv: 'ska vara ett heltal från 1 till 3',
      en: 'must be a whole number from 1 to 3',
    });
    expect(makeIssue(['schemaVersion'], 'newer', { version: 4, current: 1 })).toEqual({
      path: ['schemaVersion'],
      code: 'unsupported-version',
      message: {
        sv: 'schemaVersion: version 4 är nyare än 1: uppdatera verktyget',
        en: 'schemaVersion: version 4 is newer than 1: update the tool',
      },
    });
  });

  test('the issue code comes with the message', () => {
    expect(makeIssue(['child', 'name'], 'protected').code).toBe('protected-identity');
    expect(makeIssue(['child', 'reference'], 'pnr').code).toBe('personal-identity-number');
    expect(makeIssue([], 'jsonAt', { line: 1, column: 2 }).code).toBe('invalid-json');
  });
});
