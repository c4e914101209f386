import { describe, expect, it } from 'vitest';
import { isoToDateParts, parseDateParts } from './parse-date-parts.ts';

describe('parseDateParts', () => {
  it('builds an ISO date from valid parts, with spaces and leading zeros', () => {
    expect(parseDateParts({ day: '5', month: '3', year: '2026' })).toEqual({
      ok: true,
      iso: '2026-03-05',
    });
    expect(parseDateParts({ day: ' 05 ', month: '03', year: '2026' })).toEqual({
      ok: true,
      iso: '2026-03-05',
    });
    expect(parseDateParts({ day: '29', month: '2', year: '2028' })).toEqual({
      ok: true,
      iso: '2028-02-29',
    });
  });

  it('says which parts are missing', () => {
    expect(parseDateParts({ day: '', month: '', year: '' })).toEqual({
      ok: false,
      code: 'incomplete',
      missing: ['day', 'month', 'year'],
    });
    expect(parseDateParts({ day: '5', month: ' ', year: '2026' })).toEqual({
      ok: false,
      code: 'incomplete',
      missing: ['month'],
    });
    expect(parseDateParts(undefined)).toMatchObject({ ok: false, code: 'incomplete' });
  });

  it('says which parts are invalid, including days that do not exist', () => {
    expect(parseDateParts({ day: '31', month: '4', year: '2026' })).toEqual({
      ok: false,
      code: 'invalid',
      invalid: ['day'],
    });
    expect(parseDateParts({ day: '29', month: '2', year: '2026' })).toEqual({
      ok: false,
      code: 'invalid',
      invalid: ['day'],
    });
    expect(parseDateParts({ day: 'x', month: '13', year: '26' })).toEqual({
      ok: false,
      code: 'invalid',
      invalid: ['day', 'month', 'year'],
    });
    expect(parseDateParts({ day: '0', month: '1', year: '2026' })).toMatchObject({
      code: 'invalid',
      invalid: ['day'],
    });
    expect(parseDateParts({ day: '1.5', month: '1', year: '2026' })).toMatchObject({
      code: 'invalid',
    });
  });

  it('never throws on odd input', () => {
    for (const input of [null, 42, { day: 1 }, { day: {}, month: [], year: Symbol('x') }]) {
      expect(() => parseDateParts(input as never)).not.toThrow();
    }
  });

  it('splits an ISO date back into parts', () => {
    expect(isoToDateParts('2026-03-05')).toEqual({ day: '5', month: '3', year: '2026' });
    expect(isoToDateParts('5 mars')).toEqual({ day: '', month: '', year: '' });
  });
});
