/**
 * @barnets-basta/core/follow-up: privacy-safe statistics from many wheels. Turn a wheel into a
 * statistics record that carries nothing personal, count records into partials that merge
 * anywhere (a school, a municipality, a county, a database), and publish tables with disclosure
 * control: no published figure, and no difference of published figures, reveals a group under
 * the threshold. See docs/follow-up.md.
 *
 * @example
 * ```ts
 * import { FOLLOW_UP_VERSION, type FollowUpTables } from '@barnets-basta/core/follow-up';
 * ```
 */

export type * from './types.ts';
export {
  FOLLOW_UP_VERSION,
  STATISTICS_RECORD_TYPE,
  FIDELITY_RECORD_TYPE,
  FOLLOW_UP_PARTIAL_TYPE,
  FOLLOW_UP_TABLES_TYPE,
} from './types.ts';
export { toStatisticsRecord, toStatisticsRecords, toFidelityRecord } from './records.ts';
export type { PackAreas } from './records.ts';
export { sipFidelityFacts } from './sip-facts.ts';
export { parseStatisticsRecord, parseFidelityRecord, parsePartial } from './schema.ts';
export { toPartial, mergePartials, closeCases, emptyPartial } from './partial.ts';
export { partialBuilder, partialFromAssessments } from './builder.ts';
export type { PartialBuilder } from './builder.ts';
export { publish, SUPPRESSION_MESSAGES } from './publish.ts';
export { FOLLOW_UP_SQL, FOLLOW_UP_TABLE_SQL } from './sql.ts';
