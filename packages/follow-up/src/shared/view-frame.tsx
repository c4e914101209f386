import { formatMessage } from '@barnets-basta/core';
import { useId, useRef, useState, type ReactNode } from 'react';
import type { FollowUpMessages } from '../i18n/messages.ts';
import { toCsv, type CsvFlavour } from './csv.ts';
import { DataTable } from './data-table.tsx';
import { viewLanguage } from './messages.ts';
import { fileName, offerDownload } from './download.ts';
import { printElement } from './print.ts';
import type { TableModel } from './table-model.ts';

/**
 * Heading level of a view's title, so a host can fit the view into its page outline.
 *
 * @example
 * const level: HeadingLevel = 3;
 */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/**
 * What every view shares: title, intro, table toggle, CSV, print.
 *
 * @example
 * const common: ViewCommonProps = { locale: 'en', headingLevel: 3, tableMode: 'toggle' };
 */
export interface ViewCommonProps {
  /** `sv` (default) or `en`. */
  locale?: string;
  /** Part of the catalogue to reword. */
  messages?: Partial<FollowUpMessages>;
  /** The view's title instead of the shipped one. */
  title?: string;
  /** Heading level of the title. Default 2. */
  headingLevel?: HeadingLevel;
  /**
   * `toggle` (default): a "Visa som tabell" button shows the table (it is always there for screen
   * readers and print); `beside`: the table is always shown under the chart; `only`: no chart.
   */
  tableMode?: 'toggle' | 'beside' | 'only';
  /** The CSV format selected first. Default `standard`. */
  csvFlavour?: CsvFlavour;
  /** Replaces the browser download (a host that stores files itself, or a test). */
  onDownload?: (file: { blob: Blob; filename: string; text: string }) => void;
  /** Replaces `window.print()` for this view. */
  onPrint?: (element: HTMLElement) => void;
  className?: string;
  id?: string;
}

interface ViewFrameProps extends Omit<ViewCommonProps, 'messages' | 'title'> {
  kind: string;
  title: string;
  intro: string;
  messages: FollowUpMessages;
  table: TableModel;
  /** The picture (hidden from assistive technology: the table is its text). */
  chart: ReactNode;
  /** The view has nothing to draw: the chart and the actions give way to a note that says so. */
  empty?: boolean;
}

/**
 * The frame of every view: a titled section with the picture, its table, CSV download and print.
 * The picture is `aria-hidden`; the table holds the same figures and is always in the document
 * (visually hidden until shown), so a screen reader never misses what the picture says.
 */
export function ViewFrame(props: ViewFrameProps) {
  const {
    kind,
    title,
    intro,
    messages,
    table,
    chart,
    empty = false,
    headingLevel = 2,
    tableMode = 'toggle',
    csvFlavour = 'standard',
    onDownload,
    onPrint,
    className,
    id,
  } = props;
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const headingId = `${uid}-title`;
  const tableId = `${uid}-table`;
  const [tableShown, setTableShown] = useState(tableMode !== 'toggle');
  const [flavour, setFlavour] = useState<CsvFlavour>(csvFlavour);
  const [announcement, setAnnouncement] = useState('');
  const rootRef = useRef<HTMLElement>(null);
  const Heading = `h${headingLevel}` as const;

  const download = () => {
    const text = toCsv(table, flavour);
    const filename = fileName(title, 'csv');
    const blob = new Blob([text], { type: 'text/csv;charset=utf-8' });
    if (onDownload) onDownload({ blob, filename, text });
    else offerDownload(blob, filename);
    setAnnouncement(formatMessage(messages.downloaded, { file: filename }));
  };
  const print = () => {
    if (!rootRef.current) return;
    if (onPrint) onPrint(rootRef.current);
    else printElement(rootRef.current);
  };

  return (
    <section
      ref={rootRef}
      id={id}
      className={['bb-fu-view', `bb-fu-view--${kind}`, className].filter(Boolean).join(' ')}
      aria-labelledby={headingId}
      data-table={tableShown ? 'shown' : 'hidden'}
      {...viewLanguage(props.locale)}
    >
      <Heading id={headingId} className="bb-fu-view__title">
        {title}
      </Heading>
      <p className="bb-fu-view__intro">{intro}</p>
      {empty ? (
        <p className="bb-fu-view__empty">
          {messages.noData} {messages.noDataHint}
        </p>
      ) : null}
      {!empty && tableMode !== 'only' ? (
        <div className="bb-fu-view__chart" aria-hidden="true">
          {chart}
        </div>
      ) : null}
      {!empty ? (
        <>
          <div className="bb-fu-view__actions">
            {tableMode === 'toggle' ? (
              <button
                type="button"
                className="bb-fu-button"
                aria-expanded={tableShown}
                aria-controls={tableId}
                onClick={() => setTableShown((s) => !s)}
              >
                {tableShown ? messages.hideTable : messages.showTable}
              </button>
            ) : null}
            <span className="bb-fu-view__csv">
              <label className="bb-fu-view__csv-label" htmlFor={`${uid}-csv`}>
                {messages.csvFormat}
              </label>
              <select
                id={`${uid}-csv`}
                className="bb-fu-select"
                value={flavour}
                onChange={(e) =>
                  setFlavour(e.target.value === 'swedish-excel' ? 'swedish-excel' : 'standard')
                }
              >
                <option value="standard">{messages.csvStandard}</option>
                <option value="swedish-excel">{messages.csvSwedishExcel}</option>
              </select>
              <button type="button" className="bb-fu-button" onClick={download}>
                {messages.downloadCsv}
              </button>
            </span>
            <button type="button" className="bb-fu-button" onClick={print}>
              {messages.print}
            </button>
          </div>
          <div
            id={tableId}
            className="bb-fu-view__table"
            data-visually-hidden={tableShown ? undefined : ''}
          >
            <DataTable table={table} id={`${uid}-t`} />
          </div>
        </>
      ) : null}
      <p className="bb-fu-visually-hidden" role="status">
        {announcement}
      </p>
    </section>
  );
}
