import { describe, expect, test } from 'vitest';
import type { Assessment } from '../assessment/types.ts';
import type { ContentPack } from '../content/types.ts';
import type { SipPlan } from '../sip/types.ts';
import { parseDocument, parseSipPlan } from '../sip/parse-sip-plan.ts';
import { parsePack } from '../content/parse-pack.ts';
import { parseAssessment } from './parse.ts';
import { validAssessment, validPack, validSipPlan } from './test-fixtures.ts';
import type { ParseResult, ValidationIssue } from './types.ts';

/** The issues of a failed parse, as `code @ path` strings for compact assertions. */
function issuesOf(result: ParseResult<unknown>): string[] {
  if (result.ok) throw new Error('expected the input to be rejected');
  return result.issues.map((i) => `${i.code} @ ${i.path.join('.')}`);
}

function only(result: ParseResult<unknown>): ValidationIssue {
  if (result.ok) throw new Error('expected the input to be rejected');
  expect(result.issues).toHaveLength(1);
  return result.issues[0]!;
}

const pack = (change: (p: ContentPack) => void) => {
  const p = validPack();
  change(p);
  return parsePack(p);
};
const assessment = (change: (a: Assessment) => void) => {
  const a = validAssessment();
  change(a);
  return parseAssessment(a);
};
const plan = (change: (p: SipPlan) => void) => {
  const p = validSipPlan();
  change(p);
  return parseSipPlan(p);
};
// Test inputs are deliberately wrong, so they need an escape from the types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const loose = (x: unknown) => x as any;

