// fast-check generators of valid documents and of mutations that break them.
// Not part of the published package (`test-*`).
import fc from 'fast-check';
import type { Assessment, AreaAssessment, ChildRef } from '../assessment/types.ts';
import type { AreaDefinition, ContentPack } from '../content/types.ts';
import type { Answer, ScaleId } from '../scales/types.ts';
import type { SipPlan } from '../sip/types.ts';

const plain = { noNullPrototype: true } as const;
const PNR = /(?:^|\D)(?:19|20)?\d{6}[-+ ]?\d{4}(?!\d)/;

/** Free text of every kind: ASCII, any Unicode, lone surrogates, markup. */
export const text = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.constantFrom('<b>fet</b>', '"; DROP TABLE', 'Vill inte svara', ''),
);
const filledText = fc.string({ minLength: 1 }).filter((s) => s.trim() !== '');
const idText = (maxLength: number) =>
  fc.string({ minLength: 1, maxLength }).filter((s) => s.trim() !== '');
/** Text that may stand near a child: never shaped like a personnummer. */
const childText = text.filter((s) => !PNR.test(s));

export const areaId = fc
  .stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,6}){0,2}$/)
  .filter((s) => s !== 'constructor' && s !== 'prototype');
const docId = fc.oneof(fc.uuid(), filledText);
const timestamp = fc
  .date({
    min: new Date('1990-01-01T00:00:00Z'),
    max: new Date('2100-01-01T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString());
const isoDate = timestamp.map((t) => t.slice(0, 10));
const visibility = fc.constantFrom('meeting', 'contact-person', 'respondent') as fc.Arbitrary<
  AreaAssessment['visibility']
>;
const STEPS: Record<ScaleId, number> = { none: 0, 'faces-3': 3, 'agree-5': 5, 'steps-10': 10 };

function answer(scale: ScaleId): fc.Arbitrary<Answer> {
  const states: fc.Arbitrary<Answer>[] = [
    fc.constant({ kind: 'dont-know' }),
    fc.constant({ kind: 'declined' }),
  ];
  if (STEPS[scale]) {
    states.push(
      fc.integer({ min: 1, max: STEPS[scale] }).map((value) => ({ kind: 'value', value })),
    );
  }
  return fc.oneof(...states);
}

const packRef = fc.record({ id: areaId, version: fc.constantFrom('1.0.0', '2.3.1-beta.1') }, plain);

function child(protectedIdentity: boolean): fc.Arbitrary<ChildRef> {
  return protectedIdentity
    ? fc.record(
        { reference: childText, protectedIdentity: fc.constant(true) },
        { ...plain, requiredKeys: ['protectedIdentity'] },
      )
    : fc.record(
        {
          reference: childText,
          name: childText,
          address: childText,
          protectedIdentity: fc.constant(false),
        },
        { ...plain, requiredKeys: [] },
      );
}

/** A valid assessment; optional members are absent (never `undefined`), as after a JSON round trip. */
export const assessment = (protectedChild?: boolean): fc.Arbitrary<Assessment> =>
  fc.constantFrom<ScaleId>('none', 'faces-3', 'agree-5', 'steps-10').chain((scale) =>
    fc.record(
      {
        type: fc.constant('bb.assessment' as const),
        schemaVersion: fc.constant(1),
        id: docId,
        pack: packRef,
        scale: fc.constant(scale),
        perspective: fc.record(
          {
            kind: fc.constantFrom(
              'child',
              'guardian',
              'school',
              'student-health',
              'social-services',
              'health-care',
              'other',
            ),
            label: text,
          },
          { ...plain, requiredKeys: ['kind'] },
        ),
        createdAt: timestamp,
        updatedAt: timestamp,
        child: protectedChild === undefined ? fc.boolean().chain(child) : child(protectedChild),
        areas: fc.dictionary(
          areaId,
          fc.record(
            { answer: answer(scale), note: text, talkedAbout: fc.boolean(), visibility },
            { ...plain, requiredKeys: [] },
          ),
          { ...plain, maxKeys: 12 },
        ),
        hopes: fc.record({ text, visibility }, { ...plain, requiredKeys: ['text'] }),
      },
      {
        ...plain,
        requiredKeys: [
          'type',
          'schemaVersion',
          'id',
          'pack',
          'scale',
          'perspective',
          'createdAt',
          'updatedAt',
          'areas',
        ],
      },
    ),
  ) as fc.Arbitrary<Assessment>;

const principal = fc.constantFrom('kommun', 'region', 'other') as fc.Arbitrary<
  'kommun' | 'region' | 'other'
>;
const optional = { ...plain, requiredKeys: [] as never[] };

/** A valid SIP plan: references point at participants, end dates follow start dates. */
export const sipPlan: fc.Arbitrary<SipPlan> = fc
  .tuple(fc.uniqueArray(idText(8), { minLength: 0, maxLength: 5 }), fc.boolean())
  .chain(([participantIds, childProtected]) => {
    const ref = participantIds.length ? fc.constantFrom(...participantIds) : fc.constant('');
    const uniqueIds = (n: number) => fc.uniqueArray(idText(6), { maxLength: n });
    const withIds = <T>(item: fc.Arbitrary<T>, n = 4) =>
      uniqueIds(n).chain((ids) => fc.tuple(...ids.map((id) => item.map((x) => ({ id, ...x })))));
    const period = fc
      .tuple(isoDate, isoDate)
      .map(([a, b]) => (a <= b ? { start: a, end: b } : { start: b, end: a }));
    return fc.record(
      {
        type: fc.constant('bb.sip-plan' as const),
        schemaVersion: fc.constant(1),
        id: docId,
        pack: packRef,
        createdAt: timestamp,
        updatedAt: timestamp,
        legalReference: text,
        child: child(childProtected),
        meetingDate: isoDate,
        participants: fc.tuple(
          ...participantIds.map((id) =>
            fc
              .record(
                {
                  name: childText,
                  roles: fc.uniqueArray(
                    fc.constantFrom(
                      'child',
                      'guardian',
                      'initiator',
                      'chair',
                      'coordinator',
                      'professional',
                      'other',
                    ),
                  ),
                  organisation: text,
                  contact: text,
                  present: fc.boolean(),
                },
                { ...plain, requiredKeys: ['roles'] },
              )
              .map((p) => {
                const out = { id, ...p };
                if (childProtected && p.roles.includes('child'))
                  delete (out as { name?: string }).name;
                return out;
              }),
          ),
        ),
        initiator: ref,
        chair: ref,
        consents: withIds(
          fc
            .record(
              {
                givenBy: ref,
                organisations: fc.array(text, { maxLength: 3 }),
                information: fc.array(text, { maxLength: 3 }),
                form: fc.constantFrom('oral', 'written') as fc.Arbitrary<'oral' | 'written'>,
              },
              plain,
            )
            .chain((c) =>
              period.map(({ start, end }) => ({
                ...c,
                givenOn: start,
                validUntil: end,
                withdrawnOn: end,
              })),
            ),
        ),
        purpose: text,
        questions: text,
        childParticipation: fc.constantFrom(
          'in-person',
          'partly',
          'phone',
          'letter',
          'representative',
          'not-taking-part',
        ),
        notToRaise: fc.record({ text, visibility }, { ...plain, requiredKeys: ['text'] }),
        situation: fc.dictionary(
          areaId,
          fc.record({ worksWell: text, worksLessWell: text, needs: text }, optional),
          { ...plain, maxKeys: 8 },
        ),
        goals: withIds(
          fc.record(
            {
              text,
              term: fc.constantFrom('short', 'long') as fc.Arbitrary<'short' | 'long'>,
              areas: fc.array(areaId, { maxLength: 3 }),
            },
            { ...plain, requiredKeys: ['text', 'term'] },
          ),
        ),
        ownActions: text,
        actions: withIds(
          fc
            .record(
              {
                areas: fc.array(areaId, { maxLength: 3 }),
                what: text,
                organisation: text,
                contactPerson: text,
                principal,
                frequency: text,
                followUpBy: isoDate,
              },
              { ...plain, requiredKeys: ['areas', 'what'] },
            )
            .chain((a) =>
              fc.option(period, { nil: undefined }).map((p) => (p ? { ...a, ...p } : a)),
            ),
          6,
        ),
        noOtherActors: fc.boolean(),
        disagreements: withIds(
          fc.record({ text, positions: text }, { ...plain, requiredKeys: ['text'] }),
        ),
        overallResponsibility: fc.record(
          { principal, organisation: text, person: text, childWish: text },
          optional,
        ),
        followUp: fc.record({ date: isoDate, form: text }, optional),
        closing: fc.record({ date: isoDate, reason: text }, optional),
        assessments: fc.array(assessment(childProtected ? true : undefined), { maxLength: 2 }),
      },
      {
        ...plain,
        requiredKeys: [
          'type',
          'schemaVersion',
          'id',
          'pack',
          'createdAt',
          'updatedAt',
          'legalReference',
          'participants',
          'consents',
          'situation',
          'goals',
          'actions',
          'disagreements',
        ],
      },
    );
  }) as unknown as fc.Arbitrary<SipPlan>;

/** Dark colours: every channel at most 0x55 gives far more than 4.5:1 against white. */
const darkColor = fc
  .tuple(
    fc.integer({ min: 0, max: 0x55 }),
    fc.integer({ min: 0, max: 0x55 }),
    fc.integer({ min: 0, max: 0x55 }),
  )
  .map((rgb) => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`);

/** A valid content pack with 3–12 areas in one to three languages. */
export const contentPack: fc.Arbitrary<ContentPack> = fc
  .tuple(
    fc.uniqueArray(fc.constantFrom('sv', 'en', 'fi', 'se-FI', 'ar'), {
      minLength: 1,
      maxLength: 3,
    }),
    fc.uniqueArray(areaId, { minLength: 3, maxLength: 12 }),
  )
  .chain(([languages, ids]) => {
    const perLanguage = <T>(arb: fc.Arbitrary<T>) =>
      fc
        .tuple(...languages.map(() => arb))
        .map((values) => Object.fromEntries(languages.map((l, i) => [l, values[i]!])));
    const areaTexts = fc.record(
      {
        name: filledText,
        description: filledText,
        child: fc.record({ young: filledText, middle: filledText, teen: filledText }, plain),
        guardian: filledText,
        questions: fc.array(filledText, { minLength: 2, maxLength: 3 }),
      },
      plain,
    );
    return fc.record(
      {
        id: areaId,
        version: fc.constant('1.0.0'),
        languages: fc.constant(languages),
        texts: perLanguage(
          fc.record({ title: filledText, centre: filledText, closingQuestion: filledText }, plain),
        ),
        areas: fc.tuple(
          ...ids.map((id) =>
            fc
              .record(
                { color: darkColor, icon: filledText, texts: perLanguage(areaTexts) },
                { ...plain, requiredKeys: ['color', 'texts'] },
              )
              .map((a) => ({ id, ...a }) as AreaDefinition),
          ),
        ),
      },
      plain,
    );
  }) as fc.Arbitrary<ContentPack>;

/** Every path to a value inside `value`, root first. */
export function pathsOf(
  value: unknown,
  path: (string | number)[] = [],
  out: (string | number)[][] = [],
) {
  out.push(path);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...path, i], out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) pathsOf(v, [...path, k], out);
  }
  return out;
}

/** One random change: drop a member, replace a value, add an unknown key, or change a type. */
export const mutation = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('delete', 'replace', 'add-key', 'stringify', 'wrap', 'number'),
  value: fc.anything(),
  key: fc.string(),
});
export type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

/**
 * A value as a string, for the "stringify" mutation. `String()` throws on an object whose
 * `toString` was replaced by a random value (an "add-key" mutation can do that), so objects become
 * their tag ("[object Object]") instead.
 */
function asText(value: unknown): string {
  return value !== null && typeof value === 'object'
    ? Object.prototype.toString.call(value)
    : String(value);
}

/** Applies mutations to a deep copy of `doc`. */
export function mutate(doc: unknown, mutations: Mutation[]): unknown {
  let root: unknown = structuredClone(doc);
  for (const m of mutations) {
    const paths = pathsOf(root);
    const path = paths[m.at % paths.length]!;
    if (!path.length) {
      root = m.kind === 'wrap' ? [root] : m.kind === 'replace' ? m.value : root;
      continue;
    }
    const parent = path.slice(0, -1).reduce<any>((node, key) => node[key], root); // eslint-disable-line @typescript-eslint/no-explicit-any
    const key = path[path.length - 1]!;
    const current = parent[key];
    if (m.kind === 'delete') {
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
    } else if (m.kind === 'replace') parent[key] = m.value;
    else if (m.kind === 'add-key') {
      if (current && typeof current === 'object' && !Array.isArray(current))
        current[m.key || 'extra'] = m.value;
      else parent[key] = { [m.key]: current };
    } else if (m.kind === 'stringify') parent[key] = asText(current);
    else if (m.kind === 'wrap') parent[key] = [current];
    else parent[key] = typeof current === 'number' ? current + 0.5 : 1e21;
  }
  return root;
}
