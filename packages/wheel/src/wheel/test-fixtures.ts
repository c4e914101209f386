// Assessments for stories and tests: fixed ids and times so snapshots and stories are stable.
import {
  createAssessment,
  defaultPack,
  setAreaAssessment,
  type Answer,
  type AreaAssessment,
  type Assessment,
  type ContentPack,
  type Perspective,
  type ScaleId,
} from '@barnets-basta/core';

const T0 = new Date('2026-03-02T09:00:00.000Z');

/** Answers by area id: a number is a value; 'dont-know' and 'declined' as they are. */
export type AnswerSpec = Record<
  string,
  number | 'dont-know' | 'declined' | Partial<AreaAssessment>
>;

export function toAnswer(spec: number | 'dont-know' | 'declined'): Answer {
  return typeof spec === 'number' ? { kind: 'value', value: spec } : { kind: spec };
}

/** An assessment with the given answers. */
export function assessment(
  answers: AnswerSpec,
  options: {
    id?: string;
    scale?: ScaleId;
    perspective?: Perspective;
    pack?: ContentPack;
    now?: Date;
  } = {},
): Assessment {
  const now = options.now ?? T0;
  let a = createAssessment({
    pack: options.pack ?? defaultPack,
    scale: options.scale ?? 'agree-5',
    perspective: options.perspective ?? { kind: 'child' },
    id: options.id ?? 'fixture-child',
    now,
  });
  for (const [areaId, spec] of Object.entries(answers)) {
    const patch: Partial<AreaAssessment> =
      typeof spec === 'object' ? spec : { answer: toAnswer(spec) };
    a = setAreaAssessment(a, areaId, patch, now);
  }
  return a;
}

export const partly = assessment({ trygg: 4, 'ma-bra': 3, aktiv: 5 });

export const allAnswered = assessment({
  trygg: 4,
  'ma-bra': 3,
  utvecklas: 2,
  omvardad: 5,
  aktiv: 4,
  respekterad: 3,
  ansvarstagande: 4,
  delaktig: 2,
});

export const unknownAndDeclined = assessment({
  trygg: 4,
  'ma-bra': 'dont-know',
  utvecklas: 3,
  omvardad: 'declined',
  aktiv: 5,
  respekterad: 'dont-know',
  delaktig: 2,
});

export const withNotes = assessment({
  trygg: { answer: { kind: 'value', value: 4 }, note: 'Tryggt hemma. Rasterna är jobbiga ibland.' },
  'ma-bra': { answer: { kind: 'value', value: 2 }, note: 'Sover dåligt.' },
  utvecklas: 3,
  aktiv: { answer: { kind: 'dont-know' } },
});

export const guardian = assessment(
  {
    trygg: 5,
    'ma-bra': 2,
    utvecklas: 3,
    omvardad: 5,
    aktiv: 3,
    respekterad: 4,
    ansvarstagande: 4,
    delaktig: 3,
  },
  { id: 'fixture-guardian', perspective: { kind: 'guardian', label: 'Mamma' } },
);

export const guardian2 = assessment(
  {
    trygg: 4,
    'ma-bra': 3,
    utvecklas: 2,
    omvardad: 4,
    aktiv: 2,
    respekterad: 3,
    ansvarstagande: 5,
    delaktig: 3,
  },
  { id: 'fixture-guardian-2', perspective: { kind: 'guardian', label: 'Pappa' } },
);

export const school = assessment(
  {
    trygg: 3,
    'ma-bra': 3,
    utvecklas: 1,
    omvardad: 4,
    aktiv: 4,
    respekterad: 2,
    ansvarstagande: 3,
    delaktig: 1,
  },
  { id: 'fixture-school', perspective: { kind: 'school', label: 'Mentor' } },
);

export const studentHealth = assessment(
  { trygg: 3, 'ma-bra': 2, utvecklas: 2, omvardad: 4, aktiv: 3, respekterad: 3, delaktig: 2 },
  { id: 'fixture-student-health', perspective: { kind: 'student-health', label: 'Kurator' } },
);

export const readings = [
  assessment(
    {
      trygg: 2,
      'ma-bra': 2,
      utvecklas: 1,
      omvardad: 3,
      aktiv: 2,
      respekterad: 2,
      ansvarstagande: 3,
      delaktig: 1,
    },
    { id: 'reading-1', now: new Date('2025-09-15T09:00:00.000Z') },
  ),
  assessment(
    {
      trygg: 3,
      'ma-bra': 2,
      utvecklas: 2,
      omvardad: 4,
      aktiv: 3,
      respekterad: 3,
      ansvarstagande: 3,
      delaktig: 2,
    },
    { id: 'reading-2', now: new Date('2025-12-10T09:00:00.000Z') },
  ),
];

export const latestReading = assessment(
  {
    trygg: 4,
    'ma-bra': 3,
    utvecklas: 3,
    omvardad: 4,
    aktiv: 4,
    respekterad: 4,
    ansvarstagande: 4,
    delaktig: 3,
  },
  { id: 'reading-3', now: new Date('2026-03-02T09:00:00.000Z') },
);
