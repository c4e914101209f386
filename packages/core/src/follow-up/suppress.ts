/**
 * @internal Cell suppression over additive tables. A table is a set of cells (true counts) and a
 * set of equations `total = Σ parts` that a reader can form from what is published: a row total
 * and its cells (`row`), a unit and its sub-units (`unit`).
 *
 * Primary suppression hides every count from 1 to threshold − 1, and every cell of a row whose
 * total is that small. Complementary suppression then repeats, until nothing changes, over
 * every equation whose total is shown: the hidden parts must be none, add up to zero, or be at
 * least two that add up to the threshold or more (so `total − visible parts` reveals neither one
 * hidden count nor a small group); over every equation whose total is hidden: at least one part must be hidden too (or
 * the total is their sum). A last audit solves the published equations exactly and hides more
 * while any hidden cell with a count under the threshold could be calculated.
 */
import type { SuppressionReason } from './types.ts';

/** State of a cell: 0 shown, else why it is hidden. */
const SHOWN = 0;
const REASONS: SuppressionReason[] = ['small-group', 'complementary-row', 'complementary-unit'];

export interface Equation {
  total: number;
  parts: number[];
  kind: 'row' | 'unit';
}

export class Grid {
  values: number[] = [];
  private state: number[] = [];
  equations: Equation[] = [];
  private byCell: number[][] = [];

  constructor(readonly threshold: number) {}

  cell(value: number): number {
    this.values.push(value);
    this.state.push(SHOWN);
    this.byCell.push([]);
    return this.values.length - 1;
  }

  equation(total: number, parts: number[], kind: 'row' | 'unit') {
    const index = this.equations.length;
    this.equations.push({ total, parts, kind });
    this.byCell[total]!.push(index);
    for (const p of parts) this.byCell[p]!.push(index);
  }

  hidden(cell: number): boolean {
    return this.state[cell] !== SHOWN;
  }

  reason(cell: number): SuppressionReason | undefined {
    const s = this.state[cell]!;
    return s === SHOWN ? undefined : REASONS[s - 1];
  }

  private small(v: number): boolean {
    return v > 0 && v < this.threshold;
  }

  run(): void {
    const queue: number[] = [];
    const queued = new Uint8Array(this.equations.length);
    const hide = (cell: number, reason: 1 | 2 | 3) => {
      if (this.state[cell] !== SHOWN) return;
      this.state[cell] = reason;
      for (const e of this.byCell[cell]!) {
        if (!queued[e]) {
          queued[e] = 1;
          queue.push(e);
        }
      }
    };
    // Primary: small counts, and every cell of a small row.
    for (let c = 0; c < this.values.length; c++) if (this.small(this.values[c]!)) hide(c, 1);
    for (const e of this.equations) {
      if (e.kind === 'row' && this.small(this.values[e.total]!))
        for (const p of e.parts) hide(p, 1);
    }
    for (let e = 0; e < this.equations.length; e++) {
      if (!queued[e]) {
        queued[e] = 1;
        queue.push(e);
      }
    }
    const settle = () => {
      // First in, first out: rows (laid out first) before units, so reasons name the row first.
      for (let head = 0; head < queue.length; head++) {
        const e = queue[head]!;
        queued[e] = 0;
        this.fix(this.equations[e]!, hide);
      }
      queue.length = 0;
    };
    settle();
    // Audit: until no hidden small count can be solved for from the shown figures.
    for (let round = 0; round < 1000; round++) {
      const exposed = this.exposed();
      if (exposed === undefined) break;
      // Hide one more shown part of an equation through the exposed cell: the smallest.
      const eqs = this.byCell[exposed]!.map((i) => this.equations[i]!);
      let best = -1;
      let kind: 'row' | 'unit' = 'row';
      for (const e of eqs) {
        for (const c of [e.total, ...e.parts]) {
          if (!this.hidden(c) && (best < 0 || this.values[c]! < this.values[best]!)) {
            best = c;
            kind = e.kind;
          }
        }
      }
      if (best < 0) break;
      hide(best, kind === 'row' ? 2 : 3);
      settle();
    }
  }

