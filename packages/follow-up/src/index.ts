/**
 * @barnets-basta/follow-up: views of published follow-up statistics for React. The state per
 * area (distribution), the change between first and latest reading, units and periods side by
 * side, the fidelity indicators; each with a real table, CSV download and print on A4. One child's
 * journey (which draws the wheel) is the separate entry `@barnets-basta/follow-up/journey`, so a
 * host that only shows statistics never loads the rating input.
 * Import the styles once: `import '@barnets-basta/follow-up/styles.css'`.
 *
 * @example
 * ```tsx
 * import { DistributionView } from '@barnets-basta/follow-up';
 * import '@barnets-basta/follow-up/styles.css';
 *
 * <DistributionView rows={rows} scale="agree-5" threshold={5} />;
 * ```
 */
export type * from './model/types.ts';
export { DistributionView, type DistributionViewProps } from './distribution/distribution-view.tsx';
export { ChangeView, type ChangeViewProps } from './change/change-view.tsx';
export { CompareView, type CompareViewProps } from './compare/compare-view.tsx';
export { FidelityView, type FidelityViewProps } from './fidelity/fidelity-view.tsx';
export type { ViewCommonProps, HeadingLevel } from './shared/view-frame.tsx';
export { toCsv, type CsvFlavour } from './shared/csv.ts';
export {
  tableToRows,
  type TableModel,
  type TableRow,
  type TableCell,
  type TableColumn,
} from './shared/table-model.ts';
export { count, suppressed } from './shared/figures.ts';
export { segmentsFor } from './shared/segments.ts';
export { printElement } from './shared/print.ts';
export { followUpMessages, type FollowUpMessages } from './i18n/messages.ts';
export {
  FollowUpReport,
  perspectiveLabel,
  periodLabel,
  type FollowUpReportProps,
} from './report/follow-up-report.tsx';
export { checkTables, type TableProblem } from './report/check-tables.ts';
export {
  figure,
  unitKey,
  unitName,
  distributionForUnit,
  distributionForUnits,
  compareGroups,
  changeForUnit,
  fidelityForUnit,
  periodsOf,
  perspectivesOf,
  FIDELITY_ORDER,
} from './model/from-published.ts';
