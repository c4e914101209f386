import { useRef, type ReactNode } from 'react';
import { Fieldset, type LegendHeading } from '../fieldset/fieldset.tsx';
import type { FieldCommonProps } from '../field/field.tsx';
import { ChoiceItems } from '../internal/choice-items.tsx';
import { splitFieldCommon } from '../internal/field-parts.tsx';
import { useControlId } from '../internal/utils.ts';
import type { ChoiceOption } from '../radios/radios.tsx';

/** Props of {@link Checkboxes}. */
export interface CheckboxesProps extends FieldCommonProps {
  /** Form field name; each checked box submits one `name=value` pair. */
  name: string;
  /** The question, as the fieldset's legend. */
  legend: ReactNode;
  legendAs?: LegendHeading;
  options: readonly ChoiceOption[];
  /** Controlled list of checked values. Leave out for uncontrolled use. */
  value?: readonly string[];
  /** Initially checked values of an uncontrolled group (restored on form reset). */
  defaultValue?: readonly string[];
  /** Called with every checked value, in option order. */
  onChange?: (value: string[]) => void;
  inline?: boolean;
  disabled?: boolean;
}

/**
 * A question with any number of answers: native checkboxes in a fieldset with a legend (GOV.UK
 * checkboxes). Pass the fieldset's `id` to the error summary.
 *
 * @example
 * ```tsx
 * <Checkboxes name="areas" legend="Vilka områden gäller insatsen?" value={areas} onChange={setAreas}
 *   options={pack.areas.map((a) => ({ value: a.id, label: areaName(a) }))} />
 * ```
 */
export function Checkboxes({
  name,
  legend,
  legendAs,
  options,
  value,
  defaultValue,
  onChange,
  inline,
  disabled,
  ...props
}: CheckboxesProps) {
  const [field] = splitFieldCommon(props);
  const id = useControlId('bb-checkboxes', field.id);
  const controlled = value !== undefined;
  const group = useRef<HTMLDivElement>(null);

  const emit = (changed: string, checked: boolean) => {
    if (!onChange) return;
    let current: Set<string>;
    if (controlled) {
      current = new Set(value);
    } else {
      // Uncontrolled: the DOM is the source of truth.
      const boxes =
        group.current?.querySelectorAll<HTMLInputElement>('input[type="checkbox"]') ?? [];
      current = new Set([...boxes].filter((b) => b.checked).map((b) => b.value));
    }
    if (checked) current.add(changed);
    else current.delete(changed);
    onChange(options.map((o) => o.value).filter((v) => current.has(v)));
  };

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
        type="checkbox"
        inline={inline}
        options={options}
        groupRef={group}
        inputProps={(option) => ({
          'aria-invalid': field.error ? true : undefined,
          ...(controlled
            ? { checked: value.includes(option.value) }
            : { defaultChecked: defaultValue?.includes(option.value) ?? false }),
          onChange: (event) => emit(option.value, event.target.checked),
        })}
      />
    </Fieldset>
  );
}
