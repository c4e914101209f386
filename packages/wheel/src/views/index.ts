/**
 * Views around the wheel: the summary table, the differences, the series legend and export.
 * The catalogue (`viewsMessages`) lives in `../i18n/views-messages.ts`.
 */
export {
  WheelSummaryTable,
  WheelTableToggle,
  type WheelSummaryTableProps,
  type WheelTableToggleProps,
  type SummaryTableMode,
} from './summary-table/summary-table.tsx';
export {
  WheelDifferences,
  type WheelDifferencesProps,
  type HeadingLevel,
} from './differences/differences.tsx';
export {
  SeriesLegend,
  SeriesSwatch,
  type SeriesLegendProps,
  type SeriesSwatchProps,
  type LegendSeries,
} from './series-legend/series-legend.tsx';
export {
  SERIES_STYLES,
  seriesStyleAt,
  seriesMarkerPath,
  type SeriesStyle,
  type SeriesMarker,
} from './series-legend/series-styles.ts';
export { wheelToSvgString, type WheelSvgOptions } from './export/export-svg.ts';
export {
  downloadWheelSvg,
  downloadWheelPng,
  wheelToSvgBlob,
  wheelToPngBlob,
  type WheelDownloadOptions,
} from './export/download.ts';
export {
  WheelExportButtons,
  type WheelExportButtonsProps,
  type SvgTarget,
} from './export/export-buttons.tsx';
export {
  nameSeries,
  resolveSeries,
  canSee,
  type WheelSeries,
  type NamedSeries,
  type SeriesKind,
  type ResolvedSeries,
  type SeriesName,
  type ViewerProps,
} from './shared/series.ts';
