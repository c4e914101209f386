import { describe, expect, test } from 'vitest';
import lattlast from './data/sv-x-lattlast.pack.json' with { type: 'json' };
import { lix, lixOf } from './lix.ts';

/** Every text of the lättläst pack language, with where it is. */
function lattlastTexts(): [string, string][] {
  const out: [string, string][] = [];
  for (const [key, text] of Object.entries(lattlast.texts)) out.push([`texts.${key}`, text]);
  for (const [id, arena] of Object.entries(lattlast.arenas)) out.push([`arenas.${id}`, arena.name]);
  for (const [id, area] of Object.entries(lattlast.areas)) {
    out.push([`areas.${id}.name`, area.name]);
    for (const [register, text] of Object.entries(area.child))
      out.push([`areas.${id}.child.${register}`, text]);
    area.questions.forEach((q, i) => out.push([`areas.${id}.questions[${i}]`, q]));
  }
  return out;
}

describe('lix', () => {
  test('words per sentence plus the share of words longer than six letters', () => {
    // 5 words, 1 sentence, 1 long word ("känner" has 6 letters, "trygghet" 8): 5 + 20.
    expect(lixOf('Jag känner mig med trygghet.')).toEqual({
      lix: 25,
      words: 5,
      sentences: 1,
      longWords: 1,
    });
    // 6 words, 2 sentences, no long word.
    expect(lix('Jag har en kompis. Vi leker!')).toBe(3);
    expect(lix('')).toBe(0);
    expect(lix('Utan punkt blir det en mening')).toBe(6 + (100 * 0) / 6);
    // A long, official sentence is hard to read.
    expect(
      lix(
        'Socialnämnden ansvarar för att barnets grundläggande behov tillgodoses genom samordnade insatser.',
      ),
    ).toBeGreaterThan(60);
  });

  test('every lättläst text has a LIX of at most 30', () => {
    const texts = lattlastTexts();
    expect(texts.length).toBeGreaterThan(50);
    const over = texts
      .filter(([, text]) => lix(text) > 30)
      .map(([where, text]) => `${where}: ${lix(text)} ${text}`);
    expect(over).toEqual([]);
  });

  test('the lättläst child statements are shorter and easier than the ordinary ones', async () => {
    const { defaultPack } = await import('../content/packs/barnets-basta.ts');
    for (const area of defaultPack.areas) {
      const easy = lattlast.areas[area.id as keyof typeof lattlast.areas];
      for (const register of ['middle', 'teen'] as const)
        expect(lix(easy.child[register])).toBeLessThanOrEqual(
          lix(area.texts.sv!.child[register]) + 5,
        );
    }
  });
});
