import { useRef, useState, type ReactNode } from 'react';
import type { UiLocale } from '@barnets-basta/core';
import { offerDownload } from '@barnets-basta/wheel/internal';
import type { FormMessages } from '../i18n/form-messages.ts';
import { ErrorMessage } from '../form/error-message/error-message.tsx';
import { useFormMessages } from '../form/internal/form-context.tsx';
import { useControlId } from '../form/internal/utils.ts';

/**
 * Offers text (e.g. a plan from core's `exportDocument`) as a file download. Everything happens in
 * the browser: the file is made from memory, nothing is sent anywhere.
 *
 * @example
 * ```ts
 * downloadJson('sip-plan-2026-03-05.json', exportDocument(plan));
 * ```
 */
export function downloadJson(filename: string, text: string, doc: Document = document): void {
  offerDownload(new Blob([text], { type: 'application/json' }), filename, doc);
}

/** Props of {@link ImportJsonButton}. */
export interface ImportJsonButtonProps {
  /** Called with the file's text. Validate it (core's `importDocument`) and show issues yourself. */
  onImport: (text: string, file: File) => void;
  /** Called when the file could not be read at all; without it the button shows its own error. */
  onReadError?: (error: unknown) => void;
  /** Button text; default "Importera fil (JSON)". */
  children?: ReactNode;
  /** File types offered in the picker. Default JSON. */
  accept?: string;
  id?: string;
  disabled?: boolean;
  className?: string;
  locale?: UiLocale;
  messages?: Partial<FormMessages>;
}

/**
 * A button that opens the file picker and hands the chosen file's text to `onImport`. A real
 * `<button>` (keyboard and screen reader friendly) drives a hidden file input. The file never leaves
 * the browser.
 *
 * @example
 * ```tsx
 * <ImportJsonButton onImport={(text) => {
 *   const result = importDocument(text);
 *   if (result.ok) setPlan(result.value); else setImportErrors(formatIssues(result.issues, 'sv'));
 * }} />
 * ```
 */
export function ImportJsonButton({
  onImport,
  onReadError,
  children,
  accept = 'application/json,.json',
  id: idProp,
  disabled,
  className,
  locale,
  messages,
}: ImportJsonButtonProps) {
  const { t } = useFormMessages(locale, messages);
  const id = useControlId('bb-import', idProp);
  const input = useRef<HTMLInputElement>(null);
  const [readError, setReadError] = useState(false);
  const errorId = `${id}-error`;
  return (
    <div className={className ? `bb-import ${className}` : 'bb-import'}>
      {readError ? (
        <ErrorMessage id={errorId} locale={locale} messages={messages}>
          {t.importReadError}
        </ErrorMessage>
      ) : null}
      <button
        type="button"
        id={id}
        className="bb-draft-button"
        disabled={disabled}
        aria-describedby={readError ? errorId : undefined}
        onClick={() => input.current?.click()}
      >
        {children ?? t.importJson}
      </button>
      <input
        ref={input}
        type="file"
        accept={accept}
        hidden
        onChange={(event) => {
          const target = event.currentTarget;
          const file = target.files?.[0];
          // Clear, so choosing the same file again still fires a change.
          target.value = '';
          if (!file) return;
          file.text().then(
            (text) => {
              setReadError(false);
              onImport(text, file);
            },
            (error: unknown) => {
              if (onReadError) onReadError(error);
              else setReadError(true);
            },
          );
        }}
      />
    </div>
  );
}
