import type { Assessment, PerspectiveKind } from '../assessment/types.ts';
import type { ScaleId } from '../scales/types.ts';
import { isObj } from '../validation/guards.ts';
import type { ParseResult, ValidationIssue } from '../validation/types.ts';
import { Acc, closeCases, mergePartials, readingKey, toPartial } from './partial.ts';
import { fastContext, toStatisticsRecord, type PackAreas } from './records.ts';
import { isLevel, isUnit, PERSPECTIVES, periodOf, SCALE_IDS, stepsOf } from './schema.ts';
import type {
  AreaLevel,
  CaseReading,
  FollowUpPartial,
  PeriodGranularity,
  RecordContext,
  StatisticsRecord,
  UnitPath,
} from './types.ts';

/**
 * Counts wheel readings straight into a partial, one reading at a time: what
 * `toPartial(readings.map(toStatisticsRecord))` gives, without a record object per reading.
 * Made by {@link partialBuilder}.
 *
 * @example
 * ```ts
 * const builder = partialBuilder(defaultPack);
 * const added = builder.add(assessment, { case: 'c-8f3a', unit: ['kronoberg', 'vaxjo'], date: '2026-03-14' });
 * if (!added.ok) console.error(formatIssues(added.issues, 'sv'));
 * const toSend = builder.closed();
 * ```
 */
export interface PartialBuilder {
  /**
   * Validates one reading and its context exactly as `toStatisticsRecord` does and, when valid,
   * counts it. An invalid reading is not counted; the result says why (the same issues
   * `toStatisticsRecord` gives). Never throws.
   */
  add(assessment: Assessment, context: RecordContext): ParseResult<true>;
  /** The partial so far, open cases included: equal to `toPartial` of the readings' records. */
  partial(): FollowUpPartial;
  /** The partial so far, closed: equal to `closeCases` of `partial()`, without its open cases. */
  closed(): FollowUpPartial;
}

const OK: ParseResult<true> = Object.freeze({ ok: true, value: true }) as ParseResult<true>;
const PERSPECTIVE_INDEX = new Map<unknown, number>(PERSPECTIVES.map((p, i) => [p, i]));
const SCALE_INDEX = new Map<unknown, number>(SCALE_IDS.map((s, i) => [s, i]));
const SCALE_STEPS = SCALE_IDS.map((s) => stepsOf(s)!);
const GRANULARITY_INDEX = new Map<unknown, number>(
  (['half', 'year', 'quarter', 'month'] as PeriodGranularity[]).map((g, i) => [g, i]),
);
const GRANULARITIES: PeriodGranularity[] = ['half', 'year', 'quarter', 'month'];
/** Bound on the unit-array identity cache (a caller may pass a fresh array every time). */
const CACHE_MAX = 10_000;
const ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Combination of perspective and scale: a small integer. */
const comboOf = (perspective: number, scale: number) => perspective * 4 + scale;
/** Fields of a reading in the case store (`meta`), per reading: number, unit id, period id. */
const READING = 3;

/** A typed array of length `n`, with the old contents. */
function grow<T extends Int32Array | Uint8Array>(a: T, n: number): T {
  const b = new (a.constructor as new (n: number) => T)(n);
  b.set(a);
  return b;
}

/**
 * Makes a {@link PartialBuilder} for one content pack: it validates each reading once and adds it
 * to integer counters keyed by small numeric ids (unit, period, perspective, scale, area, level),
 * and keeps each case's first and latest reading as integers. Objects are built only when the
 * partial is asked for. Answers shared with nobody ("Bara jag") count as not answered, as in
 * `toStatisticsRecord`; nothing but levels, units, periods and the case pseudonym is kept.
 *
 * @example
 * ```ts
 * const builder = partialBuilder(defaultPack);
 * for (const { assessment, unit, date, caseId } of readings) {
 *   builder.add(assessment, { case: caseId, unit, date });
 * }
 * send(builder.closed()); // closeCases(toPartial(records)), without the records
 * ```
 */
