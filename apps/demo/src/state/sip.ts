import type { Participant, ParseResult, SipPlan } from '@barnets-basta/core';
import {
  createSipPlan,
  hasProtectedIdentity,
  parseSipPlan,
  withProtectedIdentity,
} from '@barnets-basta/core/sip';
import { FOLLOW_UP_PHASES, PHASES, type FollowUpPhase, type SipPhase } from '@barnets-basta/sip';
import {
  allAssessments,
  assessmentFor,
  childRef,
  hasContent,
  pack,
  withoutLabel,
  type AbsenceDraft,
  type SipPrincipalChoice,
} from './absence.ts';
import { check } from './check.ts';

export const SIP_DRAFT_KIND = 'bb-demo.sip-meeting';

export type SipSource = '' | 'absence' | 'empty' | 'import';

/** The SIP meeting's draft: the plan (a core document) plus where the meeting is. */
export interface SipDraft {
  kind: typeof SIP_DRAFT_KIND;
  version: 1;
  /** What the meeting starts from; '' until chosen on the preparation page. */
  source: SipSource;
  /**
   * A plan file was imported on the preparation page and is held in `plan`, so a reload before
   * the meeting starts keeps it. Missing in drafts saved before it existed (read as false).
   */
  imported: boolean;
  started: boolean;
  /** The meeting-circle phase the chair is on, so a reload returns to it. */
  phase: SipPhase;
  /** The follow-up meeting's phase, when one is held on the plan (missing in older drafts). */
  followUpPhase?: FollowUpPhase;
  plan: SipPlan;
}

export function emptySip(legalReference?: string): SipDraft {
  return {
    kind: SIP_DRAFT_KIND,
    version: 1,
    source: '',
    imported: false,
    started: false,
    phase: 'inledning',
    plan: createSipPlan({ pack, ...(legalReference ? { legalReference } : {}) }),
  };
}

/** Reads a saved SIP draft back; the plan itself is checked by core. Never throws. */
export function parseSip(data: unknown): ParseResult<SipDraft> {
  const c = check(data);
  const root = c.object([]);
  if (!root) return c.result<SipDraft>(undefined);
  c.literal(root, 'kind', SIP_DRAFT_KIND);
  c.literal(root, 'version', 1);
  const source = c.oneOf(root, 'source', ['source'], ['', 'absence', 'empty', 'import'] as const);
  const imported = root.imported === undefined ? false : c.boolean(root, 'imported', ['imported']);
  const started = c.boolean(root, 'started', ['started']);
  const phase = c.oneOf(root, 'phase', ['phase'], PHASES);
  const followUpPhase =
    root.followUpPhase === undefined
      ? undefined
      : c.oneOf(root, 'followUpPhase', ['followUpPhase'], FOLLOW_UP_PHASES);
  const plan = parseSipPlan(root.plan, { pack });
  if (!plan.ok) {
    c.issues.push(...plan.issues.map((issue) => ({ ...issue, path: ['plan', ...issue.path] })));
    return c.result<SipDraft>(undefined);
  }
  return c.result<SipDraft>({
    kind: SIP_DRAFT_KIND,
    version: 1,
    source,
    imported,
    started,
    phase,
    ...(followUpPhase ? { followUpPhase } : {}),
    plan: plan.value,
  });
}

/** Names of the organisations a plan from the investigation starts with, in the UI language. */
export interface StartingOrganisations {
  school: string;
  principals: Record<SipPrincipalChoice, string>;
}

/**
 * A new plan that starts from the investigation: the child's reference (never a name with protected
 * identity), the reason for the SIP as the meeting's purpose, the wheels as the plan's earlier
 * assessments, holding only what the child chose to show everyone, and the school (which proposed
 * the SIP) and the organisations chosen in the decision step as participants for the chair to
 * complete ("Någon annan" is left for the chair to name).
 */
export function planFromAbsence(
  absence: AbsenceDraft,
  legalReference: string,
  organisations?: StartingOrganisations,
): SipPlan {
  const plan = createSipPlan({ pack, legalReference });
  const child = childRef(absence);
  const assessments = allAssessments(absence)
    .filter(hasContent)
    .map((a) => assessmentFor(absence, a, 'meeting'));
  const participants: Participant[] = organisations
    ? [
        { id: 'participant-school', roles: ['initiator'], organisation: organisations.school },
        ...absence.decision.principals
          .filter((p) => p !== 'other')
          .map((p): Participant => ({
            id: `participant-${p}`,
            roles: ['professional'],
            organisation: organisations.principals[p],
          })),
      ]
    : [];
  return {
    ...plan,
    ...(Object.keys(child).length ? { child } : {}),
    ...(absence.decision.sipReason.trim() ? { purpose: absence.decision.sipReason.trim() } : {}),
    participants: [...plan.participants, ...participants],
    assessments,
  };
}

/** Whether the investigation has wheels a SIP can start from. */
export function absenceHasWheels(absence: AbsenceDraft): boolean {
  return allAssessments(absence).some(hasContent);
}

/**
 * Protected identity set anywhere in the case reaches every document derived from it, at once: a
 * SIP meeting started from the investigation loses the child's chosen name and the guardians'
 * labels as soon as protected identity is ticked in step 1 (core's `withProtectedIdentity`), and
 * the investigation takes protection from a plan derived from it. Returns the same objects when
 * nothing has to change, so a caller can compare by identity.
 */
export function shareProtectedIdentity(
  absence: AbsenceDraft,
  sip: SipDraft,
): { absence: AbsenceDraft; sip: SipDraft } {
  if (!sip.started || sip.source !== 'absence') return { absence, sip };
  if (!absence.pupil.protectedIdentity && sip.plan.child?.protectedIdentity !== true)
    return { absence, sip };
  const absenceSafe =
    absence.pupil.protectedIdentity &&
    absence.pupil.chosenName === '' &&
    absence.guardians.every((g) => g.perspective.label === undefined);
  return {
    absence: absenceSafe
      ? absence
      : {
          ...absence,
          pupil: { ...absence.pupil, protectedIdentity: true, chosenName: '' },
          guardians: absence.guardians.map(withoutLabel),
        },
    sip: hasProtectedIdentity(sip.plan) ? sip : { ...sip, plan: withProtectedIdentity(sip.plan) },
  };
}