describe('parsePack', () => {
  test('accepts a valid pack and returns a copy', () => {
    const input = validPack();
    const result = parsePack(input);
    expect(result).toEqual({ ok: true, value: input });
    if (result.ok) expect(result.value).not.toBe(input);
  });

  test('3 to 12 areas', () => {
    expect(issuesOf(pack((p) => p.areas.splice(2)))).toEqual(['too-few @ areas']);
    expect(
      issuesOf(
        pack((p) => {
          const [area] = p.areas;
          p.areas = Array.from({ length: 13 }, (_, i) => ({ ...area!, id: `omrade-${i}` }));
        }),
      ),
    ).toEqual(['too-many @ areas']);
    const twelve = pack((p) => {
      const [area] = p.areas;
      p.areas = Array.from({ length: 12 }, (_, i) => ({ ...area!, id: `omrade-${i}` }));
    });
    expect(twelve.ok).toBe(true);
  });

  test('ids: unique and well-formed', () => {
    expect(issuesOf(pack((p) => (p.areas[2]!.id = 'trygg')))).toEqual(['duplicate @ areas.2.id']);
    expect(issuesOf(pack((p) => (p.areas[0]!.id = 'Trygg')))).toEqual(['format @ areas.0.id']);
    expect(issuesOf(pack((p) => (p.areas[0]!.id = 'ma--bra')))).toEqual(['format @ areas.0.id']);
    expect(issuesOf(pack((p) => (p.areas[0]!.id = '-ma')))).toEqual(['format @ areas.0.id']);
    expect(issuesOf(pack((p) => (p.areas[0]!.id = 'constructor')))).toEqual([
      'format @ areas.0.id',
    ]);
    expect(issuesOf(pack((p) => (p.id = 'Mitt hjul')))).toEqual(['format @ id']);
    expect(issuesOf(pack((p) => (p.arenas![1]!.id = 'hemma')))).toEqual([
      'duplicate @ arenas.1.id',
    ]);
  });

  test('colours: #rrggbb or #rgb, with at least 4.5:1 against white', () => {
    expect(pack((p) => (p.areas[0]!.color = '#036')).ok).toBe(true);
    expect(pack((p) => (p.areas[0]!.color = '#1F5AA6')).ok).toBe(true);
    expect(issuesOf(pack((p) => (p.areas[0]!.color = 'blue')))).toEqual(['format @ areas.0.color']);
    expect(issuesOf(pack((p) => (p.areas[0]!.color = '#12345')))).toEqual([
      'format @ areas.0.color',
    ]);
    const issue = only(pack((p) => (p.areas[1]!.color = '#ffcc00')));
    expect(issue).toMatchObject({ code: 'contrast', path: ['areas', 1, 'color'] });
    expect(issue.message.sv).toBe(
      'areas[1].color: har kontrasten 1,51:1 mot vit text, minst 4,5:1 krävs',
    );
    expect(issue.message.en).toBe(
      'areas[1].color: has a contrast of 1.51:1 against white text, at least 4.5:1 is required',
    );
    // #777777 is 4.48:1: just under, and shown floored so it never reads as "4.5".
    expect(only(pack((p) => (p.areas[0]!.color = '#777777'))).message.en).toContain('4.47:1');
    expect(pack((p) => (p.areas[0]!.color = '#767676')).ok).toBe(true);
  });

  test('texts for every declared language', () => {
    expect(issuesOf(pack((p) => delete p.areas[1]!.texts.en))).toEqual([
      'required @ areas.1.texts.en',
    ]);
    expect(issuesOf(pack((p) => delete p.texts.sv))).toEqual(['required @ texts.sv']);
    expect(issuesOf(pack((p) => delete p.arenas![0]!.texts.en))).toEqual([
      'required @ arenas.0.texts.en',
    ]);
    const issue = only(pack((p) => delete p.areas[1]!.texts.en));
    expect(issue.message).toEqual({
      sv: 'areas[1].texts.en: saknar språket en',
      en: 'areas[1].texts.en: lacks the language en',
    });
    expect(issuesOf(pack((p) => (p.languages = [])))).toEqual(['too-few @ languages']);
    expect(issuesOf(pack((p) => (p.languages = ['sv', 'en', 'sv'])))).toEqual([
      'duplicate @ languages.2',
    ]);
    expect(issuesOf(pack((p) => (p.languages = ['sv', 'EN'])))).toContain('format @ languages.1');
  });

  test('two or three guiding questions, non-empty texts', () => {
    expect(issuesOf(pack((p) => p.areas[0]!.texts.sv!.questions.splice(1)))).toEqual([
      'too-few @ areas.0.texts.sv.questions',
    ]);
    expect(issuesOf(pack((p) => p.areas[0]!.texts.sv!.questions.push('a', 'b')))).toEqual([
      'too-many @ areas.0.texts.sv.questions',
    ]);
    expect(issuesOf(pack((p) => (p.areas[0]!.texts.sv!.name = '  ')))).toEqual([
      'required @ areas.0.texts.sv.name',
    ]);
    expect(issuesOf(pack((p) => (p.areas[0]!.texts.sv!.child.teen = loose(3))))).toEqual([
      'type @ areas.0.texts.sv.child.teen',
    ]);
  });

  test('structure: required members, types, version, unknown keys', () => {
    expect(issuesOf(pack((p) => delete loose(p).areas))).toEqual(['required @ areas']);
    expect(issuesOf(pack((p) => (p.version = 'v1')))).toEqual(['format @ version']);
    expect(issuesOf(pack((p) => (loose(p.areas[0]).colour = '#000')))).toEqual([
      'unknown-key @ areas.0.colour',
    ]);
    expect(issuesOf(parsePack([]))).toEqual(['type @ ']);
  });
});

