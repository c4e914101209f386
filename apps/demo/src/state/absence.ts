import {
  createAssessment,
  defaultPack,
  isAnswered,
  looksLikePersonalIdentityNumber,
  parseAssessment,
  type Assessment,
  type Audience,
  type ChildRef,
  type ParseResult,
  type ScaleId,
} from '@barnets-basta/core';
import { asSeenBy, maySee, type Viewer } from '@barnets-basta/core/privacy';
import { check, type Check } from './check.ts';

/** School years offered in step 1, youngest first. */
export const SCHOOL_YEARS = [
  'fk',
  '1',
  '2',
  '3',
  '4',
  '5',
  '6',
  '7',
  '8',
  '9',
  'g1',
  'g2',
  'g3',
] as const;
export type SchoolYear = (typeof SCHOOL_YEARS)[number];

export const ABSENCE_WHEN = [
  'whole-days',
  'mornings',
  'lessons',
  'weekdays',
  'after-breaks',
  'varies',
] as const;
export type AbsenceWhen = (typeof ABSENCE_WHEN)[number];

export const ABSENCE_DURATIONS = [
  'under-1-month',
  '1-3-months',
  '3-6-months',
  'over-6-months',
] as const;
export type AbsenceDuration = (typeof ABSENCE_DURATIONS)[number];

export const SIP_PRINCIPALS = [
  'social-services',
  'bup',
  'primary-care',
  'habilitation',
  'other',
] as const;
export type SipPrincipalChoice = (typeof SIP_PRINCIPALS)[number];

export const SCHOOL_ROLES = ['school', 'student-health'] as const;
export type SchoolRole = (typeof SCHOOL_ROLES)[number];

/** The four places the investigation looks for what triggers or maintains the absence. */
export const FACTORS = ['school', 'home', 'leisure', 'individual'] as const;
export type Factor = (typeof FACTORS)[number];

/**
 * Which wheel areas speak to each factor (DOMAIN.md, problematic school absence). Area ids are
 * stable keys of the default pack; ids a host's pack lacks are simply skipped.
 */
export const FACTOR_AREAS: Record<Factor, readonly string[]> = {
  school: ['utvecklas', 'trygg', 'delaktig'],
  home: ['omvardad', 'trygg'],
  leisure: ['delaktig', 'aktiv'],
  individual: ['ma-bra', 'ansvarstagande'],
};

/** Limits on free text, shown as character counts. */
export const LIMITS = {
  reference: 40,
  chosenName: 40,
  label: 30,
  short: 600,
  notes: 1500,
} as const;

export const DRAFT_KIND = 'bb-demo.absence-investigation';

/** Everything the school-absence e-service collects. Saved as one draft. */
export interface AbsenceDraft {
  kind: typeof DRAFT_KIND;
  version: 1;
  id: string;
  pupil: {
    reference: string;
    schoolYear: SchoolYear | '';
    protectedIdentity: boolean;
    /** The child's chosen name for the wheel centre. Always '' with protected identity. */
    chosenName: string;
  };
  absence: {
    when: AbsenceWhen[];
    duration: AbsenceDuration | '';
    pupilView: string;
    guardianView: string;
    effect: string;
    tried: string;
  };
  /** Made when the child first answers, with the scale for their age at that time. */
  child: Assessment | null;
  guardians: Assessment[];
  schoolRole: SchoolRole;
  school: Assessment;
  together: Record<Factor, string> & { support: string };
  decision: {
    outcome: '' | 'school' | 'sip';
    schoolSupport: string;
    followUp: string;
    principals: SipPrincipalChoice[];
    sipReason: string;
  };
  /** The furthest step reached; earlier steps can be revisited from the progress list. */
  reached: number;
  /** ISO timestamp set when the investigation is completed in step 7. */
  submittedAt: string | null;
}

export const pack = defaultPack;

/** Same scale for adults so their wheels overlay on one scale; the child's follows their age. */
export const ADULT_SCALE: ScaleId = 'agree-5';

function newId(): string {
  return createAssessment({ pack, scale: 'none', perspective: { kind: 'other' } }).id;
}

export function guardianAssessment(): Assessment {
  return createAssessment({ pack, scale: ADULT_SCALE, perspective: { kind: 'guardian' } });
}

export function schoolAssessment(role: SchoolRole): Assessment {
  return createAssessment({ pack, scale: ADULT_SCALE, perspective: { kind: role } });
}

