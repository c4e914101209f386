import { formatMessage, type UiLocale } from '@barnets-basta/core';
import { intlLocale } from '@barnets-basta/core/language';
import type { FollowUpMessages } from '../i18n/messages.ts';
import type { Figure, SuppressionReason } from '../model/types.ts';

/**
 * Shortcut for a count figure.
 *
 * @example
 * count(12); // { kind: 'count', count: 12 }
 */
export const count = (n: number): Figure => ({ kind: 'count', count: n });

/**
 * Shortcut for a suppressed figure.
 *
 * @example
 * suppressed(); // { kind: 'suppressed', reason: 'small-group' }
 */
export const suppressed = (reason: SuppressionReason = 'small-group'): Figure => ({
  kind: 'suppressed',
  reason,
});

/** The hidden part of a figure, or undefined when it is shown. */
export type Hidden = Extract<Figure, { kind: 'suppressed' }>;

/** The count of a figure, or undefined when it is suppressed. A missing figure is a published zero. */
export function valueOf(figure: Figure | undefined): number | undefined {
  if (!figure) return 0;
  return figure.kind === 'count' ? figure.count : undefined;
}

/** Why a figure is hidden, in words: the catalogue's (a host can reword it), by reason. */
export function reasonText(hidden: Hidden, messages: FollowUpMessages, threshold: number): string {
  return hidden.reason === 'small-group'
    ? formatMessage(messages.reasonSmallGroup, { threshold })
    : hidden.reason === 'complementary-unit'
      ? messages.reasonComplementaryUnit
      : messages.reasonComplementary;
}

/** "Dolt (färre än 5 svar)": a suppressed cell as text, never a number. */
export function suppressedText(
  hidden: Hidden,
  messages: FollowUpMessages,
  threshold: number,
): string {
  return `${messages.suppressed} (${reasonText(hidden, messages, threshold)})`;
}

// One formatter per language and kind: building an Intl.NumberFormat costs far more than using
// one, and a report formats thousands of figures (it was the views' largest cost in a profile).
const formatters = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: UiLocale, kind: 'count' | 'share'): Intl.NumberFormat {
  const key = `${locale}:${kind}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(
      intlLocale(locale),
      kind === 'share' ? { style: 'percent', maximumFractionDigits: 0 } : undefined,
    );
    formatters.set(key, format);
  }
  return format;
}

/** Whole numbers through Intl, in the UI language. */
export function formatCount(value: number, locale: UiLocale): string {
  return numberFormat(locale, 'count').format(value);
}

/** A share as a whole percentage ("35 %"), through Intl. */
export function formatShare(part: number, whole: number, locale: UiLocale): string {
  const value = whole > 0 ? Math.round((part / whole) * 100) : 0;
  return numberFormat(locale, 'share').format(value / 100);
}

/** A figure as table text: "12 (35 %)", or "Dolt (färre än 5 svar)". */
export function figureText(
  figure: Figure | undefined,
  whole: number | undefined,
  ctx: { messages: FollowUpMessages; locale: UiLocale; threshold: number },
): string {
  const f = figure ?? count(0);
  if (f.kind === 'suppressed') return suppressedText(f, ctx.messages, ctx.threshold);
  if (whole === undefined || whole <= 0) return formatCount(f.count, ctx.locale);
  return formatMessage(ctx.messages.countWithShare, {
    count: formatCount(f.count, ctx.locale),
    share: formatShare(f.count, whole, ctx.locale),
  });
}
