import {
  createAssessment,
  defaultPack,
  exportDocument,
  importAssessment,
  setAnswer,
} from '@barnets-basta/core';

let a = createAssessment({ pack: defaultPack, scale: 'agree-5', perspective: { kind: 'child' } });
a = setAnswer(a, 'trygg', { kind: 'value', value: 4 });
export const back = importAssessment(exportDocument(a)); // { ok: true, value }
