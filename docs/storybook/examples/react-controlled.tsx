import {
  createAssessment,
  defaultPack,
  exportDocument,
  isAnswered,
  type Assessment,
} from '@barnets-basta/core';
import { Wheel } from '@barnets-basta/wheel';
import { useState } from 'react';

/** Controlled: your state holds the assessment (core JSON); the wheel reports every change. */
export function ControlledWheel({ onSave }: { onSave: (json: string) => void }) {
  const [assessment, setAssessment] = useState<Assessment>(() =>
    createAssessment({ pack: defaultPack, scale: 'agree-5', perspective: { kind: 'child' } }),
  );
  const answered = defaultPack.areas.filter((area) => isAnswered(assessment.areas[area.id])).length;
  return (
    <>
      <Wheel value={assessment} onChange={setAssessment} audience="child-13-18" />
      <p role="status">
        {answered} av {defaultPack.areas.length} områden besvarade
      </p>
      <button type="button" onClick={() => onSave(exportDocument(assessment))}>
        Spara
      </button>
    </>
  );
}
