import { parseAssessment, setAreaAssessment } from '@barnets-basta/core';
import { describe, expect, it } from 'vitest';
import {
  childAudience,
  childRef,
  childScale,
  emptyAbsence,
  assessmentFor,
  identityNumberFields,
  pack,
  parseAbsence,
  type AbsenceDraft,
} from './absence.ts';
import { emptySip, parseSip, planFromAbsence, shareProtectedIdentity } from './sip.ts';
import { buildSubmission } from './submission.ts';

function withChild(): AbsenceDraft {
  const draft = emptyAbsence();
  const base = { ...draft.guardians[0]!, id: 'c', perspective: { kind: 'child' as const } };
  let child = setAreaAssessment(base, 'trygg', { answer: { kind: 'value', value: 4 } });
  child = setAreaAssessment(child, 'utvecklas', {
    answer: { kind: 'value', value: 2 },
    visibility: 'respondent',
  });
  child = setAreaAssessment(child, 'aktiv', {
    answer: { kind: 'value', value: 5 },
    visibility: 'contact-person',
  });
  return { ...draft, pupil: { ...draft.pupil, reference: 'Elev 7B-12', schoolYear: '7' }, child };
}

describe('the child register follows the age derived from the school year', () => {
  it.each([
    ['fk', 'child-4-7', 'faces-3'],
    ['1', 'child-4-7', 'faces-3'],
    ['2', 'child-8-12', 'agree-5'],
    ['6', 'child-8-12', 'agree-5'],
    ['7', 'child-13-18', 'agree-5'],
    ['g3', 'child-13-18', 'agree-5'],
  ] as const)('årskurs %s → %s on %s', (year, audience, scale) => {
    expect(childAudience(year)).toBe(audience);
    expect(childScale(childAudience(year)!)).toBe(scale);
  });

  it('has no register before a school year is chosen', () => {
    expect(childAudience('')).toBeNull();
  });
});

describe('saved drafts are checked before use', () => {
  it('reads back what it wrote', () => {
    const draft = withChild();
    const result = parseAbsence(JSON.parse(JSON.stringify(draft)));
    expect(result).toEqual({ ok: true, value: draft });
  });

  it('reports every damaged field by path, in Swedish and English, and never throws', () => {
    const draft = JSON.parse(JSON.stringify(withChild()));
    draft.pupil.schoolYear = 'åk 12';
    draft.absence.when = ['mornings', 'sometimes'];
    draft.child.areas.trygg.answer.value = 9;
    const result = parseAbsence(draft);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.issues.map((i) => i.path.join('.'));
    expect(paths).toContain('pupil.schoolYear');
    expect(paths).toContain('absence.when.1');
    expect(paths).toContain('child.areas.trygg.answer.value');
    for (const issue of result.issues) {
      expect(issue.message.sv).not.toBe('');
      expect(issue.message.en).not.toBe('');
    }
    for (const junk of [null, 42, 'text', [], { kind: 'bb-demo.absence-investigation' }]) {
      expect(parseAbsence(junk).ok).toBe(false);
    }
  });

  it('never refuses a draft for a text the form let the user type, however long', () => {
    const draft = withChild();
    const long = 'x'.repeat(100_000);
    const saved = { ...draft, absence: { ...draft.absence, pupilView: long } };
    const result = parseAbsence(JSON.parse(JSON.stringify(saved)));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.absence.pupilView).toBe(long);
  });

  it('says when a draft was saved by a newer version', () => {
    const result = parseAbsence({ ...JSON.parse(JSON.stringify(withChild())), version: 2 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.code)).toContain('unsupported-version');
  });

  it('refuses a name saved next to protected identity', () => {
    const draft = emptyAbsence();
    const result = parseAbsence({
      ...draft,
      pupil: { ...draft.pupil, protectedIdentity: true, chosenName: 'Sam' },
    });
    expect(result.ok).toBe(false);
  });

  it('checks the SIP draft and the plan inside it', () => {
    const sip = emptySip('SoL 2 kap. 7 §');
    expect(parseSip(JSON.parse(JSON.stringify(sip)))).toEqual({ ok: true, value: sip });
    expect(parseSip({ ...sip, phase: 'fika' }).ok).toBe(false);
    expect(parseSip({ ...sip, plan: { type: 'nope' } }).ok).toBe(false);
  });
});

describe('protected identity reaches every document of the case', () => {
  function startedFromAbsence() {
    const draft = withChild();
    const named: AbsenceDraft = {
      ...draft,
      pupil: { ...draft.pupil, chosenName: 'Sam' },
      guardians: draft.guardians.map((g) => ({
        ...g,
        perspective: { ...g.perspective, label: 'Mamma Lena' },
        areas: { trygg: { answer: { kind: 'value' as const, value: 3 } } },
      })),
    };
    const sip = { ...emptySip(), source: 'absence' as const, started: true };
    return { named, sip: { ...sip, plan: planFromAbsence(named, 'SoL 2 kap. 7 §') } };
  }

  it('ticking it in step 1 after the meeting started takes the names out of the meeting', () => {
    const { named, sip } = startedFromAbsence();
    expect(JSON.stringify(sip.plan)).toMatch(/Sam/);
    const ticked: AbsenceDraft = {
      ...named,
      pupil: { ...named.pupil, protectedIdentity: true, chosenName: '' },
    };
    const next = shareProtectedIdentity(ticked, sip);
    expect(next.sip.plan.child).toEqual({ reference: 'Elev 7B-12', protectedIdentity: true });
    expect(JSON.stringify(next.sip.plan)).not.toMatch(/Sam|Mamma Lena/);
    expect(parseSip(JSON.parse(JSON.stringify(next.sip))).ok).toBe(true);
    // The investigation itself also loses the guardians' labels.
    expect(next.absence.guardians.map((g) => g.perspective.label)).toEqual([undefined]);
    // Nothing to do the second time: the same objects come back.
    const again = shareProtectedIdentity(next.absence, next.sip);
    expect(again.sip).toBe(next.sip);
    expect(again.absence).toBe(next.absence);
  });

  it('a plan not derived from the investigation is left alone', () => {
    const { named, sip } = startedFromAbsence();
    const ticked = { ...named, pupil: { ...named.pupil, protectedIdentity: true } };
    const imported = { ...sip, source: 'import' as const };
    expect(shareProtectedIdentity(ticked, imported).sip).toBe(imported);
  });
});

