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

/** Buffers of `anyDetermined`, grown as needed and left zero after each call. */
const scratch = {
  pivots: new Float64Array(0),
  supp: new Int32Array(0),
  has: new Uint8Array(0),
};

/** Kind of an equation: 0 a row, 1 a unit and its sub-units. */
type Kind = 0 | 1;

/**
 * Cells and equations in flat integer arrays (a county table has some 100 000 cells): equation
 * `e` is `cells[start[e]]` (the total) = Σ `cells[start[e] + 1 … start[e + 1] − 1]` (the parts).
 */
export class Grid {
  values: number[] = [];
  private state: Uint8Array = new Uint8Array(0);
  private start: number[] = [0];
  private cells: number[] = [];
  private kinds: Kind[] = [];
  /** Per cell, the equations it is in (CSR: `byCell[byStart[c] … byStart[c + 1] − 1]`). */
  private byStart: Int32Array = new Int32Array(1);
  private byCell: Int32Array = new Int32Array(0);

  constructor(readonly threshold: number) {}

  cell(value: number): number {
    this.values.push(value);
    return this.values.length - 1;
  }

  equation(total: number, parts: readonly number[], kind: 'row' | 'unit') {
    this.cells.push(total);
    for (let i = 0; i < parts.length; i++) this.cells.push(parts[i]!);
    this.start.push(this.cells.length);
    this.kinds.push(kind === 'row' ? 0 : 1);
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

  /** The cell → equations index, built once all equations are laid. */
  private index(): void {
    const n = this.values.length;
    const m = this.kinds.length;
    const { start, cells } = this;
    const count = new Int32Array(n + 1);
    for (let i = 0; i < cells.length; i++) count[cells[i]! + 1]!++;
    for (let c = 0; c < n; c++) count[c + 1]! += count[c]!;
    const by = new Int32Array(cells.length);
    const fill = count.slice(0, n);
    for (let e = 0; e < m; e++) {
      for (let i = start[e]!; i < start[e + 1]!; i++) by[fill[cells[i]!]!++] = e;
    }
    this.byStart = count;
    this.byCell = by;
    this.state = new Uint8Array(n);
  }

  run(): void {
    this.index();
    const m = this.kinds.length;
    const { start, cells, kinds, byStart, byCell, state } = this;
    const queue: number[] = [];
    const queued = new Uint8Array(m);
    const hide = (cell: number, reason: 1 | 2 | 3) => {
      if (state[cell] !== SHOWN) return;
      state[cell] = reason;
      for (let i = byStart[cell]!; i < byStart[cell + 1]!; i++) {
        const e = byCell[i]!;
        if (!queued[e]) {
          queued[e] = 1;
          queue.push(e);
        }
      }
    };
    // Primary: small counts, and every cell of a small row.
    for (let c = 0; c < this.values.length; c++) if (this.small(this.values[c]!)) hide(c, 1);
    for (let e = 0; e < m; e++) {
      if (kinds[e] === 0 && this.small(this.values[cells[start[e]!]!]!))
        for (let i = start[e]! + 1; i < start[e + 1]!; i++) hide(cells[i]!, 1);
    }
    for (let e = 0; e < m; e++) {
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
        this.fix(e, hide);
      }
      queue.length = 0;
    };
    settle();
    // Audit: until no hidden small count can be solved for from the shown figures. A connected
    // set of hidden cells found safe stays safe while no cell of it is hidden anew (its equations
    // and unknowns are then the same), so each round solves only sets with a cell not yet audited.
    const audited = new Uint8Array(this.values.length);
    for (let round = 0; round < 1000; round++) {
      const exposed = this.exposed(audited);
      if (exposed === undefined) break;
      // Hide one more shown part of an equation through the exposed cell: the smallest.
      let best = -1;
      let kind: Kind = 0;
      for (let i = byStart[exposed]!; i < byStart[exposed + 1]!; i++) {
        const e = byCell[i]!;
        for (let j = start[e]!; j < start[e + 1]!; j++) {
          const c = cells[j]!;
          if (state[c] === SHOWN && (best < 0 || this.values[c]! < this.values[best]!)) {
            best = c;
            kind = kinds[e]!;
          }
        }
      }
      if (best < 0) break;
      hide(best, kind === 0 ? 2 : 3);
      settle();
    }
  }

