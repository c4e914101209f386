import { latestActionReports } from '../sip/follow-up.ts';
import type { ActionStatus, Goal, Principal, SipAction, SipPlan } from '../sip/types.ts';
import { SIP_PLAN_TYPE } from '../sip/types.ts';
import { parseSipPlan } from '../sip/parse-sip-plan.ts';
import type { IssuePath, ParseOptions, ParseResult } from '../validation/types.ts';
import { CURRENT_SCHEMA_VERSION } from '../versioning/migrations.ts';
import {
  clean,
  DATA_ABSENT,
  defined,
  DOCUMENT_ID,
  EXT,
  fhirDateTime,
  guard,
  packUrl,
  Reader,
  text,
  type Json,
} from './common.ts';
import { asSeenBy } from '../privacy/as-seen-by.ts';
import {
  childSubject,
  readChild,
  readMeta,
  securityOf,
  type FhirExportOptions,
} from './questionnaire-response.ts';

const PRINCIPALS: Principal[] = ['kommun', 'region', 'other'];

/**
 * An action's status at its latest follow-up, as a CarePlan activity status. "Partly done" and
 * "ongoing" are both in progress; "not done" has not started. An action never reported on is
 * planned (`not-started`).
 */
const ACTIVITY_STATUS: Record<ActionStatus, string> = {
  done: 'completed',
  partly: 'in-progress',
  ongoing: 'in-progress',
  'not-done': 'not-started',
  cancelled: 'cancelled',
};
const ACTIVITY_STATUSES = ['not-started', 'in-progress', 'completed', 'cancelled'];

/**
 * The parts of a SIP plan that a `CarePlan` carries. The rest (participants, consents, the
 * situation per area, disagreements, the family's own actions, what must not be raised, the
 * assessments, unfinished dates, the follow-up meetings and revisions) has no place in one and is not
 * exported (each action's status at its latest follow-up is): send the plan's JSON
 * or its print view beside it, and each assessment as a `QuestionnaireResponse`.
 */
export const CARE_PLAN_FIELDS = [
  'id',
  'pack',
  'createdAt',
  'updatedAt',
  'legalReference',
  'child',
  'meetingDate',
  'purpose',
  'goals',
  'actions',
  'overallResponsibility',
  'followUp.date',
  'closing',
] as const;

function goalResource(goal: Goal, index: number, subject: Json): Json {
  return {
    resourceType: 'Goal',
    id: `goal-${index + 1}`,
    extension: [
      { url: EXT.goalTerm, valueCode: goal.term },
      ...(goal.areas ?? []).map((a) => ({ url: EXT.area, valueCode: a })),
    ],
    identifier: [{ system: DOCUMENT_ID, value: text(goal.id) }],
    lifecycleStatus: 'active',
    // A goal without words yet: FHIR needs a description, so it says the text is absent.
    description: text(goal.text)
      ? { text: text(goal.text) }
      : { extension: [{ url: DATA_ABSENT, valueCode: 'unknown' }] },
    subject,
  };
}

function activity(action: SipAction, status: ActionStatus | undefined): Json {
  const period = clean({ start: action.start, end: action.end });
  return {
    detail: clean({
      extension: [
        { url: EXT.actionId, valueString: text(action.id) },
        ...action.areas.map((a) => ({ url: EXT.area, valueCode: a })),
        ...(action.principal ? [{ url: EXT.principal, valueCode: action.principal }] : []),
        ...(action.followUpBy ? [{ url: EXT.followUpBy, valueDate: action.followUpBy }] : []),
      ],
      // From the follow-up cycle: what the latest follow-up meeting reported on this action.
      status: status ? ACTIVITY_STATUS[status] : 'not-started',
      description: text(action.what),
      performer: [
        ...(text(action.organisation)
          ? [{ type: 'Organization', display: text(action.organisation) }]
          : []),
        ...(text(action.contactPerson)
          ? [{ type: 'Practitioner', display: text(action.contactPerson) }]
          : []),
      ],
      scheduledTiming:
        text(action.frequency) || action.start || action.end
          ? clean({
              repeat: Object.keys(period).length ? { boundsPeriod: period } : undefined,
              code: text(action.frequency) ? { text: text(action.frequency) } : undefined,
            })
          : undefined,
    }),
  };
}

