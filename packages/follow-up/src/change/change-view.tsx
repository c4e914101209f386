import { formatMessage } from '@barnets-basta/core';
import { scaleLinear } from 'd3-scale';
import { useId } from 'react';
import type { ChangeRow } from '../model/types.ts';
import { countCell, shareCell, type FormatContext } from '../shared/context.ts';
import { formatCount, reasonText, valueOf } from '../shared/figures.ts';
import { catalogue, uiLocale } from '../shared/messages.ts';
import { PatternDefs, PatternFill } from '../shared/patterns.tsx';
import { Track } from '../shared/track.tsx';
import type { TableModel } from '../shared/table-model.ts';
import { ViewFrame, type ViewCommonProps } from '../shared/view-frame.tsx';

/**
 * Props of {@link ChangeView}.
 *
 * @example
 * const props: ChangeViewProps = { rows, threshold: 5 };
 */
export interface ChangeViewProps extends ViewCommonProps {
  /** One row per area (in the pack's order): up, same, down and the cases they rest on. */
  rows: readonly ChangeRow[];
  /** The threshold the figures were published with. Default 5. */
  threshold?: number;
  rowHeader?: string;
  caption?: string;
}

type Piece = { key: 'down' | 'same' | 'up'; start: number; width: number; count: number };

const LOOK = {
  down: { fill: '#f1e4c8', pattern: 'diagonal', ink: '#111111' },
  same: { fill: '#e6e6e6', pattern: 'none', ink: '#111111' },
  up: { fill: '#2c5d8f', pattern: 'none', ink: '#ffffff' },
} as const;

/**
 * Lays the diverging bars out: "lower" runs from the centre towards the start, "higher" towards
 * the end, "same" straddles the centre. Shares of each row's cases, on one linear scale for all
 * rows so bars compare.
 */
function layout(rows: readonly ChangeRow[]) {
  const shares = rows.map((r) => {
    const n = valueOf(r.n);
    const up = valueOf(r.up);
    const same = valueOf(r.same);
    const down = valueOf(r.down);
    if (!n || up === undefined || same === undefined || down === undefined) return undefined;
    return { n, up: up / n, same: same / n, down: down / n, counts: { up, same, down } };
  });
  const extent = Math.max(
    0.5,
    ...shares.map((s) => (s ? Math.max(s.down + s.same / 2, s.up + s.same / 2) : 0)),
  );
  const x = scaleLinear().domain([-extent, extent]).range([0, 100]);
  return shares.map((s): Piece[] | undefined => {
    if (!s) return undefined;
    const sameStart = -s.same / 2;
    return [
      {
        key: 'down',
        start: x(sameStart - s.down),
        width: x(sameStart) - x(sameStart - s.down),
        count: s.counts.down,
      },
      {
        key: 'same',
        start: x(sameStart),
        width: x(s.same / 2) - x(sameStart),
        count: s.counts.same,
      },
      {
        key: 'up',
        start: x(s.same / 2),
        width: x(s.same / 2 + s.up) - x(s.same / 2),
        count: s.counts.up,
      },
    ];
  });
}

/** The change as a table: cases, then higher, same and lower as "count (share)". */
export function changeTable(
  rows: readonly ChangeRow[],
  ctx: FormatContext,
  labels: { caption: string; rowHeader: string },
): TableModel {
  const { messages } = ctx;
  const col = (label: string) => ({ label, csv: [label, `${label} (${messages.tableShare} %)`] });
  return {
    caption: labels.caption,
    rowHeader: labels.rowHeader,
    columns: [
      { label: messages.tableN, csv: [messages.tableN] },
      col(messages.up),
      col(messages.same),
      col(messages.down),
    ],
    rows: rows.map((r) => {
      const n = valueOf(r.n);
      const cell = (f: ChangeRow['up']) =>
        r.n.kind === 'suppressed' ? shareCell(r.n, undefined, ctx) : shareCell(f, n, ctx);
      return {
        header: r.label,
        cells: [countCell(r.n, ctx), cell(r.up), cell(r.same), cell(r.down)],
      };
    }),
  };
}

/**
 * The change per area: how many children answered higher, the same or lower at the latest
 * reading than at the first (same perspective), as diverging bars with the number of cases each
 * rests on. Each part carries its sign (↑ = ↓) and count in text, never colour alone; the colours
 * are calm, not red and green, since a change is a conversation starter, not a verdict.
 *
 * @example
 * <ChangeView rows={[{ id: 'trygg', label: 'Trygg', n: count(30), up: count(12), same: count(14), down: count(4) }]} />
 */
export function ChangeView(props: ChangeViewProps) {
  const { rows, threshold = 5, rowHeader, caption, title } = props;
  const locale = uiLocale(props.locale);
  const messages = catalogue(locale, props.messages);
  const prefix = `bbfu${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const ctx = { messages, locale, threshold };
  const layouts = layout(rows);
  const table = changeTable(rows, ctx, {
    caption: caption ?? messages.changeCaption,
    rowHeader: rowHeader ?? messages.tableArea,
  });
  const empty = rows.length === 0 || rows.every((r) => valueOf(r.n) === 0);
  const short = { down: messages.downShort, same: messages.sameShort, up: messages.upShort };
  const words = { down: messages.down, same: messages.same, up: messages.up };

  const chart = (
    <>
      <PatternDefs prefix={prefix} />
      <div className="bb-fu-legend">
        <span className="bb-fu-legend__label">{messages.legendLabel}</span>
        <ul className="bb-fu-legend__list">
          {(['down', 'same', 'up'] as const).map((k) => (
            <li key={k} className="bb-fu-legend__item">
              <span className="bb-fu-legend__swatch">
                <PatternFill prefix={prefix} pattern={LOOK[k].pattern} fill={LOOK[k].fill} />
              </span>
              {short[k]} {words[k]}
            </li>
          ))}
        </ul>
      </div>
      <ol className="bb-fu-bars bb-fu-bars--diverging">
        {rows.map((row, i) => {
          const pieces = layouts[i];
          const n = row.n;
          const hidden = [row.n, row.up, row.same, row.down].find((f) => f.kind === 'suppressed');
          return (
            <li
              key={`${row.id}-${i}`}
              className="bb-fu-bars__row"
              data-kind={pieces ? 'bar' : 'suppressed'}
            >
              <span className="bb-fu-bars__label">{row.label}</span>
              <span className="bb-fu-bars__n">
                {n.kind === 'count'
                  ? formatMessage(messages.nCases, { n: formatCount(n.count, locale) })
                  : null}
              </span>
              {pieces ? (
                <Track
                  prefix={prefix}
                  axis
                  pieces={pieces
                    .filter((p) => p.count > 0)
                    .map((p) => ({
                      key: p.key,
                      start: p.start,
                      width: p.width,
                      ...LOOK[p.key],
                      label:
                        p.width >= 7
                          ? `${short[p.key]} ${formatCount(p.count, locale)}`
                          : undefined,
                    }))}
                />
              ) : (
                <span className="bb-fu-bars__note">
                  {hidden?.kind === 'suppressed'
                    ? formatMessage(messages.suppressedRow, {
                        reason: reasonText(hidden, messages, threshold),
                      })
                    : messages.noData}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </>
  );

  return (
    <ViewFrame
      {...props}
      kind="change"
      title={title ?? messages.changeTitle}
      intro={messages.changeIntro}
      messages={messages}
      table={table}
      chart={chart}
      empty={empty}
    />
  );
}
