import type { UiLocale } from '@barnets-basta/core';
import type { FollowUpMessages } from '../i18n/messages.ts';
import type { Figure } from '../model/types.ts';
import { figureText, suppressedText, valueOf } from './figures.ts';
import type { TableCell } from './table-model.ts';

/**
 * What formatting needs: the catalogue, the UI language and the threshold the tables were
 * published with (for the reason "färre än 5 svar").
 *
 * @example
 * const ctx: FormatContext = { messages: followUpMessages.sv, locale: 'sv', threshold: 5 };
 */
export interface FormatContext {
  messages: FollowUpMessages;
  locale: UiLocale;
  threshold: number;
}

/** A plain count cell (n): the number, or the suppression in words. */
export function countCell(figure: Figure, ctx: FormatContext): TableCell {
  if (figure.kind === 'suppressed') {
    const text = suppressedText(figure, ctx.messages, ctx.threshold);
    return { text, csv: [text], suppressed: true };
  }
  return { text: figureText(figure, undefined, ctx), csv: [figure.count] };
}

/** A count with its share of a whole: "12 (35 %)"; CSV gets the count and the share in percent. */
export function shareCell(
  figure: Figure | undefined,
  whole: number | undefined,
  ctx: FormatContext,
): TableCell {
  const f = figure ?? { kind: 'count', count: 0 };
  if (f.kind === 'suppressed') {
    const text = suppressedText(f, ctx.messages, ctx.threshold);
    return { text, csv: [text, text], suppressed: true };
  }
  const share = whole && whole > 0 ? Math.round((f.count / whole) * 1000) / 10 : '';
  return { text: figureText(f, whole, ctx), csv: [f.count, share] };
}

/** The whole a share is of, when it is shown. */
export const wholeOf = (figure: Figure) => valueOf(figure);
