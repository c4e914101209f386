/** What the three fields of a date input hold, exactly as typed. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

/** The three fields of a date input. */
export type DatePartName = keyof DateParts;

/** Result of {@link parseDateParts}. */
export type DatePartsResult =
  | { ok: true; iso: string }
  /** Some fields are empty; `missing` says which (all three when nothing was typed). */
  | { ok: false; code: 'incomplete'; missing: DatePartName[] }
  /** Every field has something, but it is not a real date; `invalid` says which fields are wrong. */
  | { ok: false; code: 'invalid'; invalid: DatePartName[] };

const ORDER: DatePartName[] = ['day', 'month', 'year'];

/**
 * Validates what was typed into a date input and builds a `YYYY-MM-DD` date. Never throws. Accepts
 * surrounding spaces and leading zeros; the year must have four digits; the date must exist
 * (31 April and 29 February in a non-leap year are `invalid`).
 *
 * @example
 * ```ts
 * parseDateParts({ day: '5', month: '3', year: '2026' }); // { ok: true, iso: '2026-03-05' }
 * parseDateParts({ day: '5', month: '', year: '2026' });  // { ok: false, code: 'incomplete', missing: ['month'] }
 * parseDateParts({ day: '31', month: '4', year: '2026' }); // { ok: false, code: 'invalid', invalid: ['day'] }
 * ```
 */
export function parseDateParts(parts: Partial<DateParts> | null | undefined): DatePartsResult {
  const raw = {
    day: typeof parts?.day === 'string' ? parts.day.trim() : '',
    month: typeof parts?.month === 'string' ? parts.month.trim() : '',
    year: typeof parts?.year === 'string' ? parts.year.trim() : '',
  };
  const missing = ORDER.filter((k) => raw[k] === '');
  if (missing.length > 0) return { ok: false, code: 'incomplete', missing };

  const invalid: DatePartName[] = [];
  const day = /^\d{1,2}$/.test(raw.day) ? Number(raw.day) : NaN;
  const month = /^\d{1,2}$/.test(raw.month) ? Number(raw.month) : NaN;
  const year = /^\d{4}$/.test(raw.year) ? Number(raw.year) : NaN;
  if (!(day >= 1 && day <= 31)) invalid.push('day');
  if (!(month >= 1 && month <= 12)) invalid.push('month');
  if (!(year >= 1)) invalid.push('year');
  if (invalid.length > 0) return { ok: false, code: 'invalid', invalid };

  // Day 0 of the next month is the last day of this one (UTC: no time-zone or DST surprises).
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return { ok: false, code: 'invalid', invalid: ['day'] };

  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { ok: true, iso };
}

/**
 * Splits a `YYYY-MM-DD` date into the three fields (without leading zeros); anything else gives
 * three empty fields.
 *
 * @example
 * ```ts
 * isoToDateParts('2026-03-05'); // { day: '5', month: '3', year: '2026' }
 * ```
 */
export function isoToDateParts(iso: string | null | undefined): DateParts {
  const match = typeof iso === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  if (!match) return { day: '', month: '', year: '' };
  return { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1] ?? '' };
}
