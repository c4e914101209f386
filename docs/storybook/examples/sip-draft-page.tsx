import { defaultPack, exportDocument } from '@barnets-basta/core';
import { createSipPlan, parseSipPlan } from '@barnets-basta/core/sip';
import { DraftStatus, SipPlanForm, localStorageAdapter, useDraft } from '@barnets-basta/sip';

const storage = localStorageAdapter('min-kommun:'); // module level, or useMemo: keep it stable

export function PlanPage({ caseRef }: { caseRef: string }) {
  const draft = useDraft({
    key: `sip-plan:${caseRef}`,
    storage,
    initial: () => createSipPlan({ pack: defaultPack }),
    parse: (data) => parseSipPlan(data),
    serialize: exportDocument,
  });
  if (draft.loading) return null; // only with asynchronous storages
  return (
    <>
      <DraftStatus draft={draft} />
      <SipPlanForm value={draft.value} onChange={draft.setValue} />
    </>
  );
}
