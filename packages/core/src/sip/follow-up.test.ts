import { describe, expect, test } from 'vitest';
import { formatIssues } from '../validation/messages.ts';
import { validSipPlan } from '../validation/test-fixtures.ts';
import { exportDocument } from '../versioning/json.ts';
import { migrate } from '../versioning/migrations.ts';
import {
  currentFollowUp,
  finishFollowUp,
  isActionOpen,
  planChanges,
  planSnapshot,
  sipFidelityFacts,
  startFollowUp,
} from './follow-up.ts';
import { importDocument } from './import-document.ts';
import { parseSipPlan } from './parse-sip-plan.ts';
import { createSipPlan, DEFAULT_LEGAL_REFERENCE, LEGAL_REFERENCE_SOL_2001 } from './sip-plan.ts';
import type { SipPlan } from './types.ts';

const now = new Date('2025-05-16T09:00:00.000Z');
const later = new Date('2025-05-16T10:30:00.000Z');

/** The fixture as a plan saved before follow-ups existed: schema version 1, no new members. */
function v1Plan(): Record<string, unknown> {
  const { followUps: _f, revisions: _r, ...rest } = validSipPlan();
  return { ...rest, schemaVersion: 1 };
}

const codes = (r: { ok: boolean; issues?: { code: string; path: (string | number)[] }[] }) =>
  r.ok ? [] : (r.issues ?? []).map((i) => `${i.code} @ ${i.path.join('.')}`);

describe('schema version 2: plans saved in version 1', () => {
  test('a version 1 plan opens unchanged in meaning: empty history, every member as it was', () => {
    const v1 = v1Plan();
    const result = parseSipPlan(v1);
    expect(codes(result)).toEqual([]);
    expect(result.ok && result.value).toEqual({
      ...v1,
      schemaVersion: 2,
      followUps: [],
      revisions: [],
    });
  });

  test('the old legal reference is kept as written', () => {
    const v1 = { ...v1Plan(), legalReference: LEGAL_REFERENCE_SOL_2001 };
    const result = importDocument(JSON.stringify(v1));
    expect(result.ok && result.value.type === 'bb.sip-plan' && result.value.legalReference).toBe(
      'SoL 2 kap. 7 §, HSL 16 kap. 4 §',
    );
  });

  test('a new plan cites the law in force; a host or a plan may set its own', () => {
    const pack = { id: 'test-hjul', version: '1.0.0' };
    expect(createSipPlan({ pack }).legalReference).toBe(DEFAULT_LEGAL_REFERENCE);
    expect(DEFAULT_LEGAL_REFERENCE).toContain('2025:400');
    expect(createSipPlan({ pack, legalReference: 'Egen text' }).legalReference).toBe('Egen text');
  });

  test('the migration never mutates its input, and leaves assessments at version 1', () => {
    const v1 = v1Plan();
    const copy = structuredClone(v1);
    migrate(v1);
    expect(v1).toEqual(copy);
    const assessment = validSipPlan().assessments![0]!;
    const result = migrate(assessment);
    expect(result.ok && (result.value as { schemaVersion: number }).schemaVersion).toBe(1);
  });

  test('a plan from a newer version is refused with a clear message in Swedish and English', () => {
    const result = importDocument(JSON.stringify({ ...validSipPlan(), schemaVersion: 3 }));
    expect(codes(result)).toEqual(['unsupported-version @ schemaVersion']);
    if (!result.ok) {
      expect(formatIssues(result.issues, 'sv').join()).toContain('version 3 är nyare än 2');
      expect(formatIssues(result.issues, 'en').join()).toContain('version 3 is newer than 2');
    }
  });
});

