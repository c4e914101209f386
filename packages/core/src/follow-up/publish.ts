import type { PerspectiveKind } from '../assessment/types.ts';
import { formatMessage } from '../i18n/messages.ts';
import type { ScaleId } from '../scales/types.ts';
import { isObj } from '../validation/guards.ts';
import type { ParseResult } from '../validation/types.ts';
import { closeCases, levelsOf } from './partial.ts';
import {
  check,
  INDICATORS,
  isInt,
  isPeriod,
  isUnit,
  OPTIONS,
  parsePartial,
  PERSPECTIVES,
  stepsOf,
} from './schema.ts';
import { BITS, Interner, keyInterners } from './keys.ts';
import { Grid } from './suppress.ts';
import {
  FOLLOW_UP_PARTIAL_TYPE,
  FOLLOW_UP_TABLES_TYPE,
  FOLLOW_UP_VERSION,
  type ChangeRow,
  type DistributionRow,
  type FidelityIndicator,
  type FidelityRow,
  type FollowUpPartial,
  type FollowUpTables,
  type PublishedCount,
  type PublishedUnit,
  type PublishOptions,
  type SuppressionMessages,
  type SuppressionReason,
  type UnitPath,
} from './types.ts';

/**
 * The default suppression texts, Swedish and English. `{threshold}` is replaced by the threshold.
 *
 * @example
 * ```ts
 * SUPPRESSION_MESSAGES['small-group'].sv; // 'Färre än {threshold}: visas inte för att skydda enskilda barn'
 * ```
 */
export const SUPPRESSION_MESSAGES: Readonly<SuppressionMessages> = Object.freeze({
  'small-group': {
    sv: 'Färre än {threshold}: visas inte för att skydda enskilda barn',
    en: 'Fewer than {threshold}: not shown, to protect individual children',
  },
  'complementary-row': {
    sv: 'Dold så att en annan dold siffra inte kan räknas ut ur radens summa',
    en: 'Hidden so that another hidden figure cannot be calculated from the row total',
  },
  'complementary-unit': {
    sv: 'Dold så att en annan dold siffra inte kan räknas ut ur en högre nivås siffra',
    en: "Hidden so that another hidden figure cannot be calculated from a higher level's figure",
  },
});

const SEP = '\u0000';
const PERSPECTIVE_SET = new Set<string>(PERSPECTIVES);
const INDICATOR_SET = new Set<string>(INDICATORS);
const ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const isId = (x: unknown) =>
  typeof x === 'string' && ID_RE.test(x) && x !== 'constructor' && x !== 'prototype';

interface Node {
  unit: UnitPath;
  depth: number;
  parent: Node | null;
  direct: boolean;
  children: Node[];
  /** Data attached to this node itself (records whose path ends here, or below the depth). */
  own: Map<string, number[]>;
  /** Own plus every descendant's. */
  sum: Map<string, number[]>;
}

const add = (into: Map<string, number[]>, key: string, vec: readonly number[]) => {
  const v = into.get(key);
  if (!v) into.set(key, [...vec]);
  else for (let i = 0; i < vec.length; i++) v[i]! += vec[i]!;
};

/** The unit tree down to `depth`, with every vector summed up it. */
function tree(leaves: { unit: UnitPath; key: string; vec: number[] }[], depth: number): Node[] {
  const nodes = new Map<string, Node>();
  const nodeOf = (path: UnitPath): Node => {
    const k = path.join('/');
    let n = nodes.get(k);
    if (n) return n;
    const parent = path.length > 1 ? nodeOf(path.slice(0, -1)) : null;
    n = {
      unit: path,
      depth: path.length,
      parent,
      direct: false,
      children: [],
      own: new Map(),
      sum: new Map(),
    };
    parent?.children.push(n);
    nodes.set(k, n);
    return n;
  };
  // Leaves share unit arrays (one per path in a merged partial): find each array's node once.
  const byArray = new Map<UnitPath, Node>();
  for (const leaf of leaves) {
    let n = byArray.get(leaf.unit);
    if (!n) byArray.set(leaf.unit, (n = nodeOf(leaf.unit.slice(0, depth))));
    add(n.own, leaf.key, leaf.vec);
  }
  const out: Node[] = [];
  const visit = (n: Node) => {
    n.children.sort((a, b) => (a.unit.join('/') < b.unit.join('/') ? -1 : 1));
    if (n.children.length && n.own.size) {
      // Readings attached to this unit itself, beside its sub-units: a sibling of its own.
      const d: Node = {
        unit: n.unit,
        depth: n.depth + 1,
        parent: n,
        direct: true,
        children: [],
        own: n.own,
        sum: new Map(),
      };
      n.children.unshift(d);
      n.own = new Map();
    }
    out.push(n);
    for (const c of n.children) visit(c);
    for (const [k, v] of n.own) add(n.sum, k, v);
    for (const c of n.children) for (const [k, v] of c.sum) add(n.sum, k, v);
  };
  const roots = [...nodes.values()].filter((n) => !n.parent);
  roots.sort((a, b) => (a.unit[0]! < b.unit[0]! ? -1 : 1));
  for (const r of roots) visit(r);
  return out;
}

