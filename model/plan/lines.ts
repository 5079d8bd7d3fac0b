/**
 * Lines of the lever grid for the plan search: one lever free, the others fixed. Along a
 * line the shortage risk is assumed not to rise towards the lever's safe end, so the
 * feasible points form one stretch at that end and the search looks for where it starts.
 *
 * Work is in "safe coordinates": for each lever 0 is its risky end and n its safe end
 * (the grid index, or n minus it for a lever whose lower values are the safer ones).
 */
import type { EvaluationStore, Entry } from './store.ts';
import { compareIdx } from './store.ts';

/** Lever c free; the other coordinates as in col (col[c] is ignored). */
export interface Line {
  readonly col: readonly number[];
  readonly c: number;
  /** Where the start of the feasible stretch probably is (safe coordinate). */
  readonly hint?: number;
}

/** A line's outcome: the evaluated candidate where its feasible stretch starts, or none. */
export interface Column {
  readonly col: readonly number[];
  readonly entry?: Entry;
}

/** Order of candidates: cheaper, then safer, then by grid indices. */
export function cheaper(a: Entry, b: Entry): number {
  return a.presentValue - b.presentValue || a.risk - b.risk || compareIdx(a.idx, b.idx);
}

/** Ranks columns: feasible before infeasible, then by their candidate. */
export function betterColumn(a: Column, b: Column): number {
  if (a.entry && b.entry) return cheaper(a.entry, b.entry);
  if (a.entry) return -1;
  if (b.entry) return 1;
  return compareIdx(a.col, b.col);
}

export function withAt(v: readonly number[], j: number, x: number): number[] {
  const out = v.slice();
  out[j] = x;
  return out;
}

/** u ≤ v in every coordinate but `skip`. */
function below(u: readonly number[], v: readonly number[], skip: number): boolean {
  for (let j = 0; j < u.length; j++) if (j !== skip && u[j] > v[j]) return false;
  return true;
}

function same(u: readonly number[], v: readonly number[], skip: number): boolean {
  for (let j = 0; j < u.length; j++) if (j !== skip && u[j] !== v[j]) return false;
  return true;
}

export class Lines {
  private readonly safeOf = new WeakMap<Entry, number[]>();
  /** The last fall of risk per grid step seen along each lever near the target. */
  private readonly slopes: number[];

  /** `dir[j]` is +1 when lever j's higher values are the safer ones, else −1. */
  constructor(
    private readonly store: EvaluationStore,
    readonly n: readonly number[],
    private readonly dir: readonly number[],
  ) {
    this.slopes = n.map(() => 0);
  }

  /** Safe coordinates ↔ grid indices (the map is its own inverse). */
  toIdx(u: readonly number[]): number[] {
    return u.map((x, j) => (this.dir[j] > 0 ? x : this.n[j] - x));
  }

  safe(e: Entry): number[] {
    let u = this.safeOf.get(e);
    if (u === undefined) {
      u = this.toIdx(e.idx);
      this.safeOf.set(e, u);
    }
    return u;
  }

  at(col: readonly number[], c: number, u: number): number[] {
    return this.toIdx(withAt(col, c, u));
  }

  /** What the evaluations so far imply for a line: its feasible stretch starts in
   *  (lo, hi]; hi = n + 1 when no feasible point is known. A feasible candidate makes
   *  every candidate at least as safe on every lever feasible; an infeasible one, every
   *  candidate at most as safe infeasible. */
  bracket(col: readonly number[], c: number): { lo: number; hi: number } {
    const top = this.n[c] + 1;
    let lo = -1;
    let hi = top;
    for (const e of this.store.entries) {
      const u = this.safe(e);
      if (e.feasible && u[c] < hi && below(u, col, c)) hi = u[c];
      else if (!e.feasible && u[c] > lo && below(col, u, c)) lo = u[c];
    }
    if (lo < hi) return { lo, hi };
    // The evaluations contradict the assumption: trust the line's own ones only.
    lo = -1;
    hi = top;
    const own = this.store.entries.map((e) => [this.safe(e), e] as const);
    for (const [u, e] of own) if (same(u, col, c) && e.feasible) hi = Math.min(hi, u[c]);
    for (const [u, e] of own) {
      if (same(u, col, c) && !e.feasible && u[c] < hi) lo = Math.max(lo, u[c]);
    }
    return { lo, hi };
  }

