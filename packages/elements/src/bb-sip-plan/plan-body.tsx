import { exportDocument, type SipPlan } from '@barnets-basta/core';
import { parseSipPlan } from '@barnets-basta/core/sip';
import {
  DraftStatus,
  SipPlanForm,
  localStorageAdapter,
  useDraft,
  type DraftStorage,
  type SipPlanFormProps,
} from '@barnets-basta/sip';
import { useEffect, useMemo, useRef, useState } from 'react';

// The React body of <bb-sip-plan>, in its own module so the element's ES build loads it only when
// a page has a plan: pages with just <bb-wheel> do not pay for the SIP forms.

export type FormProps = Omit<SipPlanFormProps, 'value' | 'onChange'>;

/** What both bodies get from the element. */
interface BodyProps extends FormProps {
  /** The plan to start from: the host's `value`, or the element's own empty plan. */
  initial: SipPlan;
  /** Told the value the form starts with (no event: the user did nothing yet). */
  onLoad: (plan: SipPlan) => void;
  /** Told every change the user makes. */
  onChange: (plan: SipPlan) => void;
}

/**
 * The element's handle on a mounted draft, so form reset can delete it. An object the element
 * owns, because the body is a lazy chunk that may not have mounted yet when the form is reset.
 */
export interface DraftControl {
  /** Set while a drafted plan is mounted: deletes the saved draft and drops unsaved edits. */
  clear?: () => void;
  /** Set while a drafted plan is mounted: writes unsaved edits now. */
  flush?: () => void;
  /** Delete the saved draft instead of restoring it at the next mount (a reset before it mounted). */
  discard?: boolean;
}

/** Reports the starting plan once, after mount. */
function useReportStart(plan: SipPlan, ready: boolean, onLoad: (plan: SipPlan) => void) {
  const reported = useRef(false);
  useEffect(() => {
    if (!ready || reported.current) return;
    reported.current = true;
    onLoad(plan);
  }, [plan, ready, onLoad]);
}

/** The plan form with no storage of its own: the host stores the value it gets in events. */
export function PlainPlan({ initial, onLoad, onChange, ...form }: BodyProps) {
  const [plan, setPlan] = useState(initial);
  useReportStart(plan, true, onLoad);
  return (
    <SipPlanForm
      {...form}
      value={plan}
      onChange={(next) => {
        setPlan(next);
        onChange(next);
      }}
    />
  );
}

/**
 * The plan form with a draft saved continuously in this browser's localStorage.
 *
 * Host value and draft: a draft holds the user's unsaved edits of the plan the element started
 * from. It is restored only when the element starts from the same thing again: no `value` (then
 * any draft under the key), or exactly the same `value` as when the draft was made. A different
 * `value` (another plan, or a newer version the host saved) wins, and the draft is replaced at the
 * next edit, so a stale draft never hides what the host gives.
 */
export function DraftedPlan({
  initial,
  fromHost,
  draftKey,
  control,
  onLoad,
  onChange,
  ...form
}: BodyProps & {
  /** True when `initial` is the host's `value` (the draft then records which one it started from). */
  fromHost: boolean;
  draftKey: string;
  control: DraftControl;
}) {
  // The first render's starting point decides which draft belongs here; later renders keep it.
  const [base] = useState(() => (fromHost ? fingerprint(exportDocument(initial)) : ''));
  const storage = useMemo(
    () => draftStorage(localStorageAdapter(), draftKey, base, control),
    [draftKey, base, control],
  );
  const draft = useDraft<SipPlan>({
    key: draftKey,
    storage,
    initial,
    parse: parseSipPlan,
    serialize: exportDocument,
  });
  useReportStart(draft.value, !draft.loading, onLoad);
  const { clear, flush } = draft;
  useEffect(() => {
    control.clear = () => void clear();
    control.flush = flush;
    return () => {
      control.clear = undefined;
      control.flush = undefined;
    };
  }, [control, clear, flush]);
  return (
    <>
      <DraftStatus draft={draft} locale={form.locale} />
      <SipPlanForm
        {...form}
        value={draft.value}
        onChange={(next) => {
          draft.setValue(next);
          onChange(next);
        }}
      />
    </>
  );
}

/** Tag of a draft saved together with the fingerprint of the host value it started from. */
const ENVELOPE = 'bb.sip-plan-draft';

/**
 * The localStorage adapter, plus: a draft made from a host value is saved in one entry with that
 * value's fingerprint (one write, so the two cannot disagree), and is restored only for the same
 * fingerprint. A draft made without a host value is saved as the plain plan, as before.
 */
function draftStorage(
  adapter: DraftStorage,
  key: string,
  base: string,
  control: DraftControl,
): DraftStorage {
  return {
    load(k) {
      if (k !== key) return adapter.load(k);
      if (control.discard) {
        control.discard = false;
        try {
          void adapter.remove(k);
        } catch {
          // Storage that cannot be reached holds no draft to restore either.
        }
        return null;
      }
      const text = adapter.load(k);
      // localStorage answers synchronously; anything else is passed through unchanged.
      return typeof text === 'string' ? belongsHere(text, base) : text;
    },
    save(k, text) {
      if (k !== key || !base) return adapter.save(k, text);
      return adapter.save(
        k,
        `{"type":"${ENVELOPE}","base":${JSON.stringify(base)},"plan":${text}}`,
      );
    },
    remove: (k) => adapter.remove(k),
  };
}

/** The saved text when it is a draft of this starting point, the plan's text; otherwise none. */
function belongsHere(text: string, base: string): string | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // Unreadable: hand it to useDraft, which moves it aside and tells the user (nothing is lost).
    return text;
  }
  const envelope =
    typeof data === 'object' && data !== null && (data as { type?: unknown }).type === ENVELOPE
      ? (data as { base?: unknown; plan?: unknown })
      : undefined;
  if (!envelope) return base ? null : text;
  return envelope.base === base ? JSON.stringify(envelope.plan) : null;
}

/** A short, stable fingerprint of a text (cyrb53): tells two host values apart without storing them. */
function fingerprint(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
