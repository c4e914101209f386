import {
  areaTexts,
  createAssessment,
  defaultPack,
  formatIssues,
  getScale,
  answerLabel,
  packTexts,
  parseAssessment,
  pickLanguage,
  statementFor,
  type Answer,
  type Assessment,
  type Audience,
  type ContentOverride,
  type ContentPack,
  type Perspective,
  type PerspectiveKind,
  type Scale,
  type UiLocale,
} from '@barnets-basta/core';
import { resolvePack } from '@barnets-basta/core/content';
import type { WheelMessages } from '../i18n/messages.ts';
import { answerText } from '../views/shared/answer-text.ts';

/** Everything the wheel shows about one area, in the current languages. */
export interface AreaView {
  id: string;
  index: number;
  color: string;
  name: string;
  statement: string;
  description: string;
  questions: string[];
}

/** The pack resolved for display: a usable pack always, plus the problems found (if any). */
export interface ResolvedContent {
  pack: ContentPack;
  problems: string[];
}

/**
 * Resolves the `content` prop: nothing → the default pack; a whole pack or a partial override →
 * validated by core. Anything invalid falls back to the default pack, with the issues in `locale`.
 */
export function resolveContent(
  content: ContentPack | ContentOverride | undefined,
  locale: UiLocale,
): ResolvedContent {
  if (content === undefined || content === null) return { pack: defaultPack, problems: [] };
  const result = resolvePack(defaultPack, content);
  if (result.ok) return { pack: result.value, problems: [] };
  return { pack: defaultPack, problems: formatIssues(result.issues, locale) };
}

/** The perspective a new assessment records when the host gives none. */
export function perspectiveFor(audience: Audience): Perspective {
  const kind: PerspectiveKind =
    audience === 'guardian' ? 'guardian' : audience === 'professional' ? 'other' : 'child';
  return { kind };
}

/** A value or default value checked by core: the assessment to use, and what was wrong. */
export interface CheckedValue {
  assessment: Assessment | undefined;
  problems: string[];
}

/** Validates a host's assessment against the pack. Never throws. */
export function checkValue(value: unknown, pack: ContentPack, locale: UiLocale): CheckedValue {
  if (value === undefined || value === null) return { assessment: undefined, problems: [] };
  const result = parseAssessment(value, { pack });
  return result.ok
    ? { assessment: result.value, problems: [] }
    : { assessment: undefined, problems: formatIssues(result.issues, locale) };
}

/** A fresh, empty assessment for this pack and scale. */
export function emptyAssessment(
  pack: ContentPack,
  scale: Scale['id'],
  perspective: Perspective,
): Assessment {
  return createAssessment({ pack, scale, perspective });
}

/** Area texts for display, in pack order. */
export function areaViews(pack: ContentPack, lang: string, audience: Audience): AreaView[] {
  return pack.areas.map((area, index) => {
    const texts = areaTexts(pack, area, lang);
    return {
      id: area.id,
      index,
      color: area.color,
      name: texts.name,
      statement: statementFor(texts, audience),
      description: texts.description,
      questions: texts.questions,
    };
  });
}

/** The language to show the pack's texts in. */
export function contentLanguage(pack: ContentPack, locale: UiLocale): string {
  return pickLanguage(pack, locale);
}

/** Pack-level texts (title, centre, closing question) in the content language. */
export { packTexts };

/** The scale with labels, or the shipped one. */
export function scaleFor(id: Scale['id']): Scale {
  return getScale(id);
}

/** An answer as words: one wording for the wheel and the views (see its comment). */
export { answerText };

/** One step of a scale as words: "4 – Stämmer bra", or "6 av 10" where the step has no words. */
export function stepText(
  value: number,
  scale: Scale,
  locale: UiLocale,
  messages: WheelMessages,
): string {
  return answerText({ kind: 'value', value }, scale, locale, messages);
}

/** The words of a step without its number ("Stämmer bra"), or '' when the step has none. */
export function stepWords(value: number, scale: Scale, locale: UiLocale): string {
  const label = answerLabel(scale, { kind: 'value', value }, locale);
  if (label === String(value)) return '';
  return label.replace(new RegExp(`^${value}\\s*[–-]\\s*`), '');
}

/** The kinds of state an area's drawing and row can be in. */
export type AnswerState = 'value' | 'dont-know' | 'declined' | 'unanswered';

export function answerState(answer: Answer | undefined): AnswerState {
  return answer ? answer.kind : 'unanswered';
}
