import type { ReactNode } from 'react';
import { Fieldset, type LegendHeading } from '../fieldset/fieldset.tsx';
import type { FieldCommonProps } from '../field/field.tsx';
import { ChoiceItems } from '../internal/choice-items.tsx';
import { splitFieldCommon } from '../internal/field-parts.tsx';
import { useControlId } from '../internal/utils.ts';
import type { ChoiceOption } from './choice-option.ts';

export type { ChoiceOption } from './choice-option.ts';

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
  options,
  value,
  defaultValue,
  onChange,
  inline,
  required,
  disabled,
  ...props
}: RadiosProps) {
  const [field] = splitFieldCommon(props);
  const id = useControlId('bb-radios', field.id);
  const controlled = value !== undefined;
  return (
    <Fieldset
      {...field}
      id={id}
      legend={legend}
      legendAs={legendAs}
      className={field.className ? `bb-choices ${field.className}` : 'bb-choices'}
      disabled={disabled}
    >
      <ChoiceItems
        id={id}
        name={name}
        type="radio"
        inline={inline}
        options={options}
        inputProps={(option) => ({
          required,
          ...(controlled
            ? { checked: value === option.value }
            : { defaultChecked: defaultValue === option.value }),
          onChange: (event) => {
            if (event.target.checked) onChange?.(option.value);
          },
        })}
      />
    </Fieldset>
  );
}
