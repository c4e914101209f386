import { describe, expect, it } from 'vitest';
import { sexOmradenPack } from './sex-omraden.ts';
import { describePackRules } from './test-pack-rules.ts';

describePackRules(sexOmradenPack);

describe('sexOmradenPack', () => {
  it('has six areas in Swedish and English', () => {
    expect(sexOmradenPack.id).toBe('sex-omraden');
    expect(sexOmradenPack.languages).toEqual(['sv', 'en']);
    expect(sexOmradenPack.areas).toHaveLength(6);
  });

  it('keeps being heard apart from belonging', () => {
    const byId = Object.fromEntries(sexOmradenPack.areas.map((a) => [a.id, a.texts.sv!]));
    const heard = byId['bli-lyssnad-pa']!;
    const friends = byId.kompisar!;
    for (const s of [heard.child.young, heard.child.middle, heard.child.teen])
      expect(s).toMatch(/lyssna/);
    for (const s of [friends.child.young, friends.child.middle, friends.child.teen]) {
      expect(s).toMatch(/vara med|hör till/);
      expect(s).not.toMatch(/bestämma|påverka|lyssna/);
    }
  });
});