describe('parseAssessment', () => {
  test('accepts all four answer states (unanswered = absent)', () => {
    const result = parseAssessment(validAssessment());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.areas.trygg!.answer).toEqual({ kind: 'value', value: 4 });
    expect(result.value.areas['ma-bra']!.answer).toEqual({ kind: 'dont-know' });
    expect(result.value.areas.aktiv!.answer).toEqual({ kind: 'declined' });
    expect(result.value.areas.respekterad).toBeUndefined();
  });

  test('a value outside the scale names the path and the range in both languages', () => {
    const issue = only(assessment((a) => (a.areas.trygg!.answer = { kind: 'value', value: 6 })));
    expect(issue).toEqual({
      path: ['areas', 'trygg', 'answer', 'value'],
      code: 'range',
      message: {
        sv: 'areas.trygg.answer.value: ska vara ett heltal från 1 till 5',
        en: 'areas.trygg.answer.value: must be a whole number from 1 to 5',
      },
    });
  });

  test.each([
    ['faces-3', 3, 4],
    ['agree-5', 5, 6],
    ['steps-10', 10, 11],
  ] as const)('scale %s: 1 to %i', (scale, max, over) => {
    const withValue = (value: unknown) =>
      assessment((a) => {
        a.scale = scale;
        a.areas.trygg!.answer = { kind: 'value', value: loose(value) };
      });
    expect(withValue(1).ok).toBe(true);
    expect(withValue(max).ok).toBe(true);
    for (const bad of [0, over, -1, 2.5, '3', null, Number.NaN, Infinity]) {
      expect(issuesOf(withValue(bad))).toEqual(['range @ areas.trygg.answer.value']);
    }
  });

  test('scale none takes no values, but "Vet inte" and "Vill inte svara" still', () => {
    const result = assessment((a) => (a.scale = 'none'));
    expect(issuesOf(result)).toEqual(['range @ areas.trygg.answer.value']);
    const ok = assessment((a) => {
      a.scale = 'none';
      delete a.areas.trygg!.answer;
    });
    expect(ok.ok).toBe(true);
  });

  test('answer kinds are exactly value, dont-know and declined, never mixed', () => {
    expect(
      issuesOf(assessment((a) => (a.areas.trygg!.answer = loose({ kind: 'unanswered' })))),
    ).toEqual(['enum @ areas.trygg.answer.kind']);
    expect(
      issuesOf(assessment((a) => (a.areas.trygg!.answer = loose({ kind: 'dont-know', value: 3 })))),
    ).toEqual(['unknown-key @ areas.trygg.answer.value']);
    expect(issuesOf(assessment((a) => (a.areas.trygg!.answer = loose({ kind: 'value' }))))).toEqual(
      ['required @ areas.trygg.answer.value'],
    );
    expect(issuesOf(assessment((a) => (a.areas.trygg!.answer = loose(4))))).toEqual([
      'type @ areas.trygg.answer',
    ]);
    // null is not "unanswered": unanswered is absent.
    expect(issuesOf(assessment((a) => (a.areas.trygg!.answer = loose(null))))).toEqual([
      'type @ areas.trygg.answer',
    ]);
  });

  test('visibility, perspective and scale are closed lists', () => {
    const issue = only(assessment((a) => (a.areas.trygg!.visibility = loose('public'))));
    expect(issue.code).toBe('enum');
    expect(issue.message.en).toBe(
      'areas.trygg.visibility: must be one of: "meeting", "contact-person", "respondent"',
    );
    expect(issuesOf(assessment((a) => (a.perspective.kind = loose('teacher'))))).toEqual([
      'enum @ perspective.kind',
    ]);
    expect(issuesOf(assessment((a) => (a.scale = loose('1-7'))))).toEqual(['enum @ scale']);
    expect(assessment((a) => (a.perspective.label = 'Mamma')).ok).toBe(true);
    expect(issuesOf(assessment((a) => (a.perspective = loose(['child']))))).toEqual([
      'type @ perspective',
    ]);
    expect(issuesOf(assessment((a) => (a.areas = loose([]))))).toEqual(['type @ areas']);
    expect(issuesOf(assessment((a) => (a.child = loose([]))))).toEqual(['type @ child']);
  });

  test('timestamps are ISO 8601 with a zone, on real dates', () => {
    for (const good of [
      '2025-03-14T09:30:00Z',
      '2025-03-14T09:30Z',
      '2024-02-29T23:59:59.999+01:00',
      '2025-03-14T09:30:00-0500',
    ]) {
      expect(assessment((a) => (a.createdAt = good)).ok, good).toBe(true);
    }
    for (const bad of [
      '2025-03-14',
      '2025-03-14T09:30:00',
      '2025-02-29T10:00:00Z',
      '2025-03-14T24:00:00Z',
      '14/3/2025',
      '',
    ]) {
      expect(issuesOf(assessment((a) => (a.updatedAt = bad))), bad).toEqual(['format @ updatedAt']);
    }
  });

  test('protected identity refuses name and address', () => {
    const result = assessment(
      (a) => (a.child = { protectedIdentity: true, name: 'Sam', address: 'Storgatan 1' }),
    );
    expect(issuesOf(result)).toEqual([
      'protected-identity @ child.name',
      'protected-identity @ child.address',
    ]);
    if (!result.ok) {
      expect(result.issues[0]!.message.sv).toBe(
        'child.name: får inte lagras när barnet har skyddad identitet',
      );
    }
    expect(
      assessment((a) => (a.child = { protectedIdentity: true, reference: 'Elev 7B-12' })).ok,
    ).toBe(true);
    expect(assessment((a) => (a.child = { protectedIdentity: false, name: 'Sam' })).ok).toBe(true);
  });

  test.each([
    '20120101-1234',
    '120101-1234',
    '201201011234',
    '1201011234',
    '120161+1234',
    'Elev 120101 1234',
  ])('no personnummer: %s', (pnr) => {
    expect(issuesOf(assessment((a) => (a.child = { reference: pnr })))).toEqual([
      'personal-identity-number @ child.reference',
    ]);
    expect(issuesOf(assessment((a) => (a.child = { name: `Sam ${pnr}` })))).toEqual([
      'personal-identity-number @ child.name',
    ]);
  });

  test.each(['Elev 7B-12', '12345', 'Klass 2024-2025', '2025-03-14', '1234567890123'])(
    'not a personnummer: %s',
    (text) => {
      expect(assessment((a) => (a.child = { reference: text })).ok).toBe(true);
    },
  );

  test('every unknown key is reported, none dropped silently', () => {
    const result = assessment((a) => {
      loose(a).comment = 'x';
      loose(a).rating = 3;
      loose(a.areas.trygg).score = 4;
    });
    expect(issuesOf(result).sort()).toEqual([
      'unknown-key @ areas.trygg.score',
      'unknown-key @ comment',
      'unknown-key @ rating',
    ]);
  });

  test('area ids: well-formed, and known when the pack is given', () => {
    expect(issuesOf(assessment((a) => (a.areas['Må bra'] = {})))).toEqual([
      'format @ areas.Må bra',
    ]);
    const known = { pack: { id: 'test-hjul', areas: [{ id: 'trygg' }, { id: 'ma-bra' }] } };
    const issue = only(parseAssessment(validAssessment(), known));
    expect(issue).toMatchObject({ code: 'unknown-area', path: ['areas', 'aktiv'] });
    expect(issue.message.en).toBe('areas.aktiv: the pack "test-hjul" has no area "aktiv"');
    expect(parseAssessment(validAssessment(), { pack: validPack() }).ok).toBe(true);
  });

  test('type and schemaVersion', () => {
    expect(issuesOf(assessment((a) => (loose(a).type = 'bb.sip-plan')))).toEqual(['enum @ type']);
    expect(issuesOf(assessment((a) => delete loose(a).schemaVersion))).toEqual([
      'required @ schemaVersion',
    ]);
    expect(issuesOf(assessment((a) => (a.schemaVersion = 2)))).toEqual([
      'unsupported-version @ schemaVersion',
    ]);
    expect(issuesOf(assessment((a) => (a.schemaVersion = loose('1'))))).toEqual([
      'type @ schemaVersion',
    ]);
    expect(issuesOf(assessment((a) => delete loose(a).id))).toEqual(['required @ id']);
    expect(issuesOf(parseAssessment(validSipPlan()))).toContain('enum @ type');
  });

  test('members set to undefined are dropped, as JSON would', () => {
    const result = assessment((a) => {
      a.hopes = undefined;
      a.areas.trygg!.note = undefined;
    });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect('hopes' in result.value).toBe(false);
      expect('note' in result.value.areas.trygg!).toBe(false);
    }
  });
});

