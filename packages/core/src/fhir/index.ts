/**
 * @barnets-basta/core/fhir: FHIR R4 for health care systems and SIP systems. A content pack as a
 * `Questionnaire`, an assessment as a `QuestionnaireResponse` (the child's private answers left
 * out unless the host asks for the child's own copy), a SIP plan as a `CarePlan` with `Goal`s
 * and activities, and an importer back for each that reports, path by path in Swedish and
 * English, everything it cannot place. Plain JSON in and out; no network.
 *
 * @example
 * ```ts
 * import { assessmentToQuestionnaireResponse, questionnaireResponseToAssessment } from '@barnets-basta/core/fhir';
 * const resource = assessmentToQuestionnaireResponse(assessment);
 * const back = questionnaireResponseToAssessment(resource); // { ok: true, value }
 * ```
 */

export type { FhirExportOptions } from './questionnaire-response.ts';
export type { QuestionnaireOptions } from './questionnaire.ts';
export {
  assessmentToQuestionnaireResponse,
  questionnaireResponseToAssessment,
} from './questionnaire-response.ts';
export { packToQuestionnaire, questionnaireToPack } from './questionnaire.ts';
export { CARE_PLAN_FIELDS, carePlanToSipPlan, sipPlanToCarePlan } from './care-plan.ts';