export function partialBuilder(pack: PackAreas): PartialBuilder {
  const areaIds: string[] = [];
  let plain = typeof pack?.id === 'string' && ID_RE.test(pack.id) && Array.isArray(pack.areas);
  if (plain) {
    for (const a of pack.areas) {
      const id = isObj(a) ? a.id : undefined;
      // Anything unusual in the pack (a repeated or odd id) takes the record path, which has
      // the exact behaviour of `toStatisticsRecord` + `toPartial` by construction.
      if (
        typeof id !== 'string' ||
        !ID_RE.test(id) ||
        id === 'constructor' ||
        id === 'prototype' ||
        areaIds.includes(id)
      ) {
        plain = false;
        break;
      }
      areaIds.push(id);
    }
  }
  if (!plain) return recordBuilder(pack);
  const packId = pack.id;
  const nAreas = areaIds.length;

  // Units: id → path (own copy) and joined key; the caller's arrays → id, checked on each use.
  const units: UnitPath[] = [];
  const unitByKey = new Map<string, number>();
  let unitByArray = new Map<unknown, number>();
  const unitOf = (path: unknown): number => {
    const known = unitByArray.get(path);
    if (known !== undefined) {
      const copy = units[known]!;
      const p = path as string[];
      if (p.length === copy.length) {
        let same = true;
        for (let i = 0; i < copy.length; i++) if (p[i] !== copy[i]) same = false;
        if (same) return known;
      }
    }
    if (!isUnit(path)) return -1;
    const key = path.join('/');
    let id = unitByKey.get(key);
    if (id === undefined) {
      id = units.length;
      units.push([...path]);
      unitByKey.set(key, id);
    }
    if (unitByArray.size >= CACHE_MAX) unitByArray = new Map();
    unitByArray.set(path, id);
    return id;
  };

  // Periods: id → period; per granularity, date → period id.
  const periods: string[] = [];
  const periodByName = new Map<string, number>();
  const periodByDate = GRANULARITIES.map(() => new Map<string, number>());
  const periodOfDate = (date: string, granularity: number): number => {
    const cache = periodByDate[granularity]!;
    let id = cache.get(date);
    if (id === undefined) {
      const name = periodOf(date, GRANULARITIES[granularity]);
      id = periodByName.get(name);
      if (id === undefined) {
        id = periods.length;
        periods.push(name);
        periodByName.set(name, id);
      }
      if (cache.size >= CACHE_MAX) cache.clear();
      cache.set(date, id);
    }
    return id;
  };

  // Distribution: one group per unit, period, perspective and scale; per group one flat counter
  // array, area after area, `steps + 3` slots each.
  interface Group {
    unit: number;
    period: number;
    combo: number;
    counts: Uint32Array;
  }
  const groups: Group[] = [];
  const groupsOfUnit: Map<number, number>[] = [];
  const groupOf = (unit: number, period: number, combo: number, steps: number): Group => {
    const byUnit = (groupsOfUnit[unit] ??= new Map());
    const k = period * 32 + combo;
    let g = byUnit.get(k);
    if (g === undefined) {
      g = groups.length;
      groups.push({ unit, period, combo, counts: new Uint32Array(nAreas * (steps + 3)) });
      byUnit.set(k, g);
    }
    return groups[g]!;
  };

  // Cases: one slot per case, perspective and scale. Names → id; each name's slots in a list.
  const nameIds = new NameTable();
  let nameHead = new Int32Array(1024); // first slot of a name, or -1
  let slotNext = new Int32Array(1024); // next slot of the same name, or -1
  let slotName = new Int32Array(1024);
  let slotCombo = new Uint8Array(1024);
  let meta = new Int32Array(1024 * 2 * READING); // first, then latest: reading, unit, period
  let levels = new Uint8Array(1024 * 2 * nAreas); // first, then latest: one slot per area
  let slots = 0;
  /** Room for one more slot: every slot array doubles together. */
  const room = () => {
    if (slots < slotName.length) return;
    const n = slotName.length * 2;
    slotNext = grow(slotNext, n);
    slotName = grow(slotName, n);
    slotCombo = grow(slotCombo, n);
    meta = grow(meta, n * 2 * READING);
    levels = grow(levels, n * 2 * nAreas);
  };

  const scratch = new Uint8Array(nAreas);

  /** Slots of the pack's areas into `scratch`; false when what a record reads is not valid. */
  const fill = (areas: Record<string, unknown>, steps: number): boolean => {
    for (let a = 0; a < nAreas; a++) {
      const id = areaIds[a]!;
      const area = (Object.hasOwn(areas, id) ? areas[id] : undefined) as
        { answer?: { kind?: unknown; value?: unknown }; visibility?: unknown } | undefined;
      const answer = area?.answer;
      // "Bara jag": an answer its respondent shared with nobody is not counted, not even as hidden.
      if (!answer || area.visibility === 'respondent') scratch[a] = steps + 2;
      else if (answer.kind === 'value') {
        if (!isLevel(answer.value, steps)) return false;
        scratch[a] = (answer.value as number) - 1;
      } else if (answer.kind === 'dont-know') scratch[a] = steps;
      else if (answer.kind === 'declined') scratch[a] = steps + 1;
      else return false;
    }
    return true;
  };

  /** -1 when reading `a` (slot, 0 first / 1 latest) comes before `b`: as `order` in partial.ts. */
  const readingOf = (
    slot: number,
    which: number,
    steps: number,
    unitFor: (unit: number) => UnitPath = (u) => units[u]!,
  ): CaseReading => {
    const m = (slot * 2 + which) * READING;
    const at = (slot * 2 + which) * nAreas;
    const areas: Record<string, AreaLevel> = {};
    for (let a = 0; a < nAreas; a++) areas[areaIds[a]!] = levelOf(levels[at + a]!, steps);
    return {
      reading: meta[m]!,
      unit: unitFor(meta[m + 1]!),
      period: periods[meta[m + 2]!]!,
      areas,
    };
  };
  /** Compares the new reading (in `scratch`) with a stored one: as `order` in partial.ts. */
  const compare = (
    reading: number,
    unit: number,
    period: number,
    slot: number,
    which: number,
    steps: number,
  ): number => {
    const m = (slot * 2 + which) * READING;
    if (reading !== meta[m]) return reading < meta[m]! ? -1 : 1;
    const areas: Record<string, AreaLevel> = {};
    for (let a = 0; a < nAreas; a++) areas[areaIds[a]!] = levelOf(scratch[a]!, steps);
    const mine = readingKey({ reading, unit: units[unit]!, period: periods[period]!, areas });
    const theirs = readingKey(readingOf(slot, which, steps));
    return mine < theirs ? -1 : mine > theirs ? 1 : 0;
  };
  const store = (
    slot: number,
    which: number,
    reading: number,
    unit: number,
    period: number,
  ): void => {
    const m = (slot * 2 + which) * READING;
    meta[m] = reading;
    meta[m + 1] = unit;
    meta[m + 2] = period;
    levels.set(scratch, (slot * 2 + which) * nAreas);
  };

  /** Counts one valid reading whose levels are in `scratch`. */
  const count = (
    caseName: string,
    unit: number,
    period: number,
    perspective: number,
    scale: number,
    reading: number,
  ): void => {
    const steps = SCALE_STEPS[scale]!;
    const combo = comboOf(perspective, scale);
    const counts = groupOf(unit, period, combo, steps).counts;
    const width = steps + 3;
    for (let a = 0; a < nAreas; a++) counts[a * width + scratch[a]!]!++;

    const known = nameIds.size;
    const name = nameIds.id(caseName);
    if (name === known) {
      if (name >= nameHead.length) nameHead = grow(nameHead, name * 2);
      nameHead[name] = -1;
    }
    let slot = nameHead[name]!;
    while (slot >= 0 && slotCombo[slot] !== combo) slot = slotNext[slot]!;
    if (slot < 0) {
      room();
      slot = slots++;
      slotNext[slot] = nameHead[name]!;
      nameHead[name] = slot;
      slotName[slot] = name;
      slotCombo[slot] = combo;
      store(slot, 0, reading, unit, period);
      store(slot, 1, reading, unit, period);
      return;
    }
    if (compare(reading, unit, period, slot, 0, steps) < 0) store(slot, 0, reading, unit, period);
    if (compare(reading, unit, period, slot, 1, steps) > 0) store(slot, 1, reading, unit, period);
  };

  /** Counts a record (the path for anything the fast path does not take). */
  const addRecord = (r: StatisticsRecord): void => {
    const steps = stepsOf(r.scale)!;
    for (let a = 0; a < nAreas; a++) scratch[a] = slotOf(r.areas[areaIds[a]!]!, steps);
    const period = periodByName.get(r.period) ?? periods.push(r.period) - 1;
    periodByName.set(r.period, period);
    count(
      r.case,
      unitOf(r.unit),
      period,
      PERSPECTIVE_INDEX.get(r.perspective)!,
      SCALE_INDEX.get(r.scale)!,
      r.reading,
    );
  };

  const add = (assessment: Assessment, context: RecordContext): ParseResult<true> => {
    // The common case checked by hand, as strictly as `toStatisticsRecord`'s own fast path;
    // anything else goes through `toStatisticsRecord` for its result and its messages.
    try {
      if (fastContext(context, false)) {
        const x = assessment;
        const scale = SCALE_INDEX.get(x?.scale);
        const perspective = PERSPECTIVE_INDEX.get(x?.perspective?.kind);
        const granularity = GRANULARITY_INDEX.get(context.period ?? 'half')!;
        if (
          isObj(x) &&
          x.pack?.id === packId &&
          perspective !== undefined &&
          scale !== undefined &&
          isObj(x.areas) &&
          fill(x.areas, SCALE_STEPS[scale]!)
        ) {
          const unit = unitOf(context.unit);
          if (unit >= 0) {
            count(
              context.case,
              unit,
              periodOfDate(context.date, granularity),
              perspective,
              scale,
              context.reading ?? 1,
            );
            return OK;
          }
        }
      }
    } catch {
      // A getter that throws, a proxy: the record path says what is wrong.
    }
    const record = toStatisticsRecord(assessment, context, pack);
    if (!record.ok) return record;
    addRecord(record.value);
    return OK;
  };

  const partial = (): FollowUpPartial => {
    const acc = new Acc();
    distributionInto(acc);
    const out = acc.done();
    // Cases in the order of their key (case, perspective, pack, scale), as `toPartial` sorts
    // them: by name (a case pseudonym holds no control character, so the joined key orders by
    // name first), then by the rest of the key. Each unit path is copied once per partial.
    const names = nameIds.names();
    const order = new Int32Array(names.length);
    for (let i = 0; i < order.length; i++) order[i] = i;
    const sorted = Array.from(order).sort((x, y) => {
      const a = names[x]!;
      const b = names[y]!;
      return a < b ? -1 : a > b ? 1 : 0;
    });
    const unitCopies: UnitPath[] = [];
    const unitCopy = (u: number) => (unitCopies[u] ??= [...units[u]!]);
    const tails = new Map<number, string>();
    const tailOf = (combo: number) => {
      let t = tails.get(combo);
      if (t === undefined)
        tails.set(combo, (t = `${PERSPECTIVES[combo >> 2]}\u0000${SCALE_IDS[combo % 4]}`));
      return t;
    };
    const bySlot: number[] = [];
    for (const name of sorted) {
      bySlot.length = 0;
      for (let slot = nameHead[name]!; slot >= 0; slot = slotNext[slot]!) bySlot.push(slot);
      if (bySlot.length > 1)
        bySlot.sort((x, y) => {
          const a = tailOf(slotCombo[x]!);
          const b = tailOf(slotCombo[y]!);
          return a < b ? -1 : a > b ? 1 : 0;
        });
      for (const slot of bySlot) {
        const combo = slotCombo[slot]!;
        const steps = SCALE_STEPS[combo % 4]!;
        const first = readingOf(slot, 0, steps, unitCopy);
        const m0 = slot * 2 * READING;
        const m1 = m0 + READING;
        const same =
          meta[m0] === meta[m1] &&
          meta[m0 + 1] === meta[m1 + 1] &&
          meta[m0 + 2] === meta[m1 + 2] &&
          sameLevels(slot);
        out.cases.push({
          case: names[name]!,
          perspective: PERSPECTIVES[combo >> 2]!,
          pack: packId,
          scale: SCALE_IDS[combo % 4]!,
          first,
          latest: same ? first : readingOf(slot, 1, steps, unitCopy),
        });
      }
    }
    return out;
  };

  const sameLevels = (slot: number): boolean => {
    const at = slot * 2 * nAreas;
    for (let a = 0; a < nAreas; a++) if (levels[at + a] !== levels[at + nAreas + a]) return false;
    return true;
  };

  const distributionInto = (acc: Acc): void => {
    for (const g of groups) {
      const scale = SCALE_IDS[g.combo % 4]!;
      const width = SCALE_STEPS[g.combo % 4]! + 3;
      for (let a = 0; a < nAreas; a++) {
        acc.addCounts(
          units[g.unit]!,
          periods[g.period]!,
          PERSPECTIVES[g.combo >> 2]! as PerspectiveKind,
          packId,
          scale as ScaleId,
          areaIds[a]!,
          g.counts.subarray(a * width, (a + 1) * width),
        );
      }
    }
  };

  const closed = (): FollowUpPartial => {
    const acc = new Acc();
    distributionInto(acc);
    // Change: per case with a later latest reading, each area with a value at both.
    const moves = new Map<number, Uint32Array>(); // latest unit × combo → [up, same, down] × area
    for (let slot = 0; slot < slots; slot++) {
      const m0 = slot * 2 * READING;
      const m1 = m0 + READING;
      if (!(meta[m1]! > meta[m0]!)) continue;
      const combo = slotCombo[slot]!;
      const steps = SCALE_STEPS[combo % 4]!;
      const k = meta[m1 + 1]! * 32 + combo;
      let c = moves.get(k);
      if (!c) moves.set(k, (c = new Uint32Array(nAreas * 3)));
      const at = slot * 2 * nAreas;
      for (let a = 0; a < nAreas; a++) {
        const x = levels[at + a]!;
        const y = levels[at + nAreas + a]!;
        if (x >= steps || y >= steps) continue;
        c[a * 3 + (y > x ? 0 : y === x ? 1 : 2)]!++;
      }
    }
    for (const [k, c] of moves) {
      const combo = k % 32;
      for (let a = 0; a < nAreas; a++) {
        const up = c[a * 3]!;
        const same = c[a * 3 + 1]!;
        const down = c[a * 3 + 2]!;
        if (up + same + down === 0) continue;
        acc.addChange({
          unit: units[(k - combo) / 32]!,
          perspective: PERSPECTIVES[combo >> 2]!,
          pack: packId,
          scale: SCALE_IDS[combo % 4]!,
          area: areaIds[a]!,
          up,
          same,
          down,
        });
      }
    }
    // child-wheel-done: each case once, by the unit and period of its earliest first reading.
    const places = new Map<number, string>(); // period × unit → `period|unit`
    const placeOf = (period: number, unit: number) => {
      const k = period * units.length + unit;
      let s = places.get(k);
      if (s === undefined) places.set(k, (s = `${periods[period]}|${unitKey(unit)}`));
      return s;
    };
    const done = new Map<string, { unit: number; period: number; yes: number; no: number }>();
    for (let name = 0; name < nameIds.size; name++) {
      let child = false;
      let where = '';
      let unit = -1;
      let period = -1;
      for (let slot = nameHead[name]!; slot >= 0; slot = slotNext[slot]!) {
        const m0 = slot * 2 * READING;
        child ||= slotCombo[slot]! >> 2 === 0;
        const w = placeOf(meta[m0 + 2]!, meta[m0 + 1]!);
        if (unit < 0 || w < where) {
          where = w;
          unit = meta[m0 + 1]!;
          period = meta[m0 + 2]!;
        }
      }
      let d = done.get(where);
      if (!d) done.set(where, (d = { unit, period, yes: 0, no: 0 }));
      if (child) d.yes++;
      else d.no++;
    }
    for (const d of done.values())
      acc.addFidelity(units[d.unit]!, periods[d.period]!, 'child-wheel-done', d.yes, d.no);
    return mergePartials(acc.done());
  };
  const unitKey = (unit: number) => units[unit]!.join('/');

  return { add, partial, closed };
}

