import {
  defaultPack,
  formatMessage,
  packTexts,
  type ContentPack,
  type Scale,
} from '@barnets-basta/core';
import { packForLocale } from '@barnets-basta/core/language';
import { useId, useState, type CSSProperties } from 'react';
import type { ViewsMessages } from '../../i18n/views-messages.ts';
import { answerText, areaName, scaleOf } from '../shared/answer-text.ts';
import { uiLocale, viewLanguage, viewsCatalogue } from '../shared/messages.ts';
import { SeriesProblems } from '../shared/series-problems.tsx';
import { checkSeries } from '../shared/validate.ts';
import {
  redact,
  resolveSeries,
  type SeriesKind,
  type ViewerProps,
  type WheelSeries,
} from '../shared/series.ts';

/**
 * How the table shows: on screen, or only to assistive technology (and in print).
 *
 * @example
 * <WheelSummaryTable series={series} mode="visually-hidden" />
 */
export type SummaryTableMode = 'visible' | 'visually-hidden';

/**
 * Props of {@link WheelSummaryTable}.
 *
 * @example
 * const props: WheelSummaryTableProps = { series, viewer: 'meeting', showNotes: true, locale: 'sv' };
 */
export interface WheelSummaryTableProps extends ViewerProps {
  /** One column per series: perspectives side by side, or readings over time. */
  series: readonly WheelSeries[];
  /** The content pack the wheel uses (rows and area names). Default: core's `defaultPack`. */
  pack?: ContentPack;
  /** Perspectives (default) or readings over time: decides default column names. */
  seriesKind?: SeriesKind;
  /** `sv` (default) or `en`. */
  locale?: string;
  /** Partial override of the catalogue. */
  messages?: Partial<ViewsMessages>;
  /** A host's relabelled scale (from core's `getScale`), used for series on that scale. */
  scale?: Scale;
  /** Show each answer's note under it. Default false. */
  showNotes?: boolean;
  /** Add a row for the closing question ("Vad hoppas du på framåt?"). Default false. */
  showHopes?: boolean;
  /** Caption text. Default: the wheel's title and "svaren i tabellform". */
  caption?: string;
  /** `visible` (default) or `visually-hidden`: in the DOM for assistive technology only. */
  mode?: SummaryTableMode;
  /**
   * `always` (default): printed even when visually hidden on screen, since on paper (and in
   * greyscale) a table is the most legible form; `as-on-screen`: printed only when visible.
   */
  print?: 'always' | 'as-on-screen';
  /** Id of the outer element (a toggle button's `aria-controls` points here). */
  id?: string;
  className?: string;
}

type CellState = 'value' | 'dont-know' | 'declined' | 'unanswered' | 'hidden' | 'talked-about';

interface Cell {
  state: CellState;
  text: string;
  note?: string;
}

/**
 * The wheel's answers as a real table: one column per perspective (or reading), one row per
 * area, each cell the answer as number and words ("4 – Stämmer bra"), "Vet inte", "Vill inte
 * svara" or "Inte besvarat". Answers the viewer may not see (per-answer visibility) show as
 * "Dolt svar"; their value and note never reach the DOM.
 *
 * Use it as the text equivalent of the wheel picture: `mode="visually-hidden"` keeps it in the
 * DOM for assistive technology; {@link WheelTableToggle} adds a "Visa som tabell" button.
 *
 * @example
 * <WheelSummaryTable
 *   series={[{ assessment: child }, { assessment: mum, label: 'Mamma' }, { assessment: school }]}
 *   viewer="meeting"
 *   showNotes
 * />
 */
