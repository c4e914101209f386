/**
 * The shapes the views draw. They are the published tables of `@barnets-basta/core/follow-up`,
 * reduced to what a picture needs: a figure is either a count or a suppressed cell that says why.
 * `fromPublished()` builds them from core's published tables; a host with its own statistics can
 * build them directly.
 */

import type { SuppressionReason } from '@barnets-basta/core/follow-up';

export type { SuppressionReason };

/**
 * One published figure: a count, or suppressed with its reason. Never a zero in disguise.
 *
 * @example
 * const shown: Figure = { kind: 'count', count: 12 };
 * const hidden: Figure = { kind: 'suppressed', reason: 'small-group' };
 */
export type Figure =
  { kind: 'count'; count: number } | { kind: 'suppressed'; reason: SuppressionReason };

/**
 * A segment of a distribution bar: a level of the scale, "vet inte", "vill inte svara", or (only
 * when a table has any) "inte besvarat", so every bar adds up to its n.
 *
 * @example
 * const segments: SegmentKey[] = ['1', '2', '3', '4', '5', 'dont-know', 'declined'];
 */
export type SegmentKey = `${number}` | 'dont-know' | 'declined' | 'unanswered';

/**
 * A segment's description: its key and the words it carries (from the scale of the content pack).
 *
 * @example
 * const segment: SegmentInfo = { key: '4', label: 'Stämmer bra', short: '4' };
 */
export interface SegmentInfo {
  key: SegmentKey;
  /** Words: "Stämmer bra", "Vet inte". */
  label: string;
  /** What fits inside a segment: "4", "?" (vet inte), "–" (vill inte svara). */
  short: string;
}

/**
 * One bar of a distribution: an area of one unit (or a unit for one area), with the number of
 * answers it rests on and one figure per segment.
 *
 * @example
 * const row: DistributionRow = {
 *   id: 'trygg', label: 'Trygg', n: { kind: 'count', count: 20 },
 *   counts: { '1': { kind: 'count', count: 2 }, '5': { kind: 'count', count: 18 } },
 * };
 */
export interface DistributionRow {
  id: string;
  label: string;
  /** The number of answers the bar rests on. */
  n: Figure;
  /** Per segment key; a key missing from the record is a zero that was published as such. */
  counts: Partial<Record<SegmentKey, Figure>>;
  /** An area colour (content pack), for the row's marker only; bars never carry meaning by colour. */
  color?: string;
}

/**
 * Change between the first and the latest reading of the same perspective, per area.
 *
 * @example
 * const row: ChangeRow = {
 *   id: 'trygg', label: 'Trygg', n: { kind: 'count', count: 30 },
 *   up: { kind: 'count', count: 12 }, same: { kind: 'count', count: 14 }, down: { kind: 'count', count: 4 },
 * };
 */
export interface ChangeRow {
  id: string;
  label: string;
  /** The number of cases with at least two readings. */
  n: Figure;
  up: Figure;
  same: Figure;
  down: Figure;
  color?: string;
}

/**
 * A fidelity indicator (interventionstrogenhet): a share with its counts.
 *
 * @example
 * const row: FidelityRow = {
 *   id: 'child-wheel-done', label: 'Barnets eget hjul gjort i utredningen',
 *   numerator: { kind: 'count', count: 36 }, denominator: { kind: 'count', count: 50 },
 * };
 */
export interface FidelityRow {
  id: string;
  label: string;
  numerator: Figure;
  denominator: Figure;
}

/**
 * Units (or periods) side by side: one distribution per column for one area.
 *
 * @example
 * const group: CompareGroup = { id: 'ht-2025', label: 'HT 2025', rows: [] };
 */
export interface CompareGroup {
  id: string;
  label: string;
  rows: readonly DistributionRow[];
}
