/**
 * @barnets-basta/core/compare: comparing perspectives and readings over time, and aggregated
 * follow-up across many assessments. Plain maths on assessments; no status colours, no targets.
 *
 * @example
 * ```ts
 * import { defaultPack } from '@barnets-basta/core';
 * import { compareAssessments, largestGaps } from '@barnets-basta/core/compare';
 * const rows = compareAssessments(childView, guardianView, defaultPack);
 * const gaps = largestGaps([childView, guardianView, schoolView], defaultPack);
 * ```
 */

export type * from './differences.ts';
export type * from './aggregate.ts';
export { compareAssessments, compareReadings, largestGaps } from './differences.ts';
export { aggregate } from './aggregate.ts';
