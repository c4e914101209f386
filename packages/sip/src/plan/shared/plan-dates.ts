import {
  formatMessage,
  type IsoDate,
  type IssuePath,
  type SipPlan,
  type UiLocale,
  type UnfinishedDate,
} from '@barnets-basta/core';
import { parseDateParts, type DatePartName, type DateParts } from '../../form/index.ts';
import type { PlanMessages } from '../../i18n/plan-messages.ts';
import { formatDate } from './plan-utils.ts';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The unfinished date stored under `key`, when it has the right shape (a host may pass anything). */
export function unfinishedDate(holder: unknown, key: string): UnfinishedDate | undefined {
  const all = isObject(holder) ? holder.unfinishedDates : undefined;
  const entry = isObject(all) ? all[key] : undefined;
  if (!isObject(entry)) return undefined;
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  return { day: text(entry.day), month: text(entry.month), year: text(entry.year) };
}

/**
 * Applies what was typed into a date's three fields to the object that holds the date. A real
 * date is stored and its unfinished entry dropped; three empty fields remove the date on purpose;
 * anything else is kept as typed in `unfinishedDates[key]` while the date keeps its last real
 * value. So a draft keeps what was typed, and the plan stays valid for core's parser.
 */
export function withTypedDate<T extends object>(holder: T, key: string, parts: DateParts): T {
  const next = { ...holder } as Record<string, unknown>;
  const unfinished = isObject(next.unfinishedDates) ? { ...next.unfinishedDates } : {};
  const result = parseDateParts(parts);
  if (result.ok) {
    next[key] = result.iso;
    delete unfinished[key];
  } else if (result.code === 'incomplete' && result.missing.length === 3) {
    delete next[key];
    delete unfinished[key];
  } else {
    unfinished[key] = { day: parts.day, month: parts.month, year: parts.year };
  }
  if (Object.keys(unfinished).length > 0) next.unfinishedDates = unfinished;
  else delete next.unfinishedDates;
  return next as T;
}

/** What is wrong with an unfinished date, for the field and the error summary. */
export interface DateProblem {
  /** The field's error message. */
  text: string;
  /** The fields to mark invalid. */
  invalidParts: DatePartName[];
}

function listFormat(locale: UiLocale): Intl.ListFormat {
  return new Intl.ListFormat(locale === 'en' ? 'en-GB' : 'sv-SE', { type: 'conjunction' });
}

/**
 * Why typed parts are not a date ("Datumet saknar månad och år.", "Datumet finns inte.
 * Kontrollera dagen."), and, when the plan still holds an earlier real date, that it keeps it, so a
 * good date is never replaced without a word. `undefined` for a real date or nothing typed.
 */
export function dateProblem(
  parts: DateParts,
  previous: IsoDate | undefined,
  locale: UiLocale,
  m: PlanMessages,
): DateProblem | undefined {
  const result = parseDateParts(parts);
  if (result.ok || (result.code === 'incomplete' && result.missing.length === 3)) return undefined;
  const names = (list: DatePartName[], definite: boolean) =>
    listFormat(locale).format(
      list.map((part) => {
        if (part === 'day') return definite ? m.datePartDayDefinite : m.datePartDay;
        if (part === 'month') return definite ? m.datePartMonthDefinite : m.datePartMonth;
        return definite ? m.datePartYearDefinite : m.datePartYear;
      }),
    );
  let text: string;
  let invalidParts: DatePartName[];
  if (result.code === 'incomplete') {
    invalidParts = result.missing;
    text = formatMessage(m.dateMissing, { parts: names(result.missing, false) });
  } else {
    invalidParts = result.invalid;
    text = formatMessage(m.dateNotReal, { parts: names(result.invalid, true) });
    if (result.invalid.includes('year') && !/^\d{4}$/.test(parts.year.trim())) {
      text += ` ${m.dateYearDigits}`;
    }
  }
  const kept = previous ? formatDate(previous, locale) : undefined;
  if (kept) text += ` ${formatMessage(m.dateKeptPrevious, { date: kept })}`;
  return { text, invalidParts };
}

/** One date in the plan whose typed parts are not a real date. */
export interface UnfinishedDateField {
  /** Path of the date field, e.g. `['actions', 0, 'start']`. */
  path: IssuePath;
  parts: UnfinishedDate;
  /** The real date the plan still holds for the field, if any. */
  previous?: IsoDate;
  /** Which date, for the error summary: "Insats 1, startar". */
  field: string;
}

/**
 * Every date of the plan, in the order of the form, that has an unfinished entry and a field in
 * the form to fix it in (the meeting date, each consent's end, each action's dates, the follow-up
 * and closing dates).
 */
export function unfinishedDateFields(plan: SipPlan, m: PlanMessages): UnfinishedDateField[] {
  const out: UnfinishedDateField[] = [];
  const visit = (holder: unknown, key: string, path: IssuePath, field: string) => {
    const parts = unfinishedDate(holder, key);
    if (!parts) return;
    const result = parseDateParts(parts);
    if (result.ok || (result.code === 'incomplete' && result.missing.length === 3)) return;
    const previous = isObject(holder) && typeof holder[key] === 'string' ? holder[key] : undefined;
    out.push({ path, parts, previous: previous || undefined, field });
  };
  visit(plan, 'meetingDate', ['meetingDate'], m.meetingDateLegend);
  plan.consents.forEach((consent, i) =>
    visit(
      consent,
      'validUntil',
      ['consents', i, 'validUntil'],
      formatMessage(m.dateFieldConsentValidUntil, { n: i + 1 }),
    ),
  );
  plan.actions.forEach((action, i) => {
    const n = i + 1;
    visit(action, 'start', ['actions', i, 'start'], formatMessage(m.dateFieldActionStart, { n }));
    visit(action, 'end', ['actions', i, 'end'], formatMessage(m.dateFieldActionEnd, { n }));
    visit(
      action,
      'followUpBy',
      ['actions', i, 'followUpBy'],
      formatMessage(m.dateFieldActionFollowUpBy, { n }),
    );
  });
  visit(plan.followUp, 'date', ['followUp', 'date'], m.dateFieldFollowUp);
  visit(plan.closing, 'date', ['closing', 'date'], m.closingDate);
  return out;
}
