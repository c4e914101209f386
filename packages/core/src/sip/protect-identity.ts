import type { Assessment, ChildRef } from '../assessment/types.ts';
import type { SipPlan } from './types.ts';

function protectedChild(child: ChildRef | undefined): ChildRef {
  const copy: ChildRef = { ...child, protectedIdentity: true };
  delete copy.name;
  delete copy.address;
  return copy;
}

function protectedAssessment(assessment: Assessment): Assessment {
  const copy: Assessment = { ...assessment, child: protectedChild(assessment.child) };
  // A guardian's label ("Mamma Lena") can name the family as surely as the child's name can.
  if (assessment.perspective.kind === 'guardian' && assessment.perspective.label !== undefined) {
    const perspective = { ...assessment.perspective };
    delete perspective.label;
    copy.perspective = perspective;
  }
  return copy;
}

/**
 * Whether a document already carries protected identity everywhere {@link withProtectedIdentity}
 * would put it (so a host can skip a needless update).
 *
 * @example
 * ```ts
 * if (!hasProtectedIdentity(plan)) setPlan(withProtectedIdentity(plan));
 * ```
 */
export function hasProtectedIdentity(doc: SipPlan | Assessment): boolean {
  const same = withProtectedIdentity(doc);
  return JSON.stringify(same) === JSON.stringify(doc);
}

/**
 * The document with the child's identity protected (skyddad identitet) everywhere it reaches:
 * `child.protectedIdentity` set and the child's name and address removed, in a SIP plan also from
 * every participant in the role of the child and from every assessment the plan carries (its
 * own and its follow-up meetings'); a
 * guardian's label (which can name the family) is removed from those assessments too. Call it
 * whenever protected identity is set anywhere in a case, on every document derived from the case,
 * so none of them keeps a name. Returns a new document; the input is not changed.
 *
 * @example
 * ```ts
 * const safe = withProtectedIdentity(plan);
 * safe.child; // { reference: 'Elev 7B-12', protectedIdentity: true }
 * parseSipPlan(JSON.parse(exportDocument(safe))).ok; // true
 * ```
 */
export function withProtectedIdentity<T extends SipPlan | Assessment>(doc: T): T {
  if (doc.type !== 'bb.sip-plan') return protectedAssessment(doc as Assessment) as T;
  const plan = doc as SipPlan;
  const next: SipPlan = {
    ...plan,
    child: protectedChild(plan.child),
    participants: plan.participants.map((p) => {
      if (!p.roles.includes('child') || p.name === undefined) return p;
      const copy = { ...p };
      delete copy.name;
      return copy;
    }),
  };
  if (plan.assessments) next.assessments = plan.assessments.map(protectedAssessment);
  // Follow-up meetings carry readings of their own; each names the child as the plan's do.
  if (plan.followUps)
    next.followUps = plan.followUps.map((m) =>
      m.assessments ? { ...m, assessments: m.assessments.map(protectedAssessment) } : m,
    );
  return next as T;
}
