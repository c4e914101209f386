/**
 * @barnets-basta/core: the framework-free model of Barnets bästa-hjulet and SIP.
 * No React, no DOM, no network. Every `parse*` and `import*` function returns a `ParseResult` and
 * never throws.
 *
 * This default entry (with the default content pack in Swedish and English) is kept small for
 * hosts that only show the wheel. Heavier, optional parts are separate entries:
 * `@barnets-basta/core/content` (authoring packs: validate, override, contrast),
 * `@barnets-basta/core/sip` (SIP plans: create, check, validate, import any document),
 * `@barnets-basta/core/compare` (comparison and aggregation), `@barnets-basta/core/geometry`
 * (the wheel's geometry), and the extra packs `@barnets-basta/core/packs/shanarri` and
 * `@barnets-basta/core/packs/sex-omraden`. Every type is exported from here too.
 *
 * @example
 * ```ts
 * import { defaultPack, createAssessment, setAnswer, parseAssessment } from '@barnets-basta/core';
 * let a = createAssessment({ pack: defaultPack, scale: 'agree-5', perspective: { kind: 'child' } });
 * a = setAnswer(a, 'trygg', { kind: 'value', value: 4 });
 * const result = parseAssessment(JSON.parse(JSON.stringify(a))); // { ok: true, value }
 * ```
 */

// Types (all of them, also those of the other entries: types cost nothing at run time)
export type * from './content/types.ts';
export type * from './scales/types.ts';
export type * from './assessment/types.ts';
export type * from './sip/types.ts';
export type { CreateSipPlanOptions, MissingLegalElement } from './sip/sip-plan.ts';
export type * from './validation/types.ts';
export type * from './compare/differences.ts';
export type * from './compare/aggregate.ts';
export type * from './geometry/wheel-geometry.ts';
export type { UiLocale, ShippedLocale } from './i18n/messages.ts';
export { AUDIENCES } from './content/types.ts';
export { ASSESSMENT_TYPE } from './assessment/types.ts';
export { SIP_PLAN_TYPE } from './sip/types.ts';

// Content (owner: content)
// Authoring packs (`parsePack`, `resolvePack`, `contrastRatio`, `relativeLuminance`) is in
// `@barnets-basta/core/content`.
export { defaultPack } from './content/packs/barnets-basta.ts';
export { packTexts, areaTexts, statementFor, pickLanguage } from './content/texts.ts';

// Scales and answers (owner: maths)
export {
  SCALES,
  getScale,
  answerLabel,
  encodeAnswer,
  decodeAnswer,
  isAnswered,
} from './scales/scales.ts';

// Assessments (owner: validation)
export { createAssessment, setAreaAssessment, setAnswer, newId } from './assessment/assessment.ts';
// The wheel's form contract (the fields `<Wheel name>` and `<bb-wheel>` submit) is in
// `@barnets-basta/core/form`.
export type { WheelFieldPart, WheelFormOptions } from './form/form-fields.ts';

// Validation, versioning, import/export of assessments (owner: validation).
// SIP plans and `parseDocument`/`importDocument` (either kind) are in `@barnets-basta/core/sip`.
export { parseAssessment } from './validation/parse.ts';
export {
  looksLikePersonalIdentityNumber,
  normaliseForIdentityCheck,
} from './validation/identity-number.ts';
export { formatIssue, formatIssues } from './validation/messages.ts';
export { CURRENT_SCHEMA_VERSION, migrate } from './versioning/migrations.ts';
export { exportDocument, importAssessment } from './versioning/json.ts';

// UI message helpers shared by the React packages
export { UI_LOCALES, formatMessage, mergeMessages } from './i18n/messages.ts';