/**
 * One table family on a grid: cells for every node's vectors, `row` equations from `rows`
 * (`[total index, part indexes]` within a vector) and `unit` equations from the tree.
 */
function lay(grid: Grid, nodes: Node[], rowsOf: (key: string) => [number, number[]][]) {
  // Every node of a key has the same rows: work them out once per key.
  const known = new Map<string, [number, number[]][]>();
  const rows = (key: string) => {
    let r = known.get(key);
    if (!r) known.set(key, (r = rowsOf(key)));
    return r;
  };
  const cells = new Map<Node, Map<string, number[]>>();
  for (const n of nodes) {
    const m = new Map<string, number[]>();
    for (const [k, v] of n.sum)
      m.set(
        k,
        v.map((x) => grid.cell(x)),
      );
    cells.set(n, m);
    for (const [k, ids] of m)
      for (const [t, ps] of rows(k))
        grid.equation(
          ids[t]!,
          ps.map((p) => ids[p]!),
          'row',
        );
  }
  for (const n of nodes) {
    if (!n.children.length) continue;
    for (const [k, ids] of cells.get(n)!) {
      const kids = n.children.map((c) => cells.get(c)!.get(k)).filter((x) => x !== undefined);
      for (let i = 0; i < ids.length; i++)
        grid.equation(
          ids[i]!,
          kids.map((c) => c[i]!),
          'unit',
        );
    }
  }
  return cells;
}

/**
 * Produces the tables a person sees from a partial, with disclosure control:
 *
 * - distribution per area and level, by unit (every level down to `depth`), period and
 *   perspective (perspectives are never added together), with the median value answer;
 * - change between first and latest reading per case (up / same / down per area);
 * - the fidelity indicators, as numerator of denominator.
 *
 * Every count from 1 to `threshold − 1` (default 5, never lower) is hidden, and so is every cell
 * of a group that small; then complementary cells are hidden, within rows and across the unit
 * hierarchy, until no hidden count under the threshold can be calculated from shown figures,
 * neither one equation at a time (`total − visible parts`) nor by solving them together. A hidden
 * cell says why, in Swedish and English; it is never a zero. Open cases are closed first.
 *
 * Validates the partial and the options; never throws.
 *
 * @example
 * ```ts
 * const result = publish(countyPartial, { threshold: 10, depth: 2 });
 * if (result.ok) render(result.value.distribution);
 * ```
 */
export function publish(
  partial: FollowUpPartial,
  options: PublishOptions = {},
): ParseResult<FollowUpTables> {
  const opts = check(options, OPTIONS);
  if (!opts.ok) return opts;
  if (!fastPartial(partial)) {
    const parsed = parsePartial(partial);
    if (!parsed.ok) return parsed;
    partial = parsed.value;
  }
  try {
    return { ok: true, value: tables(partial, opts.value as PublishOptions) };
  } catch {
    // Not reachable with a valid partial; the never-throw promise holds anyway.
    return {
      ok: false,
      issues: [
        {
          path: [],
          code: 'unreadable',
          message: { sv: '(dokumentet): kunde inte läsas', en: '(document): could not be read' },
        },
      ],
    };
  }
}

/** A check as strict as the schema on everything `publish` reads. */
function fastPartial(p: FollowUpPartial): boolean {
  try {
    return checkFast(p);
  } catch {
    // Too many distinct keys for integer keys (or a getter that throws): the schema decides.
    return false;
  }
}

