import { cloneElement, isValidElement, type ReactElement, type ReactNode } from 'react';
import type { FieldCommonProps, FieldControlProps } from './field-props.ts';
import { useFormMessages } from '../internal/form-context.tsx';
import { controlAria, HintAndError, hintAndErrorIds, LabelText } from '../internal/field-parts.tsx';
import { joinIds, useControlId } from '../internal/utils.ts';

export type { FieldCommonProps, FieldControlProps } from './field-props.ts';

/** Props of {@link Field}. */
export interface FieldProps extends FieldCommonProps {
  /** The visible label. */
  label: ReactNode;
  /** Extra ids for the control's `aria-describedby`, after the hint and error. */
  describedBy?: string;
  /**
   * One control element (it receives `id`, `aria-describedby` and `aria-invalid`), or a render
   * function receiving `{ id, describedBy, invalid }` for anything more.
   */
  children: ReactElement | ((control: FieldControlProps) => ReactNode);
}

/**
 * A label, an optional hint and an optional error message around one control. Use it for a control
 * the package does not ship (e.g. a number input with a unit); the shipped `TextInput`, `Textarea`
 * and `Select` already use it.
 *
 * @example
 * ```tsx
 * <Field label="Telefon" hint="Med riktnummer" error={errors.phone}>
 *   <input name="phone" type="tel" autoComplete="tel" />
 * </Field>
 *
 * <Field label="Antal timmar">
 *   {({ id, describedBy, invalid }) => (
 *     <input id={id} name="hours" inputMode="numeric" aria-describedby={describedBy} aria-invalid={invalid || undefined} />
 *   )}
 * </Field>
 * ```
 */
export function Field({
  id: idProp,
  label,
  hint,
  error,
  optional,
  locale,
  messages,
  className,
  describedBy: extraDescribedBy,
  children,
}: FieldProps) {
  const id = useControlId('bb-field', idProp);
  const { t } = useFormMessages(locale, messages);
  const { hintId, errorId } = hintAndErrorIds(id, hint, error);
  const describedBy = joinIds(hintId, errorId, extraDescribedBy);
  const invalid = Boolean(error);

  let control: ReactNode;
  if (typeof children === 'function') {
    control = children({ id, describedBy, invalid });
  } else if (isValidElement<Record<string, unknown>>(children)) {
    const own = children.props['aria-describedby'];
    control = cloneElement(children, {
      id,
      ...controlAria({ describedBy, invalid }, typeof own === 'string' ? own : undefined),
    });
  } else {
    control = children;
  }

  return (
    <div
      className={className ? `bb-field ${className}` : 'bb-field'}
      data-invalid={invalid || undefined}
    >
      <label className="bb-label" htmlFor={id}>
        <LabelText optional={optional} optionalText={t.optional}>
          {label}
        </LabelText>
      </label>
      <HintAndError
        hintId={hintId}
        hint={hint}
        errorId={errorId}
        error={error}
        locale={locale}
        messages={messages}
      />
      {control}
    </div>
  );
}
