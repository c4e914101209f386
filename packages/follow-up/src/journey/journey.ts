import {
  answerLabel,
  areaTexts,
  formatMessage,
  getScale,
  type Assessment,
  type ContentPack,
  type Visibility,
} from '@barnets-basta/core';
import type { FollowUpMessages } from '../i18n/messages.ts';

/** Visibility ranks: who may see an answer (the wheel's rule: meeting < contact person < respondent). */
const RANK: Record<Visibility, number> = { meeting: 0, 'contact-person': 1, respondent: 2 };

/** Whether a viewer may see an answer marked with a visibility; unknown marks count as strictest. */
function canSee(visibility: unknown, viewer: Visibility): boolean {
  const level =
    visibility === undefined
      ? 0
      : typeof visibility === 'string' && visibility in RANK
        ? RANK[visibility as Visibility]
        : 2;
  return level <= RANK[viewer];
}

/**
 * One area's journey: its first and latest answered reading (as the viewer may see them), and the
 * direction. `direction` compares values only; "Vet inte" or "Vill inte svara" has none.
 *
 * @example
 * const step: JourneyStep = { area: 'trygg', name: 'Trygg', first: '2 – Stämmer lite', latest: '4 – Stämmer bra', direction: 'up', readings: 3 };
 */
export interface JourneyStep {
  area: string;
  name: string;
  first?: string;
  latest?: string;
  direction?: 'up' | 'same' | 'down';
  /** Readings with an answer the viewer may see. */
  readings: number;
}

/**
 * The journey per area in the pack's order, first → latest, leaving out answers the viewer may
 * not see (an answer shared with nobody stays hidden from everyone else, also here).
 *
 * @example
 * journeySteps([autumn, spring], defaultPack, 'sv', 'contact-person')[0];
 */
export function journeySteps(
  readings: readonly Assessment[],
  pack: ContentPack,
  lang: string,
  viewer: Visibility,
): JourneyStep[] {
  return pack.areas.map((area) => {
    const seen = readings.flatMap((a) => {
      const entry = a.areas[area.id];
      if (!entry?.answer || !canSee(entry.visibility, viewer)) return [];
      return [{ answer: entry.answer, scale: getScale(a.scale) }];
    });
    const name = areaTexts(pack, area.id, lang).name;
    const first = seen[0];
    const latest = seen.at(-1);
    const label = (x: typeof first) =>
      x
        ? x.answer.kind === 'value'
          ? `${x.answer.value} – ${answerLabel(x.scale, x.answer, lang)}`
          : answerLabel(x.scale, x.answer, lang)
        : undefined;
    const step: JourneyStep = { area: area.id, name, readings: seen.length };
    if (first) step.first = label(first);
    if (latest) step.latest = label(latest);
    if (seen.length >= 2 && first?.answer.kind === 'value' && latest?.answer.kind === 'value') {
      const d = latest.answer.value - first.answer.value;
      step.direction = d > 0 ? 'up' : d < 0 ? 'down' : 'same';
    }
    return step;
  });
}

/**
 * The contact person's line: "2 – Stämmer lite → 4 – Stämmer bra".
 *
 * @example
 * professionalLine(step, followUpMessages.sv);
 */
export function professionalLine(step: JourneyStep, m: FollowUpMessages): string {
  if (!step.first) return m.journeyNoAnswer;
  if (step.readings < 2) return formatMessage(m.journeyOnlyOne, { first: step.first });
  return formatMessage(m.journeyFirstLatest, { first: step.first, latest: step.latest ?? '' });
}

/**
 * The family's sentence in plain words, without a verdict: "Trygg: Du svarade högre senast …".
 *
 * @example
 * familyLine(step, followUpMessages.sv);
 */
export function familyLine(step: JourneyStep, m: FollowUpMessages): string {
  const values = { area: step.name, first: step.first ?? '', latest: step.latest ?? '' };
  if (!step.first) return formatMessage(m.familyNoAnswer, values);
  if (step.readings < 2) return formatMessage(m.familyOnlyOne, values);
  if (step.direction === 'up') return formatMessage(m.familyUp, values);
  if (step.direction === 'down') return formatMessage(m.familyDown, values);
  if (step.direction === 'same') return formatMessage(m.familySame, values);
  // "Vet inte" at one end: say both answers without a direction.
  return `${step.name}: ${formatMessage(m.journeyFirstLatest, values)}`;
}
