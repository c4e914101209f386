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
 * An answer in words for the views: "4 – Stämmer bra", "6 av 10" on a scale whose middle steps
 * have no words, "Vet inte", "Vill inte svara", "Inte besvarat". The four states stay distinct.
 * Scale words come from core's scale labels; the state words from the views' catalogue.
 *
 * @example
 * answerText({ kind: 'value', value: 4 }, getScale('agree-5'), 'sv', viewsMessages.sv); // "4 – Stämmer bra"
 */
export function answerText(
  answer: unknown,
  scale: Scale,
  locale: UiLocale,
  messages: ViewsMessages,
): string {
  if (!isAnswer(answer)) return messages.answerUnanswered;
  if (answer.kind === 'dont-know') return messages.answerDontKnow;
  if (answer.kind === 'declined') return messages.answerDeclined;
  const number = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'sv-SE').format(answer.value);
  const label = answerLabel(scale, answer, locale);
  const raw = String(answer.value);
  // Core falls back to the bare number when a step has no words ("6" on 1–10, damaged data).
  if (!label || label === raw) {
    return scale.steps > 0 && answer.value >= 1 && answer.value <= scale.steps
      ? formatMessage(messages.answerValueOnly, { value: number, max: scale.steps })
      : number;
  }
  // Labels such as "1 – Långt ifrån" already carry their number.
  if (label.startsWith(`${raw} `)) return label;
  return formatMessage(messages.answerValueWithLabel, { value: number, label });
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