function checkFast(p: FollowUpPartial): boolean {
  if (
    typeof p !== 'object' ||
    p === null ||
    p.type !== FOLLOW_UP_PARTIAL_TYPE ||
    p.version !== FOLLOW_UP_VERSION ||
    !Array.isArray(p.distribution) ||
    !Array.isArray(p.change) ||
    !Array.isArray(p.fidelity) ||
    !Array.isArray(p.cases)
  )
    return false;
  if (p.cases.length) return false; // open cases carry levels: let the schema check them
  const ok = (x: unknown) => isInt(x);
  const allOk = (xs: unknown[]) => {
    for (let i = 0; i < xs.length; i++) if (!isInt(xs[i])) return false;
    return true;
  };
  // A merged partial shares one array per unit path and repeats a few ids and periods: check each
  // once per call (nothing can change them while this synchronous check runs). Keys are integers
  // (keys.ts): the unit's id, then the rest of the key packed into a small integer per unit.
  const units = new Map<unknown, number>(); // unit array → id of its joined path
  const unitIds = new Interner(BITS.unit);
  const { periods, perspectives, packs, scales, areas, indicators } = keyInterners();
  const unitOf = (u: unknown): number => {
    let id = units.get(u);
    if (id === undefined) {
      if (!isUnit(u)) return -1;
      units.set(u, (id = unitIds.id(u.join('/'))));
    }
    return id;
  };
  const strings = new Set<unknown>();
  const idOk = (x: unknown) => strings.has(x) || (isId(x) && !!strings.add(x));
  const periodSet = new Set<unknown>();
  const periodOk = (x: unknown) => periodSet.has(x) || (isPeriod(x) && !!periodSet.add(x));
  const kind = (r: { perspective: unknown; pack: unknown; area: unknown }) =>
    PERSPECTIVE_SET.has(r.perspective as string) && idOk(r.pack) && idOk(r.area);
  /** Whether `key` is new for unit `u` in `seen`. */
  const fresh = (seen: Map<number, number>[], u: number, key: number) => {
    const m = (seen[u] ??= new Map());
    if (m.has(key)) return false;
    m.set(key, 1);
    return true;
  };
  const seenDist: Map<number, number>[] = [];
  for (const r of p.distribution) {
    const steps = stepsOf(r?.scale);
    if (steps === undefined || !periodOk(r.period) || !kind(r) || !Array.isArray(r.counts))
      return false;
    if (r.counts.length !== steps + 3 || !allOk(r.counts)) return false;
    const u = unitOf(r.unit);
    if (u < 0) return false;
    // Ids and periods are checked above and hold no separator: the key is unambiguous.
    const k =
      (((periods.id(r.period) * 8 + perspectives.id(r.perspective)) * 16 + packs.id(r.pack)) * 8 +
        scales.id(r.scale)) *
        1024 +
      areas.id(r.area);
    if (!fresh(seenDist, u, k)) return false;
  }
  const seenChange: Map<number, number>[] = [];
  for (const r of p.change) {
    if (stepsOf(r?.scale) === undefined || !kind(r)) return false;
    if (!ok(r.up) || !ok(r.same) || !ok(r.down)) return false;
    const u = unitOf(r.unit);
    if (u < 0) return false;
    const k =
      ((perspectives.id(r.perspective) * 16 + packs.id(r.pack)) * 8 + scales.id(r.scale)) * 1024 +
      areas.id(r.area);
    if (!fresh(seenChange, u, k)) return false;
  }
  const seenFidelity: Map<number, number>[] = [];
  for (const r of p.fidelity) {
    if (!isObj(r) || !periodOk(r.period) || !INDICATOR_SET.has(r.indicator)) return false;
    if (!ok(r.yes) || !ok(r.no)) return false;
    const u = unitOf(r.unit);
    if (u < 0) return false;
    if (!fresh(seenFidelity, u, periods.id(r.period) * 16 + indicators.id(r.indicator)))
      return false;
  }
  return true;
}

