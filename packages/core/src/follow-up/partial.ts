import type { PerspectiveKind } from '../assessment/types.ts';
import type { ScaleId } from '../scales/types.ts';
import { BITS, keyInterners, UnitIds } from './keys.ts';
import { identityNumberLike } from './records.ts';
import type { ParseResult, ValidationIssue } from '../validation/types.ts';
import {
  CONTROL,
  isInt,
  isLevel,
  isPeriod,
  isUnit,
  parseFidelityRecord,
  parseStatisticsRecord,
  PERSPECTIVES,
  stepsOf,
} from './schema.ts';
import {
  FIDELITY_RECORD_TYPE,
  FOLLOW_UP_PARTIAL_TYPE,
  FOLLOW_UP_VERSION,
  STATISTICS_RECORD_TYPE,
  type AreaLevel,
  type CaseReading,
  type ChangeCounts,
  type DistributionCounts,
  type FidelityCounts,
  type FidelityIndicator,
  type FidelityRecord,
  type FollowUpPartial,
  type OpenCase,
  type StatisticsRecord,
  type UnitPath,
} from './types.ts';

const SEP = '\u0000';
const PERSPECTIVE_SET = new Set<string>(PERSPECTIVES);
const ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Most issues reported for one call: a million broken records need not make a million messages. */
const MAX_ISSUES = 100;

/** The slot of a level in a counts array of a scale with `steps` steps. */
export const slotOf = (level: AreaLevel, steps: number): number =>
  typeof level === 'number'
    ? level - 1
    : level === 'dont-know'
      ? steps
      : level === 'declined'
        ? steps + 1
        : steps + 2;

/** The levels of a scale, in the order of a counts array. */
export function levelsOf(steps: number): AreaLevel[] {
  const out: AreaLevel[] = [];
  for (let v = 1; v <= steps; v++) out.push(v);
  out.push('dont-know', 'declined', 'unanswered');
  return out;
}

/** Compares two keys (arrays of strings and numbers) in one fixed order. */
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A canonical string of a reading: a total order for ties (two readings with the same number),
 * so that merging is commutative. Plain ASCII, so PostgreSQL computes the same string and
 * orders it the same way with `COLLATE "C"` (see `FOLLOW_UP_SQL`).
 */
export const readingKey = (r: CaseReading): string =>
  `${r.unit.join('/')}|${r.period}|${Object.keys(r.areas)
    .sort()
    .map((k) => `${k}=${JSON.stringify(r.areas[k])}`)
    .join(',')}`;

/** -1 when `a` comes before `b`: by reading number, then by content. */
function order(a: CaseReading, b: CaseReading): number {
  if (a.reading !== b.reading) return a.reading < b.reading ? -1 : 1;
  return cmp(readingKey(a), readingKey(b));
}

/** @internal The accumulator every builder and `mergePartials` add into. */
export class Acc {
  dist = new Map<string, DistributionCounts>();
  change = new Map<string, ChangeCounts>();
  fidelity = new Map<string, FidelityCounts>();
  cases = new Map<string, OpenCase>();
  // Unit path → its key, and paths already checked, so a million records check each path once.
  private units = new Map<string, UnitPath>();
  // Unit array → its joined path. Sound while the accumulator lives: it lives inside one
  // synchronous call, during which nobody can change the arrays it is given.
  private joined = new Map<UnitPath, string>();

  /** The joined path of a unit array (cached by the array). */
  join(unit: UnitPath): string {
    let k = this.joined.get(unit);
    if (k === undefined) this.joined.set(unit, (k = unit.join('/')));
    return k;
  }

  unit(path: UnitPath): UnitPath {
    // Not cached by the array: `toPartial` calls this for each record while a caller's
    // iterator may still be running.
    const key = path.join('/');
    let u = this.units.get(key);
    if (!u) this.units.set(key, (u = [...path]));
    return u;
  }

