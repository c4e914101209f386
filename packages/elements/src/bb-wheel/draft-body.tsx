import {
  exportDocument,
  parseAssessment,
  type Assessment,
  type UiLocale,
} from '@barnets-basta/core';
import { DraftStatus, localStorageAdapter, useDraft, type FormMessages } from '@barnets-basta/sip';
import { Wheel } from '@barnets-basta/wheel';
import { useEffect, useMemo, useRef, useState, type ComponentProps } from 'react';
import {
  envelopeStorage,
  fingerprint,
  type DraftControl,
} from '../element-draft/draft-envelope.ts';

// The drafted body of <bb-wheel draft-key>: its own module, so pages whose wheels keep no draft
// do not load the draft machinery (the SIP package's `useDraft` and its storage adapter).

/** How a wheel's draft is wrapped with the host value it started from. */
const WHEEL_ENVELOPE = { type: 'bb.wheel-draft', field: 'assessment' };

type WheelProps = ComponentProps<typeof Wheel>;

/** What the element gives the drafted body. */
export interface DraftedWheelProps {
  /** The wheel's props, except its value. */
  wheel: Omit<WheelProps, 'value' | 'defaultValue' | 'onChange'>;
  /** The host's `value`, if any: a draft is restored only when it was made from the same value. */
  initial: Assessment | undefined;
  draftKey: string;
  control: DraftControl;
  locale: UiLocale;
  messages: Partial<FormMessages> | undefined;
  /** Told a restored draft (no event: the user did nothing yet). */
  onLoad: (value: Assessment) => void;
  /** Told every change the user makes. */
  onChange: (value: Assessment) => void;
}

/**
 * The wheel with a draft kept in this browser's localStorage through the SIP package's `useDraft`
 * and `localStorageAdapter`, with their promises: a full storage is said in words and nothing is
 * lost in memory; a draft that cannot be read is set aside under `<key>.corrupt-<time>`, said in
 * words, and offered as a file; never a crash. The draft is the respondent's own copy on their
 * own device, so it holds every answer, "Bara jag" included (the form post does not).
 *
 * @example
 * ```tsx
 * <DraftedWheel wheel={{ name: 'hjul' }} initial={undefined} draftKey="bb-wheel:hjul" … />
 * ```
 */
export function DraftedWheel({
  wheel,
  initial,
  draftKey,
  control,
  locale,
  messages,
  onLoad,
  onChange,
}: DraftedWheelProps) {
  // The first render's starting point decides which draft belongs here; later renders keep it.
  const [base] = useState(() => (initial ? fingerprint(exportDocument(initial)) : ''));
  const storage = useMemo(
    () => envelopeStorage(localStorageAdapter(), draftKey, base, control, WHEEL_ENVELOPE),
    [draftKey, base, control],
  );
  const draft = useDraft<Assessment | undefined>({
    key: draftKey,
    storage,
    initial,
    parse: parseAssessment,
    serialize: (value) => (value ? exportDocument(value) : 'null'),
  });
  // A restored draft is the form's value from the start, without an event.
  const reported = useRef(false);
  useEffect(() => {
    if (reported.current || draft.loading) return;
    reported.current = true;
    if (draft.restored && draft.value) onLoad(draft.value);
  }, [draft.loading, draft.restored, draft.value, onLoad]);
  const { clear, flush } = draft;
  useEffect(() => {
    control.clear = () => void clear();
    control.flush = flush;
    return () => {
      control.clear = undefined;
      control.flush = undefined;
    };
  }, [control, clear, flush]);
  if (draft.loading) return null;
  return (
    <>
      <DraftStatus draft={draft} locale={locale} messages={messages} />
      <Wheel
        {...wheel}
        defaultValue={draft.value}
        onChange={(next) => {
          draft.setValue(next);
          onChange(next);
        }}
      />
    </>
  );
}
