import type { Assessment } from '../assessment/types.ts';
import { filled, has, isObj, items } from '../validation/guards.ts';
import { quote, type Message } from '../validation/messages.ts';
import { ASSESSMENT, assessmentRules, assessmentSchema } from '../validation/parse.ts';
import {
  areaRule,
  childRule,
  nameRule,
  entries,
  str$,
  uniqueRule,
  type Add,
  type KnownAreas,
} from '../validation/rules.ts';
import { run, type Kind } from '../validation/run.ts';
import {
  bool,
  common,
  fmt,
  idS,
  isDate,
  list,
  nonEmpty,
  obj,
  oneOf,
  opt,
  rec,
  stampS,
  str,
  visibility,
  type Exhaustive,
} from '../validation/schema.ts';
import type { IssuePath, ParseOptions, ParseResult } from '../validation/types.ts';
import { SIP_PLAN_TYPE } from './types.ts';
import { SIP_PLAN_SCHEMA_VERSION } from '../versioning/migrations.ts';
import type {
  ActionStatus,
  ChildParticipation,
  GoalEvaluation,
  Principal,
  SipPlan,
  SipRole,
} from './types.ts';

// The SIP plan's schema and rules, kept out of the default entry: a host that only shows the
// wheel never downloads them. Shared machinery (copy, migrate, report) is in `validation/`.

// Messages only SIP plans need: kept here, out of the shared table in the default entry.
const DATE: Message = [
  'format',
  'ska vara ett datum som finns, ÅÅÅÅ-MM-DD',
  'must be a real date, YYYY-MM-DD',
];
const BEFORE: Message = [
  'range',
  'får inte vara före {field} ({date})',
  'must not be before {field} ({date})',
];
const UNKNOWN_REF: Message = [
  'unknown-reference',
  'deltagaren {value} finns inte',
  'there is no participant {value}',
];

// The schema names it by key; `run` finds the text in the kind's `messages`.
const dateS = opt(fmt(isDate, 'date'));

/**
 * What was typed into a date's fields when it is not a real date yet, by the date's key: kept as
 * typed (any text), so a draft never loses it. Only the object's own date keys are allowed.
 */
const unfinishedS = (...keys: string[]) =>
  opt(
    obj(
      Object.fromEntries(keys.map((key) => [key, opt(obj({ day: str, month: str, year: str }))])),
    ),
  );

const ROLES = [
  'child',
  'guardian',
  'initiator',
  'chair',
  'coordinator',
  'professional',
  'other',
] as const satisfies SipRole[];
const PRINCIPALS = ['kommun', 'region', 'other'] as const satisfies Principal[];
const PARTICIPATION = [
  'in-person',
  'partly',
  'phone',
  'letter',
  'representative',
  'not-taking-part',
] as const satisfies ChildParticipation[];
// Compile-time proof that every list above names every member of its type.
type _Complete = [
  Exhaustive<Exclude<SipRole, (typeof ROLES)[number]>>,
  Exhaustive<Exclude<Principal, (typeof PRINCIPALS)[number]>>,
  Exhaustive<Exclude<ChildParticipation, (typeof PARTICIPATION)[number]>>,
];

const principal = opt(oneOf(PRINCIPALS));
const STATUSES = [
  'done',
  'partly',
  'not-done',
  'ongoing',
  'cancelled',
] as const satisfies ActionStatus[];
const EVALUATIONS = [
  'reached',
  'partly',
  'not-reached',
  'changed',
] as const satisfies GoalEvaluation[];
type _CompleteFollowUp = [
  Exhaustive<Exclude<ActionStatus, (typeof STATUSES)[number]>>,
  Exhaustive<Exclude<GoalEvaluation, (typeof EVALUATIONS)[number]>>,
];

