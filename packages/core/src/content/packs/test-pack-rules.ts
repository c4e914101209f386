/**
 * The rules every shipped content pack must meet, as one reusable test suite. Lives beside the
 * packs (and outside the published files: `src/**\/test-*` is excluded in package.json).
 */
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../contrast.ts';
import { AUDIENCES, type ContentPack } from '../types.ts';
import { areaTexts, statementFor } from '../texts.ts';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const HEX6 = /^#[0-9a-f]{6}$/;

/** HSL hue (0–360) and saturation (0–1) of `#rrggbb`. */
export function hueOf(hex: string): { hue: number; saturation: number } {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [
    number,
    number,
    number,
  ];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const d = max - min;
  const l = (max + min) / 2;
  const saturation = d === 0 ? 0 : d / (1 - Math.abs(2 * l - 1));
  let hue = 0;
  if (d !== 0) {
    if (max === r) hue = ((g - b) / d) % 6;
    else if (max === g) hue = (b - r) / d + 2;
    else hue = (r - g) / d + 4;
    hue = (hue * 60 + 360) % 360;
  }
  return { hue, saturation };
}

export function hueDistance(a: string, b: string): number {
  const d = Math.abs(hueOf(a).hue - hueOf(b).hue);
  return Math.min(d, 360 - d);
}

/**
 * Hue bands that read as a red/amber/green status. A saturated area colour inside one of them
 * could be taken for a grade, which DOMAIN.md forbids.
 */
const STATUS_BANDS: [number, number][] = [
  [345, 360],
  [0, 15],
  [35, 75],
  [80, 160],
];

type Matrix = [number, number, number][];

/** Machado, Oliveira & Fernandes (2009) simulation matrices, severity 1, on linear RGB. */
const COLOUR_BLINDNESS: Record<string, Matrix> = {
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
};

