import type { AbsenceDraft } from '../../state/absence.ts';

/**
 * What every step of the investigation gets from the flow. In a module of its own, so that the
 * steps need not import the flow that imports them (no import cycle).
 *
 * @example
 * ```tsx
 * export function PupilStep({ draft, update, next }: StepProps) { … }
 * ```
 */
export interface StepProps {
  step: number;
  draft: AbsenceDraft;
  /** Changes the draft; saved automatically. */
  update: (recipe: (draft: AbsenceDraft) => AbsenceDraft) => void;
  /** To the next step (after the step's own checks). */
  next: () => void;
  /** To the previous step, or the start page from step 1. Never checks, never loses data. */
  back: () => void;
  goTo: (step: number) => void;
  /** Tells the flow that the step shows errors (the page title then starts with "Fel:"). */
  setHasErrors: (hasErrors: boolean) => void;
  /** Opens the "Börja om" confirmation. */
  restart: () => void;
}
