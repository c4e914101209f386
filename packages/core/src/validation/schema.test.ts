import { describe, expect, test } from 'vitest';
import { setGlobalConfig, deleteGlobalConfig } from 'valibot';
import type { Message } from './messages.ts';
import { schemaIssues } from './run.ts';
import { any, bool, fmt, list, obj, oneOf, opt, rec, str, type Schema } from './schema.ts';

/** Runs a schema and lists the English messages of its issues, in the order found. */
function check(schema: Schema, value: unknown, messages?: Record<string, Message>): string[] {
  return schemaIssues(schema, value, messages).map((issue) => issue.message.en);
}

describe('schema building blocks', () => {
  const person = obj({ name: str, age: opt(oneOf([1, 2])), tags: opt(list(str)) });

  test('a closed object: members in schema order, a missing one where it would be, then unknown keys', () => {
    expect(check(person, { zz: 1, tags: [1], name: 2, yy: 2 })).toEqual([
      'name: must be text',
      'tags[0]: must be text',
      'zz: unknown field: remove or correct it',
      'yy: unknown field: remove or correct it',
    ]);
    expect(check(person, { age: 3 })).toEqual(['name: is missing', 'age: must be one of: 1, 2']);
    expect(check(person, { name: 'Alva' })).toEqual([]);
  });

  test('an object is a plain object, a list is an array', () => {
    expect(check(person, [])).toEqual(['(document): must be an object']);
    expect(check(person, null)).toEqual(['(document): must be an object']);
    expect(check(list(str), {})).toEqual(['(document): must be a list']);
    expect(check(rec(str, str), ['a'])).toEqual(['(document): must be an object']);
  });

  test('a record checks each key, then its value', () => {
    const byLang = rec(
      fmt((s) => /^[a-z]{2}$/.test(s), 'lang'),
      bool,
    );
    expect(check(byLang, { sv: true, EN: 'yes', fi: false })).toEqual([
      'EN: must be a language tag, e.g. "sv"',
      'EN: must be true or false',
    ]);
  });

  test('a format reports a non-string as text, and a string that fails by its own message', () => {
    const colour = fmt((s) => s.startsWith('#'), 'color');
    expect(check(colour, 5)).toEqual(['(document): must be text']);
    expect(check(colour, 'red')).toEqual(['(document): must be a colour #rrggbb or #rgb']);
    expect(check(colour, '#fff')).toEqual([]);
  });

  test('choices are quoted when they are text; optional accepts absence only', () => {
    expect(check(oneOf(['a', 'b']), 'c')).toEqual(['(document): must be one of: "a", "b"']);
    expect(check(opt(str), undefined)).toEqual([]);
    expect(check(opt(str), null)).toEqual(['(document): must be text']);
    expect(check(obj({ a: opt(str) }), {})).toEqual([]);
    expect(check(obj({ a: str }), {})).toEqual(['a: is missing']);
    expect(check(any, Symbol('x'))).toEqual([]);
  });

  test("a kind's own message is found by the key its schema gives valibot", () => {
    const own: Message = ['format', 'ska vara udda', 'must be odd'];
    const odd = fmt((s) => s.length % 2 === 1, 'odd');
    expect(check(list(odd), ['ab'], { odd: own })).toEqual(['[0]: must be odd']);
    expect(schemaIssues(odd, 'ab', { odd: own })[0]?.code).toBe('format');
  });

  test("every issue is reported even when a host sets valibot's global config to stop early", () => {
    setGlobalConfig({ abortEarly: true, abortPipeEarly: true });
    try {
      expect(check(person, { name: 1, age: 3, x: 1 })).toEqual([
        'name: must be text',
        'age: must be one of: 1, 2',
        'x: unknown field: remove or correct it',
      ]);
    } finally {
      deleteGlobalConfig();
    }
  });
});