export function WheelSummaryTable({
  series,
  pack: packProp,
  seriesKind = 'perspectives',
  locale: localeProp,
  messages: override,
  scale,
  showNotes = false,
  showHopes = false,
  caption,
  mode = 'visible',
  print = 'always',
  viewer,
  ownSeries,
  id,
  className,
}: WheelSummaryTableProps) {
  const locale = uiLocale(localeProp);
  const messages = viewsCatalogue(localeProp, override);
  // A language added as data brings its pack texts (area names) through core's registry.
  const pack = packForLocale(
    packProp && Array.isArray(packProp.areas) ? packProp : defaultPack,
    localeProp,
  );
  const captionId = useId();
  const { valid, problems } = checkSeries(
    resolveSeries(series, messages, locale, seriesKind),
    pack,
    locale,
  );
  const columns = valid.map((s) => ({ ...s, ...redact(s, viewer, ownSeries) }));
  const problemList = <SeriesProblems problems={problems} messages={messages} />;
  const title = safePackTexts(pack, locale);
  const captionText =
    caption ?? formatMessage(messages.tableCaption, { title: title?.title ?? '' });
  const visible = mode !== 'visually-hidden';
  const classes = [
    'bb-summary-table',
    visible ? null : 'bb-summary-table--visually-hidden',
    className,
  ]
    .filter(Boolean)
    .join(' ');

  const rootProps = {
    id,
    className: classes,
    'data-mode': mode,
    'data-print': print,
    ...viewLanguage(localeProp),
  };

  if (columns.length === 0) {
    return (
      <div {...rootProps}>
        {problemList}
        <p className="bb-summary-table__empty">{messages.tableNoSeries}</p>
      </div>
    );
  }

  const cellFor = (column: (typeof columns)[number], areaId: string): Cell => {
    if (column.hidden.has(areaId)) return { state: 'hidden', text: messages.answerHidden };
    const area = column.assessment.areas[areaId];
    const note =
      showNotes && typeof area?.note === 'string' && area.note.trim() ? area.note : undefined;
    const answer = area?.answer;
    const s = scaleOf(column.assessment, scale);
    let state: CellState = 'unanswered';
    let text: string;
    if (answer?.kind === 'value' || answer?.kind === 'dont-know' || answer?.kind === 'declined') {
      state = answer.kind;
      text = answerText(answer, s, locale, messages);
    } else if (s.steps === 0) {
      state = area?.talkedAbout ? 'talked-about' : 'unanswered';
      text = area?.talkedAbout ? messages.talkedAbout : messages.notTalkedAbout;
    } else {
      text = messages.answerUnanswered;
    }
    return note ? { state, text, note } : { state, text };
  };

  const table = (
    <table className="bb-summary-table__table">
      <caption id={captionId} className="bb-summary-table__caption">
        {captionText}
      </caption>
      <thead>
        <tr>
          <th scope="col">{messages.tableAreaHeader}</th>
          {columns.map((c) => (
            <th scope="col" key={c.id} data-series={c.id}>
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {pack.areas.map((area) => (
          <tr key={area.id} data-area={area.id}>
            <th scope="row">
              <span
                className="bb-summary-table__area-swatch"
                aria-hidden="true"
                style={{ '--bb-area-color': area.color } as CSSProperties}
              />
              {areaName(pack, area.id, locale)}
            </th>
            {columns.map((c) => {
              const cell = cellFor(c, area.id);
              return (
                <td key={c.id} data-state={cell.state}>
                  <span className="bb-summary-table__answer">{cell.text}</span>
                  {cell.note ? (
                    <span className="bb-summary-table__note">
                      <span className="bb-summary-table__note-prefix">{messages.notePrefix}</span>{' '}
                      {cell.note}
                    </span>
                  ) : null}
                </td>
              );
            })}
          </tr>
        ))}
        {showHopes ? (
          <tr data-area="hopes">
            <th scope="row">{title?.closingQuestion ?? ''}</th>
            {columns.map((c) => {
              if (c.hopesHidden) {
                return (
                  <td key={c.id} data-state="hidden">
                    <span className="bb-summary-table__answer">{messages.answerHidden}</span>
                  </td>
                );
              }
              const text = c.assessment.hopes?.text;
              const has = typeof text === 'string' && text.trim() !== '';
              return (
                <td key={c.id} data-state={has ? 'text' : 'unanswered'}>
                  <span className="bb-summary-table__answer">
                    {has ? text : messages.answerUnanswered}
                  </span>
                </td>
              );
            })}
          </tr>
        ) : null}
      </tbody>
    </table>
  );

  return (
    <div {...rootProps}>
      {problemList}
      {visible ? (
        // A wide table scrolls on its own at 400 % zoom; keyboard users need to reach the scroller.
        <div
          className="bb-summary-table__scroller"
          role="region"
          aria-labelledby={captionId}
          // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must be focusable (WCAG 2.1.1)
          tabIndex={0}
        >
          {table}
        </div>
      ) : (
        table
      )}
    </div>
  );
}

function safePackTexts(pack: ContentPack, locale: string) {
  try {
    return packTexts(pack, locale);
  } catch {
    return undefined;
  }
}

/**
 * Props of {@link WheelTableToggle}: the table's props plus the disclosure state.
 *
 * @example
 * const props: WheelTableToggleProps = { series, defaultExpanded: true };
 */
export interface WheelTableToggleProps extends Omit<WheelSummaryTableProps, 'mode' | 'id'> {
  /** Controlled: whether the table is shown on screen. */
  expanded?: boolean;
  /** Uncontrolled start state. Default false. */
  defaultExpanded?: boolean;
  onExpandedChange?: (expanded: boolean) => void;
}

/**
 * A "Visa som tabell" button with the summary table. Collapsed, the table is still in the DOM for
 * assistive technology (visually hidden, and printed); expanded, it shows on screen. The button
 * says its state with `aria-expanded` and keeps its name, so voice control can always reach it.
 *
 * @example
 * <WheelTableToggle series={[{ assessment: child }, { assessment: school }]} locale="sv" />
 */
export function WheelTableToggle({
  expanded: expandedProp,
  defaultExpanded = false,
  onExpandedChange,
  className,
  ...tableProps
}: WheelTableToggleProps) {
  const [own, setOwn] = useState(defaultExpanded);
  const expanded = expandedProp ?? own;
  const tableId = useId();
  const messages = viewsCatalogue(tableProps.locale, tableProps.messages);
  return (
    <div
      className={['bb-table-toggle', className].filter(Boolean).join(' ')}
      data-expanded={expanded ? '' : undefined}
    >
      <button
        type="button"
        className="bb-views-button bb-table-toggle__button"
        aria-expanded={expanded}
        aria-controls={tableId}
        onClick={() => {
          const next = !expanded;
          if (expandedProp === undefined) setOwn(next);
          onExpandedChange?.(next);
        }}
      >
        <span className="bb-table-toggle__icon" aria-hidden="true" />
        {messages.showAsTable}
      </button>
      <WheelSummaryTable
        {...tableProps}
        id={tableId}
        mode={expanded ? 'visible' : 'visually-hidden'}
      />
    </div>
  );
}
