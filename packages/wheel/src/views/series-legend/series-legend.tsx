import { formatMessage } from '@barnets-basta/core';
import { useId } from 'react';
import type { ViewsMessages } from '../../i18n/views-messages.ts';
import { uiLocale, viewsCatalogue } from '../shared/messages.ts';
import {
  nameSeries,
  type NamedSeries,
  type SeriesKind,
  type WheelSeries,
} from '../shared/series.ts';
import { seriesMarkerPath, type SeriesStyle } from './series-styles.ts';

/**
 * Props of {@link SeriesSwatch}.
 *
 * @example
 * const props: SeriesSwatchProps = { style: seriesStyleAt(2), width: 48 };
 */
export interface SeriesSwatchProps {
  style: SeriesStyle;
  /** Width in CSS px; the height is 2/5 of it. Default 40. */
  width?: number;
}

/**
 * A small drawing of a series' line style: its dash pattern with its marker in the middle, in its
 * colour. Decorative (`aria-hidden`): the series' name always stands beside it.
 *
 * @example
 * <SeriesSwatch style={SERIES_STYLES[1]!} />
 */
export function SeriesSwatch({ style, width = 40 }: SeriesSwatchProps) {
  const height = Math.round(width * 0.4);
  const mid = height / 2;
  return (
    <svg
      className="bb-series-swatch"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      aria-hidden="true"
      focusable="false"
      data-marker={style.marker}
    >
      <line
        className="bb-series-swatch__line"
        x1={2}
        y1={mid}
        x2={width - 2}
        y2={mid}
        stroke={style.cssColor}
        strokeWidth={style.strokeWidth}
        strokeDasharray={style.dashArray === 'none' ? undefined : style.dashArray}
      />
      <path
        className="bb-series-swatch__marker"
        d={seriesMarkerPath(style.marker, width / 2, mid, Math.max(3, height / 4))}
        fill={style.cssColor}
        stroke="var(--bb-series-marker-outline, #ffffff)"
        strokeWidth={1}
      />
    </svg>
  );
}

/**
 * A series as the legend needs it: an assessment (as in the other views) or just a key and a name.
 *
 * @example
 * const series: LegendSeries[] = [{ assessment: child }, { id: 'mentor', label: 'Mentor' }];
 */
export type LegendSeries = WheelSeries | NamedSeries;

/**
 * Props of {@link SeriesLegend}.
 *
 * @example
 * const props: SeriesLegendProps = { series, hidden: [], onHiddenChange: setHidden, locale: 'en' };
 */
export interface SeriesLegendProps {
  /** The overlaid series, in the order the wheel draws them (which sets their default styles). */
  series: readonly LegendSeries[];
  /** Keys of the series that are switched off. Controlled. */
  hidden: readonly string[];
  /** Called with the new list of hidden keys when a checkbox changes. */
  onHiddenChange: (hidden: string[]) => void;
  /** Perspectives (default) or readings over time: decides default names. */
  seriesKind?: SeriesKind;
  /** `sv` (default) or `en`. */
  locale?: string;
  /** Partial override of the catalogue (`legendTitle`, `showSeries`, ...). */
  messages?: Partial<ViewsMessages>;
  /** Text of the fieldset's legend. Default from the catalogue ("Visa svar från"). */
  title?: string;
  className?: string;
}

/**
 * Legend for overlaid series (perspectives or readings), with a native checkbox per series to
 * show or hide it. Each series is drawn with its dash pattern and marker shape, so colour is never
 * the only way to tell them apart. Controlled: pass `hidden` and `onHiddenChange`.
 *
 * @example
 * const [hidden, setHidden] = useState<string[]>([]);
 * <SeriesLegend series={[{ assessment: child }, { assessment: mum }]} hidden={hidden} onHiddenChange={setHidden} />
 */
export function SeriesLegend({
  series,
  hidden,
  onHiddenChange,
  seriesKind = 'perspectives',
  locale = 'sv',
  messages: override,
  title,
  className,
}: SeriesLegendProps) {
  const messages = viewsCatalogue(locale, override);
  const baseId = useId();
  const items = nameSeries(series, messages, uiLocale(locale), seriesKind);
  const hiddenList = Array.isArray(hidden) ? hidden : [];

  const toggle = (id: string, show: boolean) => {
    const next = show
      ? hiddenList.filter((h) => h !== id)
      : [...hiddenList.filter((h) => h !== id), id];
    onHiddenChange?.(next);
  };

  return (
    <fieldset className={['bb-series-legend', className].filter(Boolean).join(' ')}>
      <legend className="bb-series-legend__title">{title ?? messages.legendTitle}</legend>
      <ul className="bb-series-legend__list">
        {items.map((item, i) => {
          const id = `${baseId}-${i}`;
          const shown = !hiddenList.includes(item.id);
          return (
            <li
              key={item.id}
              className="bb-series-legend__item"
              data-hidden={shown ? undefined : ''}
            >
              <input
                id={id}
                className="bb-series-legend__checkbox"
                type="checkbox"
                checked={shown}
                onChange={(event) => toggle(item.id, event.currentTarget.checked)}
              />
              <label htmlFor={id} className="bb-series-legend__label">
                <SeriesSwatch style={item.style} />
                <span>{formatMessage(messages.showSeries, { series: item.label })}</span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