function linearRgb(hex: string): [number, number, number] {
  return [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
}

/** CIELAB (D65) of a linear RGB colour. */
function lab([r, g, b]: [number, number, number]): [number, number, number] {
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}

/** Colour difference (ΔE 1976) as seen with the given simulation, or with full colour vision. */
export function deltaE(a: string, b: string, simulation?: Matrix): number {
  const see = (hex: string) => {
    const c = linearRgb(hex);
    if (!simulation) return lab(c);
    const [r, g, bl] = simulation.map((row) =>
      Math.min(1, Math.max(0, row[0] * c[0] + row[1] * c[1] + row[2] * c[2])),
    ) as [number, number, number];
    return lab([r, g, bl]);
  };
  const [l1, a1, b1] = see(a);
  const [l2, a2, b2] = see(b);
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Words that grade a child or set a target; none belongs in a statement or question. */
const JUDGEMENT = {
  sv: /\b(normal[at]?|tillräckligt?|borde|godkänd|underkänd|åldersadekvat|avvik\w*|brist\w*)\b/i,
  en: /\b(normal(ly)?|enough|should|pass|fail\w*|target|age-appropriate|deficit\w*)\b/i,
};

const FIRST_PERSON = { sv: /\b(jag|mig|min|mitt|mina)\b/i, en: /\b(I|me|my)\b/ };
const GUARDIAN_START = { sv: /^Mitt barn /, en: /^My child / };

/** Registers the shared content tests for one pack. */
export function describePackRules(pack: ContentPack): void {
  describe(`content pack "${pack.id}": shared rules`, () => {
    it('has a well-formed id, a semantic version and at least one language', () => {
      expect(pack.id).toMatch(ID);
      expect(pack.version).toMatch(/^\d+\.\d+\.\d+$/);
      expect(pack.languages.length).toBeGreaterThan(0);
      expect(new Set(pack.languages).size).toBe(pack.languages.length);
    });

    it('has 3 to 12 areas with unique, well-formed ids', () => {
      const ids = pack.areas.map((a) => a.id);
      expect(ids.length).toBeGreaterThanOrEqual(3);
      expect(ids.length).toBeLessThanOrEqual(12);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id).toMatch(ID);
      const arenaIds = (pack.arenas ?? []).map((a) => a.id);
      expect(new Set(arenaIds).size).toBe(arenaIds.length);
      for (const id of arenaIds) expect(id).toMatch(ID);
    });

    it('carries texts only in the languages it lists', () => {
      const listed = [...pack.languages].sort();
      expect(Object.keys(pack.texts).sort()).toEqual(listed);
      for (const area of pack.areas) expect(Object.keys(area.texts).sort()).toEqual(listed);
      for (const arena of pack.arenas ?? [])
        expect(Object.keys(arena.texts).sort()).toEqual(listed);
    });

    for (const lang of pack.languages) {
      describe(`language "${lang}" is complete`, () => {
        it('has every pack text and arena name', () => {
          const texts = pack.texts[lang];
          expect(texts).toBeDefined();
          for (const field of ['title', 'centre', 'closingQuestion'] as const) {
            expect(texts?.[field]?.trim(), field).toBeTruthy();
          }
          expect(texts?.closingQuestion).toMatch(/\?$/);
          for (const arena of pack.arenas ?? [])
            expect(arena.texts[lang]?.name.trim(), arena.id).toBeTruthy();
        });

        for (const area of pack.areas) {
          it(`area "${area.id}" has every field and 2–3 questions`, () => {
            const t = area.texts[lang];
            expect(t).toBeDefined();
            if (!t) return;
            for (const text of [
              t.name,
              t.description,
              t.child.young,
              t.child.middle,
              t.child.teen,
              t.guardian,
            ]) {
              expect(typeof text).toBe('string');
              expect(text.trim()).not.toBe('');
              expect(text).toBe(text.trim());
              expect(text).not.toMatch(/\s{2}/);
            }
            expect(t.questions.length).toBeGreaterThanOrEqual(2);
            expect(t.questions.length).toBeLessThanOrEqual(3);
            for (const q of t.questions) expect(q).toMatch(/^\S.*\?$/);
            expect(new Set(t.questions).size).toBe(t.questions.length);
            // A statement is read out and rated; it must end like a sentence.
            for (const s of [
              t.description,
              t.child.young,
              t.child.middle,
              t.child.teen,
              t.guardian,
            ]) {
              expect(s).toMatch(/[.!]$/);
            }
          });

          it(`area "${area.id}" speaks to each audience in the right voice`, () => {
            const t = area.texts[lang];
            if (!t || !(lang === 'sv' || lang === 'en')) return;
            for (const s of [t.child.young, t.child.middle, t.child.teen])
              expect(s).toMatch(FIRST_PERSON[lang]);
            expect(t.guardian).toMatch(GUARDIAN_START[lang]);
            // Registers grow with age: the youngest is the shortest and stays within 12 words.
            expect(wordCount(t.child.young)).toBeLessThanOrEqual(12);
            expect(wordCount(t.child.young)).toBeLessThanOrEqual(wordCount(t.child.teen));
            expect(t.child.young).not.toBe(t.child.teen);
            for (const s of [
              t.child.young,
              t.child.middle,
              t.child.teen,
              t.guardian,
              ...t.questions,
            ]) {
              expect(s).not.toMatch(JUDGEMENT[lang]);
            }
          });
        }

        it('gives every audience a distinct statement for every area', () => {
          for (const area of pack.areas) {
            const texts = areaTexts(pack, area, lang);
            const statements = AUDIENCES.map((audience) => statementFor(texts, audience));
            expect(new Set(statements).size, area.id).toBe(AUDIENCES.length);
          }
        });

        it('uses each area name only once', () => {
          const names = pack.areas.map((a) => a.texts[lang]?.name.toLowerCase());
          expect(new Set(names).size).toBe(names.length);
        });
      });
    }

    describe('colours', () => {
      for (const area of pack.areas) {
        it(`"${area.id}" (${area.color}) is #rrggbb with at least 4.5:1 against white text`, () => {
          expect(area.color).toMatch(HEX6);
          expect(contrastRatio(area.color, '#ffffff')).toBeGreaterThanOrEqual(4.5);
        });

        it(`"${area.id}" (${area.color}) does not read as a red/amber/green status`, () => {
          const { hue, saturation } = hueOf(area.color);
          if (saturation < 0.15) return; // a grey carries no status
          for (const [from, to] of STATUS_BANDS) {
            expect(hue >= from && hue <= to, `hue ${hue.toFixed(0)} in ${from}–${to}`).toBe(false);
          }
        });
      }

      it('gives every area its own hue', () => {
        const colours = pack.areas.map((a) => a.color);
        for (let i = 0; i < colours.length; i++) {
          for (let j = i + 1; j < colours.length; j++) {
            expect(
              hueDistance(colours[i]!, colours[j]!),
              `${colours[i]} vs ${colours[j]}`,
            ).toBeGreaterThanOrEqual(15);
          }
        }
      });

      it('gives neighbours clearly different hues (the wheel is a circle)', () => {
        const colours = pack.areas.map((a) => a.color);
        colours.forEach((colour, i) => {
          const next = colours[(i + 1) % colours.length]!;
          expect(hueDistance(colour, next), `${colour} next to ${next}`).toBeGreaterThanOrEqual(45);
        });
      });

      it('keeps neighbours apart for red-green colour blindness too', () => {
        const colours = pack.areas.map((a) => a.color);
        colours.forEach((colour, i) => {
          const next = colours[(i + 1) % colours.length]!;
          expect(deltaE(colour, next), `${colour} next to ${next}`).toBeGreaterThanOrEqual(25);
          for (const [name, matrix] of Object.entries(COLOUR_BLINDNESS)) {
            // ΔE 12 is a clearly visible difference; the gap and the name carry the rest.
            expect(
              deltaE(colour, next, matrix),
              `${name}: ${colour} next to ${next}`,
            ).toBeGreaterThanOrEqual(12);
          }
        });
      });
    });
  });
}
