import {
  answerLabel,
  areaTexts,
  getScale,
  formatMessage,
  type Answer,
  type Assessment,
  type ContentPack,
  type Scale,
  type UiLocale,
} from '@barnets-basta/core';
import type { ViewsMessages } from '../../i18n/views-messages.ts';

/**
 * The scale an assessment was made on; a host's relabelled scale wins when its id matches.
 *
 * @example
 * scaleOf(child).steps; // 5 for an agree-5 assessment
 */
export function scaleOf(assessment: Assessment, override?: Scale): Scale {
  if (override && override.id === assessment.scale) return override;
  return getScale(assessment.scale);
}

const isAnswer = (x: unknown): x is Answer =>
  typeof x === 'object' &&
  x !== null &&
  ((x as Answer).kind === 'dont-know' ||
    (x as Answer).kind === 'declined' ||
    ((x as Answer).kind === 'value' && typeof (x as { value?: unknown }).value === 'number'));

/**
 * The words {@link answerText} needs, named as in the wheel's catalogue (`WheelMessages` is one).
 * The views' catalogue (`ViewsMessages`, keys `answer…`) is accepted as it is.
 *
 * @example
 * const words: AnswerWords = { notAnswered: 'Inte besvarat', dontKnow: 'Vet inte',
 *   declined: 'Vill inte svara', valueWithLabel: '{value} – {label}', valueOfMax: '{value} av {max}' };
 */
export interface AnswerWords {
  notAnswered: string;
  dontKnow: string;
  declined: string;
  /** "{value} – {label}" */
  valueWithLabel: string;
  /** "{value} av {max}", for a step without words. */
  valueOfMax: string;
}

const wordsOf = (m: AnswerWords | ViewsMessages): AnswerWords =>
  'answerUnanswered' in m
    ? {
        notAnswered: m.answerUnanswered,
        dontKnow: m.answerDontKnow,
        declined: m.answerDeclined,
        valueWithLabel: m.answerValueWithLabel,
        valueOfMax: m.answerValueOnly,
      }
    : m;

// One formatter per locale: building an Intl.NumberFormat costs far more than using one, and the
// wheel formats an answer per area on every render.
const numberFormats = new Map<string, Intl.NumberFormat>();
function formatNumber(value: number, locale: string): string {
  let format = numberFormats.get(locale);
  if (!format) {
    try {
      format = new Intl.NumberFormat(locale);
    } catch {
      format = new Intl.NumberFormat('sv');
    }
    numberFormats.set(locale, format);
  }
  return format.format(value);
}

/**
 * An answer in words, the one wording for the wheel (its rows, the range's `aria-valuetext`, the
 * drawing's name band) and the views (summary table, differences): "4 – Stämmer bra", "6 av 10"
 * on a scale whose middle steps have no words, "Vet inte", "Vill inte svara", "Inte besvarat".
 * The four states stay distinct. Scale words come from core's scale labels, the state words from
 * the caller's catalogue (so a host's rewording holds everywhere).
 *
 * Wording decision (the wheel and the views had one each): the views' version is kept, because
 * it is the stricter one. It takes `unknown` (a series from a file may hold damaged answers,
 * shown as "Inte besvarat" rather than crashing), formats the number with `Intl` in the UI
 * locale (so a locale with other digits reads its own), and falls back to the bare number for
 * a value outside the scale. Labels that carry their number ("1 – Långt ifrån") are used as
 * they are.
 *
 * @example
 * answerText({ kind: 'value', value: 4 }, getScale('agree-5'), 'sv', wheelMessages.sv); // "4 – Stämmer bra"
 * answerText({ kind: 'value', value: 6 }, getScale('steps-10'), 'sv', viewsMessages.sv); // "6 av 10"
 */
export function answerText(
  answer: unknown,
  scale: Scale,
  locale: UiLocale,
  messages: AnswerWords | ViewsMessages,
): string {
  const words = wordsOf(messages);
  if (!isAnswer(answer)) return words.notAnswered;
  if (answer.kind === 'dont-know') return words.dontKnow;
  if (answer.kind === 'declined') return words.declined;
  const number = formatNumber(answer.value, locale);
  const label = answerLabel(scale, answer, locale);
  const raw = String(answer.value);
  // Core falls back to the bare number when a step has no words ("6" on 1–10, damaged data).
  if (!label || label === raw) {
    return scale.steps > 0 && answer.value >= 1 && answer.value <= scale.steps
      ? formatMessage(words.valueOfMax, { value: number, max: scale.steps })
      : number;
  }
  // Labels such as "1 – Långt ifrån" already carry their number.
  if (label.startsWith(`${raw} `)) return label;
  return formatMessage(words.valueWithLabel, { value: number, label });
}

/**
 * The area's name in the pack's best language for the locale, or its id if the pack has none.
 *
 * @example
 * areaName(defaultPack, 'ma-bra', 'en'); // "Healthy"
 */
export function areaName(pack: ContentPack, areaId: string, locale: UiLocale): string {
  try {
    return areaTexts(pack, areaId, locale)?.name || areaId;
  } catch {
    return areaId;
  }
}