/**
 * A SIP plan as a FHIR R4 `CarePlan` (intent `plan`) with its goals as contained `Goal`s and
 * its actions as activities: what, performer organisation and contact person, period and
 * frequency, responsible principal, follow-up date. The child is a pseudonym, never a personal
 * identity number. The plan goes through `asSeenBy` for `options.audience` (default `'meeting'`)
 * first, so protected identity set anywhere in it (the plan's child or any assessment it carries)
 * removes the child's name and the resource carries the confidentiality label `R`. What a CarePlan
 * cannot carry is listed in `CARE_PLAN_FIELDS`'s note.
 *
 * @example
 * ```ts
 * import { sipPlanToCarePlan } from '@barnets-basta/core/fhir';
 * const carePlan = sipPlanToCarePlan(plan);
 * ```
 */
export function sipPlanToCarePlan(given: SipPlan, options: FhirExportOptions = {}): Json {
  const plan = asSeenBy(given, options.audience ?? 'meeting');
  const subject = childSubject(plan.child ?? {})!;
  const goals = plan.goals.map((g, i) => goalResource(g, i, subject));
  const closed = plan.closing?.date !== undefined;
  const reports = latestActionReports(plan);
  const owner = plan.overallResponsibility && {
    ...plan.overallResponsibility,
    person: text(plan.overallResponsibility.person),
    organisation: text(plan.overallResponsibility.organisation),
  };
  return clean({
    resourceType: 'CarePlan',
    meta: securityOf(plan.child),
    contained: goals,
    extension: [
      ...(text(plan.legalReference)
        ? [{ url: EXT.legalReference, valueString: text(plan.legalReference) }]
        : []),
      { url: EXT.createdAt, valueDateTime: fhirDateTime(plan.createdAt) },
      { url: EXT.updatedAt, valueDateTime: fhirDateTime(plan.updatedAt) },
      ...(plan.followUp?.date ? [{ url: EXT.followUpDate, valueDate: plan.followUp.date }] : []),
      ...(text(plan.closing?.reason)
        ? [{ url: EXT.closingReason, valueString: text(plan.closing?.reason) }]
        : []),
      ...(owner?.principal ? [{ url: EXT.principal, valueCode: owner.principal }] : []),
    ],
    identifier: [{ system: DOCUMENT_ID, value: text(plan.id) }],
    instantiatesCanonical: [`${packUrl(plan.pack.id)}|${plan.pack.version}`],
    status: closed ? 'completed' : 'active',
    intent: 'plan',
    title: 'SIP',
    description: text(plan.purpose),
    subject,
    period:
      plan.meetingDate || plan.closing?.date
        ? clean({ start: plan.meetingDate, end: plan.closing?.date })
        : undefined,
    created: fhirDateTime(plan.createdAt),
    author:
      owner?.organisation || owner?.person
        ? clean({
            type: owner.person ? 'Practitioner' : 'Organization',
            display: owner.person ?? owner.organisation,
          })
        : undefined,
    contributor:
      owner?.person && owner.organisation
        ? [{ type: 'Organization', display: owner.organisation }]
        : undefined,
    goal: goals.map((g) => ({ reference: `#${g.id as string}` })),
    activity: plan.actions.map((a) => activity(a, reports.get(a.id)?.status)),
  });
}

/**
 * Reads a `CarePlan` written by `sipPlanToCarePlan` back into a SIP plan (with no participants
 * or consents: a CarePlan does not carry them), validated like `parseSipPlan`. Every element it
 * cannot place is an issue. Never throws.
 *
 * @example
 * ```ts
 * import { carePlanToSipPlan } from '@barnets-basta/core/fhir';
 * const result = carePlanToSipPlan(JSON.parse(text));
 * ```
 */