function tables(input: FollowUpPartial, options: PublishOptions): FollowUpTables {
  const threshold = options.threshold ?? 5;
  const partial = input.cases.length ? closeCases(input) : input;
  let deepest = 1;
  for (const list of [partial.distribution, partial.change, partial.fidelity])
    for (const r of list) if (r.unit.length > deepest) deepest = r.unit.length;
  const depth = options.depth ?? deepest;
  // Unit array → joined path: nothing can change the arrays during this synchronous call.
  const joined = new Map<UnitPath, string>();
  const joinOf = (u: UnitPath) => {
    let k = joined.get(u);
    if (k === undefined) joined.set(u, (k = u.join('/')));
    return k;
  };
  const periodOf = (p: string) => (options.combinePeriods ? 'all' : p);
  const texts = { ...SUPPRESSION_MESSAGES, ...options.messages };
  // Each reason's texts formatted once, not once per hidden cell.
  const formatted = new Map<SuppressionReason, { sv: string; en: string }>();
  const textOf = (reason: SuppressionReason) => {
    let m = formatted.get(reason);
    if (!m) {
      const t = texts[reason];
      m = { sv: formatMessage(t.sv, { threshold }), en: formatMessage(t.en, { threshold }) };
      formatted.set(reason, m);
    }
    return m;
  };
  const published = (grid: Grid, cell: number): PublishedCount => {
    const reason = grid.reason(cell);
    if (!reason) return { suppressed: false, value: grid.values[cell]! };
    const { sv, en } = textOf(reason);
    return { suppressed: true, reason, message: { sv, en } };
  };

  // Distribution: per group (period, perspective, pack, scale) the vector [n, area 1 counts, …].
  const areasOf = new Map<string, Set<string>>();
  for (const r of partial.distribution) {
    const k = `${r.pack}${SEP}${r.scale}`;
    let s = areasOf.get(k);
    if (!s) areasOf.set(k, (s = new Set()));
    s.add(r.area);
  }
  const areaList = new Map([...areasOf].map(([k, s]) => [k, [...s].sort()]));
  const leafGroups = new Map<
    string,
    { unit: UnitPath; key: string; areas: Map<string, number[]> }
  >();
  // Rows come sorted (unit, period, perspective, pack, scale, area): a row is most often in the
  // group of the row before it, found without making its key.
  let last: (typeof partial.distribution)[number] | undefined;
  let g: { unit: UnitPath; key: string; areas: Map<string, number[]> } | undefined;
  for (const r of partial.distribution) {
    if (
      !g ||
      r.unit !== last!.unit ||
      r.period !== last!.period ||
      r.perspective !== last!.perspective ||
      r.pack !== last!.pack ||
      r.scale !== last!.scale
    ) {
      const key = `${periodOf(r.period)}${SEP}${r.perspective}${SEP}${r.pack}${SEP}${r.scale}`;
      const k = `${joinOf(r.unit)}${SEP}${key}`;
      g = leafGroups.get(k);
      if (!g) leafGroups.set(k, (g = { unit: r.unit, key, areas: new Map() }));
    }
    last = r;
    const c = g.areas.get(r.area);
    if (!c) g.areas.set(r.area, [...r.counts]);
    else for (let i = 0; i < c.length; i++) c[i]! += r.counts[i]!;
  }
  const distLeaves = [...leafGroups.values()].map((g) => {
    const [, , pack, scale] = g.key.split(SEP) as [string, string, string, ScaleId];
    const steps = stepsOf(scale)!;
    const areas = areaList.get(`${pack}${SEP}${scale}`)!;
    const sums = areas.map((a) => (g.areas.get(a) ?? []).reduce((x, y) => x + y, 0));
    const n = Math.max(0, ...sums);
    const vec = [n];
    areas.forEach((a, i) => {
      const c = g.areas.get(a) ?? new Array<number>(steps + 3).fill(0);
      const filled = [...c];
      // An area the pack lacked when a reading was made: not answered in that reading.
      filled[steps + 2]! += n - sums[i]!;
      vec.push(...filled);
    });
    return { unit: g.unit, key: g.key, vec };
  });

  const changeLeaves = partial.change.map((r) => ({
    unit: r.unit,
    key: [r.perspective, r.pack, r.scale, r.area].join(SEP),
    vec: [r.up + r.same + r.down, r.up, r.same, r.down],
  }));
  const fidelityLeaves = partial.fidelity.map((r) => ({
    unit: r.unit,
    key: [periodOf(r.period), r.indicator].join(SEP),
    vec: [r.yes + r.no, r.yes, r.no],
  }));

  const grid = new Grid(threshold);
  const distNodes = tree(distLeaves, depth);
  const distCells = lay(grid, distNodes, (key) => {
    const [, , pack, scale] = key.split(SEP) as [string, string, string, ScaleId];
    const width = stepsOf(scale)! + 3;
    return areaList.get(`${pack}${SEP}${scale}`)!.map((_, i) => {
      const from = 1 + i * width;
      return [0, Array.from({ length: width }, (_, j) => from + j)];
    });
  });
  const changeNodes = tree(changeLeaves, depth);
  const changeCells = lay(grid, changeNodes, () => [[0, [1, 2, 3]]]);
  const fidelityNodes = tree(fidelityLeaves, depth);
  const fidelityCells = lay(grid, fidelityNodes, () => [[0, [1, 2]]]);
  grid.run();

  const unitOf = (n: Node): PublishedUnit => ({
    unit: [...n.unit],
    depth: n.depth,
    parent: n.parent ? [...n.parent.unit] : null,
    direct: n.direct,
  });
  const units = new Map<string, PublishedUnit>();
  for (const n of [...distNodes, ...changeNodes, ...fidelityNodes]) {
    units.set(`${n.unit.join('/')}${SEP}${n.direct}`, unitOf(n));
  }

  const distribution: DistributionRow[] = [];
  for (const n of distNodes) {
    for (const [key, ids] of [...distCells.get(n)!].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      const [period, perspective, pack, scale] = key.split(SEP) as [
        string,
        PerspectiveKind,
        string,
        ScaleId,
      ];
      const steps = stepsOf(scale)!;
      const width = steps + 3;
      const nCell = published(grid, ids[0]!);
      const levels = levelsOf(steps); // once per key; each row gets its own copy
      areaList.get(`${pack}${SEP}${scale}`)!.forEach((area, i) => {
        const cellIds = ids.slice(1 + i * width, 1 + (i + 1) * width);
        const values = cellIds.map((c) => grid.values[c]!);
        distribution.push({
          unit: [...n.unit],
          direct: n.direct,
          period,
          perspective,
          pack,
          scale,
          area,
          n: nCell,
          levels: levels.slice(),
          cells: cellIds.map((c) => published(grid, c)),
          median: nCell.suppressed ? null : median(values.slice(0, steps), threshold),
        });
      });
    }
  }

  const change: ChangeRow[] = [];
  for (const n of changeNodes) {
    for (const [key, ids] of [...changeCells.get(n)!].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      const [perspective, pack, scale, area] = key.split(SEP) as [
        PerspectiveKind,
        string,
        ScaleId,
        string,
      ];
      const [nC, up, same, down] = ids.map((c) => published(grid, c)) as [
        PublishedCount,
        PublishedCount,
        PublishedCount,
        PublishedCount,
      ];
      change.push({
        unit: [...n.unit],
        direct: n.direct,
        perspective,
        pack,
        scale,
        area,
        n: nC,
        up,
        same,
        down,
      });
    }
  }

  const fidelity: FidelityRow[] = [];
  for (const n of fidelityNodes) {
    for (const [key, ids] of [...fidelityCells.get(n)!].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      const [period, indicator] = key.split(SEP) as [string, FidelityIndicator];
      const denominator = published(grid, ids[0]!);
      const numerator = published(grid, ids[1]!);
      fidelity.push({
        unit: [...n.unit],
        direct: n.direct,
        period,
        indicator,
        denominator,
        numerator,
        share:
          denominator.suppressed || numerator.suppressed || denominator.value === 0
            ? null
            : numerator.value / denominator.value,
      });
    }
  }

  return {
    type: FOLLOW_UP_TABLES_TYPE,
    version: FOLLOW_UP_VERSION,
    threshold,
    depth,
    units: [...units.values()],
    distribution,
    change,
    fidelity,
  };
}

/** The median value answer (the mean of the two middle ones for an even count), or null. */
function median(counts: number[], threshold: number): number | null {
  const total = counts.reduce((a, b) => a + b, 0);
  if (total < threshold) return null;
  const at = (k: number) => {
    let seen = 0;
    for (let i = 0; i < counts.length; i++) {
      seen += counts[i]!;
      if (seen > k) return i + 1;
    }
    return counts.length;
  };
  return total % 2 ? at((total - 1) / 2) : (at(total / 2 - 1) + at(total / 2)) / 2;
}
