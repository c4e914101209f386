import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../contrast.ts';
import { defaultPack } from './barnets-basta.ts';
import { describePackRules } from './test-pack-rules.ts';

describePackRules(defaultPack);

describe('defaultPack (barnets-basta)', () => {
  it('is Barnets bästa-hjulet 1.0.0 in Swedish first, then English', () => {
    expect(defaultPack.id).toBe('barnets-basta');
    expect(defaultPack.version).toBe('1.0.0');
    expect(defaultPack.languages).toEqual(['sv', 'en']);
  });

  it('has the eight areas of DOMAIN.md clockwise from 12 o’clock', () => {
    expect(defaultPack.areas.map((a) => a.id)).toEqual([
      'trygg',
      'ma-bra',
      'utvecklas',
      'omvardad',
      'aktiv',
      'respekterad',
      'ansvarstagande',
      'delaktig',
    ]);
    expect(defaultPack.areas.map((a) => a.texts.sv?.name)).toEqual([
      'Trygg',
      'Må bra',
      'Utvecklas',
      'Omvårdad',
      'Aktiv',
      'Respekterad',
      'Ansvarstagande',
      'Delaktig',
    ]);
    expect(defaultPack.areas.map((a) => a.texts.en?.name)).toEqual([
      'Safe',
      'Healthy',
      'Achieving',
      'Nurtured',
      'Active',
      'Respected',
      'Responsible',
      'Included',
    ]);
  });

  it('has the agreed pack texts and arenas', () => {
    expect(defaultPack.texts.sv).toEqual({
      title: 'Barnets bästa-hjulet',
      centre: 'Jag',
      closingQuestion: 'Vad hoppas du på framåt?',
    });
    expect(defaultPack.texts.en?.centre).toBe('Me');
    expect(defaultPack.texts.en?.closingQuestion).toBe('What do you hope for in the future?');
    expect(defaultPack.arenas?.map((a) => a.texts.sv?.name)).toEqual([
      'hemma',
      'i skolan',
      'på fritiden',
    ]);
    expect(defaultPack.arenas?.map((a) => a.texts.en?.name)).toEqual([
      'at home',
      'at school',
      'in my free time',
    ]);
  });

  it('uses the lättläst example for Trygg and Delaktig', () => {
    const byId = Object.fromEntries(defaultPack.areas.map((a) => [a.id, a]));
    expect(byId.trygg?.texts.sv?.child.young).toBe('Jag känner mig trygg hemma och i skolan.');
    expect(byId.delaktig?.texts.sv?.child.young).toBe(
      'Jag får vara med och känner att jag hör till.',
    );
  });

  it('keeps Respekterad (having a say) and Delaktig (belonging) apart in every register', () => {
    const byId = Object.fromEntries(defaultPack.areas.map((a) => [a.id, a]));
    const sv = (id: string) => {
      const t = byId[id]!.texts.sv!;
      return [t.child.young, t.child.middle, t.child.teen, t.guardian];
    };
    const en = (id: string) => {
      const t = byId[id]!.texts.en!;
      return [t.child.young, t.child.middle, t.child.teen, t.guardian];
    };
    for (const s of sv('respekterad')) {
      expect(s).toMatch(/lyssna/);
      expect(s).not.toMatch(/hör till|gemenskap/);
    }
    for (const s of sv('respekterad').slice(1)) expect(s).toMatch(/bestämma|påverka/);
    for (const s of sv('delaktig')) {
      expect(s).toMatch(/hör till|gemenskap/);
      expect(s).not.toMatch(/bestämma|påverka|lyssna/);
    }
    for (const s of en('respekterad')) {
      expect(s).toMatch(/listen/);
      expect(s).not.toMatch(/belong|part of/);
    }
    for (const s of en('delaktig')) {
      expect(s).toMatch(/belong|part of/);
      expect(s).not.toMatch(/a say|listen|decision/);
    }
  });

  it('computes every colour’s contrast with the WCAG formula, all at least 4.5:1 to white', () => {
    const ratios = defaultPack.areas.map((a) => contrastRatio(a.color, '#ffffff'));
    expect(ratios.every((r) => r >= 4.5)).toBe(true);
    // Written out, so a changed palette shows up in review.
    expect(ratios.map((r) => Math.round(r * 10) / 10)).toEqual([
      6.8, 6.8, 11.2, 5.9, 5.2, 8.2, 5.7, 8,
    ]);
  });
});
