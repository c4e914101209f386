import { localStorageAdapter, useDraft, type DraftState } from '@barnets-basta/sip';
import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { emptyAbsence, parseAbsence, type AbsenceDraft } from './absence.ts';
import { emptySip, parseSip, shareProtectedIdentity, type SipDraft } from './sip.ts';

/** Key prefix of everything the demo keeps in the browser. */
export const STORAGE_PREFIX = 'bb-demo:';
export const ABSENCE_KEY = 'franvaroutredning';
export const SIP_KEY = 'sip-mote';

interface Drafts {
  absence: DraftState<AbsenceDraft>;
  sip: DraftState<SipDraft>;
  /** "Börja om": deletes one flow's draft and every unreadable copy of it that was set aside. */
  restart: (flow: 'absence' | 'sip') => Promise<void>;
}

/**
 * Removes the copies `useDraft` set aside (`<key>.corrupt-<time>`) when a saved draft could not be
 * read: they may hold a child's answers, and "Börja om" promises that everything is deleted.
 */
export function removeSetAsideCopies(key: string): void {
  const prefix = `${STORAGE_PREFIX}${key}.corrupt-`;
  try {
    const keys = Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i));
    for (const k of keys) if (k?.startsWith(prefix)) localStorage.removeItem(k);
  } catch {
    // Storage blocked: nothing was set aside there either.
  }
}

const DraftsContext = createContext<Drafts | null>(null);

/**
 * Both flows' drafts, held at the top of the app so the start page can offer "continue" and the
 * SIP meeting can start from the investigation's wheels. Saved in localStorage through the sip
 * package's `useDraft`, which also handles a full or blocked storage and an unreadable draft.
 */
export function DraftsProvider({
  legalReference,
  children,
}: {
  legalReference: string;
  children: ReactNode;
}) {
  const storage = useMemo(() => localStorageAdapter(STORAGE_PREFIX), []);
  const absence = useDraft<AbsenceDraft>({
    key: ABSENCE_KEY,
    storage,
    initial: emptyAbsence,
    parse: parseAbsence,
    debounceMs: 400,
  });
  const sip = useDraft<SipDraft>({
    key: SIP_KEY,
    storage,
    initial: () => emptySip(legalReference),
    parse: parseSip,
    debounceMs: 400,
  });
  // Protected identity ticked in step 1 reaches the SIP meeting started from the investigation
  // (and the other way round) in the same moment, before either draft is saved again.
  const { setValue: setAbsence } = absence;
  const { setValue: setSip } = sip;
  useEffect(() => {
    const next = shareProtectedIdentity(absence.value, sip.value);
    if (next.absence !== absence.value) setAbsence(next.absence);
    if (next.sip !== sip.value) setSip(next.sip);
  }, [absence.value, sip.value, setAbsence, setSip]);
  const value = useMemo<Drafts>(
    () => ({
      absence,
      sip,
      restart: async (flow) => {
        await (flow === 'absence' ? absence : sip).clear({ setAside: true });
        removeSetAsideCopies(flow === 'absence' ? ABSENCE_KEY : SIP_KEY);
      },
    }),
    [absence, sip],
  );
  return <DraftsContext.Provider value={value}>{children}</DraftsContext.Provider>;
}

export function useDrafts(): Drafts {
  const value = useContext(DraftsContext);
  if (!value) throw new Error('useDrafts must be used inside <DraftsProvider>');
  return value;
}
