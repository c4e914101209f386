/**
 * @internal Integer keys for rows of a partial. A row's key is a tuple of strings (unit path,
 * period, perspective, pack, scale, area, …); merging, checking and laying out thousands of rows
 * by a joined string per row costs more than the counting. Each field's strings are interned to
 * small ids once, and a row's key is the ids packed into one number (at most 53 bits). At the end
 * the ids are ranked in string order, so that rows sort exactly as their joined keys would
 * (`\u0000` between fields, which no valid field holds, orders a tuple field by field).
 */
import type { UnitPath } from './types.ts';

/** Raised when an id does not fit its bits: the caller takes its string-keyed path instead. */
export const TOO_MANY = new Error('follow-up: too many distinct keys for integer keys');

const byString = (list: readonly string[]) => (a: number, b: number) => {
  const x = list[a]!;
  const y = list[b]!;
  return x < y ? -1 : x > y ? 1 : 0;
};

/** Strings of one field to ids 0, 1, 2, … in the order first seen, at most `2 ** bits`. */
export class Interner {
  private readonly ids = new Map<unknown, number>();
  readonly list: string[] = [];
  private readonly max: number;
  // Rows in a partial come sorted, so a field often repeats the last row's value.
  private last: unknown = undefined;
  private lastId = -1;

  constructor(bits: number) {
    this.max = 2 ** bits;
  }

  id(s: string): number {
    if (s === this.last) return this.lastId;
    let i = this.ids.get(s);
    if (i === undefined) {
      // A field holding the separator would order differently from its joined key.
      if (this.list.length >= this.max || s.includes('\u0000')) throw TOO_MANY;
      i = this.list.length;
      this.list.push(s);
      this.ids.set(s, i);
    }
    this.last = s;
    this.lastId = i;
    return i;
  }

  /** Per id, its place in string order. */
  ranks(): Float64Array {
    const order = this.list.map((_, i) => i).sort(byString(this.list));
    const rank = new Float64Array(order.length);
    for (let k = 0; k < order.length; k++) rank[order[k]!] = k;
    return rank;
  }
}

/**
 * Unit paths to ids by their joined path (`a/b/c`), recognising the arrays it has seen by
 * identity. Sound within one synchronous call, during which nobody can change the arrays.
 */
export class UnitIds extends Interner {
  private readonly byArray = new Map<unknown, number>();
  /** One copy of each path, made from the first array seen with it. */
  readonly copies: UnitPath[] = [];

  private lastPath: unknown = undefined;
  private lastUnit = -1;

  unit(path: UnitPath): number {
    if (path === this.lastPath) return this.lastUnit;
    let i = this.byArray.get(path);
    if (i === undefined) {
      const joined = path.join('/');
      i = this.id(joined);
      if (i === this.copies.length) this.copies.push([...path]);
      this.byArray.set(path, i);
    }
    this.lastPath = path;
    this.lastUnit = i;
    return i;
  }
}

/**
 * Bits of each field of a key. A row is found by its unit, then by the rest packed into
 * 8 + 3 + 4 + 3 + 10 = 28 bits (a small integer, unboxed in a `Map`); sorted by unit × 2²⁸ + rest.
 */
export const BITS = { unit: 24, period: 8, perspective: 3, pack: 4, scale: 3, area: 10 } as const;

/**
 * One interner per field of a row's key (everything but the unit, which each caller keys its own
 * way), sized by `BITS`; the fidelity indicators have 4 bits.
 *
 * @example
 * const { periods, areas } = keyInterners();
 * periods.id('2026-vt'); // 0
 */
export function keyInterners() {
  return {
    periods: new Interner(BITS.period),
    perspectives: new Interner(BITS.perspective),
    packs: new Interner(BITS.pack),
    scales: new Interner(BITS.scale),
    areas: new Interner(BITS.area),
    indicators: new Interner(4),
  };
}
