import { forwardRef, type InputHTMLAttributes, type ReactNode } from 'react';
import { Field, type FieldCommonProps } from '../field/field.tsx';
import { controlAria, splitFieldCommon } from '../internal/field-parts.tsx';
import { useControlId } from '../internal/utils.ts';

/** Widths a text input can take, in characters (GOV.UK's fixed widths), or the full column. */
export type TextInputWidth = 'full' | '30' | '20' | '10' | '5' | '4' | '3' | '2';

type NativeInputProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  | 'value'
  | 'defaultValue'
  | 'onChange'
  | 'type'
  | 'width'
  | 'id'
  | 'name'
  | 'className'
  | 'children'
>;

/** Props of {@link TextInput}. Other native `<input>` attributes are passed to the input. */
export interface TextInputProps extends FieldCommonProps, NativeInputProps {
  /** Form field name: the value is submitted under it. */
  name: string;
  /** The visible label. */
  label: ReactNode;
  /** Controlled value. Leave out and use `defaultValue` for an uncontrolled input. */
  value?: string;
  /** Initial value of an uncontrolled input (restored on form reset). */
  defaultValue?: string;
  /** Called with the new text on every change. */
  onChange?: (value: string) => void;
  /** Input type. Prefer `text` with `inputMode="numeric"` over `number` for codes and years. */
  type?: 'text' | 'email' | 'tel' | 'url' | 'search' | 'password';
  /** Width in characters, to hint at the expected answer's length. Default `'full'`. */
  width?: TextInputWidth;
}

/**
 * A labelled single-line text input with hint and error (GOV.UK text input).
 *
 * @example
 * ```tsx
 * <TextInput name="organisation" label="Organisation" hint="T.ex. Socialtjänsten, Växjö kommun"
 *   value={org} onChange={setOrg} error={errors.organisation} autoComplete="organization" />
 * ```
 */
export const TextInput = forwardRef<HTMLInputElement, TextInputProps>(function TextInput(
  {
    name,
    label,
    value,
    defaultValue,
    onChange,
    type = 'text',
    width = 'full',
    'aria-describedby': ownDescribedBy,
    ...props
  },
  ref,
) {
  const [field, rest] = splitFieldCommon(props);
  const id = useControlId('bb-input', field.id);
  return (
    <Field {...field} id={id} label={label}>
      {(control) => (
        <input
          {...rest}
          ref={ref}
          id={id}
          name={name}
          type={type}
          className="bb-input"
          data-width={width}
          {...controlAria(control, ownDescribedBy)}
          {...(value !== undefined ? { value } : { defaultValue })}
          onChange={(event) => onChange?.(event.target.value)}
        />
      )}
    </Field>
  );
});