  /** Makes one equation safe by hiding more of it. */
  private fix(e: Equation, hide: (cell: number, reason: 1 | 2 | 3) => void) {
    const reason = e.kind === 'row' ? 2 : 3;
    const v = this.values;
    for (;;) {
      let count = 0;
      let sum = 0;
      let smallest = -1;
      let smallestPositive = -1;
      for (const p of e.parts) {
        if (this.hidden(p)) {
          count++;
          sum += v[p]!;
        } else {
          if (smallest < 0 || v[p]! < v[smallest]!) smallest = p;
          if (v[p]! > 0 && (smallestPositive < 0 || v[p]! < v[smallestPositive]!))
            smallestPositive = p;
        }
      }
      if (this.hidden(e.total)) {
        // A hidden total must not be the sum of shown parts.
        if (count > 0 || smallest < 0) return;
        hide(smallestPositive >= 0 ? smallestPositive : smallest, reason);
        continue;
      }
      // Safe: nothing hidden; hidden cells that add up to zero (an empty group is no small
      // group); or at least two hidden cells that add up to the threshold or more.
      if (count === 0 || sum === 0) return;
      if (count >= 2 && sum >= this.threshold) return;
      // A positive count hides more than a zero does; a zero only helps when the sum is enough.
      const pick = smallestPositive >= 0 ? smallestPositive : sum >= this.threshold ? smallest : -1;
      // Nothing left in the equation that helps: hide its total instead.
      hide(pick >= 0 ? pick : e.total, reason);
    }
  }

  /**
   * A hidden cell with a count from 1 to threshold − 1 that the shown figures determine, if any:
   * Gaussian elimination over the hidden cells of each connected set of equations.
   */
  private exposed(): number | undefined {
    // Unknowns: hidden cells; equations with at least one unknown, shown values moved aside.
    const index = new Map<number, number>();
    const rows: Map<number, number>[] = [];
    for (const e of this.equations) {
      const row = new Map<number, number>();
      const add = (c: number, k: number) => {
        if (!this.hidden(c)) return;
        let j = index.get(c);
        if (j === undefined) index.set(c, (j = index.size));
        row.set(j, (row.get(j) ?? 0) + k);
        if (row.get(j) === 0) row.delete(j);
      };
      add(e.total, 1);
      for (const p of e.parts) add(p, -1);
      if (row.size) rows.push(row);
    }
    if (!index.size) return undefined;
    const cells = [...index.keys()];
    // Equations only link the hidden cells they share: solve each connected set on its own, and
    // only the sets that hold a small count at all.
    const up = cells.map((_, i) => i);
    const find = (i: number): number => {
      while (up[i] !== i) i = up[i] = up[up[i]!]!;
      return i;
    };
    for (const row of rows) {
      let first = -1;
      for (const j of row.keys()) {
        if (first < 0) first = find(j);
        else up[find(j)] = first;
      }
    }
    const groups = new Map<number, Map<number, number>[]>();
    for (const row of rows) {
      const root = find(row.keys().next().value!);
      let g = groups.get(root);
      if (!g) groups.set(root, (g = []));
      g.push(row);
    }
    const hasSmall = new Set<number>();
    cells.forEach((cell, j) => {
      if (this.small(this.values[cell]!)) hasSmall.add(find(j));
    });
    for (const [root, group] of groups) {
      if (!hasSmall.has(root)) continue;
      const found = this.solve(group, cells);
      if (found !== undefined) return found;
    }
    return undefined;
  }

  /** Gaussian elimination over one connected set of equations; a determined small cell, if any. */
  private solve(rows: Map<number, number>[], cells: number[]): number | undefined {
    // Sparse elimination with exact small integers kept as floats; pivots on the variables in order.
    const pivotOf = new Map<number, Map<number, number>>();
    for (let row of rows) {
      row = new Map(row);
      for (;;) {
        let reduced = false;
        for (const [j, k] of row) {
          const p = pivotOf.get(j);
          if (!p) continue;
          const f = k / p.get(j)!;
          for (const [jj, kk] of p) {
            const n = (row.get(jj) ?? 0) - f * kk;
            if (Math.abs(n) < 1e-9) row.delete(jj);
            else row.set(jj, n);
          }
          reduced = true;
          break;
        }
        if (!reduced) break;
      }
      if (!row.size) continue;
      const j = Math.min(...row.keys());
      pivotOf.set(j, row);
      // Keep earlier pivots reduced by the new one (reduced row echelon form).
      for (const [jj, other] of pivotOf) {
        if (jj === j || !other.has(j)) continue;
        const f = other.get(j)! / row.get(j)!;
        for (const [x, kx] of row) {
          const n = (other.get(x) ?? 0) - f * kx;
          if (Math.abs(n) < 1e-9) other.delete(x);
          else other.set(x, n);
        }
      }
    }
    // A variable is determined when its pivot row has no other variable.
    for (const [j, row] of pivotOf) {
      if (row.size === 1) {
        const cell = cells[j]!;
        if (this.small(this.values[cell]!)) return cell;
      }
    }
    return undefined;
  }
}
