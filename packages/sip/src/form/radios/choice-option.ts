import type { ReactNode } from 'react';

/**
 * One choice in `Radios` or `Checkboxes`. In a module of its own: the internal list of choices
 * both draw uses it too (no import cycle).
 *
 * @example
 * ```ts
 * const option: ChoiceOption = { value: 'kommun', label: 'Kommun', hint: 'Socialtjänst, skola' };
 * ```
 */
export interface ChoiceOption {
  /** Submitted value. */
  value: string;
  /** Visible label. */
  label: ReactNode;
  /** Help text for this choice, linked to its input. */
  hint?: ReactNode;
  disabled?: boolean;
}
