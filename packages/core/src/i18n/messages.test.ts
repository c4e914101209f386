import { describe, expect, it } from 'vitest';
import { formatMessage, mergeMessages } from './messages.ts';

describe('formatMessage', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(formatMessage('{area}: {value} av {max}', { area: 'Trygg', value: 4, max: 5 })).toBe(
      'Trygg: 4 av 5',
    );
    expect(formatMessage('Hej {name}')).toBe('Hej {name}');
  });
  it('inserts markup as plain text', () => {
    expect(formatMessage('{x}', { x: '<b>' })).toBe('<b>');
  });
});

describe('mergeMessages', () => {
  it('overrides only the given keys', () => {
    const base = { a: 'A', b: 'B' };
    expect(mergeMessages(base, { b: 'b2' })).toEqual({ a: 'A', b: 'b2' });
    expect(mergeMessages(base, { a: undefined })).toEqual(base);
    expect(mergeMessages(base)).toBe(base);
  });
});
