import {
  exportDocument,
  parseAssessment,
  type Assessment,
  type ChildRef,
  type ParseResult,
  type ValidationIssue,
} from '@barnets-basta/core';
import {
  allAssessments,
  assessmentFor,
  childRef,
  pack,
  SCHOOL_FILE_RECEIVER,
  type AbsenceDraft,
} from './absence.ts';

export const SUBMISSION_TYPE = 'bb-demo.absence-investigation';

/**
 * What the school files: the investigation's answers and every perspective's wheel as core
 * assessment documents. Core has no document type for a whole investigation, so the wheels travel
 * as core documents inside this small envelope.
 */
export interface AbsenceSubmission {
  type: typeof SUBMISSION_TYPE;
  schemaVersion: 1;
  id: string;
  submittedAt: string | null;
  child: ChildRef;
  schoolYear: string;
  absence: AbsenceDraft['absence'];
  conversation: AbsenceDraft['together'];
  decision: AbsenceDraft['decision'];
  /** Core `bb.assessment` documents: the child's (without what they kept to themselves), guardians', school's. */
  assessments: Assessment[];
}

/**
 * The assessments as filed: the child reference added, each as the school's file may have it
 * (`SCHOOL_FILE_RECEIVER`, through core's `asSeenBy`): the child's private answers removed, and
 * with protected identity no name and no guardian's label.
 */
export function submittedAssessments(draft: AbsenceDraft): Assessment[] {
  return allAssessments(draft).map((a) => assessmentFor(draft, a, SCHOOL_FILE_RECEIVER));
}

/**
 * Builds the submission and validates every assessment in it with core, so a file is offered only
 * when the receiving system can read it. Returns the stable JSON text (sorted keys, as core's
 * `exportDocument`) or core's path-specific issues.
 */
export function buildSubmission(draft: AbsenceDraft): ParseResult<string> {
  const issues: ValidationIssue[] = [];
  const assessments: Assessment[] = [];
  submittedAssessments(draft).forEach((assessment, index) => {
    const result = parseAssessment(JSON.parse(exportDocument(assessment)), { pack });
    if (result.ok) assessments.push(JSON.parse(exportDocument(result.value)) as Assessment);
    else
      issues.push(
        ...result.issues.map((issue) => ({
          ...issue,
          path: ['assessments', index, ...issue.path],
        })),
      );
  });
  if (issues.length > 0) return { ok: false, issues };
  const submission: AbsenceSubmission = {
    type: SUBMISSION_TYPE,
    schemaVersion: 1,
    id: draft.id,
    submittedAt: draft.submittedAt,
    child: childRef(draft),
    schoolYear: draft.pupil.schoolYear,
    absence: draft.absence,
    conversation: draft.together,
    decision: draft.decision,
    assessments,
  };
  return { ok: true, value: `${JSON.stringify(submission, null, 2)}\n` };
}

/** A file name without anything identifying: the date and the word for what it is. */
export function submissionFileName(draft: AbsenceDraft): string {
  const date = (draft.submittedAt ?? new Date().toISOString()).slice(0, 10);
  return `franvaroutredning-${date}.json`;
}