  addCounts(
    unit: UnitPath,
    period: string,
    perspective: PerspectiveKind,
    pack: string,
    scale: ScaleId,
    area: string,
    counts: ArrayLike<number>,
  ) {
    // Template keys: the same strings as joining an array, without the array.
    const key = `${this.join(unit)}${SEP}${period}${SEP}${perspective}${SEP}${pack}${SEP}${scale}${SEP}${area}`;
    const row = this.dist.get(key);
    if (!row) {
      this.dist.set(key, {
        unit: this.unit(unit),
        period,
        perspective,
        pack,
        scale,
        area,
        counts: Array.from(counts),
      });
    } else for (let i = 0; i < counts.length; i++) row.counts[i]! += counts[i]!;
  }

  addChange(c: ChangeCounts) {
    const key = `${this.join(c.unit)}${SEP}${c.perspective}${SEP}${c.pack}${SEP}${c.scale}${SEP}${c.area}`;
    const row = this.change.get(key);
    if (!row) this.change.set(key, { ...c, unit: this.unit(c.unit) });
    else {
      row.up += c.up;
      row.same += c.same;
      row.down += c.down;
    }
  }

  addFidelity(
    unit: UnitPath,
    period: string,
    indicator: FidelityIndicator,
    yes: number,
    no: number,
  ) {
    const key = `${this.join(unit)}${SEP}${period}${SEP}${indicator}`;
    const row = this.fidelity.get(key);
    if (!row) this.fidelity.set(key, { unit: this.unit(unit), period, indicator, yes, no });
    else {
      row.yes += yes;
      row.no += no;
    }
  }

  addCase(c: OpenCase) {
    const key = `${c.case}${SEP}${c.perspective}${SEP}${c.pack}${SEP}${c.scale}`;
    const row = this.cases.get(key);
    if (!row) this.cases.set(key, c);
    else {
      if (order(c.first, row.first) < 0) row.first = c.first;
      if (order(c.latest, row.latest) > 0) row.latest = c.latest;
    }
  }

  done(): FollowUpPartial {
    const sorted = <T>(m: Map<string, T>): T[] =>
      [...m.entries()].sort((a, b) => cmp(a[0], b[0])).map((e) => e[1]);
    return {
      type: FOLLOW_UP_PARTIAL_TYPE,
      version: FOLLOW_UP_VERSION,
      distribution: sorted(this.dist),
      change: sorted(this.change),
      fidelity: sorted(this.fidelity),
      cases: sorted(this.cases),
    };
  }
}

/** Steps of a valid record's scale, or -1: a check as strict as the schema on what is counted. */
function fastRecord(
  r: StatisticsRecord,
  checked: Set<string>,
  ids: Set<string>,
  where: string,
): number {
  if (
    typeof r !== 'object' ||
    r === null ||
    r.type !== STATISTICS_RECORD_TYPE ||
    r.version !== FOLLOW_UP_VERSION ||
    typeof r.case !== 'string' ||
    !PERSPECTIVE_SET.has(r.perspective) ||
    !isInt(r.reading, 1) ||
    typeof r.areas !== 'object' ||
    r.areas === null ||
    Array.isArray(r.areas) ||
    typeof r.pack !== 'string' ||
    !Array.isArray(r.unit)
  ) {
    return -1;
  }
  const steps = stepsOf(r.scale);
  if (steps === undefined) return -1;
  // Unit, period and pack repeat across records: check each combination once (`where` is the
  // caller's group key; the unit's length, its elements being strings, keeps it unambiguous).
  for (let i = 0; i < r.unit.length; i++) if (typeof r.unit[i] !== 'string') return -1;
  if (!checked.has(where)) {
    if (!isUnit(r.unit) || !isPeriod(r.period) || !ID_RE.test(r.pack)) return -1;
    checked.add(where);
  }
  if (r.case.trim() === '' || CONTROL.test(r.case) || identityNumberLike(r.case)) return -1;
  for (const id in r.areas) {
    if (!Object.hasOwn(r.areas, id) || !isLevel(r.areas[id], steps)) return -1;
    // Area ids repeat in every record: test each once.
    if (!ids.has(id)) {
      if (!ID_RE.test(id)) return -1;
      ids.add(id);
    }
  }
  return steps;
}

