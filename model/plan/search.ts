/**
 * The least-cost plan search (MODEL.md §8; the method in words: docs/plan-search.md).
 *
 * It works on grid indices. The corners of the lever box tell each lever's safe end (where
 * the shortage risk is lower) and whether the lever costs more there. A lever that is safer
 * and no dearer at one end is set there; of the others (the trade-offs), the one with the
 * largest effect on risk "closes the gap": for any setting of the rest (a column), its
 * cheapest feasible value is found on its grid by safeguarded false position (lines.ts).
 * The rest are searched over the range where a plan can be cheapest: a coarse grid, then
 * a pattern search from the two best coarse columns, halving its step down to one grid
 * step, then a last look with each other trade-off lever closing the gap. The answer is
 * the cheapest feasible candidate ever evaluated; when none is, the safest.
 */
import { leverGrid, type LeverGrid } from './grid.ts';
import { type Column, Lines, betterColumn, cheaper, withAt } from './lines.ts';
import { EvaluationStore, type Entry, abortError, compareIdx } from './store.ts';
import { leverValue } from './types.ts';
import type { PlanEvaluator, PlanSearchOptions, PlanSearchResult, PlanSpec } from './types.ts';
import { planMessage } from './words.ts';

export async function searchPlan(
  spec: PlanSpec,
  evaluate: PlanEvaluator,
  options: PlanSearchOptions = {},
): Promise<PlanSearchResult> {
  if (options.signal?.aborted) throw abortError();
  const grids = spec.levers.map(leverGrid);
  const limit = spec.target.maxShortageProbability;
  const store = new EvaluationStore(grids, limit, evaluate, options, estimate(grids));
  await new Search(store).run();
  store.finish();
  return result(spec, store);
}

/** A rough count of the evaluations ahead, for progress ("candidate 40 of about 120"):
 *  what synthetic cases needed on average, by the number of levers that move, for grids
 *  of 101 points, scaled by the bits of the finest grid. */
export function estimate(grids: readonly LeverGrid[]): number {
  const ns = grids.map((g) => g.n).filter((n) => n > 0);
  const m = ns.length;
  if (m === 0) return 1;
  const bits = Math.ceil(Math.log2(Math.max(...ns) + 1));
  const typical = [10, 60, 145, 290][m - 1];
  return Math.max(2 ** m + 1, Math.round((typical * bits) / 7));
}

/** Coarse grid divisions of the searched (non-closing) levers, by how many there are. */
function coarseDivisions(searched: number): number {
  return searched === 1 ? 4 : searched === 2 ? 2 : 1;
}

/** The pattern search starts from this many of the best coarse columns: the cost along
 *  the boundary may have more than one valley. */
const STARTS = 2;

/** At one grid step, the last look reaches this far (grid steps) along each searched
 *  lever: the cost along the boundary is jagged at the grid's scale, since the closing
 *  lever moves in whole steps. */
function reach(searched: number): number {
  return searched === 1 ? 4 : 2;
}

/** A move in the last look, or while polishing, must gain more than this share of the
 *  cost: the jags it is for are larger, and chasing smaller gains costs evaluations. */
const MATERIAL = 1e-3;

function safer(a: Entry, b: Entry): number {
  return a.risk - b.risk || a.presentValue - b.presentValue || compareIdx(a.idx, b.idx);
}

class Search {
  private readonly n: number[];
  /** +1 when a higher value is safer (lower shortage risk), −1 when a lower one is. */
  private readonly dir: number[];
  private readonly lines: Lines;
  /** The lever that closes the gap, and the levers searched (safe coordinates). */
  private closing = -1;
  private searched: readonly number[] = [];
  /** Columns solved for the current closing lever: key → [column, closing value]. */
  private readonly solved = new Map<string, [readonly number[], number]>();

  constructor(private readonly store: EvaluationStore) {
    this.n = store.grids.map((g) => g.n);
    this.dir = this.n.map(() => 1);
    this.lines = new Lines(store, this.n, this.dir);
  }