  /**
   * Where the feasible stretch starts on each line, to within `tol` grid steps (the
   * answer is then an evaluated feasible point at most `tol` steps above the start). All
   * lines are searched together, one probe per open line per batch. A probe goes where the
   * risk is interpolated to cross the target (false position), or halves the bracket when
   * the last two probes did not.
   */
  async solve(lines: readonly Line[], tol = 0): Promise<Column[]> {
    const widths = lines.map((): number[] => []);
    for (;;) {
      const wants: number[][] = [];
      let alone: { line: Line; lo: number; hi: number; x?: number } | undefined;
      lines.forEach((line, i) => {
        const { col, c } = line;
        const { lo, hi } = this.bracket(col, c);
        const known = hi <= this.n[c] && this.store.get(this.at(col, c, hi)) !== undefined;
        const virtual = hi > this.n[c];
        if (hi - lo > tol + 1 || (virtual && hi - lo > 1)) {
          const w = widths[i];
          w.push(hi - lo);
          const slow = w.length >= 3 && 2 * w[w.length - 1] > w[w.length - 3];
          const x = slow ? undefined : this.guess(line, lo, hi);
          wants.push(this.at(col, c, x ?? (lo + hi) >> 1));
          alone = { line, lo, hi, x };
        } else if (hi <= this.n[c] && !known) {
          wants.push(this.at(col, c, hi));
        }
      });
      if (wants.length === 0) break;
      // One probe alone would leave a worker idle: two probes a third of the way apart,
      // or one on each side of the guess.
      if (wants.length === 1 && alone) {
        const { line, lo, hi, x } = alone;
        const third = Math.max(1, Math.round((hi - lo) / 3));
        const pair =
          x === undefined
            ? [lo + third, hi - third]
            : x - tol - 1 > lo
              ? [x, x - tol - 1]
              : [x, x + 1];
        const inside = [...new Set(pair)].filter((u) => u > lo && u < hi);
        if (inside.length > 0) {
          wants.length = 0;
          for (const u of inside) wants.push(this.at(line.col, line.c, u));
        }
      }
      const before = this.store.count;
      await this.store.batch(wants);
      if (this.store.count === before) break; // cannot happen; never loop without progress
    }
    return lines.map(({ col, c }) => {
      const { hi } = this.bracket(col, c);
      const entry = hi <= this.n[c] ? this.store.get(this.at(col, c, hi)) : undefined;
      return entry ? { col, entry } : { col };
    });
  }

  /** Where the target is probably crossed on a line, strictly inside (lo, hi): between the
   *  line's own evaluations by linear interpolation of the risk, else from one of them
   *  with the last slope seen along this lever, else the hint; undefined: no idea. */
  private guess(line: Line, lo: number, hi: number): number | undefined {
    const { col, c } = line;
    let under: [number, number] | undefined;
    let over: [number, number] | undefined;
    for (const e of this.store.entries) {
      const u = this.safe(e);
      if (!same(u, col, c)) continue;
      if (e.feasible && u[c] >= hi && (!over || u[c] < over[0])) over = [u[c], e.risk];
      if (!e.feasible && u[c] <= lo && (!under || u[c] > under[0])) under = [u[c], e.risk];
    }
    const limit = this.store.limit;
    let x: number | undefined;
    if (under && over && under[1] > over[1]) {
      this.slopes[c] = (under[1] - over[1]) / (over[0] - under[0]);
      x = under[0] + (under[1] - limit) / this.slopes[c];
    } else if ((under ?? over) && this.slopes[c] > 0) {
      const [u, r] = (under ?? over)!;
      x = u + (r - limit) / this.slopes[c];
    } else x = line.hint;
    if (x === undefined || !Number.isFinite(x)) return undefined;
    return Math.min(hi - 1, Math.max(lo + 1, Math.ceil(x - 1e-9)));
  }
}