function fastFidelity(r: FidelityRecord): boolean {
  return (
    r.version === FOLLOW_UP_VERSION &&
    isUnit(r.unit) &&
    isPeriod(r.period) &&
    typeof r.startedFromWheel === 'boolean' &&
    typeof r.childTookPart === 'boolean' &&
    ['not-due', 'on-time', 'late', 'not-held', 'not-planned'].includes(r.followUp) &&
    isInt(r.actions) &&
    isInt(r.actionsWithOwnerAndDate) &&
    r.actionsWithOwnerAndDate <= r.actions
  );
}

/**
 * Counts statistics records and fidelity records into a partial: per unit, period, perspective,
 * area and level the number of readings; per SIP plan the fidelity indicators; per case and
 * perspective the first and the latest reading (for change; see `closeCases`). One pass, one
 * counter array per area and group.
 *
 * Every record is validated (as `parseStatisticsRecord` / `parseFidelityRecord`); when any is
 * invalid nothing is counted and the issues say which (`[index, …path]`, at most 100). Never
 * throws, never a partial from bad data.
 *
 * @example
 * ```ts
 * const result = toPartial([...statisticsRecords, ...fidelityRecords]);
 * if (result.ok) send(closeCases(result.value));
 * ```
 */
export function toPartial(
  records: Iterable<StatisticsRecord | FidelityRecord>,
): ParseResult<FollowUpPartial> {
  const acc = new Acc();
  const issues: ValidationIssue[] = [];
  const checked = new Set<string>();
  const ids = new Set<string>();
  // Per group (unit, period, perspective, pack, scale): one flat counter array per area.
  const groups = new Map<
    string,
    {
      steps: number;
      areas: Map<string, Uint32Array>;
      head: Pick<StatisticsRecord, 'unit' | 'period' | 'perspective' | 'pack' | 'scale'>;
    }
  >();
  let index = -1;
  try {
    for (const r of records) {
      index++;
      if (issues.length >= MAX_ISSUES) break;
      if (r?.type === FIDELITY_RECORD_TYPE) {
        if (!fastFidelity(r)) {
          const parsed = parseFidelityRecord(r);
          if (!parsed.ok) {
            for (const i of parsed.issues) issues.push({ ...i, path: [index, ...i.path] });
            continue;
          }
        }
        const f = r;
        const p = f.period;
        acc.addFidelity(f.unit, p, 'started-from-wheel', +f.startedFromWheel, +!f.startedFromWheel);
        acc.addFidelity(f.unit, p, 'child-took-part', +f.childTookPart, +!f.childTookPart);
        if (f.followUp !== 'not-due') {
          const yes = f.followUp === 'on-time';
          acc.addFidelity(f.unit, p, 'follow-up-on-time', +yes, +!yes);
        }
        if (f.actions > 0) {
          const yes = f.actionsWithOwnerAndDate;
          acc.addFidelity(f.unit, p, 'actions-with-owner-and-date', yes, f.actions - yes);
        }
        continue;
      }
      const rec = r as StatisticsRecord;
      // The group key, also the key of checked unit, period and pack (strings only get here).
      const key =
        Array.isArray(rec?.unit) && typeof rec.period === 'string'
          ? `${rec.unit.length}${SEP}${rec.unit.join('/')}${SEP}${rec.period}${SEP}${rec.perspective}${SEP}${rec.pack}${SEP}${rec.scale}`
          : '';
      let steps = key ? fastRecord(rec, checked, ids, key) : -1;
      if (steps < 0) {
        const parsed = parseStatisticsRecord(rec);
        if (!parsed.ok) {
          for (const i of parsed.issues) issues.push({ ...i, path: [index, ...i.path] });
          continue;
        }
        steps = stepsOf(rec.scale)!;
      }
      if (issues.length) continue;
      let group = groups.get(key);
      if (!group) {
        // The group's fields as they are now: a caller's iterator may reuse its record objects
        // and unit arrays for the next record, and the groups are counted out after the loop.
        const head = {
          unit: acc.unit(rec.unit),
          period: rec.period,
          perspective: rec.perspective,
          pack: rec.pack,
          scale: rec.scale,
        };
        groups.set(key, (group = { steps, areas: new Map(), head }));
      }
      const areas = rec.areas;
      for (const id in areas) {
        let c = group.areas.get(id);
        if (!c) group.areas.set(id, (c = new Uint32Array(steps + 3)));
        c[slotOf(areas[id]!, steps)]!++;
      }
      const reading: CaseReading = {
        reading: rec.reading,
        unit: acc.unit(rec.unit),
        period: rec.period,
        // Copied now, not after the loop: the iterator may refill the same object.
        areas: { ...areas },
      };
      acc.addCase({
        case: rec.case,
        perspective: rec.perspective,
        pack: rec.pack,
        scale: rec.scale,
        first: reading,
        latest: reading,
      });
    }
  } catch {
    issues.push({
      path: [Math.max(index, 0)],
      code: 'unreadable',
      message: { sv: `[${index}]: kunde inte läsas`, en: `[${index}]: could not be read` },
    });
  }
  if (issues.length) return { ok: false, issues };
  for (const { head, areas } of groups.values()) {
    for (const [area, counts] of areas) {
      acc.addCounts(head.unit, head.period, head.perspective, head.pack, head.scale, area, counts);
    }
  }
  // Readings share one unit array per path; the partial's cases get their own copies.
  const out = acc.done();
  for (const c of out.cases) {
    c.first = { ...c.first, unit: [...c.first.unit] };
    c.latest = c.latest === c.first ? c.first : { ...c.latest, unit: [...c.latest.unit] };
  }
  return { ok: true, value: out };
}