/** The plan's content: what a revision freezes (everything but identity, readings and history). */
const planFields = {
  legalReference: str,
  meetingDate: dateS,
  unfinishedDates: unfinishedS('meetingDate'),
  participants: list(
    obj({
      id: nonEmpty,
      name: opt(str),
      roles: list(oneOf(ROLES)),
      organisation: opt(str),
      contact: opt(str),
      present: opt(bool),
    }),
  ),
  initiator: opt(str),
  chair: opt(str),
  consents: list(
    obj({
      id: nonEmpty,
      givenBy: str,
      organisations: list(str),
      information: list(str),
      form: oneOf(['oral', 'written']),
      givenOn: dateS,
      validUntil: dateS,
      withdrawnOn: dateS,
      unfinishedDates: unfinishedS('givenOn', 'validUntil', 'withdrawnOn'),
    }),
  ),
  purpose: opt(str),
  questions: opt(str),
  childParticipation: opt(oneOf(PARTICIPATION)),
  notToRaise: opt(obj({ text: str, visibility })),
  situation: rec(idS, obj({ worksWell: opt(str), worksLessWell: opt(str), needs: opt(str) })),
  goals: list(
    obj({ id: nonEmpty, text: str, term: oneOf(['short', 'long']), areas: opt(list(idS)) }),
  ),
  ownActions: opt(str),
  actions: list(
    obj({
      id: nonEmpty,
      areas: list(idS),
      what: str,
      organisation: opt(str),
      contactPerson: opt(str),
      principal,
      frequency: opt(str),
      start: dateS,
      end: dateS,
      followUpBy: dateS,
      unfinishedDates: unfinishedS('start', 'end', 'followUpBy'),
    }),
  ),
  noOtherActors: opt(bool),
  disagreements: list(obj({ id: nonEmpty, text: str, positions: opt(str) })),
  overallResponsibility: opt(
    obj({ principal, organisation: opt(str), person: opt(str), childWish: opt(str) }),
  ),
  followUp: opt(obj({ date: dateS, form: opt(str), unfinishedDates: unfinishedS('date') })),
  closing: opt(obj({ date: dateS, reason: opt(str), unfinishedDates: unfinishedS('date') })),
};

const followUpS = obj({
  id: nonEmpty,
  due: dateS,
  date: dateS,
  unfinishedDates: unfinishedS('date'),
  present: list(str),
  childParticipation: opt(oneOf(PARTICIPATION)),
  actions: list(
    obj({
      actionId: nonEmpty,
      status: opt(oneOf(STATUSES)),
      outcome: opt(str),
      reportedBy: opt(str),
    }),
  ),
  goals: list(
    obj({
      goalId: nonEmpty,
      evaluation: opt(oneOf(EVALUATIONS)),
      childWords: opt(str),
      comment: opt(str),
    }),
  ),
  assessments: opt(list(assessmentSchema)),
  familyView: opt(str),
  outcome: opt(oneOf(['continue', 'close'])),
});

const revisionS = obj({
  id: nonEmpty,
  at: stampS,
  meetingDate: dateS,
  meeting: oneOf(['first', 'follow-up']),
  followUpId: opt(nonEmpty),
  participants: list(
    obj({ participantId: opt(nonEmpty), roles: list(oneOf(ROLES)), organisation: opt(str) }),
  ),
  plan: obj(planFields),
});

/** @internal The SIP plan schema (the JSON Schema files are generated from it). */
export const sipSchema = obj({
  ...common,
  schemaVersion: oneOf([SIP_PLAN_SCHEMA_VERSION]),
  type: oneOf([SIP_PLAN_TYPE]),
  ...planFields,
  assessments: opt(list(assessmentSchema)),
  followUps: opt(list(followUpS)),
  revisions: opt(list(revisionS)),
});

/** `later` must not be before `earlier` (both `YYYY-MM-DD`, which sort as text). */
function orderRule(
  add: Add,
  path: IssuePath,
  item: Record<string, unknown>,
  earlier: string,
  later: string,
) {
  const a = str$(item[earlier]);
  const b = str$(item[later]);
  if (a && b && isDate(a) && isDate(b) && b < a)
    add([...path, later], BEFORE, { field: earlier, date: a });
}

