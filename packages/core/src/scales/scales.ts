import type { Answer, Scale, ScaleId } from './types.ts';

/** The answer-state words that every scale shares, per UI language (Swedish is the fallback). */
const WORDS = {
  sv: { 'dont-know': 'Vet inte', declined: 'Vill inte svara', none: 'Inte besvarat' },
  en: { 'dont-know': "Don't know", declined: 'Prefer not to say', none: 'Not answered' },
};

// Frozen so that a host mutating a shared scale cannot change every other wheel on the page.
const scale = (id: ScaleId, sv: string[], en: string[]): Scale =>
  Object.freeze({
    id,
    steps: sv.length,
    labels: Object.freeze({ sv: Object.freeze(sv) as string[], en: Object.freeze(en) as string[] }),
  });

const tens = (first: string, last: string) => [
  `1 – ${first}`,
  '2',
  '3',
  '4',
  '5',
  '6',
  '7',
  '8',
  '9',
  `10 – ${last}`,
];

/**
 * The shipped rating scales with Swedish and English labels (index 0 is step 1). Read-only: use
 * {@link getScale} to relabel. There is no target level on any scale, by design: every step is
 * simply a place the child can be, and a conversation can start from any of them.
 *
 * @example
 * SCALES['agree-5'].labels.sv[4]; // "Stämmer helt"
 * SCALES.none.steps; // 0: discussion only
 */
export const SCALES: Readonly<Record<ScaleId, Scale>> = Object.freeze({
  none: scale('none', [], []),
  // The wheel draws the faces; the words are kept gentle so no step reads as a verdict.
  'faces-3': scale('faces-3', ['Inte bra', 'Sådär', 'Bra'], ['Not good', 'So-so', 'Good']),
  'agree-5': scale(
    'agree-5',
    ['Stämmer inte alls', 'Stämmer lite', 'Stämmer ganska bra', 'Stämmer bra', 'Stämmer helt'],
    ['Not at all true', 'A little true', 'Quite true', 'True', 'Completely true'],
  ),
  'steps-10': scale(
    'steps-10',
    tens('Långt ifrån', 'Precis som jag vill'),
    tens('Far from it', 'Just as I want it'),
  ),
});

/**
 * A scale with a host's own labels for some languages. A language whose label list has the wrong
 * length (or holds anything but non-empty strings) is ignored and keeps the default labels, so a
 * typo in host configuration never breaks the wheel. An unknown id gives the `none` scale
 * (discussion only), the one choice that cannot misrecord a rating.
 *
 * @example
 * const faces = getScale('faces-3', { sv: ['Dåligt', 'Mittemellan', 'Bra'], de: ['Schlecht', 'Geht so', 'Gut'] });
 * faces.labels.sv[0]; // "Dåligt"
 * getScale('agree-5', { sv: ['för', 'få'] }).labels.sv[0]; // "Stämmer inte alls" (wrong count: ignored)
 */
export function getScale(id: ScaleId, labels?: Partial<Record<string, string[]>>): Scale {
  const base = (Object.hasOwn(SCALES, id) && SCALES[id]) || SCALES.none;
  const out: Record<string, string[]> = {};
  for (const lang in base.labels) out[lang] = [...base.labels[lang]!];
  for (const lang of Object.keys(labels ?? {})) {
    const list = labels![lang];
    if (
      lang !== '__proto__' &&
      Array.isArray(list) &&
      list.length === base.steps &&
      list.every((l) => typeof l === 'string' && l !== '')
    ) {
      out[lang] = [...list];
    }
  }
  return { id: base.id, steps: base.steps, labels: out };
}

/** Picks `sv-SE` → `sv` and falls back to the first language of the record. */
function pick<T>(record: Record<string, T>, locale: string): T | undefined {
  // Own keys only: a locale such as "constructor" must not reach Object.prototype.
  const own = (key: string) => (Object.hasOwn(record, key) ? record[key] : undefined);
  return own(locale) ?? own(String(locale).split('-')[0]!) ?? own('sv') ?? Object.values(record)[0];
}

/**
 * The words for an answer in a language: a value's label, or "Vet inte", "Vill inte svara",
 * "Inte besvarat". The four states stay distinct. A value with no label (out of range, or a
 * language without labels) falls back to the number itself, so nothing is ever blank.
 *
 * @example
 * answerLabel(SCALES['agree-5'], { kind: 'value', value: 4 }, 'sv'); // "Stämmer bra"
 * answerLabel(SCALES['agree-5'], { kind: 'dont-know' }, 'en'); // "Don't know"
 * answerLabel(SCALES['agree-5'], undefined, 'sv'); // "Inte besvarat"
 */
export function answerLabel(scale: Scale, answer: Answer | undefined, locale: string): string {
  // A language added as data (`@barnets-basta/core/language`) may word the scale in its UI
  // catalogue: registering one installs `label` in the page's language registry, so this entry
  // neither imports nor pays for languages as data.
  const registered = (globalThis as Record<symbol, { label?: typeof answerLabel } | undefined>)[
    Symbol.for('barnets-basta.languages')
  ]?.label?.(scale, answer, locale);
  if (registered) return registered;
  if (answer?.kind === 'value')
    return pick(scale.labels, locale)?.[answer.value - 1] ?? String(answer.value);
  const words = pick(WORDS, locale) ?? WORDS.sv;
  return words[answer?.kind === 'dont-know' || answer?.kind === 'declined' ? answer.kind : 'none'];
}

/**
 * The `value` of the native radio input for an answer, which is also what a plain form submits:
 * `"1"`…`"10"`, `"dont-know"`, `"declined"`, or `""` for unanswered.
 *
 * @example
 * encodeAnswer({ kind: 'value', value: 3 }); // "3"
 * encodeAnswer({ kind: 'declined' }); // "declined"
 * encodeAnswer(undefined); // ""
 */
export function encodeAnswer(answer: Answer | undefined): string {
  return answer ? (answer.kind === 'value' ? String(answer.value) : answer.kind) : '';
}

/**
 * Reads a submitted form value back into an answer on a scale. Never throws: anything that is not
 * exactly what {@link encodeAnswer} writes for this scale (garbage, `null` from `FormData.get`, a
 * value out of range, `"05"`) gives `undefined` (unanswered).
 *
 * @example
 * decodeAnswer('4', SCALES['agree-5']); // { kind: 'value', value: 4 }
 * decodeAnswer('dont-know', SCALES['agree-5']); // { kind: 'dont-know' }
 * decodeAnswer('7', SCALES['agree-5']); // undefined
 */
export function decodeAnswer(value: unknown, scale: Scale): Answer | undefined {
  if (value === 'dont-know' || value === 'declined') return { kind: value };
  if (typeof value !== 'string') return undefined;
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= scale.steps && String(n) === value
    ? { kind: 'value', value: n }
    : undefined;
}

/**
 * Whether an area has an answer of any kind. "Vet inte" and "Vill inte svara" count as answers:
 * they are choices the person made.
 *
 * @example
 * isAnswered({ answer: { kind: 'dont-know' } }); // true
 * isAnswered({ note: 'Vi pratade om skolan' }); // false
 * isAnswered(undefined); // false
 */
export function isAnswered(area?: { answer?: Answer }): boolean {
  return area?.answer !== undefined && area.answer !== null;
}
