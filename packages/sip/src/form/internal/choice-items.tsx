import type { InputHTMLAttributes, Ref } from 'react';
import { Hint } from '../hint/hint.tsx';
import type { ChoiceOption } from '../radios/choice-option.ts';

/**
 * The native inputs of {@link Radios} and {@link Checkboxes}: one input, label and optional hint per
 * option, ids derived from the group's id. `inputProps` adds what differs per kind (checked state,
 * change handler, `required`, `aria-invalid`).
 */
export function ChoiceItems({
  id,
  name,
  type,
  inline,
  options,
  groupRef,
  inputProps,
}: {
  id: string;
  name: string;
  type: 'radio' | 'checkbox';
  inline: boolean | undefined;
  options: readonly ChoiceOption[];
  groupRef?: Ref<HTMLDivElement>;
  inputProps: (option: ChoiceOption) => InputHTMLAttributes<HTMLInputElement>;
}) {
  return (
    <div
      className="bb-choices__items"
      data-type={type}
      data-inline={inline || undefined}
      ref={groupRef}
    >
      {options.map((option, index) => {
        const inputId = `${id}-${index}`;
        const hintId = option.hint != null ? `${inputId}-hint` : undefined;
        return (
          <div className="bb-choice" key={option.value}>
            <input
              className="bb-choice__input"
              type={type}
              id={inputId}
              name={name}
              value={option.value}
              disabled={option.disabled}
              aria-describedby={hintId}
              {...inputProps(option)}
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
  );
}