function sipRules(plan: unknown, add: Add, known: KnownAreas) {
  if (!isObj(plan)) return;
  const childProtected = isObj(plan.child) && plan.child.protectedIdentity === true;
  childRule(add, ['child'], plan.child, false);

  const participants = new Set<unknown>();
  uniqueRule(add, ['participants'], plan.participants, 'id');
  items(plan.participants).forEach((p, i) => {
    if (!isObj(p)) return;
    participants.add(p.id);
    // A participant in the role of the child is the child: the same protection applies.
    if (items(p.roles).includes('child')) {
      childRule(add, ['participants', i], has(p, 'name') ? { name: p.name } : {}, childProtected);
    } else nameRule(add, ['participants', i, 'name'], p.name);
  });
  const reference = (path: IssuePath, id: unknown) => {
    if (filled(id) && !participants.has(id)) add(path, UNKNOWN_REF, { value: quote(id) });
  };
  reference(['initiator'], plan.initiator);
  reference(['chair'], plan.chair);

  uniqueRule(add, ['consents'], plan.consents, 'id');
  items(plan.consents).forEach((c, i) => {
    if (!isObj(c)) return;
    reference(['consents', i, 'givenBy'], c.givenBy);
    orderRule(add, ['consents', i], c, 'givenOn', 'validUntil');
    orderRule(add, ['consents', i], c, 'givenOn', 'withdrawnOn');
  });

  for (const [id] of entries(plan.situation)) areaRule(add, ['situation', id], id, known);
  for (const [list, field] of [
    ['goals', 'areas'],
    ['actions', 'areas'],
  ] as const) {
    uniqueRule(add, [list], plan[list], 'id');
    items(plan[list]).forEach((item, i) => {
      if (!isObj(item)) return;
      items(item[field]).forEach((id, j) => areaRule(add, [list, i, field, j], id, known));
      if (list === 'actions') orderRule(add, [list, i], item, 'start', 'end');
    });
  }
  uniqueRule(add, ['disagreements'], plan.disagreements, 'id');
  items(plan.assessments).forEach((a, i) =>
    assessmentRules(a, add, known, ['assessments', i], childProtected),
  );
  followUpRules(plan, add, known, childProtected, reference);
}

/**
 * Follow-up meetings and revisions: unique ids, who was there and who reported must be
 * participants, each action and goal reported once per meeting, new readings checked as the
 * plan's own, and no participant id or name of the child in a revision of a plan with
 * protected identity.
 */
function followUpRules(
  plan: Record<string, unknown>,
  add: Add,
  known: KnownAreas,
  childProtected: boolean,
  reference: (path: IssuePath, id: unknown) => void,
) {
  uniqueRule(add, ['followUps'], plan.followUps, 'id');
  items(plan.followUps).forEach((f, i) => {
    if (!isObj(f)) return;
    const path = ['followUps', i];
    items(f.present).forEach((id, j) => reference([...path, 'present', j], id));
    uniqueRule(add, [...path, 'actions'], f.actions, 'actionId');
    items(f.actions).forEach((a, j) => {
      if (isObj(a)) reference([...path, 'actions', j, 'reportedBy'], a.reportedBy);
    });
    uniqueRule(add, [...path, 'goals'], f.goals, 'goalId');
    items(f.assessments).forEach((a, j) =>
      assessmentRules(a, add, known, [...path, 'assessments', j], childProtected),
    );
  });
  uniqueRule(add, ['revisions'], plan.revisions, 'id');
  items(plan.revisions).forEach((r, i) => {
    if (!isObj(r)) return;
    const path = ['revisions', i];
    items(r.participants).forEach((p, j) => {
      if (childProtected && isObj(p) && has(p, 'participantId')) {
        add([...path, 'participants', j, 'participantId'], 'protected');
      }
    });
    if (!isObj(r.plan)) return;
    items(r.plan.participants).forEach((p, j) => {
      if (isObj(p) && items(p.roles).includes('child')) {
        const name = has(p, 'name') ? { name: p.name } : {};
        childRule(add, [...path, 'plan', 'participants', j], name, childProtected);
      }
    });
  });
}

const SIP_PLAN: Kind = {
  type: SIP_PLAN_TYPE,
  schema: sipSchema,
  messages: { date: DATE },
  rules: sipRules,
};

/**
 * Validates a SIP plan (migrating an older `schemaVersion` first): structure, real calendar dates,
 * action end not before start, unique ids, participant references, protected identity (also for
 * participants in the child's role and for the assessments the plan carries). It does not demand
 * the legal elements, so a plan in progress parses: use `checkLegalElements` before completing it.
 * Never throws.
 *
 * @example
 * const result = parseSipPlan(savedDraft);
 * const plan = result.ok ? result.value : createSipPlan({ pack: defaultPack });
 */
export function parseSipPlan(input: unknown, options?: ParseOptions): ParseResult<SipPlan> {
  return run(input, [SIP_PLAN], options) as ParseResult<SipPlan>;
}

/**
 * Validates any document this library writes, choosing by its `type` (`bb.assessment` or
 * `bb.sip-plan`) after migrating it to the current schema version. Never throws.
 *
 * @example
 * const result = parseDocument(JSON.parse(text));
 * if (result.ok && result.value.type === 'bb.sip-plan') openPlan(result.value);
 */
export function parseDocument(
  input: unknown,
  options?: ParseOptions,
): ParseResult<Assessment | SipPlan> {
  return run(input, [ASSESSMENT, SIP_PLAN], options) as ParseResult<Assessment | SipPlan>;
}
