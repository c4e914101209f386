import type { DemoMessages } from '../../i18n/index.tsx';

/** The titles of the eight steps, in order. */
export function absenceStepTitles(m: DemoMessages): string[] {
  return [
    m.pupil.title,
    m.absence.title,
    m.childWheel.title,
    m.guardianWheels.title,
    m.schoolWheel.title,
    m.together.title,
    m.decision.title,
    m.receipt.stepTitle,
  ];
}
