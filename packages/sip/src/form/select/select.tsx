import { forwardRef, type ReactNode, type SelectHTMLAttributes } from 'react';
import { Field, type FieldCommonProps } from '../field/field.tsx';
import { useFormMessages } from '../internal/form-context.tsx';
import { controlAria, splitFieldCommon } from '../internal/field-parts.tsx';
import { useControlId } from '../internal/utils.ts';

/** One option of a {@link Select}. */
export interface SelectOption {
  value: string;
  /** Option text (plain text: an `<option>` cannot hold markup). */
  label: string;
  disabled?: boolean;
}

type NativeSelectProps = Omit<
  SelectHTMLAttributes<HTMLSelectElement>,
  'value' | 'defaultValue' | 'onChange' | 'id' | 'name' | 'className' | 'children' | 'multiple'
>;

/** Props of {@link Select}. Other native `<select>` attributes are passed on. */
export interface SelectProps extends FieldCommonProps, NativeSelectProps {
  name: string;
  label: ReactNode;
  options: readonly SelectOption[];
  /** Controlled value (`''` selects the placeholder). */
  value?: string;
  /** Initial value of an uncontrolled select (restored on form reset). */
  defaultValue?: string;
  onChange?: (value: string) => void;
  /**
   * Adds a first option with value `''`. `true` uses the catalogue's "Välj"; a string sets the
   * text. Without a placeholder the browser preselects the first option.
   */
  placeholder?: boolean | string;
}

/**
 * A labelled native select (GOV.UK select). Prefer {@link Radios} for fewer than about eight
 * options: all choices are then visible at once.
 *
 * @example
 * ```tsx
 * <Select name="form" label="Hur följs planen upp?" placeholder value={form} onChange={setForm}
 *   options={[{ value: 'meeting', label: 'Möte' }, { value: 'phone', label: 'Telefon' }]} />
 * ```
 */
export const Select = forwardRef<HTMLSelectElement, SelectProps>(function Select(
  {
    name,
    label,
    options,
    value,
    defaultValue,
    onChange,
    placeholder,
    'aria-describedby': ownDescribedBy,
    ...props
  },
  ref,
) {
  const [field, rest] = splitFieldCommon(props);
  const id = useControlId('bb-select', field.id);
  const { t } = useFormMessages(field.locale, field.messages);
  const placeholderText =
    typeof placeholder === 'string' ? placeholder : placeholder ? t.selectPlaceholder : undefined;
  return (
    <Field {...field} id={id} label={label}>
      {(control) => (
        <select
          {...rest}
          ref={ref}
          id={id}
          name={name}
          className="bb-select"
          {...controlAria(control, ownDescribedBy)}
          {...(value !== undefined
            ? { value }
            : { defaultValue: defaultValue ?? (placeholderText !== undefined ? '' : undefined) })}
          onChange={(event) => onChange?.(event.target.value)}
        >
          {placeholderText !== undefined ? <option value="">{placeholderText}</option> : null}
          {options.map((option) => (
            <option key={option.value} value={option.value} disabled={option.disabled}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
});
