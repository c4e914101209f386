import type { Answer, ScaleId } from '../scales/types.ts';

/** Whose view an assessment records. Several guardians are several assessments. */
export type PerspectiveKind =
  'child' | 'guardian' | 'school' | 'student-health' | 'social-services' | 'health-care' | 'other';

/** Who may see one answer or note. */
export type Visibility =
  /** Everyone taking part in the meeting (default for adults' answers). */
  | 'meeting'
  /** Only the child's contact person (e.g. mentor, kurator). */
  | 'contact-person'
  /** Only the person who answered. */
  | 'respondent';

export interface Perspective {
  kind: PerspectiveKind;
  /** Optional label that tells two of a kind apart, e.g. "Mamma", "Vårdnadshavare 2", "Mentor". */
  label?: string;
}

/** One area's part of an assessment. Every field is optional: nothing is forced. */
export interface AreaAssessment {
  answer?: Answer;
  note?: string;
  /** Marked when the area was talked about (discussion-only use). */
  talkedAbout?: boolean;
  /** Who may see this answer and note. Default `meeting`. */
  visibility?: Visibility;
}

/**
 * The child the assessment is about. No personal identity number is ever stored. With
 * `protectedIdentity` set, `name` and `address` must be absent (skyddad identitet).
 */
export interface ChildRef {
  /** Pseudonymous reference chosen by the host, e.g. "Elev 7B-12". */
  reference?: string;
  /** The child's chosen name, shown in the centre of the wheel. */
  name?: string;
  address?: string;
  protectedIdentity?: boolean;
}

/** Document type tag of an assessment. */
export const ASSESSMENT_TYPE = 'bb.assessment';

/** One person's (or one perspective's) view of the wheel, at one time. */
export interface Assessment {
  type: typeof ASSESSMENT_TYPE;
  schemaVersion: number;
  id: string;
  pack: { id: string; version: string };
  scale: ScaleId;
  perspective: Perspective;
  /** ISO 8601 timestamps. */
  createdAt: string;
  updatedAt: string;
  child?: ChildRef;
  /** Per area id. Areas that were not touched are absent. */
  areas: Record<string, AreaAssessment>;
  /** Answer to the closing question ("Vad hoppas du på framåt?"). */
  hopes?: { text: string; visibility?: Visibility };
}