/**
 * Merges partials by adding their counts (and, for an open case in several partials, keeping the
 * earliest first and the latest latest reading). Associative and commutative, with the empty
 * partial as identity: the order in which schools, municipalities and a county merge never
 * changes the result. Inputs are read, never changed. They must be valid partials: read one that
 * arrives from elsewhere with `parsePartial` first, which reports what is wrong with it by path.
 *
 * @example
 * ```ts
 * const county = mergePartials(...municipalityPartials);
 * ```
 */
export function mergePartials(...partials: readonly FollowUpPartial[]): FollowUpPartial {
  try {
    return mergeByIds(partials);
  } catch {
    // Too many distinct keys for integer keys, or input that is not a partial: the string-keyed
    // merge, which behaves on such input exactly as it always has.
    return mergeByStrings(partials);
  }
}

/** Sorts row indexes by their packed rank keys (unique per row). */
function byKey(keys: Float64Array): number[] {
  const order = Array.from({ length: keys.length }, (_, i) => i);
  return order.sort((a, b) => keys[a]! - keys[b]!);
}

/**
 * `mergePartials` with integer keys (see keys.ts): the same rows, in the same order, with the
 * same values as the string-keyed merge, without a key string per row.
 */
function mergeByIds(partials: readonly FollowUpPartial[]): FollowUpPartial {
  const units = new UnitIds(BITS.unit);
  const { periods, perspectives, packs, scales, areas, indicators } = keyInterners();
  // Per unit, a map from the rest of the key (a small integer, so the map's keys stay unboxed).
  const distAt: Map<number, number>[] = [];
  const dist: DistributionCounts[] = [];
  const distIds: number[] = [];
  const changeAt: Map<number, number>[] = [];
  const change: ChangeCounts[] = [];
  const changeIds: number[] = [];
  const fidelityAt: Map<number, number>[] = [];
  const fidelity: FidelityCounts[] = [];
  const fidelityIds: number[] = [];
  let cases: Acc | undefined;
  for (const p of partials) {
    for (const r of p.distribution) {
      const u = units.unit(r.unit);
      const pe = periods.id(r.period);
      const pp = perspectives.id(r.perspective);
      const pk = packs.id(r.pack);
      const sc = scales.id(r.scale);
      const ar = areas.id(r.area);
      const k = (((pe * 8 + pp) * 16 + pk) * 8 + sc) * 1024 + ar;
      const of = (distAt[u] ??= new Map());
      const at = of.get(k);
      if (at === undefined) {
        of.set(k, dist.length);
        dist.push({
          unit: units.copies[u]!,
          period: r.period,
          perspective: r.perspective,
          pack: r.pack,
          scale: r.scale,
          area: r.area,
          counts: Array.isArray(r.counts) ? r.counts.slice() : Array.from(r.counts),
        });
        distIds.push(u, pe, pp, pk, sc, ar);
      } else {
        const into = dist[at]!.counts;
        const counts = r.counts;
        for (let i = 0; i < counts.length; i++) into[i]! += counts[i]!;
      }
    }
    for (const r of p.change) {
      const u = units.unit(r.unit);
      const pp = perspectives.id(r.perspective);
      const pk = packs.id(r.pack);
      const sc = scales.id(r.scale);
      const ar = areas.id(r.area);
      const k = ((pp * 16 + pk) * 8 + sc) * 1024 + ar;
      const of = (changeAt[u] ??= new Map());
      const at = of.get(k);
      if (at === undefined) {
        of.set(k, change.length);
        change.push({ ...r, unit: [...units.copies[u]!] });
        changeIds.push(u, pp, pk, sc, ar);
      } else {
        const row = change[at]!;
        row.up += r.up;
        row.same += r.same;
        row.down += r.down;
      }
    }
    for (const r of p.fidelity) {
      const u = units.unit(r.unit);
      const pe = periods.id(r.period);
      const ind = indicators.id(r.indicator);
      const k = pe * 16 + ind;
      const of = (fidelityAt[u] ??= new Map());
      const at = of.get(k);
      if (at === undefined) {
        of.set(k, fidelity.length);
        fidelity.push({
          unit: units.copies[u]!,
          period: r.period,
          indicator: r.indicator,
          yes: r.yes,
          no: r.no,
        });
        fidelityIds.push(u, pe, ind);
      } else {
        const row = fidelity[at]!;
        row.yes += r.yes;
        row.no += r.no;
      }
    }
    if (p.cases.length) {
      cases ??= new Acc();
      for (const c of p.cases) cases.addCase({ ...c });
    }
  }
  // Rows in the order of their joined keys: ids ranked in string order, packed again.
  const ru = units.ranks();
  const rpe = periods.ranks();
  const rpp = perspectives.ranks();
  const rpk = packs.ranks();
  const rsc = scales.ranks();
  const rar = areas.ranks();
  const rind = indicators.ranks();
  const distKeys = new Float64Array(dist.length);
  for (let i = 0, j = 0; i < dist.length; i++, j += 6) {
    distKeys[i] =
      ru[distIds[j]!]! * 2 ** 28 +
      (((rpe[distIds[j + 1]!]! * 8 + rpp[distIds[j + 2]!]!) * 16 + rpk[distIds[j + 3]!]!) * 8 +
        rsc[distIds[j + 4]!]!) *
        1024 +
      rar[distIds[j + 5]!]!;
  }
  const changeKeys = new Float64Array(change.length);
  for (let i = 0, j = 0; i < change.length; i++, j += 5) {
    changeKeys[i] =
      ru[changeIds[j]!]! * 2 ** 28 +
      ((rpp[changeIds[j + 1]!]! * 16 + rpk[changeIds[j + 2]!]!) * 8 + rsc[changeIds[j + 3]!]!) *
        1024 +
      rar[changeIds[j + 4]!]!;
  }
  const fidelityKeys = new Float64Array(fidelity.length);
  for (let i = 0, j = 0; i < fidelity.length; i++, j += 3) {
    fidelityKeys[i] =
      ru[fidelityIds[j]!]! * 2 ** 28 + rpe[fidelityIds[j + 1]!]! * 16 + rind[fidelityIds[j + 2]!]!;
  }
  return {
    type: FOLLOW_UP_PARTIAL_TYPE,
    version: FOLLOW_UP_VERSION,
    distribution: byKey(distKeys).map((i) => dist[i]!),
    change: byKey(changeKeys).map((i) => change[i]!),
    fidelity: byKey(fidelityKeys).map((i) => fidelity[i]!),
    cases: cases ? copyCases(cases.done().cases) : [],
  };
}

