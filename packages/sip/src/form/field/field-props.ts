import type { ReactNode } from 'react';
import type { UiLocale } from '@barnets-basta/core';
import type { FormMessages } from '../../i18n/form-messages.ts';

// The props every labelled building block shares, in a module of their own: `Field` and the
// internal parts that draw its label, hint and error both use them (no import cycle).

/**
 * What a `Field` hands to its control.
 *
 * @example
 * ```tsx
 * const control = ({ id, describedBy, invalid }: FieldControlProps) => (
 *   <input id={id} aria-describedby={describedBy} aria-invalid={invalid || undefined} />
 * );
 * ```
 */
export interface FieldControlProps {
  /** The control's id; the label points at it. */
  id: string;
  /** Ids of the hint and error message, for the control's `aria-describedby`. */
  describedBy: string | undefined;
  /** True when the field has an error; set `aria-invalid` on the control. */
  invalid: boolean;
}

/**
 * Props shared by every labelled building block.
 *
 * @example
 * ```ts
 * const common: FieldCommonProps = { hint: 'Med riktnummer', optional: true };
 * ```
 */
export interface FieldCommonProps {
  /** Id of the control. Defaults to a generated one (`useId`). */
  id?: string;
  /** Help text under the label, linked through `aria-describedby`. */
  hint?: ReactNode;
  /** Error message; shown with a hidden "Fel:" prefix, linked, and sets `aria-invalid`. */
  error?: string;
  /** Adds "(frivilligt)" / "(optional)" to the label. */
  optional?: boolean;
  /** UI language. Default from `FormLocaleProvider`, else `'sv'`. */
  locale?: UiLocale;
  /** Partial override of the form catalogue. */
  messages?: Partial<FormMessages>;
  /** Class on the field's wrapper. */
  className?: string;
}
