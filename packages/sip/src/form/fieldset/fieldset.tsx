import { type FieldsetHTMLAttributes, type ReactNode } from 'react';
import type { UiLocale } from '@barnets-basta/core';
import type { FormMessages } from '../../i18n/form-messages.ts';
import { useFormMessages } from '../internal/form-context.tsx';
import { HintAndError, hintAndErrorIds, LabelText } from '../internal/field-parts.tsx';
import { joinIds, useControlId } from '../internal/utils.ts';

/** Heading levels a legend can take. */
export type LegendHeading = 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6';

/** Props of {@link Fieldset}. */
export interface FieldsetProps extends Omit<
  FieldsetHTMLAttributes<HTMLFieldSetElement>,
  'children' | 'className'
> {
  /** The legend: the group's accessible name. */
  legend: ReactNode;
  /** Id of the fieldset. Defaults to a generated one. Hint and error ids derive from it. */
  id?: string;
  /** Help text under the legend, linked through `aria-describedby`. */
  hint?: ReactNode;
  /** Error for the whole group, with a hidden "Fel:" prefix, linked through `aria-describedby`. */
  error?: string;
  /** Render the legend's text as this heading (for a fieldset that is the page's question). */
  legendAs?: LegendHeading;
  /** Hide the legend visually (it stays the group's accessible name). */
  legendHidden?: boolean;
  /** Adds "(frivilligt)" / "(optional)" to the legend. */
  optional?: boolean;
  /** Extra ids for `aria-describedby`. */
  describedBy?: string;
  locale?: UiLocale;
  messages?: Partial<FormMessages>;
  className?: string;
  children?: ReactNode;
}

/**
 * Groups related controls under a legend (GOV.UK fieldset). The hint and error are linked to the
 * group with `aria-describedby`. Use `legendAs="h2"` when the group is a section's main question.
 *
 * @example
 * ```tsx
 * <Fieldset legend="Kontaktuppgifter" legendAs="h2" hint="Minst ett av fälten">
 *   <TextInput name="phone" label="Telefon" />
 *   <TextInput name="email" label="E-post" type="email" />
 * </Fieldset>
 * ```
 */
export function Fieldset({
  legend,
  id: idProp,
  hint,
  error,
  legendAs,
  legendHidden,
  optional,
  describedBy: extra,
  locale,
  messages,
  className,
  children,
  ...rest
}: FieldsetProps) {
  const id = useControlId('bb-fieldset', idProp);
  const { t } = useFormMessages(locale, messages);
  const { hintId, errorId } = hintAndErrorIds(id, hint, error);
  const Heading = legendAs;
  const text = (
    <LabelText optional={optional} optionalText={t.optional}>
      {legend}
    </LabelText>
  );
  return (
    <fieldset
      {...rest}
      id={id}
      className={className ? `bb-fieldset ${className}` : 'bb-fieldset'}
      aria-describedby={joinIds(hintId, errorId, extra)}
      data-invalid={error ? true : undefined}
    >
      <legend
        className={legendHidden ? 'bb-fieldset__legend bb-visually-hidden' : 'bb-fieldset__legend'}
        data-heading={Heading ?? undefined}
      >
        {Heading ? <Heading className="bb-fieldset__heading">{text}</Heading> : text}
      </legend>
      <HintAndError
        hintId={hintId}
        hint={hint}
        errorId={errorId}
        error={error}
        locale={locale}
        messages={messages}
      />
      {children}
    </fieldset>
  );
}