/**
 * Case pseudonyms → ids 0, 1, 2, …: an open-addressing hash table on typed arrays, with each
 * pseudonym's characters copied into one growing buffer. A million distinct pseudonyms kept as
 * strings in a `Map` are a million objects the garbage collector moves and marks again and
 * again; here the caller's string is garbage as soon as it is counted, and the strings are made
 * again only when the open partial needs them.
 */
class NameTable {
  size = 0;
  private slots = new Int32Array(1 << 12).fill(-1); // hash slot → id, or -1
  private hashes = new Int32Array(1 << 10);
  private starts = new Int32Array((1 << 10) + 1); // id → start in `chars`; starts[size] = end
  private chars = new Uint16Array(1 << 14);

  id(s: string): number {
    let h = 0x811c9dc5;
    const n = s.length;
    for (let i = 0; i < n; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    const mask = this.slots.length - 1;
    for (let at = h & mask; ; at = (at + 1) & mask) {
      const id = this.slots[at]!;
      if (id < 0) return this.insert(s, h, at);
      if (this.hashes[id] !== h) continue;
      const from = this.starts[id]!;
      if (this.starts[id + 1]! - from !== n) continue;
      let same = true;
      for (let i = 0; i < n; i++) {
        if (this.chars[from + i] !== s.charCodeAt(i)) {
          same = false;
          break;
        }
      }
      if (same) return id;
    }
  }

  private insert(s: string, h: number, at: number): number {
    const id = this.size++;
    if (id + 2 > this.hashes.length) {
      this.hashes = grow(this.hashes, this.hashes.length * 2);
      this.starts = grow(this.starts, this.hashes.length + 1);
    }
    const from = this.starts[id]!;
    if (from + s.length > this.chars.length) {
      const c = new Uint16Array(Math.max(this.chars.length * 2, from + s.length));
      c.set(this.chars);
      this.chars = c;
    }
    for (let i = 0; i < s.length; i++) this.chars[from + i] = s.charCodeAt(i);
    this.starts[id + 1] = from + s.length;
    this.hashes[id] = h;
    this.slots[at] = id;
    // At most half full, so a probe ends soon.
    if (this.size * 2 > this.slots.length) this.rehash();
    return id;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    for (let id = 0; id < this.size; id++) {
      let at = this.hashes[id]! & mask;
      while (slots[at]! >= 0) at = (at + 1) & mask;
      slots[at] = id;
    }
    this.slots = slots;
  }

  /** The pseudonyms, by id. */
  names(): string[] {
    const out = new Array<string>(this.size);
    const { chars, starts } = this;
    for (let id = 0; id < this.size; id++) {
      let name = '';
      // In pieces, so that no call gets more arguments than the engine allows.
      for (let at = starts[id]!; at < starts[id + 1]!; at += 4096) {
        const end = Math.min(at + 4096, starts[id + 1]!);
        name += String.fromCharCode.apply(null, chars.subarray(at, end) as unknown as number[]);
      }
      out[id] = name;
    }
    return out;
  }
}

/** The level of a counter slot on a scale of `steps` steps. */
const levelOf = (slot: number, steps: number): AreaLevel =>
  slot < steps
    ? slot + 1
    : slot === steps
      ? 'dont-know'
      : slot === steps + 1
        ? 'declined'
        : 'unanswered';

/** The counter slot of a level (as `slotOf` in partial.ts). */
const slotOf = (level: AreaLevel, steps: number): number =>
  typeof level === 'number'
    ? level - 1
    : level === 'dont-know'
      ? steps
      : level === 'declined'
        ? steps + 1
        : steps + 2;

/** The builder for an unusual pack: records, then `toPartial` (exact by construction). */
function recordBuilder(pack: PackAreas): PartialBuilder {
  const records: StatisticsRecord[] = [];
  const open = (): FollowUpPartial => {
    const result = toPartial(records);
    // Records from `toStatisticsRecord` are valid; an empty partial is the only other answer.
    return result.ok ? result.value : mergePartials();
  };
  return {
    add(assessment, context) {
      const record = toStatisticsRecord(assessment, context, pack);
      if (!record.ok) return record;
      records.push(record.value);
      return OK;
    },
    partial: open,
    closed: () => closeCases(open()),
  };
}

/**
 * Counts readings (an assessment and the host's context each) into a partial, open cases
 * included: the same partial as `toPartial` of their `toStatisticsRecord` records, without making
 * a record per reading. When any reading is invalid nothing is counted and the issues say which
 * (`[index, …path]`, at most 100). Never throws. Use {@link partialBuilder} to stream readings
 * without holding them, or to get the closed partial directly.
 *
 * @example
 * ```ts
 * const result = partialFromAssessments(
 *   readings.map((r) => ({ assessment: r.assessment, context: { case: r.caseId, unit: r.unit, date: r.date } })),
 *   defaultPack,
 * );
 * if (result.ok) send(closeCases(result.value));
 * ```
 */
export function partialFromAssessments(
  readings: Iterable<{ assessment: Assessment; context: RecordContext }>,
  pack: PackAreas,
): ParseResult<FollowUpPartial> {
  const builder = partialBuilder(pack);
  const issues: ValidationIssue[] = [];
  let index = -1;
  try {
    for (const reading of readings) {
      index++;
      if (issues.length >= 100) break;
      const added = builder.add(reading?.assessment, reading?.context);
      if (!added.ok) for (const i of added.issues) issues.push({ ...i, path: [index, ...i.path] });
    }
  } catch {
    issues.push({
      path: [Math.max(index, 0)],
      code: 'unreadable',
      message: { sv: `[${index}]: kunde inte läsas`, en: `[${index}]: could not be read` },
    });
  }
  if (issues.length) return { ok: false, issues };
  return { ok: true, value: builder.partial() };
}
