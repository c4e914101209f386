import { defaultPack } from '@barnets-basta/core';
import { createSipPlan, parseSipPlan } from '@barnets-basta/core/sip';
import { SipPlanForm, localStorageAdapter, useDraft } from '@barnets-basta/sip';
import '@barnets-basta/wheel/styles.css';
import '@barnets-basta/sip/styles.css';

// Module level, so the adapter stays the same between renders.
const storage = localStorageAdapter();

/** The SIP meeting, one phase at a time, kept as a draft on the device while it is typed. */
export function Plan() {
  const draft = useDraft({
    key: 'sip',
    storage,
    initial: () => createSipPlan({ pack: defaultPack }),
    parse: (data) => parseSipPlan(data),
  });
  return <SipPlanForm mode="meeting" value={draft.value} onChange={draft.setValue} />;
}
