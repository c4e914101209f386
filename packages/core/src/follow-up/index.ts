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
