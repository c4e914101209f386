import {
  areaTexts,
  defaultPack,
  type ContentPack,
  type PerspectiveKind,
} from '@barnets-basta/core';
import type {
  FidelityIndicator,
  FollowUpTables,
  Period,
  PublishedCount,
  UnitPath,
} from '@barnets-basta/core/follow-up';
import type { FollowUpMessages } from '../i18n/messages.ts';
import type {
  ChangeRow,
  CompareGroup,
  DistributionRow,
  FidelityRow,
  Figure,
  SegmentKey,
} from './types.ts';

/**
 * A published count (core) as a figure the views draw.
 *
 * @example
 * figure({ suppressed: false, value: 12 }); // { kind: 'count', count: 12 }
 */
export function figure(published: PublishedCount | undefined): Figure {
  if (!published) return { kind: 'count', count: 0 };
  return published.suppressed
    ? { kind: 'suppressed', reason: published.reason }
    : { kind: 'count', count: published.value };
}

/** A unit path as one string key (`kronoberg/vaxjo`). */
export const unitKey = (unit: readonly string[]): string => unit.join('/');

const samePath = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * How a unit is named on screen: the host's names by path key (`kronoberg/vaxjo`), else the id.
 *
 * @example
 * unitName(['kronoberg', 'vaxjo'], { 'kronoberg/vaxjo': 'Växjö' }); // "Växjö"
 */
export function unitName(unit: UnitPath, names: Readonly<Record<string, string>> = {}): string {
  return names[unitKey(unit)] ?? unit[unit.length - 1] ?? '';
}

function areaLabel(pack: ContentPack, id: string, lang: string) {
  return areaTexts(pack, id, lang).name;
}

/** One view row per area of the pack that has a published row, in the pack's order. */
function inPackOrder<R extends { area: string }, T>(
  rows: readonly R[],
  pack: ContentPack,
  lang: string,
  figures: (row: R) => T,
) {
  return pack.areas.flatMap((area) => {
    const row = rows.find((r) => r.area === area.id);
    if (!row) return [];
    return [
      { id: area.id, label: areaLabel(pack, area.id, lang), color: area.color, ...figures(row) },
    ];
  });
}

/**
 * The distribution per area for one unit, period and perspective, in the pack's area order.
 *
 * @example
 * distributionForUnit(tables, { unit: ['kronoberg'], period: '2026-H1', perspective: 'child' });
 */
export function distributionForUnit(
  tables: FollowUpTables,
  select: { unit: UnitPath; period: Period; perspective: PerspectiveKind; direct?: boolean },
  pack: ContentPack = defaultPack,
  lang = 'sv',
): DistributionRow[] {
  const rows = tables.distribution.filter(
    (r) =>
      samePath(r.unit, select.unit) &&
      r.period === select.period &&
      r.perspective === select.perspective &&
      r.direct === (select.direct ?? false),
  );
  return inPackOrder(rows, pack, lang, (row) => ({
    n: figure(row.n),
    counts: countsOf(row.levels, row.cells),
  }));
}

function countsOf(
  levels: readonly (number | string)[],
  cells: readonly PublishedCount[],
): DistributionRow['counts'] {
  const counts: Partial<Record<SegmentKey, Figure>> = {};
  levels.forEach((level, i) => {
    counts[String(level) as SegmentKey] = figure(cells[i]);
  });
  return counts;
}

/**
 * One area for every unit under a parent (or every unit at a depth): rows for units side by side.
 *
 * @example
 * distributionForUnits(tables, { area: 'trygg', period: '2026-H1', perspective: 'child', depth: 2 }, names);
 */
export function distributionForUnits(
  tables: FollowUpTables,
  select: {
    area: string;
    period: Period;
    perspective: PerspectiveKind;
    depth: number;
    parent?: UnitPath;
  },
  names: Readonly<Record<string, string>> = {},
): DistributionRow[] {
  return tables.distribution
    .filter(
      (r) =>
        r.area === select.area &&
        r.period === select.period &&
        r.perspective === select.perspective &&
        r.unit.length === select.depth &&
        !r.direct &&
        (!select.parent || samePath(r.unit.slice(0, select.parent.length), select.parent)),
    )
    .map((r) => ({
      id: unitKey(r.unit),
      label: unitName(r.unit, names),
      n: figure(r.n),
      counts: countsOf(r.levels, r.cells),
    }));
}