export function carePlanToSipPlan(input: unknown, options?: ParseOptions): ParseResult<SipPlan> {
  return guard(() => {
    const r = new Reader();
    const cp = r.resource(input, 'CarePlan', [
      'meta',
      'contained',
      'extension',
      'identifier',
      'instantiatesCanonical',
      'status',
      'intent',
      'title',
      'description',
      'subject',
      'period',
      'created',
      'author',
      'contributor',
      'goal',
      'activity',
    ]);
    if (!cp) return { ok: false, issues: r.issues };
    const restricted = readMeta(r, cp.meta);
    const child = readChild(r, cp.subject, ['subject']);
    const ext = r.extensions(cp.extension, ['extension']);
    const legal = ext.one(EXT.legalReference, 'valueString');
    const created = ext.one(EXT.createdAt, 'valueDateTime');
    const updated = ext.one(EXT.updatedAt, 'valueDateTime');
    const followUp = ext.one(EXT.followUpDate, 'valueDate');
    const reason = ext.one(EXT.closingReason, 'valueString');
    const principal = ext.one(EXT.principal, 'valueCode');
    ext.done();
    const ids = r.list(cp.identifier, ['identifier']);
    const id = r.obj(ids[0], ['identifier', 0], ['system', 'value'], true);
    if (ids.length > 1) r.add(['identifier', 1], 'unmapped');
    const canon = r.list(cp.instantiatesCanonical, ['instantiatesCanonical']);
    const m = /^urn:barnets-basta:pack:([^|]+)\|(.+)$/.exec(String(canon[0] ?? ''));
    if (!m)
      r.add(['instantiatesCanonical', 0], 'code', {
        options: '"urn:barnets-basta:pack:<id>|<version>"',
      });
    r.code(cp.status, ['status'], ['active', 'completed', 'draft'], true);
    r.code(cp.intent, ['intent'], ['plan'], true);
    r.str(cp.title, ['title']);
    const period = r.obj(cp.period, ['period'], ['start', 'end']);
    const author = r.obj(cp.author, ['author'], ['type', 'display']);
    const contributors = r.list(cp.contributor, ['contributor']);
    const contributor = r.obj(contributors[0], ['contributor', 0], ['type', 'display']);

    const goals: Goal[] = [];
    const goalById = new Map<string, Goal>();
    r.list(cp.contained, ['contained']).forEach((g, i) => {
      const at: IssuePath = ['contained', i];
      const res = r.obj(g, at, [
        'resourceType',
        'id',
        'extension',
        'identifier',
        'lifecycleStatus',
        'description',
        'subject',
      ]);
      if (!res) return;
      r.code(res.resourceType, [...at, 'resourceType'], ['Goal'], true);
      const ge = r.extensions(res.extension, [...at, 'extension']);
      const term = ge.one(EXT.goalTerm, 'valueCode');
      const areas = ge.values(EXT.area, 'valueCode').map((v) => r.str(v.value, v.path) ?? '');
      ge.done();
      const gid = r.obj(
        r.list(res.identifier, [...at, 'identifier'])[0],
        [...at, 'identifier', 0],
        ['system', 'value'],
        true,
      );
      const desc = r.obj(res.description, [...at, 'description'], ['text', 'extension'], true);
      if (desc?.extension !== undefined) {
        const absent = r.extensions(desc.extension, [...at, 'description', 'extension']);
        absent.one(DATA_ABSENT, 'valueCode');
        absent.done();
      }
      const goal: Goal = clean({
        id: (gid?.value as string) ?? '',
        text: r.str(desc?.text, [...at, 'description', 'text']) ?? '',
        term:
          (term ? r.code(term.value, term.path, ['short', 'long'] as const, true) : undefined) ??
          'short',
        areas: areas.length ? areas : undefined,
      });
      if (!term) r.add([...at, 'extension'], 'required');
      goalById.set(`#${String(res.id)}`, goal);
      goals.push(goal);
    });
    r.list(cp.goal, ['goal']).forEach((g, i) => {
      const ref = r.obj(g, ['goal', i], ['reference']);
      if (ref && !goalById.has(String(ref.reference)))
        r.add(['goal', i, 'reference'], 'code', { options: [...goalById.keys()].join(', ') });
    });

    const actions: SipAction[] = r.list(cp.activity, ['activity']).map((a, i) => {
      const at: IssuePath = ['activity', i];
      const act = r.obj(a, at, ['detail']);
      const d =
        r.obj(
          act?.detail,
          [...at, 'detail'],
          ['extension', 'status', 'description', 'performer', 'scheduledTiming'],
          true,
        ) ?? {};
      const de = r.extensions(d.extension, [...at, 'detail', 'extension']);
      const aid = de.one(EXT.actionId, 'valueString');
      const areas = de.values(EXT.area, 'valueCode').map((v) => r.str(v.value, v.path) ?? '');
      const pr = de.one(EXT.principal, 'valueCode');
      const fu = de.one(EXT.followUpBy, 'valueDate');
      de.done();
      // The status is derived from the plan's follow-up meetings, which a CarePlan does not carry:
      // it is checked, and the imported plan starts with no follow-up reports.
      r.code(d.status, [...at, 'detail', 'status'], ACTIVITY_STATUSES, true);
      const action: SipAction = {
        id: (aid ? r.str(aid.value, aid.path, true) : undefined) ?? '',
        areas,
        what: r.str(d.description, [...at, 'detail', 'description']) ?? '',
      };
      if (!aid) r.add([...at, 'detail', 'extension'], 'required');
      r.list(d.performer, [...at, 'detail', 'performer']).forEach((p, j) => {
        const per = r.obj(p, [...at, 'detail', 'performer', j], ['type', 'display']);
        const type = r.code(
          per?.type,
          [...at, 'detail', 'performer', j, 'type'],
          ['Organization', 'Practitioner'],
          true,
        );
        const name = r.str(per?.display, [...at, 'detail', 'performer', j, 'display'], true);
        if (type === 'Organization') action.organisation = name;
        if (type === 'Practitioner') action.contactPerson = name;
      });
      if (pr) action.principal = r.code(pr.value, pr.path, PRINCIPALS);
      const timing = r.obj(
        d.scheduledTiming,
        [...at, 'detail', 'scheduledTiming'],
        ['repeat', 'code'],
      );
      const repeat = r.obj(
        timing?.repeat,
        [...at, 'detail', 'scheduledTiming', 'repeat'],
        ['boundsPeriod'],
      );
      const bounds = r.obj(
        repeat?.boundsPeriod,
        [...at, 'detail', 'scheduledTiming', 'repeat', 'boundsPeriod'],
        ['start', 'end'],
      );
      const code = r.obj(timing?.code, [...at, 'detail', 'scheduledTiming', 'code'], ['text']);
      if (code)
        action.frequency = r.str(code.text, [...at, 'detail', 'scheduledTiming', 'code', 'text']);
      if (bounds?.start !== undefined)
        action.start = r.str(bounds.start, [
          ...at,
          'detail',
          'scheduledTiming',
          'repeat',
          'boundsPeriod',
          'start',
        ]);
      if (bounds?.end !== undefined)
        action.end = r.str(bounds.end, [
          ...at,
          'detail',
          'scheduledTiming',
          'repeat',
          'boundsPeriod',
          'end',
        ]);
      if (fu) action.followUpBy = r.str(fu.value, fu.path);
      return defined(action);
    });
    if (r.issues.length) return { ok: false, issues: r.issues };

    const owner = clean({
      principal: principal ? (principal.value as Principal) : undefined,
      person: author?.type === 'Practitioner' ? (author.display as string) : undefined,
      organisation:
        author?.type === 'Organization'
          ? (author.display as string)
          : (contributor?.display as string | undefined),
    });
    const plan: SipPlan = {
      type: SIP_PLAN_TYPE,
      schemaVersion: CURRENT_SCHEMA_VERSION,
      id: (id?.value as string) ?? '',
      pack: { id: m?.[1] ?? '', version: m?.[2] ?? '' },
      createdAt: (created?.value as string) ?? '',
      updatedAt: (updated?.value as string) ?? '',
      legalReference: (legal?.value as string) ?? '',
      participants: [],
      consents: [],
      situation: {},
      goals,
      actions,
      disagreements: [],
    };
    const kid = clean({
      ...child,
      protectedIdentity: child?.protectedIdentity ?? (restricted || undefined),
    });
    if (Object.keys(kid).length) plan.child = kid;
    if (period?.start) plan.meetingDate = period.start as string;
    if (cp.description !== undefined) plan.purpose = r.str(cp.description, ['description']);
    if (Object.keys(owner).length) plan.overallResponsibility = owner;
    if (followUp) plan.followUp = { date: followUp.value as string };
    if (period?.end || reason)
      plan.closing = clean({
        date: period?.end as string | undefined,
        reason: reason?.value as string | undefined,
      });
    if (r.issues.length) return { ok: false, issues: r.issues };
    return parseSipPlan(plan, options);
  });
}
