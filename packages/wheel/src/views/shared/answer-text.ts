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

/**
 * An answer in words, the one wording for the wheel (its rows, the range's `aria-valuetext`, the
 * drawing's name band) and the views (summary table, differences): "4 – Stämmer bra", "6 av 10"
 * on a scale whose middle steps have no words, "Vet inte", "Vill inte svara", "Inte besvarat".
 * The four states stay distinct. Scale words come from core's scale labels, the state words from
 * the caller's catalogue (so a host's rewording holds everywhere).
 *
 * Wording decision (the wheel and the views had one each): the views' strictness is kept. It
 * takes `unknown` (a series from a file may hold damaged answers, shown as "Inte besvarat" rather
 * than crashing) and falls back to the bare number for a value outside the scale. Numbers are
 * written as the scale labels write them (`4`, in every language: the labels of a language added
 * as data carry their own), not through `Intl`, so a label and its number never disagree; this
 * also keeps the wheel's entry within ADR 7's budget. Labels that carry their number
 * ("1 – Långt ifrån") are used as they are.
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
  // The views' catalogue names the same words `answer…`.
  const views = 'answerUnanswered' in messages;
  const m = messages as AnswerWords & ViewsMessages;
  const kind = (answer as Answer | null)?.kind;
  if (kind === 'dont-know') return views ? m.answerDontKnow : m.dontKnow;
  if (kind === 'declined') return views ? m.answerDeclined : m.declined;
  const value = kind === 'value' ? (answer as { value?: unknown }).value : undefined;
  if (typeof value !== 'number') return views ? m.answerUnanswered : m.notAnswered;
  const raw = String(value);
  const label = answerLabel(scale, { kind: 'value', value }, locale);
  // Core falls back to the bare number when a step has no words ("6" on 1–10, damaged data).
  if (!label || label === raw)
    return scale.steps > 0 && value >= 1 && value <= scale.steps
      ? formatMessage(views ? m.answerValueOnly : m.valueOfMax, { value, max: scale.steps })
      : raw;
  // Labels such as "1 – Långt ifrån" already carry their number.
  if (label.startsWith(`${raw} `)) return label;
  return formatMessage(views ? m.answerValueWithLabel : m.valueWithLabel, { value, label });
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
