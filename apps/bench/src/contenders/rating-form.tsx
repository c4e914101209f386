import { useId } from 'react';
import { AREA_NAMES, CHOICES, type ChoiceValue } from '../data.ts';

export interface RatingFormProps {
  /** The chosen value per area (by area index). */
  values: readonly ChoiceValue[];
  onChange: (area: number, value: ChoiceValue) => void;
}

/**
 * The floor: eight native radio fieldsets, what a developer writes with no library at all. Also
 * the input that redraws recharts' (display-only) RadarChart in the keyboard measurement.
 */
export function RatingForm({ values, onChange }: RatingFormProps) {
  const id = useId();
  return (
    <div className="bench-form">
      {AREA_NAMES.map((name, area) => (
        <fieldset key={name}>
          <legend>{name}</legend>
          {CHOICES.map((choice) => (
            <label key={choice.value}>
              <input
                type="radio"
                name={`${id}-${area}`}
                value={choice.value}
                checked={values[area] === choice.value}
                onChange={() => onChange(area, choice.value)}
              />{' '}
              {choice.label}
            </label>
          ))}
        </fieldset>
      ))}
    </div>
  );
}
