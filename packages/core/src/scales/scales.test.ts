import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerLabel, decodeAnswer, encodeAnswer, getScale, isAnswered, SCALES } from './scales.ts';
import type { Answer, ScaleId } from './types.ts';

const IDS: ScaleId[] = ['none', 'faces-3', 'agree-5', 'steps-10'];

/** Every answer a scale allows, plus unanswered. */
const allAnswers = (steps: number): (Answer | undefined)[] => [
  ...Array.from({ length: steps }, (_, i): Answer => ({ kind: 'value', value: i + 1 })),
  { kind: 'dont-know' },
  { kind: 'declined' },
  undefined,
];

describe('SCALES', () => {
  it.each([
    ['none', 0],
    ['faces-3', 3],
    ['agree-5', 5],
    ['steps-10', 10],
  ] as const)('%s has %i steps and one non-empty label per step in sv and en', (id, steps) => {
    const scale = SCALES[id];
    expect(scale.id).toBe(id);
    expect(scale.steps).toBe(steps);
    for (const lang of ['sv', 'en']) {
      expect(scale.labels[lang]).toHaveLength(steps);
      for (const label of scale.labels[lang]!) expect(label.trim()).not.toBe('');
    }
  });

  it('carries the agreed words', () => {
    expect(SCALES['agree-5'].labels.sv).toEqual([
      'Stämmer inte alls',
      'Stämmer lite',
      'Stämmer ganska bra',
      'Stämmer bra',
      'Stämmer helt',
    ]);
    expect(SCALES['faces-3'].labels.en).toEqual(['Not good', 'So-so', 'Good']);
    expect(SCALES['steps-10'].labels.sv![0]).toBe('1 – Långt ifrån');
    expect(SCALES['steps-10'].labels.sv![4]).toBe('5');
    expect(SCALES['steps-10'].labels.en![9]).toBe('10 – Just as I want it');
  });

  it('has no target level anywhere', () => {
    for (const id of IDS) expect(Object.keys(SCALES[id]).sort()).toEqual(['id', 'labels', 'steps']);
  });

  it('cannot be changed by a host by accident', () => {
    expect(() => {
      SCALES['agree-5'].labels.sv![0] = 'Fel';
    }).toThrow(TypeError);
    expect(SCALES['agree-5'].labels.sv![0]).toBe('Stämmer inte alls');
  });
});

describe('getScale', () => {
  it('relabels a language when the count is right, and adds new languages', () => {
    const s = getScale('faces-3', {
      sv: ['Dåligt', 'Mittemellan', 'Bra'],
      de: ['Schlecht', 'Geht so', 'Gut'],
    });
    expect(s.labels.sv).toEqual(['Dåligt', 'Mittemellan', 'Bra']);
    expect(s.labels.de).toEqual(['Schlecht', 'Geht so', 'Gut']);
    expect(s.labels.en).toEqual(['Not good', 'So-so', 'Good']);
    expect(s.steps).toBe(3);
  });

  it('keeps the default labels for a language with the wrong count or bad entries, without throwing', () => {
    const s = getScale('agree-5', {
      sv: ['för', 'få'],
      en: ['a', 'b', 'c', 'd', ''],
      de: [1, 2, 3, 4, 5] as unknown as string[],
      fr: 'nope' as unknown as string[],
    });
    expect(s.labels.sv).toEqual(SCALES['agree-5'].labels.sv);
    expect(s.labels.en).toEqual(SCALES['agree-5'].labels.en);
    expect(s.labels.de).toBeUndefined();
    expect(s.labels.fr).toBeUndefined();
  });

  it('ignores a "__proto__" language from parsed JSON', () => {
    const s = getScale('faces-3', JSON.parse('{"__proto__": ["a", "b", "c"]}'));
    expect(Object.getPrototypeOf(s.labels)).toBe(Object.prototype);
    expect(Object.keys(s.labels)).toEqual(['sv', 'en']);
  });

  it('returns a copy that can be changed without touching the shipped scale', () => {
    const s = getScale('agree-5');
    s.labels.sv![0] = 'Ändrad';
    expect(SCALES['agree-5'].labels.sv![0]).toBe('Stämmer inte alls');
  });

  it('gives the discussion-only scale for an unknown id', () => {
    expect(getScale('stars-7' as ScaleId).id).toBe('none');
    expect(getScale('__proto__' as ScaleId).id).toBe('none');
  });
});

