import { useEffect, useRef, type ReactNode } from 'react';
import type { UiLocale } from '@barnets-basta/core';
import type { FormMessages } from '../../i18n/form-messages.ts';
import { useFormMessages } from '../internal/form-context.tsx';
import { rootOf } from '../internal/dom-root.ts';
import { useControlId } from '../internal/utils.ts';
import { focusErrorTarget } from './focus-target.ts';

/** One problem listed in the {@link ErrorSummary}. */
export interface ErrorSummaryItem {
  /**
   * Id of the field (or of the fieldset of a group) the link goes to. Leave it out only for a
   * problem no field on the page can fix (e.g. in imported data): the item is then plain text.
   */
  targetId?: string;
  /** The same text as the field's own error message. */
  text: string;
}

/** Props of {@link ErrorSummary}. */
export interface ErrorSummaryProps {
  /** Every problem on the page, in the order of the fields. Nothing renders when empty. */
  errors: readonly ErrorSummaryItem[];
  /** Heading; default "Det finns problem" / "There is a problem". */
  title?: ReactNode;
  /** Optional text between the heading and the list. */
  description?: ReactNode;
  /** Heading level. Default `'h2'`. */
  headingLevel?: 'h2' | 'h3' | 'h4';
  /**
   * Change this on every submit (e.g. a counter) to move focus to the summary again even when the
   * list of errors is the same. `useErrorSummary` does this for you.
   */
  focusKey?: string | number;
  /** Take focus when errors appear or `focusKey` changes. Default true. */
  autoFocus?: boolean;
  id?: string;
  className?: string;
  locale?: UiLocale;
  messages?: Partial<FormMessages>;
}

/**
 * Lists every problem on the page at the top of the form, after a submit (GOV.UK error summary).
 * It takes focus when errors appear (and whenever `focusKey` changes), so a screen reader reads the
 * heading and the list; each item links to its field, and following a link focuses the field and
 * scrolls its label or legend into view. Give each field the same text as its own `error`.
 *
 * Use it only for errors found on submit; while the user types, show errors at the field.
 *
 * @example
 * ```tsx
 * const summary = useErrorSummary();
 * <form noValidate onSubmit={(e) => { e.preventDefault(); if (summary.show(validate(values))) save(); }}>
 *   <ErrorSummary {...summary.props} />
 *   <TextInput id="name" name="name" label="Namn" error={summary.errorFor('name')} />
 * </form>
 * ```
 */
export function ErrorSummary({
  errors,
  title,
  description,
  headingLevel = 'h2',
  focusKey,
  autoFocus = true,
  id: idProp,
  className,
  locale,
  messages,
}: ErrorSummaryProps) {
  const { t } = useFormMessages(locale, messages);
  const id = useControlId('bb-error-summary', idProp);
  const root = useRef<HTMLDivElement>(null);
  const hasErrors = errors.length > 0;

  useEffect(() => {
    if (hasErrors && autoFocus) root.current?.focus();
  }, [hasErrors, focusKey, autoFocus]);

  if (!hasErrors) return null;
  const Heading = headingLevel;
  const titleId = `${id}-title`;
  return (
    <div
      ref={root}
      id={id}
      className={className ? `bb-error-summary ${className}` : 'bb-error-summary'}
      role="region"
      aria-labelledby={titleId}
      tabIndex={-1}
    >
      <Heading id={titleId} className="bb-error-summary__title">
        {title ?? t.errorSummaryTitle}
      </Heading>
      {description ? <div className="bb-error-summary__description">{description}</div> : null}
      <ul className="bb-error-summary__list">
        {errors.map(({ targetId, text }, index) => (
          <li key={`${targetId ?? ''}-${index}`}>
            {targetId ? (
              <a
                href={`#${targetId}`}
                onClick={(event) => {
                  const root = rootOf(event.currentTarget);
                  if (!root) return;
                  // In a shadow root the browser's own jump cannot find the field and would only
                  // change the host page's address (#…): it never happens there.
                  if (focusErrorTarget(targetId, root) || root.nodeType === 11)
                    event.preventDefault();
                }}
              >
                {text}
              </a>
            ) : (
              text
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
