import {
  forwardRef,
  useCallback,
  useEffect,
  useImperativeHandle,
  useRef,
  useState,
  type ReactNode,
  type TextareaHTMLAttributes,
} from 'react';
import { formatMessage } from '@barnets-basta/core';
import { useControllableState } from '@barnets-basta/wheel/internal';
import type { FormMessages } from '../../i18n/form-messages.ts';
import { Field, type FieldCommonProps } from '../field/field.tsx';
import { useFormMessages } from '../internal/form-context.tsx';
import { controlAria, splitFieldCommon } from '../internal/field-parts.tsx';
import { joinIds, useControlId, useFormReset } from '../internal/utils.ts';

type NativeTextareaProps = Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  'value' | 'defaultValue' | 'onChange' | 'maxLength' | 'id' | 'name' | 'className' | 'children'
>;

/** Props of {@link Textarea}. Other native `<textarea>` attributes are passed on. */
export interface TextareaProps extends FieldCommonProps, NativeTextareaProps {
  /** Form field name. */
  name: string;
  /** The visible label. */
  label: ReactNode;
  /** Controlled value. Leave out and use `defaultValue` for an uncontrolled textarea. */
  value?: string;
  /** Initial value of an uncontrolled textarea (restored on form reset). */
  defaultValue?: string;
  /** Called with the new text on every change. */
  onChange?: (value: string) => void;
  /** Visible rows. Default 5. */
  rows?: number;
  /**
   * Shows a character count ("Du har 12 tecken kvar") and announces it politely after typing
   * pauses. Going over is allowed and never truncates the text; the count then shows as an error.
   */
  maxLength?: number;
  /** Pause after typing before the count is announced, in ms. Default 1000 (as GOV.UK). */
  announceDelay?: number;
}

/** Counts user-perceived characters (code points), so an emoji counts as one. */
export function countCharacters(text: string): number {
  let n = 0;
  for (const _ of text) n += 1;
  return n;
}

function countText(t: FormMessages, remaining: number): string {
  if (remaining === 1) return t.characterCountRemainingOne;
  if (remaining === -1) return t.characterCountOverOne;
  if (remaining < 0) return formatMessage(t.characterCountOver, { n: -remaining });
  return formatMessage(t.characterCountRemaining, { n: remaining });
}

/**
 * A labelled multi-line text field with hint, error and an optional character count (GOV.UK
 * textarea and character count). With `maxLength`, the visible count updates as you type while a
 * polite live region is updated only when typing pauses, so a screen reader is not interrupted on
 * every key. The limit is advisory: the text is never cut; validate the length on submit.
 *
 * @example
 * ```tsx
 * <Textarea name="worksWell" label="Det här fungerar bra" maxLength={1000}
 *   value={text} onChange={setText} error={errors.worksWell} />
 * ```
 */
export const Textarea = forwardRef<HTMLTextAreaElement, TextareaProps>(function Textarea(
  {
    name,
    label,
    value,
    defaultValue,
    onChange,
    rows = 5,
    maxLength,
    announceDelay = 1000,
    'aria-describedby': ownDescribedBy,
    ...props
  },
  ref,
) {
  const [field, rest] = splitFieldCommon(props);
  const id = useControlId('bb-textarea', field.id);
  const { t } = useFormMessages(field.locale, field.messages);
  const element = useRef<HTMLTextAreaElement>(null);
  useImperativeHandle(ref, () => element.current as HTMLTextAreaElement);

  const [text, setText, { controlled, setOwn: setOwnText }] = useControllableState({
    prop: value,
    defaultProp: defaultValue ?? '',
    onChange,
  });
  const hasCount = typeof maxLength === 'number' && maxLength > 0;
  const remaining = hasCount ? maxLength - countCharacters(text) : 0;
  const over = hasCount && remaining < 0;
  const visibleCount = hasCount ? countText(t, remaining) : '';

  // The live region stays empty until the user has typed and paused: nothing is read on load.
  const [announced, setAnnounced] = useState('');
  const [typedAt, setTypedAt] = useState(0);
  useEffect(() => {
    if (!hasCount || typedAt === 0) return;
    const timer = setTimeout(() => setAnnounced(visibleCount), announceDelay);
    return () => clearTimeout(timer);
  }, [hasCount, typedAt, visibleCount, announceDelay]);

  useFormReset(
    element,
    useCallback(() => {
      if (!controlled && element.current) setOwnText(element.current.value);
    }, [controlled, setOwnText]),
  );

  const infoId = hasCount ? `${id}-info` : undefined;

  return (
    <Field
      {...field}
      id={id}
      label={label}
      className={hasCount ? joinIds('bb-character-count', field.className) : field.className}
    >
      {(control) => (
        <>
          <textarea
            {...rest}
            ref={element}
            id={id}
            name={name}
            rows={rows}
            className="bb-textarea"
            data-over={over || undefined}
            {...controlAria(control, infoId, ownDescribedBy)}
            {...(controlled ? { value } : { defaultValue })}
            onChange={(event) => {
              if (hasCount) setTypedAt((n) => n + 1);
              setText(event.target.value);
            }}
          />
          {hasCount ? (
            <>
              <span id={infoId} className="bb-visually-hidden">
                {formatMessage(t.characterCountLimit, { n: maxLength })}
              </span>
              <p
                className="bb-character-count__status"
                data-over={over || undefined}
                aria-hidden="true"
              >
                {visibleCount}
              </p>
              <p className="bb-visually-hidden" aria-live="polite">
                {announced}
              </p>
            </>
          ) : null}
        </>
      )}
    </Field>
  );
});