/** Cases that share nothing with an input. */
const copyCases = (cases: OpenCase[]): OpenCase[] =>
  cases.map((c) => ({
    ...c,
    first: { ...c.first, unit: [...c.first.unit], areas: { ...c.first.areas } },
    latest: { ...c.latest, unit: [...c.latest.unit], areas: { ...c.latest.areas } },
  }));

/** @internal The string-keyed merge: for what integer keys cannot hold (and the tests' reference). */
export function mergeByStrings(partials: readonly FollowUpPartial[]): FollowUpPartial {
  const acc = new Acc();
  for (const p of partials) {
    for (const r of p.distribution)
      acc.addCounts(r.unit, r.period, r.perspective, r.pack, r.scale, r.area, r.counts);
    for (const r of p.change) acc.addChange({ ...r });
    for (const r of p.fidelity) acc.addFidelity(r.unit, r.period, r.indicator, r.yes, r.no);
    for (const c of p.cases) acc.addCase({ ...c });
  }
  const out = acc.done();
  // Nothing in the result is shared with an input.
  out.cases = copyCases(out.cases);
  out.change = out.change.map((c) => ({ ...c, unit: [...c.unit] }));
  return out;
}

/**
 * Closes the open cases of a partial: per case and perspective, every area with a value at both
 * the first and a later latest reading becomes one `up`, `same` or `down` (by the unit of the
 * latest reading), and each case counts once for `child-wheel-done` (did the child's own wheel
 * get done?), by the unit and period of its earliest first reading. The result holds only
 * counts: close before a partial leaves the organisation that holds the records. A case must
 * then not appear in another partial, or it is counted twice.
 *
 * @example
 * ```ts
 * const toSend = closeCases(toPartial(records).value);
 * ```
 */
