import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createSipPlan } from '../sip/sip-plan.ts';
import type { SipPlan } from '../sip/types.ts';
import {
  asSeenBy,
  childIdentity,
  identityScrubber,
  scrubChildIdentity,
  type ChildIdentity,
} from './index.ts';

const alva: ChildIdentity = { names: ['Alva'], addresses: ['Storgatan 12, Växjö'] };

/** Folded for comparison as the rule folds: no diacritics, lower case. */
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

describe('identityScrubber: the child’s name and address out of free text', () => {
  test('whole words, any case, any diacritics; other words untouched', () => {
    const scrub = identityScrubber(alva);
    expect(scrub('Alva vill att ALVAS bror och álva kommer. alva!')).toBe(
      'Barnet vill att ALVAS bror och barnet kommer. Barnet!',
    );
    expect(scrub('Alvarsson och Malva är andra namn.')).toBe('Alvarsson och Malva är andra namn.');
    expect(scrub('Bor på storgatan 12, VAXJO sedan i våras.')).toBe(
      'Bor på [skyddad uppgift] sedan i våras.',
    );
    // A name written with a combining accent (decomposed) is still the name, accent included.
    expect(scrub('A\u0301lva\u0301 kom.')).toBe('Barnet kom.');
  });

  test('a name with diacritics is found without them, and the other way round', () => {
    const scrub = identityScrubber({ names: ['Åsa-Lé'], addresses: [] });
    expect(scrub('Vi träffade asa-le och ÅSA-LÉ, inte Åsa.')).toBe(
      'Vi träffade barnet och barnet, inte Åsa.',
    );
  });

  test('the host’s words replace it (another language)', () => {
    const scrub = identityScrubber(alva, { name: 'الطفل', address: '[معلومة محمية]' });
    expect(scrub('Alva, Storgatan 12, Växjö')).toBe('الطفل, [معلومة محمية]');
  });

  test('nothing to hide: the text as given', () => {
    const scrub = identityScrubber({ names: [], addresses: [] });
    expect(scrub('Alva')).toBe('Alva');
  });

  test('property: the name never survives in any text, and every other word does', () => {
    const letters = fc.constantFrom(...'abcdefghijklmnoprstuvyåäöéü');
    const word = fc.array(letters, { minLength: 2, maxLength: 7 }).map((l) => l.join(''));
    // Ways a name is typed: any case per letter, with or without its diacritics.
    const variant = (name: string) =>
      fc.array(fc.boolean(), { minLength: name.length, maxLength: name.length }).map((ups) =>
        [...name]
          .map((ch, i) => (ups[i] ? ch.toUpperCase() : ch))
          .join('')
          .normalize(ups[0] ? 'NFD' : 'NFC'),
      );
    fc.assert(
      fc.property(
        word,
        fc.array(fc.oneof(word, fc.constant(null)), { minLength: 1, maxLength: 12 }),
        fc.constantFrom(' ', ', ', '. ', '\n', ' – '),
        (name, slots, separator) => {
          // Other words: never the name, whatever their case and diacritics.
          const others = slots.map((w) => (w !== null && fold(w) === fold(name) ? null : w));
          return fc.assert(
            fc.property(
              fc.tuple(...others.map((w) => (w === null ? variant(name) : fc.constant(w)))),
              (tokens) => {
                const text = tokens.join(separator);
                const out = identityScrubber({ names: [name], addresses: [] })(text);
                const words = out.split(separator);
                expect(words).toHaveLength(tokens.length);
                words.forEach((w, i) => {
                  if (others[i] === null) expect(fold(w)).toBe('barnet');
                  else expect(w).toBe(tokens[i]);
                });
                expect(fold(out).split(/[^\p{L}]+/u)).not.toContain(fold(name));
              },
            ),
            { numRuns: 5 },
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('scrubChildIdentity and asSeenBy', () => {
  function plan(): SipPlan {
    const p = createSipPlan({ pack: { id: 'barnets-basta', version: '1.0.0' } });
    return {
      ...p,
      child: { name: 'Alva', address: 'Storgatan 12, Växjö', protectedIdentity: true },
      participants: [{ id: 'c', name: 'Alva', roles: ['child'], present: true }],
      purpose: 'Stöd för ALVA i skolan. Hon bor på Storgatan 12, Växjö.',
      goals: [{ id: 'g', text: 'alva vill orka hela dagar', term: 'short' }],
    };
  }

  test('childIdentity reads the name wherever a document keeps it', () => {
    expect(childIdentity(plan())).toEqual({
      names: ['Alva'],
      addresses: ['Storgatan 12, Växjö'],
    });
    expect(childIdentity('nonsense')).toEqual({ names: [], addresses: [] });
  });

  test('every string of any JSON, the input unchanged', () => {
    const input = plan();
    const out = scrubChildIdentity(input);
    expect(out.purpose).toBe('Stöd för barnet i skolan. Hon bor på [skyddad uppgift].');
    expect(out.goals[0]!.text).toBe('Barnet vill orka hela dagar');
    expect(input.purpose).toContain('ALVA');
  });

  test('asSeenBy takes the name out of every text for every viewer when identity is protected', () => {
    for (const viewer of ['respondent', 'contact-person', 'meeting', 'guardian'] as const) {
      const seen = asSeenBy(plan(), viewer);
      expect(fold(JSON.stringify(seen))).not.toMatch(/alva|storgatan/);
      expect(seen.goals[0]!.text).toBe('Barnet vill orka hela dagar');
    }
    const english = asSeenBy(plan(), 'meeting', {
      words: { name: 'the child', address: '[protected]' },
    });
    expect(english.purpose).toBe('Stöd för the child i skolan. Hon bor på [protected].');
  });

  test('without protected identity the texts stay as written', () => {
    const open = { ...plan(), child: { name: 'Alva' } };
    expect(asSeenBy(open, 'meeting').purpose).toBe(open.purpose);
  });
});