  async run(): Promise<void> {
    const active = this.n.flatMap((n, j) => (n > 0 ? [j] : []));
    const corners = await this.store.batch(cornerPoints(this.n, active));
    const effect = this.n.map(() => 0);
    const costUp = this.n.map(() => 0);
    for (const j of active) {
      const [dRisk, dCost] = this.differences(corners, j);
      this.dir[j] = dRisk >= 0 ? 1 : -1;
      effect[j] = Math.abs(dRisk);
      costUp[j] = this.dir[j] * dCost;
    }
    if (!corners.some((e) => e.feasible)) {
      await this.probe(active);
      return;
    }
    // Safer and no dearer at one end: set there. No effect on risk: the cheap end.
    const base = this.n.map(() => 0);
    const trade: number[] = [];
    for (const j of active) {
      if (effect[j] > 0 && costUp[j] > 0) trade.push(j);
      else base[j] = effect[j] > 0 || costUp[j] < 0 ? this.n[j] : 0;
    }
    if (trade.length === 0) return;
    this.closing = trade.reduce((c, j) =>
      effect[j] > effect[c] || (effect[j] === effect[c] && this.n[j] > this.n[c]) ? j : c,
    );
    const searched = trade.filter((j) => j !== this.closing);
    this.searched = searched;
    if (searched.length === 0) {
      await this.columns([base]);
      return;
    }
    const best = await this.pattern(base, searched);
    await this.polish(best, trade);
  }

  /** Over the corners, the mean fall of risk and the mean rise of cost from lever j's
   *  lowest value to its highest. */
  private differences(corners: Entry[], j: number): [number, number] {
    let dRisk = 0;
    let dCost = 0;
    let pairs = 0;
    for (const lo of corners) {
      if (lo.idx[j] !== 0) continue;
      const hiIdx = lo.idx.slice();
      hiIdx[j] = this.n[j];
      const hi = this.store.get(hiIdx)!;
      dRisk += lo.risk - hi.risk;
      dCost += hi.presentValue - lo.presentValue;
      pairs++;
    }
    return [dRisk / pairs, dCost / pairs];
  }

  /** Nothing at the corners meets the target: a few points on the diagonal from the risky
   *  corner to the safe one, in case the risk is not monotone. */
  private async probe(active: number[]): Promise<void> {
    const points = [0.25, 0.5, 0.75].map((f) => {
      const u = this.n.map(() => 0);
      for (const j of active) u[j] = Math.round(f * this.n[j]);
      return this.lines.toIdx(u);
    });
    await this.store.batch(points);
  }

  /** The smallest feasible value of the closing lever on each column (safe coordinates),
   *  known to within `tol` grid steps. */
  private async columns(cols: readonly (readonly number[])[], tol = 0): Promise<Column[]> {
    const c = this.closing;
    const found = await this.lines.solve(
      cols.map((col) => ({ col, c, hint: this.predict(col) })),
      tol,
    );
    for (const f of found)
      if (f.entry) this.solved.set(f.col.join(','), [f.col, this.lines.safe(f.entry)[c]]);
    return found;
  }

  /** The closing value of a column predicted from the columns already solved: a plane
   *  fitted to the nearest ones (or the nearest one's value). */
  private predict(col: readonly number[]): number | undefined {
    const axes = this.searched;
    const near = [...this.solved.values()]
      .map(([x, g]) => ({
        x,
        g,
        d: axes.reduce((t, j) => t + ((x[j] - col[j]) / this.n[j]) ** 2, 0),
      }))
      .sort((a, b) => a.d - b.d || compareIdx(a.x, b.x))
      .slice(0, 2 * axes.length + 2);
    if (near.length === 0) return undefined;
    const fit = planeAt(
      near.map((p) => axes.map((j) => p.x[j] - col[j])),
      near.map((p) => p.g),
    );
    return fit ?? near[0].g;
  }

