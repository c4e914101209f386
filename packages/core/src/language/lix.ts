/** The parts of a LIX value, for a report that shows how it came about. */
export interface LixResult {
  /** LIX: words per sentence plus the share of long words in per cent. */
  lix: number;
  words: number;
  sentences: number;
  /** Words of more than six letters. */
  longWords: number;
}

/**
 * Läsbarhetsindex (Björnsson): words per sentence plus the percentage of words longer than six
 * letters. Below 30 is very easy (children's books), 30–40 easy, above 50 hard. A word is a run
 * of letters and digits (hyphenated words count as one); a sentence ends at `.`, `!`, `?` or `:`,
 * and text without one is one sentence. Empty text gives 0.
 *
 * @example
 * lixOf('Jag känner mig trygg hemma.').lix; // 5 words, 1 sentence, 1 long word: 5 + 20 = 25
 */
export function lixOf(text: string): LixResult {
  const words = String(text).match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? [];
  if (words.length === 0) return { lix: 0, words: 0, sentences: 0, longWords: 0 };
  const ends = String(text)
    .split(/[.!?:]+/)
    .filter((part) => /[\p{L}\p{N}]/u.test(part)).length;
  const sentences = Math.max(1, ends);
  const longWords = words.filter((w) => w.replace(/[-'’]/g, '').length > 6).length;
  const lix = words.length / sentences + (longWords * 100) / words.length;
  return { lix: Math.round(lix * 10) / 10, words: words.length, sentences, longWords };
}

/**
 * LIX of a text, rounded to one decimal (see `lixOf`).
 *
 * @example
 * lix('Jag har en kompis. Vi leker.'); // 3.5 + 0 = 3.5
 */
export function lix(text: string): number {
  return lixOf(text).lix;
}
