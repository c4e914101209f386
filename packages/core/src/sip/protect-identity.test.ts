import { describe, expect, test } from 'vitest';
import { createAssessment } from '../assessment/assessment.ts';
import { exportDocument } from '../versioning/json.ts';
import { parseSipPlan } from './parse-sip-plan.ts';
import { hasProtectedIdentity, withProtectedIdentity } from './protect-identity.ts';
import { createSipPlan } from './sip-plan.ts';
import type { SipPlan } from './types.ts';

const pack = { id: 'barnets-basta', version: '1.0.0' };

function namedPlan(): SipPlan {
  const child = { reference: 'Elev 7B-12', name: 'Sam', address: 'Storgatan 1' };
  return {
    ...createSipPlan({ pack }),
    child,
    participants: [
      { id: 'p-child', roles: ['child'], name: 'Sam' },
      { id: 'p-mum', roles: ['guardian'], name: 'Lena' },
    ],
    assessments: [
      { ...createAssessment({ pack, scale: 'agree-5', perspective: { kind: 'child' } }), child },
      {
        ...createAssessment({
          pack,
          scale: 'agree-5',
          perspective: { kind: 'guardian', label: 'Mamma Lena' },
        }),
        child,
      },
    ],
  };
}

describe('withProtectedIdentity', () => {
  test('reaches every part of a plan: the child, the child as participant, every assessment', () => {
    const plan = namedPlan();
    const safe = withProtectedIdentity(plan);
    expect(safe.child).toEqual({ reference: 'Elev 7B-12', protectedIdentity: true });
    expect(safe.participants.map((p) => p.name)).toEqual([undefined, 'Lena']);
    for (const a of safe.assessments!) {
      expect(a.child).toEqual({ reference: 'Elev 7B-12', protectedIdentity: true });
      expect(a.perspective.label).toBeUndefined();
    }
    expect(JSON.stringify(safe)).not.toMatch(/Sam|Storgatan|Mamma/);
    // Core accepts the result; the named plan with protection only on top would be refused.
    expect(
      parseSipPlan(JSON.parse(exportDocument(safe)), { pack: { id: 'barnets-basta', areas: [] } })
        .ok,
    ).toBe(true);
    expect(parseSipPlan({ ...plan, child: { ...plan.child, protectedIdentity: true } }).ok).toBe(
      false,
    );
    // The input is left as it was.
    expect(plan.child?.name).toBe('Sam');
  });

  test('an assessment on its own, and idempotence', () => {
    const a = namedPlan().assessments![1]!;
    const safe = withProtectedIdentity(a);
    expect(safe.child).toEqual({ reference: 'Elev 7B-12', protectedIdentity: true });
    expect(safe.perspective).toEqual({ kind: 'guardian' });
    expect(hasProtectedIdentity(a)).toBe(false);
    expect(hasProtectedIdentity(safe)).toBe(true);
    expect(withProtectedIdentity(safe)).toEqual(safe);
  });
});
