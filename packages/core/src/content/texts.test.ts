import { describe, expect, it } from 'vitest';
import { defaultPack } from './packs/barnets-basta.ts';
import { shanarriPack } from './packs/shanarri.ts';
import { areaTexts, packTexts, pickLanguage, statementFor } from './texts.ts';
import { AUDIENCES, type Audience, type ContentPack } from './types.ts';

/** A copy of the default pack with English partly missing, to exercise the fallbacks. */
function partlyTranslated(): ContentPack {
  const pack = structuredClone(defaultPack);
  pack.texts.en = { title: 'Wheel', centre: '', closingQuestion: undefined as unknown as string };
  const trygg = pack.areas[0]!;
  trygg.texts.en = {
    name: 'Safe',
    description: '',
    child: { young: 'I feel safe.', middle: '', teen: '' },
    guardian: '',
    questions: [],
  };
  delete pack.areas[1]!.texts.en;
  return pack;
}

describe('pickLanguage', () => {
  it('returns the requested language when the pack has it', () => {
    expect(pickLanguage(defaultPack, 'sv')).toBe('sv');
    expect(pickLanguage(defaultPack, 'en')).toBe('en');
  });

  it('falls back to the pack’s first language', () => {
    expect(pickLanguage(defaultPack, 'fi')).toBe('sv');
    expect(pickLanguage(defaultPack, '')).toBe('sv');
    expect(pickLanguage(shanarriPack, 'sv')).toBe('en');
  });

  it('matches a regional tag to the pack’s language', () => {
    expect(pickLanguage(defaultPack, 'en-GB')).toBe('en');
    expect(pickLanguage(defaultPack, 'sv-FI')).toBe('sv');
    expect(pickLanguage(defaultPack, 'EN')).toBe('en');
  });
});

describe('packTexts', () => {
  it('gives the pack texts in the chosen language', () => {
    expect(packTexts(defaultPack, 'sv')).toEqual({
      title: 'Barnets bästa-hjulet',
      centre: 'Jag',
      closingQuestion: 'Vad hoppas du på framåt?',
    });
    expect(packTexts(defaultPack, 'en').centre).toBe('Me');
  });

  it('falls back per field, and for a missing language, to the first language', () => {
    const pack = partlyTranslated();
    expect(packTexts(pack, 'en')).toEqual({
      title: 'Wheel',
      centre: 'Jag',
      closingQuestion: 'Vad hoppas du på framåt?',
    });
    expect(packTexts(defaultPack, 'de').title).toBe('Barnets bästa-hjulet');
  });
});

describe('areaTexts', () => {
  it('finds an area by id or by definition', () => {
    expect(areaTexts(defaultPack, 'delaktig', 'sv').child.young).toBe(
      'Jag får vara med och känner att jag hör till.',
    );
    expect(areaTexts(defaultPack, defaultPack.areas[0]!, 'en').name).toBe('Safe');
    expect(areaTexts(defaultPack, 'trygg', 'en')).toEqual(defaultPack.areas[0]!.texts.en);
  });

  it('falls back to the pack’s first language, field by field', () => {
    const pack = partlyTranslated();
    const trygg = areaTexts(pack, 'trygg', 'en');
    const sv = defaultPack.areas[0]!.texts.sv!;
    expect(trygg.name).toBe('Safe');
    expect(trygg.child.young).toBe('I feel safe.');
    expect(trygg.child.middle).toBe(sv.child.middle);
    expect(trygg.description).toBe(sv.description);
    expect(trygg.questions).toEqual(sv.questions);
    expect(areaTexts(pack, 'ma-bra', 'en').name).toBe('Må bra');
    expect(areaTexts(defaultPack, 'aktiv', 'fi').name).toBe('Aktiv');
  });

  it('returns a copy of the questions, so a caller cannot change the pack', () => {
    const texts = areaTexts(defaultPack, 'trygg', 'sv');
    texts.questions.push('Ändrad?');
    expect(defaultPack.areas[0]!.texts.sv!.questions).toHaveLength(3);
  });

  it('gives the id and empty texts for an unknown area, instead of crashing', () => {
    const texts = areaTexts(defaultPack, 'finns-inte', 'sv');
    expect(texts.name).toBe('finns-inte');
    expect(texts.description).toBe('');
    expect(texts.questions).toEqual([]);
  });
});

describe('statementFor', () => {
  const texts = areaTexts(defaultPack, 'trygg', 'sv');
  const expected: Record<Audience, string> = {
    'child-4-7': texts.child.young,
    'child-8-12': texts.child.middle,
    'child-13-18': texts.child.teen,
    guardian: texts.guardian,
    professional: texts.description,
  };

  for (const audience of AUDIENCES) {
    it(`gives the right text for ${audience}`, () => {
      expect(statementFor(texts, audience)).toBe(expected[audience]);
    });
  }

  it('starts the guardian statement with "Mitt barn" and the youngest with the lättläst line', () => {
    expect(statementFor(texts, 'guardian')).toMatch(/^Mitt barn/);
    expect(statementFor(texts, 'child-4-7')).toBe('Jag känner mig trygg hemma och i skolan.');
  });

  it('falls back to the description for an audience it does not know', () => {
    expect(statementFor(texts, 'teacher' as Audience)).toBe(texts.description);
  });
});
