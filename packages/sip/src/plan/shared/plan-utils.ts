import type {
  Assessment,
  ContentPack,
  IsoDate,
  Participant,
  SipPlan,
  UiLocale,
} from '@barnets-basta/core';
import { areaTexts, formatMessage } from '@barnets-basta/core';
import { intlLocale } from '@barnets-basta/core/language';
import { asSeenBy, childIdentity, identityScrubber, maySee } from '@barnets-basta/core/privacy';
import { withProtectedIdentity } from '@barnets-basta/core/sip';
import type { PlanMessages } from '../../i18n/plan-messages.ts';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const arrayOf = <T>(v: unknown): T[] => (Array.isArray(v) ? (v as T[]) : []);

/**
 * A plan that is safe to render: every list and record the components walk is present. A host
 * may pass data that fails validation; the form still renders what it can (and shows the issues)
 * instead of crashing, and nothing else in the object is dropped.
 */
export function normalisePlan(value: unknown, fallback: () => SipPlan): SipPlan {
  if (!isObject(value)) return fallback();
  const plan = value as unknown as SipPlan;
  // Lists that are already fine keep their identity, so memoised parts can skip re-rendering.
  const list = <T>(v: unknown, fix?: (item: T) => T): T[] => {
    if (!Array.isArray(v)) return [];
    const clean = v.every(isObject) ? (v as T[]) : (v.filter(isObject) as T[]);
    if (!fix) return clean;
    const fixed = clean.map(fix);
    return fixed.every((item, i) => item === clean[i]) ? clean : fixed;
  };
  const withArrays = <T extends object>(item: T, keys: (keyof T)[]): T =>
    keys.every((k) => Array.isArray(item[k]))
      ? item
      : { ...item, ...Object.fromEntries(keys.map((k) => [k, arrayOf(item[k])])) };
  const next: SipPlan = {
    ...plan,
    participants: list(plan.participants, (p: Participant) => withArrays(p, ['roles'])),
    consents: list(plan.consents, (c: SipPlan['consents'][number]) =>
      withArrays(c, ['organisations', 'information']),
    ),
    situation: isObject(plan.situation) ? plan.situation : {},
    goals: list(plan.goals),
    actions: list(plan.actions, (a: SipPlan['actions'][number]) => withArrays(a, ['areas'])),
    disagreements: list(plan.disagreements),
    assessments: Array.isArray(plan.assessments) ? list(plan.assessments) : plan.assessments,
  };
  if (next.assessments === undefined) delete next.assessments;
  return next;
}

/** True when the child has protected identity (skyddade personuppgifter). */
export function isProtected(plan: SipPlan): boolean {
  return plan.child?.protectedIdentity === true;
}

/**
 * With protected identity, the plan must not hold the child's name or address at all
 * (DOMAIN.md): every change the components report drops them, including the name of a
 * participant whose role is the child, and (core's `withProtectedIdentity`) the names in every
 * wheel the plan carries and a guardian's label, which can name the family as surely.
 */
export function enforceProtectedIdentity(plan: SipPlan): SipPlan {
  return isProtected(plan) ? withProtectedIdentity(plan) : plan;
}

/** A new id for a row (participant, action, ...). Not a secret: uniqueness within a plan. */
export function newId(kind: string): string {
  const random =
    typeof globalThis.crypto?.randomUUID === 'function'
      ? globalThis.crypto.randomUUID()
      : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  return `${kind}-${random}`;
}

/** Today's calendar date in the user's time zone, as `YYYY-MM-DD`. */
export function todayIso(now: Date = new Date()): IsoDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The Intl tag dates are formatted with (core's rule, `intlLocale` in
 * `@barnets-basta/core/language`): `sv-SE`, `en-GB`, or a registered language's own tag with
 * Latin digits unless it asks for others.
 *
 * @example
 * intlLocale('ar'); // "ar-u-nu-latn" once Arabic is registered
 * intlLocale('fi'); // "sv-SE"
 */
export { intlLocale };

/**
 * A calendar date for people: "3 mars 2026", in Arabic "3 مارس 2026" (see `intlLocale`). Calendar dates have no time zone, so they are formatted in UTC to keep the
 * day. Anything that is not a date is shown as typed.
 */
export function formatDate(iso: string | undefined, locale: UiLocale): string | undefined {
  if (!iso) return undefined;
  const date = toUtcDate(iso);
  return date ? dateFormat(locale).format(date) : iso;
}

function toUtcDate(iso: string | undefined): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  if (!match) return undefined;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function dateFormat(locale: UiLocale): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: 'long',
    timeZone: 'UTC',
  });
}