describe('answerLabel', () => {
  const agree = SCALES['agree-5'];
  it('names values by their label, in the locale', () => {
    expect(answerLabel(agree, { kind: 'value', value: 4 }, 'sv')).toBe('Stämmer bra');
    expect(answerLabel(agree, { kind: 'value', value: 1 }, 'en')).toBe('Not at all true');
    expect(answerLabel(agree, { kind: 'value', value: 3 }, 'sv-SE')).toBe('Stämmer ganska bra');
    expect(answerLabel(SCALES['steps-10'], { kind: 'value', value: 7 }, 'sv')).toBe('7');
  });

  it('keeps the four answer states distinct in both languages', () => {
    const sv = allAnswers(0).map((a) => answerLabel(agree, a, 'sv'));
    const en = allAnswers(0).map((a) => answerLabel(agree, a, 'en'));
    expect(sv).toEqual(['Vet inte', 'Vill inte svara', 'Inte besvarat']);
    expect(en).toEqual(["Don't know", 'Prefer not to say', 'Not answered']);
  });

  it('always gives a string, whatever the locale', () => {
    for (const locale of ['constructor', 'toString', '__proto__', '', 'x-y-z']) {
      for (const a of allAnswers(5)) expect(typeof answerLabel(agree, a, locale)).toBe('string');
    }
  });

  it('falls back to Swedish for other locales and to the number for values without a label', () => {
    expect(answerLabel(agree, { kind: 'dont-know' }, 'de')).toBe('Vet inte');
    expect(answerLabel(agree, { kind: 'value', value: 2 }, 'fi')).toBe('Stämmer lite');
    expect(answerLabel(agree, { kind: 'value', value: 9 }, 'sv')).toBe('9');
    expect(
      answerLabel(
        getScale('faces-3', { de: ['A', 'B', 'C'] }),
        { kind: 'value', value: 2 },
        'de-AT',
      ),
    ).toBe('B');
  });
});

describe('encodeAnswer / decodeAnswer', () => {
  it.each(IDS)('round-trips every answer of %s', (id) => {
    const scale = SCALES[id];
    const seen = new Set<string>();
    for (const a of allAnswers(scale.steps)) {
      const encoded = encodeAnswer(a);
      seen.add(encoded);
      expect(decodeAnswer(encoded, scale)).toEqual(a);
    }
    // Distinct answers give distinct form values: nothing is coerced into another state.
    expect(seen.size).toBe(scale.steps + 3);
  });

  it('writes the documented form values', () => {
    expect(encodeAnswer({ kind: 'value', value: 10 })).toBe('10');
    expect(encodeAnswer({ kind: 'dont-know' })).toBe('dont-know');
    expect(encodeAnswer({ kind: 'declined' })).toBe('declined');
    expect(encodeAnswer(undefined)).toBe('');
  });

  it.each([
    '0',
    '6',
    '-1',
    '05',
    '5.0',
    '2.5',
    ' 3',
    '3 ',
    '1e0',
    '0x3',
    'Infinity',
    'NaN',
    'DONT-KNOW',
    'true',
    '',
  ])('reads %j as unanswered on agree-5', (value) => {
    expect(decodeAnswer(value, SCALES['agree-5'])).toBeUndefined();
  });

  it('reads any non-string as unanswered', () => {
    for (const value of [
      null,
      undefined,
      3,
      {},
      [],
      ['3'],
      Symbol('x'),
      () => 3,
      new Blob(['3']),
    ]) {
      expect(decodeAnswer(value, SCALES['agree-5'])).toBeUndefined();
    }
  });

  it('never throws and only returns answers that fit the scale', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.anything()), fc.constantFrom(...IDS), (value, id) => {
        const scale = SCALES[id];
        const a = decodeAnswer(value, scale);
        if (a?.kind === 'value') {
          expect(Number.isInteger(a.value) && a.value >= 1 && a.value <= scale.steps).toBe(true);
        }
        if (a) expect(encodeAnswer(a)).toBe(value);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('isAnswered', () => {
  it('counts values, "Vet inte" and "Vill inte svara" as answers, and nothing else', () => {
    expect(isAnswered({ answer: { kind: 'value', value: 1 } })).toBe(true);
    expect(isAnswered({ answer: { kind: 'dont-know' } })).toBe(true);
    expect(isAnswered({ answer: { kind: 'declined' } })).toBe(true);
    expect(isAnswered({})).toBe(false);
    expect(isAnswered(undefined)).toBe(false);
    expect(isAnswered({ answer: undefined })).toBe(false);
  });
});
