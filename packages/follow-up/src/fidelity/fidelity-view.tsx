import { formatMessage } from '@barnets-basta/core';
import type { FidelityRow } from '../model/types.ts';
import { countCell, type FormatContext } from '../shared/context.ts';
import { formatCount, formatShare, suppressedText, valueOf } from '../shared/figures.ts';
import { catalogue, uiLocale } from '../shared/messages.ts';
import type { TableModel } from '../shared/table-model.ts';
import { ViewFrame, type ViewCommonProps } from '../shared/view-frame.tsx';

/**
 * Props of {@link FidelityView}.
 *
 * @example
 * const props: FidelityViewProps = { rows, threshold: 5 };
 */
export interface FidelityViewProps extends ViewCommonProps {
  /** One row per indicator: the share's counts. */
  rows: readonly FidelityRow[];
  threshold?: number;
  caption?: string;
}

/** "72 % (36 av 50)", or the suppression in words. */
export function fidelityText(row: FidelityRow, ctx: FormatContext): string {
  const part = valueOf(row.numerator);
  const whole = valueOf(row.denominator);
  const hidden = [row.denominator, row.numerator].find((f) => f.kind === 'suppressed');
  if (hidden?.kind === 'suppressed') return suppressedText(hidden, ctx.messages, ctx.threshold);
  if (!whole) return ctx.messages.noData;
  return formatMessage(ctx.messages.shareWithCounts, {
    share: formatShare(part ?? 0, whole, ctx.locale),
    count: formatCount(part ?? 0, ctx.locale),
    total: formatCount(whole, ctx.locale),
  });
}

/** The indicators as a table: share, count and the count it is of. */
export function fidelityTable(
  rows: readonly FidelityRow[],
  ctx: FormatContext,
  caption: string,
): TableModel {
  const { messages } = ctx;
  return {
    caption,
    rowHeader: messages.tableIndicator,
    columns: [
      { label: messages.tableShare, csv: [`${messages.tableShare} %`] },
      { label: messages.tableNumerator, csv: [messages.tableNumerator] },
      { label: messages.tableDenominator, csv: [messages.tableDenominator] },
    ],
    rows: rows.map((r) => {
      const part = valueOf(r.numerator);
      const whole = valueOf(r.denominator);
      const shown = part !== undefined && whole !== undefined && whole > 0;
      const hidden = [r.denominator, r.numerator].find((f) => f.kind === 'suppressed');
      const shareText = shown
        ? formatShare(part, whole, ctx.locale)
        : hidden?.kind === 'suppressed'
          ? suppressedText(hidden, messages, ctx.threshold)
          : messages.noData;
      return {
        header: r.label,
        cells: [
          {
            text: shareText,
            csv: [shown ? Math.round((part / whole) * 1000) / 10 : shareText],
            suppressed: !shown && hidden !== undefined,
          },
          // A shown denominator with a hidden numerator stays hidden too: the share would give it away.
          hidden ? countCell(hidden, ctx) : countCell(r.numerator, ctx),
          hidden ? countCell(hidden, ctx) : countCell(r.denominator, ctx),
        ],
      };
    }),
  };
}

/**
 * The fidelity indicators (interventionstrogenhet) as a short list of shares with their counts:
 * "Barnets eget hjul gjort: 72 % (36 av 50)". A hidden indicator says so and why.
 *
 * @example
 * <FidelityView rows={[{ id: 'child-wheel', label: 'Barnets eget hjul gjort', numerator: count(36), denominator: count(50) }]} />
 */
export function FidelityView(props: FidelityViewProps) {
  const { rows, threshold = 5, caption, title } = props;
  const locale = uiLocale(props.locale);
  const messages = catalogue(locale, props.messages);
  const ctx = { messages, locale, threshold };
  const table = fidelityTable(rows, ctx, caption ?? messages.fidelityCaption);
  const empty = rows.length === 0;
  const chart = (
    <ul className="bb-fu-fidelity">
      {rows.map((r) => {
        const part = valueOf(r.numerator);
        const whole = valueOf(r.denominator);
        const share = part !== undefined && whole ? (part / whole) * 100 : undefined;
        return (
          <li
            key={r.id}
            className="bb-fu-fidelity__item"
            data-kind={share === undefined ? 'suppressed' : 'share'}
          >
            <span className="bb-fu-fidelity__label">{r.label}</span>
            <span className="bb-fu-fidelity__value">{fidelityText(r, ctx)}</span>
            {share !== undefined ? (
              <span className="bb-fu-fidelity__track">
                <span className="bb-fu-fidelity__bar" style={{ width: `${share}%` }} />
              </span>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
  return (
    <ViewFrame
      {...props}
      kind="fidelity"
      title={title ?? messages.fidelityTitle}
      intro={messages.fidelityIntro}
      messages={messages}
      table={table}
      chart={chart}
      empty={empty}
    />
  );
}
