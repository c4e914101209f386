import type { Assessment } from '../assessment/types.ts';
import { withProtectedIdentity } from '../sip/protect-identity.ts';
import type { SipPlan } from '../sip/types.ts';
import { childIdentity, scrubChildIdentity, type ScrubWords } from './scrub-identity.ts';
import { redactAssessment, maySee, type SeeOptions, type Viewer } from './viewers.ts';

/** Options of {@link asSeenBy}. */
export interface AsSeenByOptions extends SeeOptions {
  /**
   * What replaces the name and address of a child with protected identity in free text (default
   * Swedish: `barnet`, `[skyddad uppgift]`); a UI in another language passes its own words.
   */
  words?: ScrubWords;
}

function isPlan(doc: SipPlan | Assessment): doc is SipPlan {
  return doc.type === 'bb.sip-plan';
}

function protectedCase(doc: SipPlan | Assessment): boolean {
  if (doc.child?.protectedIdentity === true) return true;
  if (!isPlan(doc)) return false;
  const marked = (a: Assessment) => a?.child?.protectedIdentity === true;
  // Anywhere in the case: the plan's own readings or a follow-up meeting's.
  return (
    (doc.assessments ?? []).some(marked) ||
    (doc.followUps ?? []).some((m) => (m.assessments ?? []).some(marked))
  );
}

/**
 * The document as `viewer` may have it: every answer, note and hope the viewer may not see
 * ({@link maySee}) is gone, in a SIP plan also from the assessments it starts from, from every
 * follow-up meeting's readings and from the topics (now and in every revision) the child does not want raised; and when the
 * child has protected identity anywhere in the document, the child's name and address (and a
 * guardian's label) are gone too, for every viewer: from the fields that hold them and, case and
 * diacritics aside, from every free text someone typed them into (`scrubChildIdentity`). This is the one function every component,
 * element and export of the library sends a document through before it leaves for someone else:
 * a form post, a file, FHIR, CSV, a chart. Returns a new document; the input is not changed.
 *
 * `own` applies to an assessment (the viewer's own answers); for a plan it is ignored, since a
 * plan holds several people's readings.
 *
 * @example
 * ```ts
 * import { asSeenBy } from '@barnets-basta/core/privacy';
 * const forTheMeeting = asSeenBy(childWheel, 'meeting'); // no "Bara jag", no contact-person answers
 * const forTheFamily = asSeenBy(plan, 'guardian');
 * ```
 */
export function asSeenBy<T extends SipPlan | Assessment>(
  doc: T,
  viewer: Viewer,
  options: AsSeenByOptions = {},
): T {
  if (protectedCase(doc)) {
    // The names are read before withProtectedIdentity removes them, then taken out of every text.
    const identity = childIdentity(doc);
    const seen = cutDown(withProtectedIdentity(doc), viewer, options);
    return identity.names.length + identity.addresses.length === 0
      ? seen
      : scrubChildIdentity(seen, { identity, ...(options.words ? { words: options.words } : {}) });
  }
  return cutDown(doc, viewer, options);
}

function cutDown<T extends SipPlan | Assessment>(safe: T, viewer: Viewer, options: SeeOptions): T {
  if (!isPlan(safe)) return redactAssessment(safe, viewer, options).assessment as T;
  const see = (a: Assessment) => redactAssessment(a, viewer).assessment;
  const plan: SipPlan = { ...safe };
  if (plan.assessments) plan.assessments = plan.assessments.map(see);
  if (plan.followUps)
    plan.followUps = plan.followUps.map((m) =>
      m.assessments ? { ...m, assessments: m.assessments.map(see) } : m,
    );
  if (plan.notToRaise && !maySee(plan.notToRaise.visibility, viewer)) delete plan.notToRaise;
  // A revision is a frozen copy of the plan: what the viewer may not see now, it may not see there.
  if (plan.revisions)
    plan.revisions = plan.revisions.map((r) => {
      if (!r.plan.notToRaise || maySee(r.plan.notToRaise.visibility, viewer)) return r;
      const snapshot = { ...r.plan };
      delete snapshot.notToRaise;
      return { ...r, plan: snapshot };
    });
  return plan as T;
}
