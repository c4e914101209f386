// Test and benchmark fixtures: small hand-made packs and assessments, independent of the shipped
// packs so the maths can be tested on its own. Not part of the published package (`test-*`).
import { ASSESSMENT_TYPE, type Assessment } from '../assessment/types.ts';
import type { ContentPack } from '../content/types.ts';
import type { Answer, ScaleId } from '../scales/types.ts';

export const DEFAULT_IDS = [
  'trygg',
  'ma-bra',
  'utvecklas',
  'omvardad',
  'aktiv',
  'respekterad',
  'ansvarstagande',
  'delaktig',
];

/** A structurally complete pack with placeholder texts. */
export function makePack(ids: readonly string[] = DEFAULT_IDS, id = 'test-pack'): ContentPack {
  const texts = (name: string) => ({
    name,
    description: name,
    child: { young: name, middle: name, teen: name },
    guardian: name,
    questions: [name, name],
  });
  return {
    id,
    version: '1.0.0',
    languages: ['sv'],
    texts: { sv: { title: 'Test', centre: 'Jag', closingQuestion: 'Vad hoppas du på framåt?' } },
    areas: ids.map((areaId) => ({ id: areaId, color: '#1f4e79', texts: { sv: texts(areaId) } })),
  };
}

/** Shorthand answers: a number is a value, `'?'` is "Vet inte", `'-'` is "Vill inte svara". */
export type Short = number | '?' | '-' | undefined;

export const answer = (s: Short): Answer | undefined =>
  typeof s === 'number'
    ? { kind: 'value', value: s }
    : s === '?'
      ? { kind: 'dont-know' }
      : s === '-'
        ? { kind: 'declined' }
        : undefined;

/** An assessment with answers by area id; `undefined` leaves the area out (unanswered). */
export function makeAssessment(
  answers: Record<string, Short>,
  {
    scale = 'agree-5',
    packId = 'test-pack',
    id = 'a',
  }: { scale?: ScaleId; packId?: string; id?: string } = {},
): Assessment {
  const areas: Assessment['areas'] = {};
  for (const [areaId, s] of Object.entries(answers)) {
    const a = answer(s);
    if (a) areas[areaId] = { answer: a };
  }
  return {
    type: ASSESSMENT_TYPE,
    schemaVersion: 1,
    id,
    pack: { id: packId, version: '1.0.0' },
    scale,
    perspective: { kind: 'child' },
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    areas,
  };
}

/** Deterministic PRNG (mulberry32), so generated data is the same on every run. */
export function prng(seed: number): () => number {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` assessments on `agree-5` of `pack`, with a realistic mix: mostly values, some "Vet
 * inte", "Vill inte svara" and unanswered areas, notes on some, and a few of another pack.
 */
export function generateAssessments(count: number, pack: ContentPack, seed = 1): Assessment[] {
  const rnd = prng(seed);
  const out: Assessment[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const areas: Assessment['areas'] = {};
    for (const { id } of pack.areas) {
      const u = rnd();
      if (u < 0.05) continue;
      const a: Answer =
        u < 0.09
          ? { kind: 'dont-know' }
          : u < 0.11
            ? { kind: 'declined' }
            : { kind: 'value', value: 1 + Math.floor(rnd() * 5) };
      areas[id] =
        rnd() < 0.2
          ? { answer: a, note: 'Vi pratade om det här.', talkedAbout: true }
          : { answer: a };
    }
    out[i] = {
      type: ASSESSMENT_TYPE,
      schemaVersion: 1,
      id: `a-${i}`,
      pack: { id: i % 50 === 49 ? 'other-pack' : pack.id, version: '1.0.0' },
      scale: 'agree-5',
      perspective: { kind: i % 3 === 0 ? 'child' : i % 3 === 1 ? 'guardian' : 'school' },
      createdAt: '2026-03-01T08:00:00.000Z',
      updatedAt: '2026-03-01T08:30:00.000Z',
      areas,
    };
  }
  return out;
}