export function closeCases(partial: FollowUpPartial): FollowUpPartial {
  const acc = new Acc();
  const base = mergePartials({ ...partial, cases: [] });
  for (const r of base.distribution)
    acc.addCounts(r.unit, r.period, r.perspective, r.pack, r.scale, r.area, r.counts);
  for (const r of base.change) acc.addChange(r);
  for (const r of base.fidelity) acc.addFidelity(r.unit, r.period, r.indicator, r.yes, r.no);
  const byCase = new Map<
    string,
    { child: boolean; unit: UnitPath; period: string; where: string }
  >();
  for (const c of partial.cases) {
    const { first, latest } = c;
    if (latest.reading > first.reading) {
      for (const area of Object.keys(latest.areas)) {
        const a = first.areas[area];
        const b = latest.areas[area];
        if (typeof a !== 'number' || typeof b !== 'number') continue;
        acc.addChange({
          unit: latest.unit,
          perspective: c.perspective,
          pack: c.pack,
          scale: c.scale,
          area,
          up: +(b > a),
          same: +(b === a),
          down: +(b < a),
        });
      }
    }
    const seen = byCase.get(c.case);
    const where = `${first.period}|${first.unit.join('/')}`;
    const here = {
      child: c.perspective === 'child',
      unit: first.unit,
      period: first.period,
      where,
    };
    if (!seen) byCase.set(c.case, here);
    else {
      seen.child ||= here.child;
      if (where < seen.where) Object.assign(seen, { unit: here.unit, period: here.period, where });
    }
  }
  for (const c of byCase.values())
    acc.addFidelity(c.unit, c.period, 'child-wheel-done', +c.child, +!c.child);
  return mergePartials(acc.done());
}

/**
 * The empty partial: the identity of `mergePartials`.
 *
 * @example
 * ```ts
 * const total = partials.reduce((a, b) => mergePartials(a, b), emptyPartial());
 * ```
 */
export function emptyPartial(): FollowUpPartial {
  return {
    type: FOLLOW_UP_PARTIAL_TYPE,
    version: FOLLOW_UP_VERSION,
    distribution: [],
    change: [],
    fidelity: [],
    cases: [],
  };
}
