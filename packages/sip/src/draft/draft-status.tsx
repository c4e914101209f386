import { formatMessage, type UiLocale } from '@barnets-basta/core';
import type { FormMessages } from '../i18n/form-messages.ts';
import { useFormMessages } from '../form/internal/form-context.tsx';
import type { DraftState } from './use-draft.ts';

/** Props of {@link DraftStatus}. */
export interface DraftStatusProps {
  /** The state from `useDraft` (or the same fields from the host's own storage). */
  draft: Pick<DraftState<unknown>, 'status' | 'error' | 'savedAt' | 'restored' | 'corrupt'> &
    Partial<Pick<DraftState<unknown>, 'dismissCorrupt'>>;
  /** Heading level of the corrupt-draft notice. Default `'h2'`. */
  headingLevel?: 'h2' | 'h3' | 'h4';
  /** Time zone for "sparades kl. 14:03". Default: the user's. */
  timeZone?: string;
  locale?: UiLocale;
  messages?: Partial<FormMessages>;
  className?: string;
}

/**
 * Tells the user what happens to their draft, politely (a `role="status"` live region, present
 * from the start so changes are announced): "Utkastet sparades kl. 14:03", that a draft was
 * restored, or that saving failed and what to do (the text stays on the page). When a saved draft
 * could not be read, a notice explains that it was kept aside and the form started afresh.
 *
 * @example
 * ```tsx
 * const draft = useDraft({ key: 'plan', storage, initial, parse: parseSipPlan });
 * <DraftStatus draft={draft} />
 * ```
 */
export function DraftStatus({
  draft,
  headingLevel = 'h2',
  timeZone,
  locale,
  messages,
  className,
}: DraftStatusProps) {
  const { locale: lang, t } = useFormMessages(locale, messages);
  let text = '';
  if (draft.status === 'error') {
    text =
      draft.error === 'quota'
        ? t.draftErrorQuota
        : draft.error === 'unavailable'
          ? t.draftErrorUnavailable
          : t.draftErrorUnknown;
  } else if (draft.status === 'saving') {
    text = t.draftSaving;
  } else if (draft.status === 'saved' && draft.savedAt) {
    const time = new Intl.DateTimeFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', {
      hour: '2-digit',
      minute: '2-digit',
      timeZone,
    }).format(draft.savedAt);
    text = formatMessage(t.draftSaved, { time });
  } else if (draft.restored) {
    text = t.draftRestored;
  }
  const Heading = headingLevel;
  const corrupt = draft.corrupt;
  return (
    <div className={className ? `bb-draft-status ${className}` : 'bb-draft-status'}>
      {corrupt ? (
        <div className="bb-draft-notice" data-kind="corrupt">
          <Heading className="bb-draft-notice__title">{t.draftCorruptTitle}</Heading>
          <p className="bb-draft-notice__body">
            {formatMessage(t.draftCorruptBody, { key: corrupt.movedTo ?? '–' })}
          </p>
          {draft.dismissCorrupt ? (
            <button type="button" className="bb-draft-button" onClick={draft.dismissCorrupt}>
              {t.draftCorruptDismiss}
            </button>
          ) : null}
        </div>
      ) : null}
      <div
        role="status"
        className="bb-draft-status__message"
        data-status={draft.status}
        data-error={draft.status === 'error' ? (draft.error ?? 'unknown') : undefined}
      >
        {text}
      </div>
    </div>
  );
}