describe('parseSipPlan', () => {
  test('accepts a full plan', () => {
    expect(parseSipPlan(validSipPlan())).toEqual({ ok: true, value: validSipPlan() });
  });

  test('dates are real calendar dates written YYYY-MM-DD', () => {
    expect(plan((p) => (p.meetingDate = '2024-02-29')).ok).toBe(true);
    for (const bad of [
      '2025-02-29',
      '2025-3-1',
      '2025-13-01',
      '2025-04-31',
      '20250301',
      '2025-03-01T00:00:00Z',
    ]) {
      expect(issuesOf(plan((p) => (p.meetingDate = bad))), bad).toEqual(['format @ meetingDate']);
    }
    const issue = only(plan((p) => (p.followUp = { date: '2025-02-30' })));
    expect(issue.message).toEqual({
      sv: 'followUp.date: ska vara ett datum som finns, ÅÅÅÅ-MM-DD',
      en: 'followUp.date: must be a real date, YYYY-MM-DD',
    });
  });

  test('an action cannot end before it starts', () => {
    const issue = only(plan((p) => (p.actions[0]!.end = '2025-03-01')));
    expect(issue).toEqual({
      path: ['actions', 0, 'end'],
      code: 'range',
      message: {
        sv: 'actions[0].end: får inte vara före start (2025-03-17)',
        en: 'actions[0].end: must not be before start (2025-03-17)',
      },
    });
    expect(plan((p) => (p.actions[0]!.end = p.actions[0]!.start)).ok).toBe(true);
    expect(issuesOf(plan((p) => (p.consents[0]!.validUntil = '2025-01-01')))).toEqual([
      'range @ consents.0.validUntil',
    ]);
    expect(issuesOf(plan((p) => (p.consents[0]!.withdrawnOn = '2025-01-01')))).toEqual([
      'range @ consents.0.withdrawnOn',
    ]);
  });

  test('protected identity covers the plan child, child participants and carried assessments', () => {
    expect(issuesOf(plan((p) => (p.child!.name = 'Sam')))).toEqual([
      'protected-identity @ child.name',
    ]);
    expect(issuesOf(plan((p) => (p.participants[0]!.name = 'Sam')))).toEqual([
      'protected-identity @ participants.0.name',
    ]);
    expect(issuesOf(plan((p) => (p.assessments![0]!.child = { name: 'Sam' })))).toEqual([
      'protected-identity @ assessments.0.child.name',
    ]);
    // Other participants keep their names; so does the child when not protected.
    const open = plan((p) => {
      p.child = { reference: 'Barn A' };
      p.participants[0]!.name = 'Sam';
    });
    expect(open.ok).toBe(true);
    expect(issuesOf(plan((p) => (p.participants[0]!.name = '120101-1234')))).toEqual([
      'protected-identity @ participants.0.name',
    ]);
    expect(
      issuesOf(
        plan((p) => {
          p.child = {};
          p.participants[0]!.name = '120101-1234';
        }),
      ),
    ).toEqual(['personal-identity-number @ participants.0.name']);
  });

  test('references point at participants', () => {
    expect(issuesOf(plan((p) => (p.chair = 'p-x')))).toEqual(['unknown-reference @ chair']);
    expect(issuesOf(plan((p) => (p.initiator = 'p-x')))).toEqual(['unknown-reference @ initiator']);
    expect(issuesOf(plan((p) => (p.consents[0]!.givenBy = 'p-x')))).toEqual([
      'unknown-reference @ consents.0.givenBy',
    ]);
    // Not chosen yet is fine in a plan in progress.
    expect(plan((p) => (p.consents[0]!.givenBy = '')).ok).toBe(true);
  });

  test('ids are unique within each list', () => {
    expect(issuesOf(plan((p) => (p.participants[2]!.id = 'p-barn')))).toContain(
      'duplicate @ participants.2.id',
    );
    expect(issuesOf(plan((p) => (p.actions[1]!.id = 'i-1')))).toEqual(['duplicate @ actions.1.id']);
    expect(issuesOf(plan((p) => p.goals.push({ ...p.goals[0]! })))).toEqual([
      'duplicate @ goals.1.id',
    ]);
  });

  test('closed lists and area ids', () => {
    expect(issuesOf(plan((p) => (p.actions[0]!.principal = loose('stat'))))).toEqual([
      'enum @ actions.0.principal',
    ]);
    expect(issuesOf(plan((p) => (p.participants[0]!.roles = loose(['barn']))))).toEqual([
      'enum @ participants.0.roles.0',
    ]);
    expect(issuesOf(plan((p) => (p.consents[0]!.form = loose('email'))))).toEqual([
      'enum @ consents.0.form',
    ]);
    expect(issuesOf(plan((p) => (p.childParticipation = loose('video'))))).toEqual([
      'enum @ childParticipation',
    ]);
    expect(issuesOf(plan((p) => (p.actions[0]!.areas = ['Trygg'])))).toEqual([
      'format @ actions.0.areas.0',
    ]);
    const known = { pack: { id: 'test-hjul', areas: [{ id: 'trygg' }, { id: 'ma-bra' }] } };
    expect(issuesOf(parseSipPlan(validSipPlan(), known))).toEqual([
      'unknown-area @ actions.2.areas.0',
      'unknown-area @ assessments.0.areas.aktiv',
    ]);
  });

  test('an empty plan in progress parses', () => {
    const empty = {
      type: 'bb.sip-plan',
      schemaVersion: 1,
      id: 'x',
      pack: { id: 'barnets-basta', version: '1.0.0' },
      createdAt: '2025-03-14T09:00:00Z',
      updatedAt: '2025-03-14T09:00:00Z',
      legalReference: '',
      participants: [],
      consents: [],
      situation: {},
      goals: [],
      actions: [{ id: 'a', areas: [], what: '' }],
      disagreements: [],
    };
    expect(parseSipPlan(empty).ok).toBe(true);
  });
});

