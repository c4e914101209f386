import type { HTMLAttributes, ReactNode } from 'react';
import type { UiLocale } from '@barnets-basta/core';
import type { FormMessages } from '../../i18n/form-messages.ts';
import { useFormMessages } from '../internal/form-context.tsx';

/** Props of {@link ErrorMessage}. */
export interface ErrorMessageProps extends HTMLAttributes<HTMLParagraphElement> {
  /** Referenced by the control's `aria-describedby`. */
  id: string;
  /** The message, rendered as text. */
  children?: ReactNode;
  locale?: UiLocale;
  messages?: Partial<FormMessages>;
}

/**
 * An error message for one field, with a visually hidden "Fel:" ("Error:") prefix so that a
 * screen reader user hears that it is an error, not a hint. Put its id in the control's
 * `aria-describedby` (the building blocks do this through their `error` prop).
 *
 * @example
 * ```tsx
 * <ErrorMessage id="name-error">Skriv barnets förnamn</ErrorMessage>
 * ```
 */
export function ErrorMessage({
  id,
  children,
  locale,
  messages,
  className,
  ...rest
}: ErrorMessageProps) {
  const { t } = useFormMessages(locale, messages);
  return (
    <p
      {...rest}
      id={id}
      className={className ? `bb-error-message ${className}` : 'bb-error-message'}
    >
      <span className="bb-visually-hidden">{t.errorPrefix} </span>
      {children}
    </p>
  );
}
