// Sample assessments for the views' tests and stories (not shipped: `test-*` is outside `files`).
import {
  createAssessment,
  defaultPack,
  setAreaAssessment,
  type Answer,
  type AreaAssessment,
  type Assessment,
  type Perspective,
  type ScaleId,
} from '@barnets-basta/core';
import type { WheelSeries } from './shared/series.ts';

const v = (value: number): Answer => ({ kind: 'value', value });
const dontKnow: Answer = { kind: 'dont-know' };
const declined: Answer = { kind: 'declined' };

type Areas = Record<string, Answer | Partial<AreaAssessment> | undefined>;

/** Builds an assessment with core's own functions, at a fixed time and id. */
export function build(
  id: string,
  perspective: Perspective,
  areas: Areas,
  options: { scale?: ScaleId; date?: string; hopes?: Assessment['hopes'] } = {},
): Assessment {
  const now = new Date(options.date ?? '2026-03-02T09:00:00Z');
  let a = createAssessment({
    pack: defaultPack,
    scale: options.scale ?? 'agree-5',
    perspective,
    id,
    now,
  });
  for (const [areaId, entry] of Object.entries(areas)) {
    if (!entry) continue;
    const patch: Partial<AreaAssessment> = 'kind' in entry ? { answer: entry as Answer } : entry;
    a = setAreaAssessment(a, areaId, patch, now);
  }
  return options.hopes ? { ...a, hopes: options.hopes } : a;
}

/** The child: gaps to the school in Trygg and Delaktig; one answer only for the respondent. */
export const child = build(
  'child-1',
  { kind: 'child' },
  {
    trygg: { answer: v(2), note: 'Rasterna är jobbiga. <b>Inte</b> i klassrummet.' },
    'ma-bra': v(4),
    utvecklas: v(3),
    omvardad: v(5),
    aktiv: dontKnow,
    respekterad: { answer: v(1), note: 'Hemligt: ingen lyssnar på mig', visibility: 'respondent' },
    ansvarstagande: declined,
    delaktig: v(2),
  },
  { hopes: { text: 'Att få en kompis på rasten', visibility: 'meeting' } },
);

export const guardian1 = build(
  'guardian-1',
  { kind: 'guardian' },
  {
    trygg: v(3),
    'ma-bra': v(4),
    utvecklas: v(2),
    omvardad: v(5),
    aktiv: v(4),
    respekterad: v(3),
    ansvarstagande: v(3),
    delaktig: v(3),
  },
);

export const guardian2 = build(
  'guardian-2',
  { kind: 'guardian' },
  {
    trygg: v(4),
    'ma-bra': v(3),
    utvecklas: v(3),
    omvardad: { answer: v(4), visibility: 'contact-person' },
    aktiv: v(4),
    respekterad: dontKnow,
    delaktig: v(3),
  },
);

export const school = build(
  'school-1',
  { kind: 'school', label: 'Skolan (mentor)' },
  {
    trygg: v(5),
    'ma-bra': v(4),
    utvecklas: v(3),
    omvardad: v(4),
    aktiv: v(3),
    ansvarstagande: v(4),
    delaktig: v(5),
  },
);

/** Two readings of the child's wheel, autumn and spring. */
export const autumn = build(
  'reading-autumn',
  { kind: 'child' },
  {
    trygg: v(1),
    'ma-bra': v(3),
    utvecklas: v(2),
    omvardad: v(4),
    aktiv: v(2),
    respekterad: v(2),
    delaktig: v(1),
  },
  { date: '2025-10-06T09:00:00Z' },
);

export const spring = build(
  'reading-spring',
  { kind: 'child' },
  {
    trygg: v(4),
    'ma-bra': v(3),
    utvecklas: v(3),
    omvardad: v(4),
    aktiv: dontKnow,
    respekterad: v(2),
    ansvarstagande: v(3),
    delaktig: v(2),
  },
  { date: '2026-04-20T09:00:00Z' },
);

export const onePerspective: WheelSeries[] = [{ assessment: child }];
export const twoPerspectives: WheelSeries[] = [{ assessment: child }, { assessment: school }];
export const fourPerspectives: WheelSeries[] = [
  { assessment: child },
  { assessment: guardian1 },
  { assessment: guardian2 },
  { assessment: school },
];
export const readings: WheelSeries[] = [{ assessment: spring }, { assessment: autumn }];