/** "3 mars – 30 juni 2026", "Från 3 mars 2026", or undefined. */
export function formatDateSpan(
  start: string | undefined,
  end: string | undefined,
  locale: UiLocale,
  m: PlanMessages,
): string | undefined {
  const s = formatDate(start, locale);
  const e = formatDate(end, locale);
  if (s && e) {
    const a = toUtcDate(start);
    const b = toUtcDate(end);
    // Intl shares what the two dates have in common: "10 mars–30 juni 2026".
    if (a && b && a <= b) return dateFormat(locale).formatRange(a, b);
    return formatMessage(m.dateRange, { start: s, end: e });
  }
  if (s) return formatMessage(m.dateFrom, { start: s });
  if (e) return formatMessage(m.dateUntil, { end: e });
  return undefined;
}

/** The date the plan is "of": the meeting date, else the day it was created. */
export function planDate(plan: SipPlan): IsoDate | undefined {
  return (
    plan.meetingDate ||
    (typeof plan.createdAt === 'string' ? plan.createdAt.slice(0, 10) : undefined)
  );
}

/** True for a string with something other than white space in it. */
export const hasText = (s: string | undefined): s is string =>
  typeof s === 'string' && s.trim() !== '';

/**
 * How the plan names the child. With protected identity: the pseudonymous reference or a neutral
 * "Barnet", never the name, even when (wrongly) present in the data.
 */
export function childDisplayName(
  plan: SipPlan,
  m: PlanMessages,
): { text: string; neutral: boolean } {
  const ref = plan.child?.reference;
  if (isProtected(plan))
    return hasText(ref) ? { text: ref, neutral: false } : { text: m.childNeutral, neutral: true };
  const name = plan.child?.name ?? plan.participants.find((p) => p.roles?.includes('child'))?.name;
  if (hasText(name)) return { text: name, neutral: false };
  if (hasText(ref)) return { text: ref, neutral: false };
  return { text: m.childNeutral, neutral: true };
}

/** A participant's name for display, respecting protected identity for the child. */
export function participantDisplayName(
  p: Participant,
  index: number,
  plan: SipPlan,
  m: PlanMessages,
): string {
  if (p.roles?.includes('child') && isProtected(plan)) return childDisplayName(plan, m).text;
  if (hasText(p.name)) return p.name;
  if (p.roles?.includes('child')) return childDisplayName(plan, m).text;
  return formatMessage(m.unnamedParticipant, { n: index + 1 });
}

/**
 * A function that takes the child's name and address out of free text when the child has
 * protected identity. The model refuses those fields, but a view must not show them even if a host
 * passes invalid data or someone typed the name into a note: belt and braces. The rule is core's
 * (`identityScrubber`: whole words, any case, any diacritics); the name becomes "barnet"
 * (capitalised at the start of a sentence) so the text still reads naturally, the address
 * "[skyddad uppgift]", in the plan catalogue's language.
 */
export function makeRedactor(plan: SipPlan, m: PlanMessages): (text: string | undefined) => string {
  if (!isProtected(plan)) return (text) => text ?? '';
  const scrub = identityScrubber(childIdentity(plan), {
    name: m.childNeutralInSentence,
    address: m.redacted,
  });
  return (text) => scrub(text ?? '');
}

/** An area's display name, or its id when the pack does not know it (never blank). */
export function areaName(pack: ContentPack, areaId: string, locale: UiLocale): string {
  return areaTexts(pack, areaId, locale).name || areaId;
}

/**
 * An assessment as the meeting may see it (core's `asSeenBy`): answers and notes that only the
 * respondent or the contact person may see are removed (OSL 12 kap. 3 §), as is the child's
 * identity when the plan or the assessment protects it.
 */
export function meetingView(assessment: Assessment, plan: SipPlan): Assessment {
  return asSeenBy(isProtected(plan) ? withProtectedIdentity(assessment) : assessment, 'meeting');
}

/** True when some answer or note of the assessment is held back from the meeting. */
export function hasHiddenParts(assessment: Assessment): boolean {
  return (
    Object.values(assessment.areas ?? {}).some((a) => a && !maySee(a.visibility, 'meeting')) ||
    (assessment.hopes !== undefined && !maySee(assessment.hopes?.visibility, 'meeting'))
  );
}

/** Splits a multi-line text into its non-empty lines (for lists typed one per line). */
export function lines(text: string | undefined): string[] {
  return (text ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/** Drops empty strings so that optional fields are absent rather than `''` in the data. */
export function orUndefined(text: string): string | undefined {
  return text === '' ? undefined : text;
}
