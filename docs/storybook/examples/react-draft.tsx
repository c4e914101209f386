import {
  createAssessment,
  defaultPack,
  exportDocument,
  parseAssessment,
} from '@barnets-basta/core';
import { DraftStatus, localStorageAdapter, useDraft } from '@barnets-basta/sip';
import { Wheel } from '@barnets-basta/wheel';

// Module level, so the adapter stays the same between renders.
const storage = localStorageAdapter('min-kommun:');

/** The wheel saved as a draft on the user's device, restored after a reload or a closed tab. */
export function WheelWithDraft({ caseRef }: { caseRef: string }) {
  const draft = useDraft({
    key: `hjul:${caseRef}`,
    storage,
    initial: () =>
      createAssessment({ pack: defaultPack, scale: 'agree-5', perspective: { kind: 'child' } }),
    parse: (data) => parseAssessment(data, { pack: defaultPack }),
    serialize: exportDocument,
  });
  return (
    <>
      <DraftStatus draft={draft} />
      <Wheel value={draft.value} onChange={draft.setValue} />
    </>
  );
}
