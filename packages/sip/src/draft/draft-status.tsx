import { formatMessage, type UiLocale } from '@barnets-basta/core';
import type { FormMessages } from '../i18n/form-messages.ts';
import { useFormMessages } from '../form/internal/form-context.tsx';
import { downloadJson } from './json-file.tsx';
import type { DraftState } from './use-draft.ts';

/** Props of {@link DraftNotice}. */
export interface DraftNoticeProps {
  /** The state from `useDraft` (or the same fields from the host's own storage). */
  draft: Pick<DraftState<unknown>, 'corrupt'> &
    Partial<Pick<DraftState<unknown>, 'dismissCorrupt'>>;
  /** Heading level of the notice. Default `'h2'`. */
  headingLevel?: 'h2' | 'h3' | 'h4';
  locale?: UiLocale;
  /** Override texts, e.g. a `draftCorruptTitle` that names the form when several share a page. */
  messages?: Partial<FormMessages>;
  className?: string;
}

/** A file name for the unreadable draft: its key, made safe for every file system. */
function fileName(key: string): string {
  const safe = key.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^[-.]+|-+$/g, '');
  return `${safe || 'utkast'}.json`;
}

/**
 * The notice about a saved draft that could not be read (only while `draft.corrupt` is set): that
 * the form started afresh, where the old draft was kept (or that it could not be set aside and is
 * not overwritten), a button to download it as a file (made in the browser, no network), and
 * "Jag förstår". A draft from a newer version says so. {@link DraftStatus} shows it; use it alone
 * on a page that reads drafts without showing their forms (a start page), so nothing is set aside
 * silently.
 *
 * @example
 * ```tsx
 * <DraftNotice draft={absence} messages={{ draftCorruptTitle: 'Frånvaroutredningen gick inte att läsa' }} />
 * ```
 */
export function DraftNotice({
  draft,
  headingLevel = 'h2',
  locale,
  messages,
  className,
}: DraftNoticeProps) {
  const { t } = useFormMessages(locale, messages);
  const corrupt = draft.corrupt;
  if (!corrupt) return null;
  const Heading = headingLevel;
  const kept = corrupt.movedTo !== null;
  const body = !kept
    ? t.draftCorruptNotKeptBody
    : formatMessage(corrupt.newer ? t.draftNewerBody : t.draftCorruptBody, {
        key: corrupt.movedTo ?? '',
      });
  return (
    <div
      className={className ? `bb-draft-notice ${className}` : 'bb-draft-notice'}
      data-kind={corrupt.newer ? 'newer' : 'corrupt'}
      data-kept={kept ? 'true' : 'false'}
    >
      <Heading className="bb-draft-notice__title">
        {corrupt.newer ? t.draftNewerTitle : t.draftCorruptTitle}
      </Heading>
      <p className="bb-draft-notice__body">{body}</p>
      <div className="bb-draft-notice__actions">
        <button
          type="button"
          className="bb-draft-button"
          onClick={() => downloadJson(fileName(corrupt.movedTo ?? corrupt.key), corrupt.text)}
        >
          {t.draftCorruptDownload}
        </button>
        {draft.dismissCorrupt ? (
          <button type="button" className="bb-draft-button" onClick={draft.dismissCorrupt}>
            {t.draftCorruptDismiss}
          </button>
        ) : null}
      </div>
    </div>
  );
}

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
 * could not be read, a {@link DraftNotice} explains that it was kept aside (or not overwritten)
 * and the form started afresh, and offers the old draft as a file.
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
  return (
    <div className={className ? `bb-draft-status ${className}` : 'bb-draft-status'}>
      <DraftNotice draft={draft} headingLevel={headingLevel} locale={locale} messages={messages} />
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