  /** The range worth searching on each searched lever: from the least of it that still
   *  meets the target (everything else at its safe end) to the least of it that meets
   *  the target alone (everything else at its risky end); beyond the latter it only adds
   *  cost. Found by bisection along each lever, all together. */
  private async ranges(
    base: readonly number[],
    searched: readonly number[],
  ): Promise<[number, number][]> {
    const c = this.closing;
    const high = searched.reduce((v, j) => withAt(v, j, this.n[j]), withAt(base, c, this.n[c]));
    const low = searched.reduce((v, j) => withAt(v, j, 0), withAt(base, c, 0));
    const found = await this.lines.solve(
      searched.flatMap((j) => [
        { col: high, c: j },
        { col: low, c: j },
      ]),
    );
    return searched.map((j, a) => {
      const [least, alone] = [found[2 * a], found[2 * a + 1]];
      const lo = least.entry ? this.lines.safe(least.entry)[j] : this.n[j];
      const hi = alone.entry ? this.lines.safe(alone.entry)[j] : this.n[j];
      return [lo, Math.max(lo, hi)];
    });
  }

  /** Coarse grid over the searched levers, then a pattern search halving its step. */
  private async pattern(base: readonly number[], searched: readonly number[]): Promise<Column> {
    const k = coarseDivisions(searched.length);
    const range = await this.ranges(base, searched);
    let cols: number[][] = [base.slice()];
    searched.forEach((j, a) => {
      const [lo, hi] = range[a];
      const points = [...new Set(upTo(k + 1).map((i) => lo + Math.round((i * (hi - lo)) / k)))];
      cols = cols.flatMap((col) => points.map((p) => withAt(col, j, p)));
    });
    const tol = Math.floor(this.n[this.closing] / (8 * k));
    const coarse = await this.columns(cols, tol);
    const ranked = coarse.filter((c) => c.entry).sort(betterColumn);
    let best = ranked[0] ?? coarse[0];
    for (const start of ranked.slice(0, STARTS)) {
      const found = await this.descend(start, searched, range, 1 / (2 * k));
      if (betterColumn(found, best) < 0) best = found;
    }
    return best;
  }

  /** Pattern search from a column: poll its neighbours at the current step; move to the
   *  best when it is better, else halve the step, down to one grid step. */
  private async descend(
    start: Column,
    searched: readonly number[],
    range: readonly [number, number][],
    t0: number,
    polishing = false,
  ): Promise<Column> {
    let best = start;
    let t = t0;
    let wide = false; // the last look, at one grid step

    for (let guard = 0; guard < 100_000; guard++) {
      const fine = range.map(([lo, hi]) => Math.max(1, Math.round(t * (hi - lo))));
      // Far from the end, a column's value needs only be known to about a quarter step.
      const tol = Math.floor((t * this.n[this.closing]) / 4);
      const polls = wide
        ? upTo(reach(searched.length) - 1).flatMap((m) =>
            this.polls(
              best.col,
              searched,
              fine.map(() => m + 2),
              range,
              true,
            ),
          )
        : this.polls(
            best.col,
            searched,
            fine,
            range,
            fine.every((x) => x === 1),
          );
      this.store.expect(polls.length * 3);
      const found = await this.columns([best.col, ...polls], tol);
      best = found[0];
      const next = found.reduce((a, b) => (betterColumn(b, a) < 0 ? b : a));
      const gain =
        (wide || polishing) && next.entry && best.entry
          ? best.entry.presentValue - next.entry.presentValue >
            MATERIAL * Math.abs(best.entry.presentValue)
          : true;
      if (next !== best && gain) {
        best = next;
        wide = false;
        continue;
      }
      if (fine.some((s) => s > 1)) t /= 2;
      else if (!wide) wide = true;
      else break;
    }
    return best;
  }

  /** The same local search with each other trade-off lever closing the gap in turn: the
   *  grid's jags differ by which lever moves in whole steps. */
  private async polish(start: Column, trade: readonly number[]): Promise<void> {
    let best = start;
    const first = this.closing;
    for (const c of trade) {
      if (c === first || !best.entry) continue;
      this.closing = c;
      this.solved.clear();
      const searched = trade.filter((j) => j !== c);
      this.searched = searched;
      const range = searched.map((j) => [0, this.n[j]] as [number, number]);
      const [here] = await this.columns([this.lines.safe(best.entry)]);
      best = await this.descend(here, searched, range, 0, true);
    }
  }