describe('what leaves the child’s hands', () => {
  it('the meeting and the SIP see only what the child showed everyone', () => {
    const draft = withChild();
    expect(Object.keys(assessmentFor(draft, draft.child!, 'meeting').areas)).toEqual(['trygg']);
    // A guardian gets no more than the meeting: never the answer kept for the contact person.
    expect(Object.keys(assessmentFor(draft, draft.child!, 'guardian').areas)).toEqual(['trygg']);
    const plan = planFromAbsence(draft, 'SoL 2 kap. 7 §');
    const child = plan.assessments!.find((a) => a.perspective.kind === 'child')!;
    expect(Object.keys(child.areas)).toEqual(['trygg']);
    expect(plan.child).toEqual({ reference: 'Elev 7B-12' });
  });

  it('a plan from the investigation starts with the school and the organisations chosen', () => {
    const draft = withChild();
    const decided: AbsenceDraft = {
      ...draft,
      decision: { ...draft.decision, outcome: 'sip', principals: ['bup', 'other'] },
    };
    const plan = planFromAbsence(decided, 'SoL 2 kap. 7 §', {
      school: 'Skolan',
      principals: {
        'social-services': 'Socialtjänsten',
        bup: 'BUP',
        'primary-care': 'Vårdcentralen',
        habilitation: 'Habiliteringen',
        other: 'Någon annan',
      },
    });
    expect(plan.participants.map((p) => [p.organisation, p.roles])).toEqual([
      ['Skolan', ['initiator']],
      ['BUP', ['professional']],
    ]);
    // Nobody's name is invented, and core accepts the plan as it is.
    expect(plan.participants.every((p) => p.name === undefined)).toBe(true);
    expect(parseSip({ ...emptySip(), plan }).ok).toBe(true);
  });

  it('the filed submission keeps answers for the contact person, drops those kept private, and passes core', () => {
    const result = buildSubmission(withChild());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const file = JSON.parse(result.value);
    const child = file.assessments[0];
    expect(Object.keys(child.areas).sort()).toEqual(['aktiv', 'trygg']);
    expect(child.areas.aktiv.visibility).toBe('contact-person');
    for (const assessment of file.assessments)
      expect(parseAssessment(assessment, { pack }).ok).toBe(true);
  });

  it("the filed file holds none of the child's private answers and no protected child's name", () => {
    const draft = withChild();
    const privateNote = setAreaAssessment(draft.child!, 'utvecklas', {
      answer: { kind: 'value', value: 2 },
      note: 'Ingen får veta detta',
      visibility: 'respondent',
    });
    const child = {
      ...privateNote,
      child: { name: 'Sam Ek', address: 'Storgatan 1' },
      hopes: { text: 'Mitt hemliga hopp', visibility: 'respondent' as const },
    };
    const mother = {
      ...draft.guardians[0]!,
      perspective: { kind: 'guardian' as const, label: 'Mamma Lena' },
    };
    const protectedDraft: AbsenceDraft = {
      ...draft,
      pupil: { ...draft.pupil, protectedIdentity: true, chosenName: '' },
      child,
      guardians: [mother],
    };
    const result = buildSubmission(protectedDraft);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).not.toMatch(/Ingen får veta|hemliga hopp|Sam Ek|Storgatan|Lena/);
    const file = JSON.parse(result.value);
    expect(Object.keys(file.assessments[0].areas).sort()).toEqual(['aktiv', 'trygg']);
    for (const assessment of file.assessments)
      expect(assessment.child).toEqual({ reference: 'Elev 7B-12', protectedIdentity: true });
    // Without protected identity the guardian's label stays; the private answers still do not.
    const open = buildSubmission({ ...protectedDraft, pupil: draft.pupil });
    expect(open.ok && open.value).toMatch(/Mamma Lena/);
    expect(open.ok && open.value).not.toMatch(/Ingen får veta|hemliga hopp/);
  });

  it('protected identity: no name in the child reference, and core refuses a personnummer', () => {
    const draft = withChild();
    const protectedDraft = {
      ...draft,
      pupil: { ...draft.pupil, protectedIdentity: true, chosenName: '' },
    };
    expect(childRef(protectedDraft)).toEqual({ reference: 'Elev 7B-12', protectedIdentity: true });
    expect(identityNumberFields('20101224-1234', '').has('reference')).toBe(true);
    expect(identityNumberFields('Elev 7B-12', '').size).toBe(0);
    const withPnr = { ...draft, pupil: { ...draft.pupil, reference: '201012241234' } };
    expect(buildSubmission(withPnr).ok).toBe(false);
  });
});