/**
 * Units or periods side by side for one area: one group per period (rows: units) or one group per
 * unit (rows: periods).
 *
 * @example
 * compareGroups(tables, { area: 'trygg', perspective: 'child', depth: 3, by: 'period' }, names);
 */
export function compareGroups(
  tables: FollowUpTables,
  select: {
    area: string;
    perspective: PerspectiveKind;
    depth: number;
    parent?: UnitPath;
    by: 'period' | 'unit';
  },
  names: Readonly<Record<string, string>> = {},
  periodName: (p: Period) => string = (p) => p,
): CompareGroup[] {
  const periods = periodsOf(tables);
  const perPeriod = periods.map((period) => ({
    id: period,
    label: periodName(period),
    rows: distributionForUnits(tables, { ...select, period }, names),
  }));
  if (select.by === 'period') return perPeriod;
  const units = new Map<string, string>();
  for (const g of perPeriod) for (const r of g.rows) units.set(r.id, r.label);
  return [...units].map(([id, label]) => ({
    id,
    label,
    rows: perPeriod.flatMap((g) => {
      const row = g.rows.find((r) => r.id === id);
      return row ? [{ ...row, id: g.id, label: g.label }] : [];
    }),
  }));
}

/**
 * Change per area for one unit and perspective, in the pack's order.
 *
 * @example
 * changeForUnit(tables, { unit: ['kronoberg'], perspective: 'child' });
 */
export function changeForUnit(
  tables: FollowUpTables,
  select: { unit: UnitPath; perspective: PerspectiveKind; direct?: boolean },
  pack: ContentPack = defaultPack,
  lang = 'sv',
): ChangeRow[] {
  const rows = tables.change.filter(
    (r) =>
      samePath(r.unit, select.unit) &&
      r.perspective === select.perspective &&
      r.direct === (select.direct ?? false),
  );
  return inPackOrder(rows, pack, lang, (row) => ({
    n: figure(row.n),
    up: figure(row.up),
    same: figure(row.same),
    down: figure(row.down),
  }));
}

/** The indicators in the order the views list them. */
export const FIDELITY_ORDER: readonly FidelityIndicator[] = [
  'child-wheel-done',
  'started-from-wheel',
  'child-took-part',
  'follow-up-on-time',
  'actions-with-owner-and-date',
];

/**
 * The fidelity indicators for one unit and period, named from the catalogue.
 *
 * @example
 * fidelityForUnit(tables, { unit: ['kronoberg'], period: '2026-H1' }, followUpMessages.sv);
 */
export function fidelityForUnit(
  tables: FollowUpTables,
  select: { unit: UnitPath; period: Period; direct?: boolean },
  messages: FollowUpMessages,
): FidelityRow[] {
  const rows = tables.fidelity.filter(
    (r) =>
      samePath(r.unit, select.unit) &&
      r.period === select.period &&
      r.direct === (select.direct ?? false),
  );
  const label: Record<FidelityIndicator, string> = {
    'child-wheel-done': messages.fidelityChildWheel,
    'started-from-wheel': messages.fidelityStartedFromWheel,
    'child-took-part': messages.fidelityChildTookPart,
    'follow-up-on-time': messages.fidelityFollowUpOnTime,
    'actions-with-owner-and-date': messages.fidelityActions,
  };
  return FIDELITY_ORDER.flatMap((indicator) => {
    const row = rows.find((r) => r.indicator === indicator);
    if (!row) return [];
    return [
      {
        id: indicator,
        label: label[indicator],
        numerator: figure(row.numerator),
        denominator: figure(row.denominator),
      },
    ];
  });
}

/**
 * The periods in a table, in order.
 *
 * @example
 * periodsOf(tables); // ['2025-H2', '2026-H1']
 */
export function periodsOf(tables: FollowUpTables): Period[] {
  const set = new Set<Period>();
  for (const r of tables.distribution) set.add(r.period);
  for (const r of tables.fidelity) set.add(r.period);
  return [...set].sort();
}

/**
 * The perspectives that have a distribution in a table, in core's order.
 *
 * @example
 * perspectivesOf(tables); // ['child', 'guardian']
 */
export function perspectivesOf(tables: FollowUpTables): PerspectiveKind[] {
  const order: PerspectiveKind[] = [
    'child',
    'guardian',
    'school',
    'student-health',
    'social-services',
    'health-care',
    'other',
  ];
  const set = new Set(tables.distribution.map((r) => r.perspective));
  return order.filter((p) => set.has(p));
}