describe('parseDocument', () => {
  test('dispatches on type', () => {
    const a = parseDocument(validAssessment());
    const p = parseDocument(validSipPlan());
    expect(a.ok && a.value.type).toBe('bb.assessment');
    expect(p.ok && p.value.type).toBe('bb.sip-plan');
    expect(issuesOf(parseDocument({ ...validSipPlan(), scale: 'agree-5' }))).toEqual([
      'unknown-key @ scale',
    ]);
  });

  test('unknown or missing type', () => {
    const issue = only(parseDocument({ ...validAssessment(), type: 'bb.pack' }));
    expect(issue).toEqual({
      path: ['type'],
      code: 'enum',
      message: {
        sv: 'type: ska vara ett av: "bb.assessment", "bb.sip-plan"',
        en: 'type: must be one of: "bb.assessment", "bb.sip-plan"',
      },
    });
    expect(issuesOf(parseDocument(validPack()))).toEqual([
      'required @ type',
      'required @ schemaVersion',
    ]);
    expect(issuesOf(parseDocument('bb.assessment'))).toEqual(['type @ ']);
    expect(only(parseDocument(null)).message.en).toBe('(document): must be an object');
  });
});

describe('hostile input never throws', () => {
  const everyParse = (input: unknown) => [
    parsePack(input),
    parseAssessment(input),
    parseSipPlan(input),
    parseDocument(input),
  ];

  test('cycles', () => {
    const a: Record<string, unknown> = { ...validAssessment() };
    a.self = a;
    const result = parseAssessment(a);
    expect(issuesOf(result)).toContain(
      'too-deep @ self.self.self.self.self.self.self.self.self.self.self.self.self.self.self.self.self.self.self.self.self.self.self.self.self.self.self.self.self.self.self.self.self.self.self.self.self.self.self.self.self.self.self.self.self.self.self.self.self',
    );
    const list: unknown[] = [];
    list.push(list);
    for (const r of everyParse(list)) expect(r.ok).toBe(false);
  });

  test('deep nesting', () => {
    let deep: unknown = {};
    for (let i = 0; i < 100_000; i++) deep = { a: deep };
    for (const r of everyParse(deep)) expect(r.ok).toBe(false);
    let deepList: unknown = [];
    for (let i = 0; i < 100_000; i++) deepList = [deepList];
    for (const r of everyParse({ ...validAssessment(), areas: { trygg: { note: deepList } } })) {
      expect(r.ok).toBe(false);
    }
  });

  test('getters and proxies that throw', () => {
    const a = validAssessment() as unknown as Record<string, unknown>;
    Object.defineProperty(a, 'id', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const result = parseAssessment(a);
    expect(issuesOf(result)).toEqual(['unreadable @ id']);

    const trap = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('boom');
        },
      },
    );
    for (const r of everyParse(trap)) expect(issuesOf(r)).toEqual(['unreadable @ ']);
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    for (const r of everyParse(proxy)) expect(issuesOf(r)).toEqual(['unreadable @ ']);
    for (const r of everyParse({ ...validAssessment(), child: proxy })) expect(r.ok).toBe(false);
    const liar = new Proxy([], { get: (t, k) => (k === 'length' ? 1e12 : Reflect.get(t, k)) });
    for (const r of everyParse({ ...validSipPlan(), goals: liar })) expect(r.ok).toBe(false);
  });

  test('values that are not JSON', () => {
    expect(issuesOf(assessment((a) => (loose(a).id = 10n)))).toEqual(['type @ id']);
    expect(issuesOf(assessment((a) => (loose(a).id = () => 'x')))).toEqual(['type @ id']);
    expect(issuesOf(assessment((a) => (loose(a).id = Symbol('x'))))).toEqual(['type @ id']);
    expect(issuesOf(assessment((a) => (loose(a).createdAt = new Date())))).toEqual([
      'type @ createdAt',
    ]);
    // Not silently turned into {}: a Date or Map has no own keys to copy.
    expect(issuesOf(assessment((a) => (loose(a).child = new Date())))).toEqual(['type @ child']);
    expect(issuesOf(assessment((a) => (loose(a).areas = new Map())))).toEqual(['type @ areas']);
    for (const input of [
      undefined,
      1n,
      Symbol('x'),
      () => 1,
      new Map(),
      new Set([1]),
      /x/,
      new Uint8Array(3),
    ]) {
      for (const r of everyParse(input)) expect(r.ok).toBe(false);
    }
  });

  test('objects without a prototype are fine', () => {
    const a = Object.assign(Object.create(null) as object, validAssessment());
    expect(parseAssessment(a).ok).toBe(true);
  });

  test('__proto__, constructor and prototype keys are reported, never applied', () => {
    const text = JSON.stringify(validAssessment()).replace(
      '{',
      '{"__proto__":{"polluted":true},"constructor":1,',
    );
    const result = parseAssessment(JSON.parse(text));
    expect(issuesOf(result)).toEqual(['unknown-key @ __proto__', 'unknown-key @ constructor']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const areas = JSON.parse('{"prototype":{"note":"x"}}');
    expect(issuesOf(assessment((a) => (a.areas = areas)))).toEqual([
      'unknown-key @ areas.prototype',
    ]);
  });

  test('a getter that changes its answer is read once', () => {
    let reads = 0;
    const a = validAssessment() as unknown as Record<string, unknown>;
    Object.defineProperty(a, 'id', { enumerable: true, get: () => (reads++ ? 42 : 'a-1') });
    const result = parseAssessment(a);
    expect(result.ok && result.value.id).toBe('a-1');
  });
});

describe('the shipped content packs', () => {
  test('each one parses', async () => {
    const packs = [
      (await import('../content/packs/barnets-basta.ts')).defaultPack,
      ...Object.values(await import('../content/packs/shanarri.ts')),
      ...Object.values(await import('../content/packs/sex-omraden.ts')),
    ];
    expect(packs.length).toBeGreaterThanOrEqual(3);
    for (const p of packs) expect(parsePack(p)).toEqual({ ok: true, value: p });
  });
});