  /** Neighbours of a column: a step along each searched lever, and a step up one lever
   *  while down another (to follow an edge of the feasible region); with `all`, also up
   *  or down both. */
  private polls(
    col: readonly number[],
    searched: readonly number[],
    steps: readonly number[],
    range: readonly [number, number][],
    all = false,
  ): number[][] {
    const out = new Map<string, number[]>();
    const add = (moves: [number, number][]): void => {
      const v = col.slice();
      for (const [a, d] of moves) {
        const j = searched[a];
        v[j] = Math.min(range[a][1], Math.max(range[a][0], v[j] + d));
      }
      const key = v.join(',');
      if (key !== col.join(',')) out.set(key, v);
    };
    searched.forEach((j, a) => {
      add([[a, steps[a]]]);
      add([[a, -steps[a]]]);
      for (let b = a + 1; b < searched.length; b++) {
        add([
          [a, steps[a]],
          [b, -steps[b]],
        ]);
        add([
          [a, -steps[a]],
          [b, steps[b]],
        ]);
        if (all) {
          add([
            [a, steps[a]],
            [b, steps[b]],
          ]);
          add([
            [a, -steps[a]],
            [b, -steps[b]],
          ]);
        }
      }
    });
    return [...out.values()];
  }
}

/** The value at the origin of the least-squares plane through points (offsets, values);
 *  undefined when they do not determine one. */
function planeAt(offsets: number[][], values: number[]): number | undefined {
  const k = (offsets[0]?.length ?? 0) + 1;
  if (values.length < k) return undefined;
  // Normal equations A·β = b with rows [1, offsets…].
  const a = upTo(k).map(() => upTo(k + 1).map(() => 0));
  offsets.forEach((o, i) => {
    const row = [1, ...o];
    for (let r = 0; r < k; r++) {
      for (let q = 0; q < k; q++) a[r][q] += row[r] * row[q];
      a[r][k] += row[r] * values[i];
    }
  });
  for (let col = 0; col < k; col++) {
    let pivot = col;
    for (let r = col + 1; r < k; r++) if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) pivot = r;
    if (Math.abs(a[pivot][col]) < 1e-9) return undefined;
    [a[col], a[pivot]] = [a[pivot], a[col]];
    for (let r = 0; r < k; r++) {
      if (r === col) continue;
      const f = a[r][col] / a[col][col];
      for (let q = col; q <= k; q++) a[r][q] -= f * a[col][q];
    }
  }
  return a[0][k] / a[0][0];
}

function upTo(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

/** Every combination of the ends of the active levers (others at index 0). */
function cornerPoints(n: readonly number[], active: readonly number[]): number[][] {
  let points: number[][] = [n.map(() => 0)];
  for (const j of active) points = points.flatMap((p) => [p, withAt(p, j, n[j])]);
  return points;
}

function result(spec: PlanSpec, store: EvaluationStore): PlanSearchResult {
  const all = store.entries;
  const feasible = all.filter((e) => e.feasible);
  const chosen = feasible.length
    ? feasible.reduce((a, b) => (cheaper(b, a) < 0 ? b : a))
    : all.reduce((a, b) => (safer(b, a) < 0 ? b : a));
  const frontier = all
    .slice()
    .sort((a, b) => compareIdx(a.idx, b.idx))
    .map((e) => ({
      levers: e.values.slice(),
      presentValue: e.presentValue,
      worstShortageProbability: e.risk,
    }));
  return {
    levers: spec.levers.map((l, j) => leverValue(l, chosen.values[j])),
    feasible: feasible.length > 0,
    worstShortageProbability: chosen.risk,
    ...(chosen.worstYear !== undefined ? { worstYear: chosen.worstYear } : {}),
    presentValueMean: chosen.presentValue,
    evaluations: all.length,
    frontier,
    message: planMessage(spec, chosen, feasible.length > 0, all.length),
  };
}
