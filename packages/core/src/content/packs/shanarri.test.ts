import { describe, expect, it } from 'vitest';
import { defaultPack } from './barnets-basta.ts';
import { shanarriPack } from './shanarri.ts';
import { describePackRules } from './test-pack-rules.ts';

describePackRules(shanarriPack);

describe('shanarriPack', () => {
  it('is the SHANARRI wheel in English only, with English ids', () => {
    expect(shanarriPack.id).toBe('shanarri');
    expect(shanarriPack.languages).toEqual(['en']);
    expect(shanarriPack.areas.map((a) => a.id)).toEqual([
      'safe',
      'healthy',
      'achieving',
      'nurtured',
      'active',
      'respected',
      'responsible',
      'included',
    ]);
  });

  it('has its own wording and its own colours, not a copy of the default pack', () => {
    shanarriPack.areas.forEach((area, i) => {
      const ours = defaultPack.areas[i]!;
      expect(area.color).not.toBe(ours.color);
      expect(area.texts.en?.child.middle).not.toBe(ours.texts.en?.child.middle);
      expect(area.texts.en?.description).not.toBe(ours.texts.en?.description);
    });
  });
});