describe('the follow-up cycle', () => {
  const started = () => startFollowUp(validSipPlan(), { now, id: 'f-1' });

  test('starting keeps the first meeting as a revision and opens a meeting due on the planned date', () => {
    const plan = started();
    expect(plan.updatedAt).toBe(now.toISOString());
    expect(plan.revisions).toHaveLength(1);
    expect(plan.revisions![0]).toMatchObject({
      meeting: 'first',
      meetingDate: '2025-03-14',
      // Protected identity: roles only, never participant ids.
      participants: [{ roles: ['child'] }, { roles: ['guardian'] }],
    });
    expect(plan.revisions![0]!.plan.goals).toEqual(validSipPlan().goals);
    // No names in a protected plan's history.
    expect(JSON.stringify(plan.revisions)).not.toContain('Vårdnadshavare 1');
    expect(currentFollowUp(plan)).toMatchObject({
      id: 'f-1',
      due: '2025-05-01',
      present: [],
      actions: [{ actionId: 'i-1' }, { actionId: 'i-2' }, { actionId: 'i-3' }],
      goals: [{ goalId: 'g-1' }],
    });
    expect(startFollowUp(plan, { now: later })).toBe(plan);
    expect(codes(parseSipPlan(plan))).toEqual([]);
  });

  test('finishing records the meeting as a revision; done and cancelled actions are closed', () => {
    let plan = started();
    const meeting = currentFollowUp(plan)!;
    meeting.present = ['p-barn', 'p-vh'];
    meeting.childParticipation = 'in-person';
    meeting.actions = [
      { actionId: 'i-1', status: 'done', outcome: 'Åtta samtal', reportedBy: 'p-soc' },
      { actionId: 'i-2', status: 'ongoing' },
      { actionId: 'i-3', status: 'cancelled' },
    ];
    meeting.goals = [{ goalId: 'g-1', evaluation: 'partly', childWords: 'Bättre på måndagar' }];
    plan.goals.push({ id: 'g-2', text: 'Vara med på rasten', term: 'short' });
    plan.followUp = { date: '2025-09-01', form: 'Möte' };
    plan = finishFollowUp(plan, 'continue', { now: later, id: 'r-2' });
    expect(currentFollowUp(plan)).toBeUndefined();
    expect(plan.followUps![0]!.outcome).toBe('continue');
    expect(plan.revisions![1]).toMatchObject({
      id: 'r-2',
      meeting: 'follow-up',
      followUpId: 'f-1',
    });
    expect(plan.revisions![1]!.participants).toEqual([
      { roles: ['child'] },
      { roles: ['guardian'] },
    ]);
    expect(plan.actions.map((a) => isActionOpen(plan, a))).toEqual([false, true, false]);
    const changes = planChanges(plan.revisions![0]!.plan, plan.revisions![1]!.plan);
    expect(changes.goals.added.map((g) => g.id)).toEqual(['g-2']);
    expect(changes.followUpDate).toEqual({ before: '2025-05-01', after: '2025-09-01' });
    expect(changes.closed).toBe(false);
    expect(codes(parseSipPlan(plan))).toEqual([]);
    // The next meeting only lists the action still open.
    const next = startFollowUp(plan, { now: later, id: 'f-2' });
    expect(currentFollowUp(next)!.actions).toEqual([{ actionId: 'i-2' }]);
    expect(next.revisions).toHaveLength(2);
  });

  test('closing sets the closing date to the meeting date and keeps the reason', () => {
    let plan = started();
    plan.closing = { reason: 'Målen är nådda' };
    plan = finishFollowUp(plan, 'close', { now: later });
    expect(plan.closing).toEqual({ reason: 'Målen är nådda', date: '2025-05-16' });
    expect(planChanges(plan.revisions![0]!.plan, planSnapshot(plan)).closed).toBe(true);
    const text = exportDocument(plan);
    expect(importDocument(text)).toEqual({ ok: true, value: plan });
  });

  test('without protected identity a revision names participants by id, never by name', () => {
    const plan = validSipPlan();
    plan.child = { reference: 'Barn A' };
    const next = startFollowUp(plan, { now });
    expect(next.revisions![0]!.participants[0]).toEqual({
      participantId: 'p-barn',
      roles: ['child'],
    });
  });

  test('validation: references, duplicates and protected identity in the history', () => {
    const plan = started();
    const meeting = currentFollowUp(plan)!;
    meeting.present = ['nobody'];
    meeting.actions.push({ actionId: 'i-1', reportedBy: 'ghost' });
    plan.revisions![0]!.participants[0]!.participantId = 'p-barn';
    expect(codes(parseSipPlan(plan))).toEqual([
      'unknown-reference @ followUps.0.present.0',
      'duplicate @ followUps.0.actions.3.actionId',
      'unknown-reference @ followUps.0.actions.3.reportedBy',
      'protected-identity @ revisions.0.participants.0.participantId',
    ]);
    const bad = structuredClone(plan) as unknown as { followUps: { actions: unknown[] }[] };
    bad.followUps[0]!.actions = [{ actionId: 'i-1', status: 'finished' }];
    expect(codes(parseSipPlan(bad))).toContain('enum @ followUps.0.actions.0.status');
  });
});

describe('sipFidelityFacts', () => {
  test('a plan before any follow-up: due date planned, none held', () => {
    expect(sipFidelityFacts(validSipPlan())).toEqual({
      startedFromWheel: true,
      childTookPart: true,
      followUpDue: '2025-05-01',
      followUpHeld: null,
      actions: 3,
      actionsWithOwnerAndDate: 1,
    });
  });

  test('after a follow-up: its due and held dates, and whether the child took part in it', () => {
    let plan: SipPlan = started();
    currentFollowUp(plan)!.childParticipation = 'not-taking-part';
    plan = finishFollowUp(plan, 'continue', { now: later });
    expect(sipFidelityFacts(plan)).toMatchObject({
      childTookPart: false,
      followUpDue: '2025-05-01',
      followUpHeld: '2025-05-16',
    });
    function started() {
      return startFollowUp(validSipPlan(), { now });
    }
  });

  test('an empty plan: nothing to count, no wheel, the child not recorded as taking part', () => {
    expect(sipFidelityFacts(createSipPlan({ pack: { id: 'p', version: '1' } }))).toEqual({
      startedFromWheel: false,
      childTookPart: false,
      followUpDue: null,
      followUpHeld: null,
      actions: 0,
      actionsWithOwnerAndDate: 0,
    });
  });
});
