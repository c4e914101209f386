export { ErrorSummary, type ErrorSummaryProps, type ErrorSummaryItem } from './error-summary.tsx';
export { useErrorSummary, errorsFromIssues, type ErrorSummaryState } from './use-error-summary.ts';
export { focusErrorTarget } from './focus-target.ts';
