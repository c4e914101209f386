import type { ReactNode } from 'react';
import { Fieldset, type LegendHeading } from '../fieldset/fieldset.tsx';
import type { FieldCommonProps } from '../field/field.tsx';
import { Hint } from '../hint/hint.tsx';
import { useControlId } from '../internal/utils.ts';

/** One choice in {@link Radios} or {@link Checkboxes}. */
export interface ChoiceOption {
  /** Submitted value. */
  value: string;
  /** Visible label. */
  label: ReactNode;
  /** Help text for this choice, linked to its input. */
  hint?: ReactNode;
  disabled?: boolean;
}

/** Props of {@link Radios}. */
export interface RadiosProps extends FieldCommonProps {
  /** Form field name shared by the radios. */
  name: string;
  /** The question, as the fieldset's legend. */
  legend: ReactNode;
  /** Render the legend as a heading. */
  legendAs?: LegendHeading;
  options: readonly ChoiceOption[];
  /** Controlled value (`''` for none chosen). Leave out for uncontrolled use. */
  value?: string;
  /** Initially chosen value of an uncontrolled group (restored on form reset). */
  defaultValue?: string;
  onChange?: (value: string) => void;
  /** Lay short options out on one line. */
  inline?: boolean;
  required?: boolean;
  disabled?: boolean;
}

/**
 * A question with one answer: native radio buttons in a fieldset with a legend (GOV.UK radios).
 * The fieldset is the error target: pass its `id` to the error summary, which focuses the first
 * radio and shows the legend.
 *
 * @example
 * ```tsx
 * <Radios name="principal" legend="Huvudman" value={principal} onChange={setPrincipal}
 *   options={[{ value: 'kommun', label: 'Kommun' }, { value: 'region', label: 'Region' }]} />
 * ```
 */
export function Radios({
  name,
  legend,
  legendAs,
  id: idProp,
  hint,
  error,
  optional,
  locale,
  messages,
  className,
  options,
  value,
  defaultValue,
  onChange,
  inline,
  required,
  disabled,
}: RadiosProps) {
  const id = useControlId('bb-radios', idProp);
  const controlled = value !== undefined;
  return (
    <Fieldset
      id={id}
      legend={legend}
      legendAs={legendAs}
      hint={hint}
      error={error}
      optional={optional}
      locale={locale}
      messages={messages}
      className={className ? `bb-choices ${className}` : 'bb-choices'}
      disabled={disabled}
    >
      <div className="bb-choices__items" data-type="radio" data-inline={inline || undefined}>
        {options.map((option, index) => {
          const inputId = `${id}-${index}`;
          const hintId = option.hint != null ? `${inputId}-hint` : undefined;
          return (
            <div className="bb-choice" key={option.value}>
              <input
                className="bb-choice__input"
                type="radio"
                id={inputId}
                name={name}
                value={option.value}
                required={required}
                disabled={option.disabled}
                aria-describedby={hintId}
                {...(controlled
                  ? { checked: value === option.value }
                  : { defaultChecked: defaultValue === option.value })}
                onChange={(event) => {
                  if (event.target.checked) onChange?.(option.value);
                }}
              />
              <label className="bb-choice__label" htmlFor={inputId}>
                {option.label}
              </label>
              {hintId ? (
                <Hint id={hintId} className="bb-choice__hint">
                  {option.hint}
                </Hint>
              ) : null}
            </div>
          );
        })}
      </div>
    </Fieldset>
  );
}
