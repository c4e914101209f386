import { useCallback, useRef, useState, type ReactNode } from 'react';
import { Fieldset, type LegendHeading } from '../fieldset/fieldset.tsx';
import type { FieldCommonProps } from '../field/field.tsx';
import { useFormMessages } from '../internal/form-context.tsx';
import { splitFieldCommon } from '../internal/field-parts.tsx';
import { useControlId, useFormReset } from '../internal/utils.ts';
import {
  isoToDateParts,
  parseDateParts,
  type DatePartName,
  type DateParts,
} from './parse-date-parts.ts';

/** Props of {@link DateInput}. */
export interface DateInputProps extends FieldCommonProps {
  /**
   * Base name. Submits `${name}-day`, `${name}-month`, `${name}-year` as typed, plus `${name}`
   * with the `YYYY-MM-DD` date when the parts make a real date (otherwise empty).
   */
  name: string;
  /** The question, as the fieldset's legend. */
  legend: ReactNode;
  legendAs?: LegendHeading;
  /** Controlled date, `YYYY-MM-DD` or `''`. Partial typing is kept while this stays `''`. */
  value?: string;
  /** Initial date of an uncontrolled input (restored on form reset). */
  defaultValue?: string;
  /**
   * Controlled parts, exactly as typed: for a host that stores what was typed (e.g. an unfinished
   * date in a saved draft). When set, the fields show these and `value`/`defaultValue` are ignored.
   */
  parts?: DateParts;
  /** Called on every keystroke with the ISO date (`''` unless complete and valid) and the parts. */
  onChange?: (iso: string, parts: DateParts) => void;
  /** Which fields to mark invalid when `error` is set. Default: all three. */
  invalidParts?: readonly DatePartName[];
  /** `'bday'` sets `autocomplete="bday-day"` etc., for a date of birth. */
  autoComplete?: 'bday';
  required?: boolean;
  disabled?: boolean;
}

const PARTS: DatePartName[] = ['day', 'month', 'year'];

function isoOf(parts: DateParts): string {
  const result = parseDateParts(parts);
  return result.ok ? result.iso : '';
}

/**
 * A date as three labelled text fields, day, month and year (GOV.UK date input): easier than a date
 * picker for dates people know (birth dates, meeting dates) and fully keyboard and screen reader
 * friendly. Nothing typed is ever thrown away: an incomplete or impossible date keeps its parts and
 * reports `''` as the ISO value; validate on submit with {@link parseDateParts}.
 *
 * @example
 * ```tsx
 * <DateInput name="followUp" legend="När ska planen följas upp?" hint="Till exempel 15 3 2026"
 *   value={date} onChange={(iso) => setDate(iso)} error={errors.followUp} />
 * ```
 */
export function DateInput({
  name,
  legend,
  legendAs,
  value,
  defaultValue,
  parts: partsProp,
  onChange,
  invalidParts,
  autoComplete,
  required,
  disabled,
  ...props
}: DateInputProps) {
  const [field] = splitFieldCommon(props);
  const id = useControlId('bb-date', field.id);
  const { t } = useFormMessages(field.locale, field.messages);
  const controlled = value !== undefined;
  const [ownParts, setParts] = useState<DateParts>(() => isoToDateParts(value ?? defaultValue));
  const partsControlled = partsProp !== undefined;
  const parts = partsProp ?? ownParts;
  const [seenValue, setSeenValue] = useState(value);

  // A controlled value that differs from what the parts already say replaces them; an echo of
  // our own '' (incomplete input) does not, so partial typing survives a re-render.
  if (controlled && !partsControlled && value !== seenValue) {
    setSeenValue(value);
    if (value !== isoOf(parts)) setParts(isoToDateParts(value));
  }

  const root = useRef<HTMLDivElement>(null);
  useFormReset(
    root,
    useCallback(() => {
      if (!controlled && !partsControlled) setParts(isoToDateParts(defaultValue));
    }, [controlled, partsControlled, defaultValue]),
  );

  const labels: Record<DatePartName, string> = {
    day: t.dateDay,
    month: t.dateMonth,
    year: t.dateYear,
  };
  const markInvalid = new Set(field.error ? (invalidParts ?? PARTS) : []);

  return (
    <Fieldset
      {...field}
      id={id}
      legend={legend}
      legendAs={legendAs}
      className={field.className ? `bb-date-input ${field.className}` : 'bb-date-input'}
      disabled={disabled}
    >
      <div className="bb-date-input__items" ref={root}>
        {PARTS.map((part) => {
          const inputId = `${id}-${part}`;
          return (
            <div className="bb-date-input__item" key={part} data-part={part}>
              <label className="bb-label" htmlFor={inputId}>
                {labels[part]}
              </label>
              <input
                className="bb-input bb-date-input__input"
                data-part={part}
                id={inputId}
                name={`${name}-${part}`}
                type="text"
                inputMode="numeric"
                spellCheck={false}
                required={required}
                autoComplete={autoComplete ? `bday-${part}` : 'off'}
                aria-invalid={markInvalid.has(part) || undefined}
                value={parts[part]}
                onChange={(event) => {
                  const next = { ...parts, [part]: event.target.value };
                  setParts(next);
                  onChange?.(isoOf(next), next);
                }}
              />
            </div>
          );
        })}
        <input type="hidden" name={name} value={isoOf(parts)} />
      </div>
    </Fieldset>
  );
}