/** A fresh, empty investigation. */
export function emptyAbsence(): AbsenceDraft {
  return {
    kind: DRAFT_KIND,
    version: 1,
    id: newId(),
    pupil: { reference: '', schoolYear: '', protectedIdentity: false, chosenName: '' },
    absence: { when: [], duration: '', pupilView: '', guardianView: '', effect: '', tried: '' },
    child: null,
    guardians: [guardianAssessment()],
    schoolRole: 'school',
    school: schoolAssessment('school'),
    together: { school: '', home: '', leisure: '', individual: '', support: '' },
    decision: { outcome: '', schoolSupport: '', followUp: '', principals: [], sipReason: '' },
    reached: 1,
    submittedAt: null,
  };
}

/** Approximate age at the start of a school year (förskoleklass: the year one turns six). */
export function ageOf(year: SchoolYear): number {
  if (year === 'fk') return 6;
  if (year.startsWith('g')) return 15 + Number(year.slice(1));
  return 6 + Number(year);
}

/** The child register of the questions: by age, not by school year. */
export function childAudience(year: SchoolYear | ''): Audience | null {
  if (year === '') return null;
  const age = ageOf(year);
  if (age <= 7) return 'child-4-7';
  if (age <= 12) return 'child-8-12';
  return 'child-13-18';
}

export type Register = 'young' | 'middle' | 'teen';

export function registerOf(audience: Audience): Register {
  return audience === 'child-4-7' ? 'young' : audience === 'child-8-12' ? 'middle' : 'teen';
}

/** Faces for the youngest (DOMAIN.md), the 1–5 agreement scale from eight years on. */
export function childScale(audience: Audience): ScaleId {
  return audience === 'child-4-7' ? 'faces-3' : 'agree-5';
}

export function answeredCount(assessment: Assessment | null): number {
  if (!assessment) return 0;
  return Object.values(assessment.areas).filter((area) => isAnswered(area)).length;
}

/** Whether anything was recorded in an assessment (answers, notes, talked-about marks, hopes). */
export function hasContent(assessment: Assessment | null): boolean {
  if (!assessment) return false;
  return Object.keys(assessment.areas).length > 0 || Boolean(assessment.hopes?.text);
}

/**
 * The child as the documents may carry them: the pseudonymous reference, and the chosen name only
 * when the identity is not protected (core refuses a name next to `protectedIdentity`).
 */
export function childRef(draft: AbsenceDraft): ChildRef {
  const reference = draft.pupil.reference.trim();
  const ref: ChildRef = {};
  if (reference) ref.reference = reference;
  if (draft.pupil.protectedIdentity) ref.protectedIdentity = true;
  else if (draft.pupil.chosenName.trim()) ref.name = draft.pupil.chosenName.trim();
  return ref;
}

/**
 * Who receives the school's file (the investigation as filed). The file is the school's record,
 * kept by the rektor and elevhälsan, the child's contact persons in this e-service: so it is a
 * `contact-person` receiver. Answers the child kept for the contact person stay in it, marked, for
 * the receiving system to honour (a guardian asking for the file gets what `guardian` may see);
 * answers the child kept to themselves ("Bara jag") never reach it. See docs/privacy.md.
 */
export const SCHOOL_FILE_RECEIVER: Viewer = 'contact-person';

/**
 * An assessment as a receiver gets it, with the case's child reference: core's `asSeenBy` after
 * the reference is set, so protected identity on the case also takes a guardian's label out.
 */
export function assessmentFor(draft: AbsenceDraft, assessment: Assessment, viewer: Viewer) {
  return asSeenBy({ ...assessment, child: childRef(draft) }, viewer);
}

/** Whether the child kept any answer from the meeting (core's rule, `maySee`). */
export function childHidesSomething(assessment: Assessment | null): boolean {
  if (!assessment) return false;
  return (
    Object.values(assessment.areas).some((a) => !maySee(a.visibility, 'meeting')) ||
    Boolean(assessment.hopes && !maySee(assessment.hopes.visibility, 'meeting'))
  );
}

/** All perspectives recorded so far, child first, for overlays and the SIP. */
export function allAssessments(draft: AbsenceDraft): Assessment[] {
  return [...(draft.child ? [draft.child] : []), ...draft.guardians, draft.school];
}

function assessmentCheck(
  c: Check,
  value: unknown,
  path: (string | number)[],
): Assessment | undefined {
  const result = parseAssessment(value, { pack });
  if (!result.ok) {
    c.issues.push(...result.issues.map((issue) => ({ ...issue, path: [...path, ...issue.path] })));
    return undefined;
  }
  return result.value;
}

/**
 * Reads a saved draft back, checking every field. Never throws; a damaged draft gives a list of
 * issues and `useDraft` sets it aside.
 */
