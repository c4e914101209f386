import type { ReactNode } from 'react';
import type { UiLocale } from '@barnets-basta/core';
import type { FormMessages } from '../../i18n/form-messages.ts';
import { ErrorMessage } from '../error-message/error-message.tsx';
import type { FieldCommonProps } from '../field/field-props.ts';
import { Hint } from '../hint/hint.tsx';
import { joinIds } from './utils.ts';

/** Ids of a field's hint and error, derived from the field's id; `undefined` when not shown. */
export function hintAndErrorIds(
  id: string,
  hint: ReactNode,
  error: string | undefined,
): { hintId: string | undefined; errorId: string | undefined } {
  return {
    hintId: hint != null && hint !== false ? `${id}-hint` : undefined,
    errorId: error ? `${id}-error` : undefined,
  };
}

/** The ARIA a control gets from its field: the described-by ids (plus any extra) and validity. */
export function controlAria(
  control: { describedBy: string | undefined; invalid: boolean },
  ...extra: (string | undefined)[]
) {
  return {
    'aria-describedby': joinIds(control.describedBy, ...extra),
    'aria-invalid': control.invalid || undefined,
  };
}

/** A label's or legend's text, with "(frivilligt)" / "(optional)" after it when asked. */
export function LabelText({
  children,
  optional,
  optionalText,
}: {
  children: ReactNode;
  optional: boolean | undefined;
  optionalText: string;
}) {
  return (
    <>
      {children}
      {optional ? <span className="bb-label__optional"> {optionalText}</span> : null}
    </>
  );
}

/** The hint and error message under a label or legend, with the ids from {@link hintAndErrorIds}. */
export function HintAndError({
  hintId,
  hint,
  errorId,
  error,
  locale,
  messages,
}: {
  hintId: string | undefined;
  hint: ReactNode;
  errorId: string | undefined;
  error: string | undefined;
  locale?: UiLocale;
  messages?: Partial<FormMessages>;
}) {
  return (
    <>
      {hintId ? <Hint id={hintId}>{hint}</Hint> : null}
      {errorId ? (
        <ErrorMessage id={errorId} locale={locale} messages={messages}>
          {error}
        </ErrorMessage>
      ) : null}
    </>
  );
}

/** The {@link FieldCommonProps} a building block hands on to its `Field` or `Fieldset`. */
type FieldCommon = Pick<
  FieldCommonProps,
  'id' | 'hint' | 'error' | 'optional' | 'locale' | 'messages' | 'className'
>;

/**
 * Splits a building block's props into the ones shared by every labelled block (for its `Field`
 * or `Fieldset`) and the rest (for the native control).
 */
export function splitFieldCommon<P extends FieldCommon>(
  props: P,
): [FieldCommon, Omit<P, keyof FieldCommon>] {
  const { id, hint, error, optional, locale, messages, className, ...rest } = props;
  return [{ id, hint, error, optional, locale, messages, className }, rest];
}
