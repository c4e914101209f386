import { formatMessage } from '@barnets-basta/core';
import type { DistributionRow } from '../model/types.ts';
import type { FormatContext } from '../shared/context.ts';
import { formatCount, formatShare, reasonText } from '../shared/figures.ts';
import { Track } from '../shared/track.tsx';
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
              <Track
                prefix={prefix}
                pieces={layout.pieces.map((p) => {
                  const look = looks.get(p.key)!;
                  return {
                    key: p.key,
                    start: p.start,
                    width: p.width,
                    ...look,
                    label:
                      p.width < 9
                        ? undefined
                        : p.key === SUPPRESSED_KEY
                          ? messages.suppressed
                          : formatShare(p.count, layout.n, locale),
                  };
                })}
              />
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
