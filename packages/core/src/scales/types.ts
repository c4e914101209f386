import type { LanguageTag } from '../content/types.ts';

/** The rating scales the wheel supports. Rating is always optional. */
export type ScaleId = 'none' | 'faces-3' | 'agree-5' | 'steps-10';

/** A scale: its steps run from 1 to `steps`. There is no target level, by design. */
export interface Scale {
  id: ScaleId;
  /** Number of steps: 0 for `none` (discussion only), else 3, 5 or 10. */
  steps: number;
  /** One label per step, per language (index 0 is step 1). `steps-10` labels only its ends. */
  labels: Record<LanguageTag, string[]>;
}

/**
 * One answer to one area. The four states are distinct in data and never coerced:
 * a value on the scale, "Vet inte", "Vill inte svara", or unanswered (`undefined`, not stored).
 */
export type Answer =
  { kind: 'value'; value: number } | { kind: 'dont-know' } | { kind: 'declined' };
