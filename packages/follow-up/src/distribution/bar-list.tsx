import { formatMessage } from '@barnets-basta/core';
import type { DistributionRow } from '../model/types.ts';
import type { FormatContext } from '../shared/context.ts';
import { formatCount, formatShare, reasonText } from '../shared/figures.ts';
import { PatternFill } from '../shared/patterns.tsx';
import type { SegmentLook } from '../shared/segments.ts';
import { SUPPRESSED_KEY, type BarLayout } from './layout.ts';

/**
 * The bars of a distribution: label, n and the stacked bar per row, or the reason a bar is hidden.
 */
export function BarList({
  rows,
  layouts,
  looks,
  prefix,
  ctx,
}: {
  rows: readonly DistributionRow[];
  layouts: readonly BarLayout[];
  looks: Map<string, SegmentLook>;
  prefix: string;
  ctx: FormatContext;
}) {
  const { messages, locale, threshold } = ctx;
  return (
    <ol className="bb-fu-bars">
      {rows.map((row, i) => {
        const layout = layouts[i]!;
        return (
          <li key={`${row.id}-${i}`} className="bb-fu-bars__row" data-kind={layout.kind}>
            <span className="bb-fu-bars__label">
              {row.color ? (
                <span className="bb-fu-bars__marker" style={{ background: row.color }} />
              ) : null}
              {row.label}
            </span>
            <span className="bb-fu-bars__n">
              {layout.kind === 'bar'
                ? formatMessage(messages.nAnswers, { n: formatCount(layout.n, locale) })
                : null}
            </span>
            {layout.kind === 'bar' ? (
              <span className="bb-fu-bars__track">
                {layout.pieces.map((p) => {
                  const look = looks.get(p.key)!;
                  return (
                    <span
                      key={p.key}
                      className="bb-fu-bars__piece"
                      data-segment={p.key}
                      style={{ insetInlineStart: `${p.start}%`, width: `${p.width}%` }}
                    >
                      <PatternFill prefix={prefix} pattern={look.pattern} fill={look.fill} />
                      {p.width >= 9 ? (
                        <span
                          className="bb-fu-bars__text"
                          style={{ color: look.ink, background: look.fill }}
                        >
                          {p.key === SUPPRESSED_KEY
                            ? messages.suppressed
                            : formatShare(p.count, layout.n, locale)}
                        </span>
                      ) : null}
                    </span>
                  );
                })}
              </span>
            ) : (
              <span className="bb-fu-bars__note">
                {layout.kind === 'suppressed'
                  ? formatMessage(messages.suppressedRow, {
                      reason: reasonText(layout.hidden, messages, threshold),
                    })
                  : messages.noData}
              </span>
            )}
          </li>
        );
      })}
    </ol>
  );
}