export function parseAbsence(data: unknown): ParseResult<AbsenceDraft> {
  const c = check(data);
  const root = c.object([]);
  if (!root) return c.result<AbsenceDraft>(undefined);
  c.literal(root, 'kind', DRAFT_KIND);
  c.literal(root, 'version', 1);
  const pupil = c.object(['pupil']);
  const absence = c.object(['absence']);
  const together = c.object(['together']);
  const decision = c.object(['decision']);
  const guardiansRaw = c.array(['guardians'], 1, 2);
  const childRaw = root.child;
  const draft: AbsenceDraft = {
    kind: DRAFT_KIND,
    version: 1,
    id: c.string(root, 'id', ['id'], 100),
    pupil: {
      reference: c.string(pupil, 'reference', ['pupil', 'reference']),
      schoolYear: c.oneOf(pupil, 'schoolYear', ['pupil', 'schoolYear'], ['', ...SCHOOL_YEARS]),
      protectedIdentity: c.boolean(pupil, 'protectedIdentity', ['pupil', 'protectedIdentity']),
      chosenName: c.string(pupil, 'chosenName', ['pupil', 'chosenName']),
    },
    absence: {
      when: c.listOf(absence, 'when', ['absence', 'when'], ABSENCE_WHEN),
      duration: c.oneOf(absence, 'duration', ['absence', 'duration'], ['', ...ABSENCE_DURATIONS]),
      pupilView: c.string(absence, 'pupilView', ['absence', 'pupilView']),
      guardianView: c.string(absence, 'guardianView', ['absence', 'guardianView']),
      effect: c.string(absence, 'effect', ['absence', 'effect']),
      tried: c.string(absence, 'tried', ['absence', 'tried']),
    },
    child: childRaw === null ? null : (assessmentCheck(c, childRaw, ['child']) ?? null),
    guardians: (guardiansRaw ?? []).flatMap(
      (g, i) => assessmentCheck(c, g, ['guardians', i]) ?? [],
    ),
    schoolRole: c.oneOf(root, 'schoolRole', ['schoolRole'], SCHOOL_ROLES),
    school: assessmentCheck(c, root.school, ['school']) ?? schoolAssessment('school'),
    together: {
      school: c.string(together, 'school', ['together', 'school']),
      home: c.string(together, 'home', ['together', 'home']),
      leisure: c.string(together, 'leisure', ['together', 'leisure']),
      individual: c.string(together, 'individual', ['together', 'individual']),
      support: c.string(together, 'support', ['together', 'support']),
    },
    decision: {
      outcome: c.oneOf(decision, 'outcome', ['decision', 'outcome'], [
        '',
        'school',
        'sip',
      ] as const),
      schoolSupport: c.string(decision, 'schoolSupport', ['decision', 'schoolSupport']),
      followUp: c.string(decision, 'followUp', ['decision', 'followUp'], 10),
      principals: c.listOf(decision, 'principals', ['decision', 'principals'], SIP_PRINCIPALS),
      sipReason: c.string(decision, 'sipReason', ['decision', 'sipReason']),
    },
    reached: c.integer(root, 'reached', ['reached'], 1, 8),
    submittedAt:
      root.submittedAt === null ? null : c.string(root, 'submittedAt', ['submittedAt'], 40),
  };
  if (draft.pupil.protectedIdentity && draft.pupil.chosenName) {
    c.issue(['pupil', 'chosenName'], 'protected-identity');
  }
  return c.result(draft);
}

/** Whether the user has begun the investigation (for "continue" on the start page). */
export function hasStarted(draft: AbsenceDraft): boolean {
  return (
    draft.reached > 1 ||
    draft.pupil.reference.trim() !== '' ||
    draft.pupil.schoolYear !== '' ||
    hasContent(draft.child) ||
    draft.guardians.some(hasContent) ||
    hasContent(draft.school)
  );
}

/**
 * Which of the pupil fields core would refuse as a personnummer or samordningsnummer. Asks core's
 * one check (which normalises dashes, spaces and invisible characters first), so the e-service and
 * the data format never disagree.
 */
export function identityNumberFields(
  reference: string,
  chosenName: string,
): Set<'reference' | 'name'> {
  const out = new Set<'reference' | 'name'>();
  if (looksLikePersonalIdentityNumber(reference)) out.add('reference');
  if (looksLikePersonalIdentityNumber(chosenName)) out.add('name');
  return out;
}

/** Counts characters as the sip package's character count does (code points). */
export function length(text: string): number {
  return [...text].length;
}

/** A guardian's assessment without the name they chose (for protected identity). */
export function withoutLabel(assessment: Assessment): Assessment {
  if (assessment.perspective.label === undefined) return assessment;
  const perspective = { ...assessment.perspective };
  delete perspective.label;
  return { ...assessment, perspective };
}
