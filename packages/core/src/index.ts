/**
 * @barnets-basta/core: the framework-free model of Barnets bästa-hjulet and SIP.
 * No React, no DOM, no network. Every `parse*` function returns a `ParseResult` and never throws.
 *
 * @example
 * ```ts
 * import { defaultPack, createAssessment, setAnswer, parseAssessment } from '@barnets-basta/core';
 * let a = createAssessment({ pack: defaultPack, scale: 'agree-5', perspective: { kind: 'child' } });
 * a = setAnswer(a, 'trygg', { kind: 'value', value: 4 });
 * const result = parseAssessment(JSON.parse(JSON.stringify(a))); // { ok: true, value }
 * ```
 */

// Types
export type * from './content/types.ts';
export type * from './scales/types.ts';
export type * from './assessment/types.ts';
export type * from './sip/types.ts';
export type * from './validation/types.ts';
export { AUDIENCES } from './content/types.ts';
export { ASSESSMENT_TYPE } from './assessment/types.ts';
export { SIP_PLAN_TYPE } from './sip/types.ts';

// Content (owner: content)
export { defaultPack } from './content/packs/barnets-basta.ts';
export { resolvePack } from './content/merge.ts';
export { packTexts, areaTexts, statementFor, pickLanguage } from './content/texts.ts';
export { contrastRatio, relativeLuminance } from './content/contrast.ts';

// Scales and answers (owner: maths)
export { SCALES, getScale, answerLabel, encodeAnswer, decodeAnswer, isAnswered } from './scales/scales.ts';

// Assessments and SIP plans (owner: validation)
export { createAssessment, setAreaAssessment, setAnswer } from './assessment/assessment.ts';
export { createSipPlan, checkLegalElements } from './sip/sip-plan.ts';

// Validation, versioning, import/export (owner: validation)
export { parsePack, parseAssessment, parseSipPlan, parseDocument } from './validation/parse.ts';
export { formatIssue, formatIssues } from './validation/messages.ts';
export { CURRENT_SCHEMA_VERSION, migrate } from './versioning/migrations.ts';
export { exportDocument, importDocument } from './versioning/json.ts';

// Comparison and aggregation (owner: maths)
export { compareAssessments, compareReadings } from './compare/differences.ts';
export { aggregate } from './compare/aggregate.ts';

// Geometry (owner: maths)
export { wheelGeometry } from './geometry/wheel-geometry.ts';

// UI message helpers shared by the React packages
export type { UiLocale } from './i18n/messages.ts';
export { UI_LOCALES, formatMessage, mergeMessages } from './i18n/messages.ts';