  /** Makes one equation safe by hiding more of it. */
  private fix(e: number, hide: (cell: number, reason: 1 | 2 | 3) => void) {
    const reason = this.kinds[e] === 0 ? 2 : 3;
    const v = this.values;
    const { state, cells } = this;
    const total = cells[this.start[e]!]!;
    const from = this.start[e]! + 1;
    const to = this.start[e + 1]!;
    for (;;) {
      let count = 0;
      let sum = 0;
      let smallest = -1;
      let smallestPositive = -1;
      for (let i = from; i < to; i++) {
        const p = cells[i]!;
        if (state[p] !== SHOWN) {
          count++;
          sum += v[p]!;
        } else {
          if (smallest < 0 || v[p]! < v[smallest]!) smallest = p;
          if (v[p]! > 0 && (smallestPositive < 0 || v[p]! < v[smallestPositive]!))
            smallestPositive = p;
        }
      }
      if (state[total] !== SHOWN) {
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
      hide(pick >= 0 ? pick : total, reason);
    }
  }

  /**
   * A hidden cell with a count from 1 to threshold − 1 that the shown figures determine, if any:
   * Gaussian elimination over the hidden cells of each connected set of equations that holds a
   * small count and a cell not yet `audited` (sets solved and found safe are marked audited).
   */
  private exposed(audited: Uint8Array): number | undefined {
    const { start, cells, state, values } = this;
    const m = this.kinds.length;
    // Union-find over hidden cells, linked by the equations they share.
    const up = new Int32Array(values.length).fill(-1);
    const find = (i: number): number => {
      while (up[i] !== i) i = up[i] = up[up[i]!]!;
      return i;
    };
    let any = false;
    for (let e = 0; e < m; e++) {
      let first = -1;
      for (let i = start[e]!; i < start[e + 1]!; i++) {
        const c = cells[i]!;
        if (state[c] === SHOWN) continue;
        if (up[c]! < 0) up[c] = c;
        if (first < 0) first = find(c);
        else up[find(c)] = first;
        any = true;
      }
    }
    if (!any) return undefined;
    // A set needs solving when it holds a small count and a cell not audited yet.
    const small = new Uint8Array(values.length);
    const fresh = new Uint8Array(values.length);
    for (let c = 0; c < values.length; c++) {
      if (up[c]! < 0) continue;
      const r = find(c);
      if (this.small(values[c]!)) small[r] = 1;
      if (!audited[c]) fresh[r] = 1;
    }
    // The equations of each such set, in order, with shown values moved aside.
    const groups = new Map<number, Map<number, number>[]>();
    for (let e = 0; e < m; e++) {
      let row: Map<number, number> | undefined;
      let root = -1;
      for (let i = start[e]!; i < start[e + 1]!; i++) {
        const c = cells[i]!;
        if (state[c] === SHOWN) continue;
        if (root < 0) {
          root = find(c);
          if (!small[root] || !fresh[root]) break;
          row = new Map();
        }
        const k = i === start[e] ? 1 : -1;
        const n = (row!.get(c) ?? 0) + k;
        if (n === 0) row!.delete(c);
        else row!.set(c, n);
      }
      if (!row?.size) continue;
      let g = groups.get(root);
      if (!g) groups.set(root, (g = []));
      g.push(row);
    }
    // Solve sets in the order of their first equation, as before.
    const safe = new Uint8Array(values.length);
    let found: number | undefined;
    for (const [root, group] of groups) {
      // The typed-array elimination says whether any small cell is determined; only then does
      // the `Map` one run, to name the same cell as it always has.
      found = this.anyDetermined(group) ? this.solve(group) : undefined;
      if (found !== undefined) break;
      safe[root] = 1;
    }
    for (let c = 0; c < values.length; c++) if (up[c]! >= 0 && safe[find(c)]) audited[c] = 1;
    return found;
  }

  /**
   * Whether the equations determine any small cell: the elimination of `solve` (the same pivots,
   * in the same order, reduced row echelon form) on dense typed-array rows over the set's cells,
   * instead of `Map` rows. A variable is determined exactly when its pivot row holds nothing else,
   * whatever the order of elimination, so this answers as `solve` does; `solve` then names the
   * cell when there is one.
   */
  anyDetermined(rows: Map<number, number>[]): boolean {
    // Local columns in the order of the cells' ids, so the smallest column is the smallest id.
    const ids: number[] = [];
    const local = new Map<number, number>();
    for (const row of rows) for (const c of row.keys()) if (!local.has(c)) local.set(c, 0);
    for (const c of local.keys()) ids.push(c);
    ids.sort((a, b) => a - b);
    for (let i = 0; i < ids.length; i++) local.set(ids[i]!, i);
    const n = ids.length;
    const most = Math.min(rows.length, n);
    // Pivot row p: dense values at p × n, and the columns it may hold (`supp`, a superset of its
    // non-zeros, marked in `has`), so that a reduction walks those columns rather than all.
    // Kept between calls (zero again on return), so a publish with many sets allocates them once.
    if (scratch.pivots.length < most * n) {
      scratch.pivots = new Float64Array(most * n);
      scratch.supp = new Int32Array(most * n);
      scratch.has = new Uint8Array(most * n);
    }
    const { pivots, supp, has } = scratch;
    const suppLen = new Int32Array(most);
    const pivotCol = new Int32Array(most);
    const rowOfCol = new Int32Array(n).fill(-1);
    const nz = new Int32Array(n); // columns of the new row that are not zero
    const r = new Float64Array(n);
    let count = 0;
    for (const row of rows) {
      r.fill(0);
      for (const [c, k] of row) r[local.get(c)!] = k;
      // Reduce by every pivot the row holds (pivot rows hold no other pivot's column).
      for (const [c] of row) {
        const j = local.get(c)!;
        const p = rowOfCol[j]!;
        if (p < 0 || r[j] === 0) continue;
        const at = p * n;
        const f = r[j]! / pivots[at + j]!;
        for (let i = at, end = at + suppLen[p]!; i < end; i++) {
          const x = supp[i]!;
          const v = pivots[at + x]!;
          if (v !== 0) {
            const y = r[x]! - f * v;
            r[x] = Math.abs(y) < 1e-9 ? 0 : y;
          }
        }
      }
      let m = 0;
      for (let x = 0; x < n; x++) if (r[x] !== 0) nz[m++] = x;
      if (m === 0) continue;
      const j = nz[0]!;
      const p = count++;
      const at = p * n;
      for (let i = 0; i < m; i++) {
        const x = nz[i]!;
        pivots[at + x] = r[x]!;
        supp[at + i] = x;
        has[at + x] = 1;
      }
      suppLen[p] = m;
      pivotCol[p] = j;
      rowOfCol[j] = p;
      // Keep earlier pivots reduced by the new one.
      const kj = r[j]!;
      for (let q = 0; q < p; q++) {
        const qt = q * n;
        const ko = pivots[qt + j]!;
        if (ko === 0) continue;
        const f = ko / kj;
        for (let i = 0; i < m; i++) {
          const x = nz[i]!;
          const y = pivots[qt + x]! - f * r[x]!;
          pivots[qt + x] = Math.abs(y) < 1e-9 ? 0 : y;
          if (!has[qt + x]) {
            has[qt + x] = 1;
            supp[qt + suppLen[q]!++] = x;
          }
        }
      }
    }
    // A determined variable: a pivot row with nothing else.
    let found = false;
    for (let p = 0; p < count; p++) {
      const at = p * n;
      let others = 0;
      for (let i = at, end = at + suppLen[p]!; i < end; i++) {
        const x = supp[i]!;
        if (pivots[at + x] !== 0) others++;
        pivots[at + x] = 0;
        has[at + x] = 0;
      }
      if (others === 1 && this.small(this.values[ids[pivotCol[p]!]!]!)) found = true;
    }
    return found;
  }

  /** Gaussian elimination over one connected set of equations; a determined small cell, if any. */
  private solve(rows: Map<number, number>[]): number | undefined {
    // Sparse reduced row echelon form with exact small integers kept as floats. A pivot row holds
    // no other pivot's variable, so a new row is reduced by each pivot it holds once.
    const pivotOf = new Map<number, Map<number, number>>();
    const pivots: number[] = [];
    for (let row of rows) {
      row = new Map(row);
      pivots.length = 0;
      for (const j of row.keys()) if (pivotOf.has(j)) pivots.push(j);
      for (const j of pivots) {
        const k = row.get(j);
        if (k === undefined) continue;
        const p = pivotOf.get(j)!;
        const f = k / p.get(j)!;
        for (const [jj, kk] of p) {
          const n = (row.get(jj) ?? 0) - f * kk;
          if (Math.abs(n) < 1e-9) row.delete(jj);
          else row.set(jj, n);
        }
      }
      if (!row.size) continue;
      let j = Infinity;
      for (const x of row.keys()) if (x < j) j = x;
      pivotOf.set(j, row);
      // Keep earlier pivots reduced by the new one (reduced row echelon form).
      const kj = row.get(j)!;
      for (const [jj, other] of pivotOf) {
        if (jj === j) continue;
        const ko = other.get(j);
        if (ko === undefined) continue;
        const f = ko / kj;
        for (const [x, kx] of row) {
          const n = (other.get(x) ?? 0) - f * kx;
          if (Math.abs(n) < 1e-9) other.delete(x);
          else other.set(x, n);
        }
      }
    }
    // A variable is determined when its pivot row has no other variable.
    for (const [cell, row] of pivotOf) {
      if (row.size === 1 && this.small(this.values[cell]!)) return cell;
    }
    return undefined;
  }
}
