import {
  createAssessment,
  decodeAnswer,
  defaultPack,
  getScale,
  setAnswer,
  type Assessment,
} from '@barnets-basta/core';

/**
 * On your server: the plain-form fields (`hjul.trygg` = "1".."5", "dont-know", "declined") back
 * into an assessment. Anything else (missing, "7", "abc") stays unanswered; nothing is guessed.
 */
export function assessmentFromFields(fields: URLSearchParams, prefix = 'hjul'): Assessment {
  const scale = getScale('agree-5');
  let assessment = createAssessment({
    pack: defaultPack,
    scale: scale.id,
    perspective: { kind: 'child' },
  });
  for (const area of defaultPack.areas) {
    const answer = decodeAnswer(fields.get(`${prefix}.${area.id}`), scale);
    if (answer) assessment = setAnswer(assessment, area.id, answer);
  }
  return assessment;
}
