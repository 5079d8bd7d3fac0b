/**
 * Many-run summaries of MODEL.md §3: mean and percentiles per measure and year, shortage
 * probability, required intake percentiles and the Spearman sensitivity tornado.
 * Sums run in run order, so the summary does not depend on how runs were chunked.
 */
import type { CompiledModel } from './compile.ts';
import type { RunBlock } from './project.ts';
import {
  type AgeProfile,
  PERCENTILES,
  PERCENTILE_KEYS,
  type ProfessionResult,
  type RequiredIntake,
  type SensitivityEntry,
  type SeriesSummary,
} from '../../app/scenario/result.ts';

/** Percentile p (0..100) of sorted values, Hyndman–Fan type 7 (MODEL.md §2b.9). */
export function percentileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = ((n - 1) * p) / 100;
  const lo = Math.floor(h);
  if (lo >= n - 1) return sorted[n - 1];
  return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
}

/** Average ranks (1-based), ties sharing the mean of their positions: one native sort,
 *  then each value's run of equal values found by binary search. */
export function ranks(values: ArrayLike<number>): Float64Array {
  const n = values.length;
  const sorted = new Float64Array(values).sort();
  const r = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid] < v) lo = mid + 1;
      else hi = mid;
    }
    let end = lo;
    hi = n;
    while (end < hi) {
      const mid = (end + hi) >>> 1;
      if (sorted[mid] <= v) end = mid + 1;
      else hi = mid;
    }
    r[i] = (lo + 1 + end) / 2; // positions lo..end−1 hold v: ranks lo+1..end
  }
  return r;
}

/** Pearson correlation; null when either side does not vary. */
export function pearson(x: ArrayLike<number>, y: ArrayLike<number>): number | null {
  const n = x.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i];
    my += y[i];
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i] - mx;
    const dy = y[i] - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (!(sxx > 0) || !(syy > 0)) return null;
  return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}

export function spearman(x: ArrayLike<number>, y: ArrayLike<number>): number | null {
  return pearson(ranks(x), ranks(y));
}

/** Order statistics type 7 needs for the percentiles of n values (ascending, unique). */
function percentileRanks(n: number): number[] {
  const ks = new Set<number>();
  for (const p of PERCENTILES) {
    const lo = Math.floor(((n - 1) * p) / 100);
    ks.add(lo);
    if (lo < n - 1) ks.add(lo + 1);
  }
  return [...ks].sort((a, b) => a - b);
}

function insertionSort(a: Float64Array, lo: number, hi: number): void {
  for (let i = lo + 1; i <= hi; i++) {
    const v = a[i];
    let j = i - 1;
    while (j >= lo && a[j] > v) {
      a[j + 1] = a[j];
      j--;
    }
    a[j + 1] = v;
  }
}

/**
 * Rearranges `a` so that a[k] holds the k-th smallest value for every k of `ks` (ascending):
 * quickselect with a three-way partition, recursing only into parts that hold a wanted k.
 * The values at those places equal a full sort's, at about a third of its cost.
 */
export function selectInPlace(a: Float64Array, ks: readonly number[]): void {
  const stack: number[] = [0, a.length - 1, 0, ks.length - 1];
  while (stack.length > 0) {
    const kHi = stack.pop()!;
    const kLo = stack.pop()!;
    const hi = stack.pop()!;
    const lo = stack.pop()!;
    if (kLo > kHi || lo >= hi) continue;
    if (hi - lo < 24) {
      insertionSort(a, lo, hi);
      continue;
    }
    const x = a[lo];
    const y = a[(lo + hi) >>> 1];
    const z = a[hi];
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let lt = lo;
    let gt = hi;
    for (let i = lo; i <= gt;) {
      const v = a[i];
      if (v < pivot) {
        a[i++] = a[lt];
        a[lt++] = v;
      } else if (v > pivot) {
        a[i] = a[gt];
        a[gt--] = v;
      } else i++;
    }
    let left = kLo;
    while (left <= kHi && ks[left] < lt) left++;
    let right = left;
    while (right <= kHi && ks[right] <= gt) right++;
    stack.push(lo, lt - 1, kLo, left - 1, gt + 1, hi, right, kHi);
  }
}

function summarizeValues(
  values: Float64Array,
  scratch: Float64Array,
): { mean: number; ps: number[] } {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  scratch.set(values);
  // Only the order statistics the percentiles read are put in place (no full sort).
  selectInPlace(scratch, percentileRanks(values.length));
  return { mean: sum / values.length, ps: PERCENTILES.map((p) => percentileSorted(scratch, p)) };
}

function emptySeries(years: number): SeriesSummary {
  const s = { mean: new Array<number>(years) } as SeriesSummary;
  for (const key of PERCENTILE_KEYS) s[key] = new Array<number>(years);
  return s;
}

export interface SummaryContext {
  intakeFromYear: number;
  targetYear: number;
}

/** Summaries of the professions `only` (all by default), in profession order. */
export function summarizeProfessions(
  m: CompiledModel,
  block: RunBlock,
  ctx: SummaryContext,
  only?: readonly number[],
): ProfessionResult[] {
  const n = block.runs;
  const H = m.horizon;
  const P = m.professions.length;
  const I = m.inputs.length;
  const values = new Float64Array(n);
  const sorted = new Float64Array(n);
  const K = m.targetIndex;
  // Ranks of each once-per-run input, shared by every profession's sensitivity.
  const inputRanks = m.inputs.map((_, i) => {
    const x = new Float64Array(n);
    for (let r = 0; r < n; r++) x[r] = block.inputs[r * I + i];
    return ranks(x);
  });

  const wanted = only ?? m.professions.map((_, p) => p);
  return wanted.map((p): ProfessionResult => {
    const prof = m.professions[p];
    const series = {
      headcount: emptySeries(H + 1),
      fte: emptySeries(H + 1),
      demand: emptySeries(H + 1),
      gap: emptySeries(H + 1),
    };
    const shortageProbability = new Array<number>(H + 1);
    const gapAtTarget = new Float64Array(n);
    for (let k = 0; k <= H; k++) {
      for (const measure of ['headcount', 'fte', 'demand', 'gap'] as const) {
        let below = 0;
        for (let r = 0; r < n; r++) {
          const at = (r * P + p) * (H + 1) + k;
          const v = measure === 'gap' ? block.fte[at] - block.demand[at] : block[measure][at];
          values[r] = v;
          if (v < 0) below++;
        }
        const { mean, ps } = summarizeValues(values, sorted);
        const target = series[measure];
        target.mean[k] = mean;
        PERCENTILE_KEYS.forEach((key, i) => (target[key][k] = ps[i]));
        if (measure === 'gap') {
          shortageProbability[k] = below / n;
          if (k === K) gapAtTarget.set(values);
        }
      }
    }

    const sensitivity: SensitivityEntry[] = [];
    const gapRanks = ranks(gapAtTarget);
    m.inputs.forEach((input, i) => {
      const rho = pearson(inputRanks[i], gapRanks);
      if (rho !== null) sensitivity.push({ input: input.path, rankCorrelation: rho });
    });
    sensitivity.sort(
      (a, b) =>
        Math.abs(b.rankCorrelation) - Math.abs(a.rankCorrelation) || (a.input < b.input ? -1 : 1),
    );

    return {
      id: prof.id,
      name: prof.name,
      ...series,
      shortageProbability,
      requiredIntake: summarizeIntake(m, block, p, ctx),
      sensitivity,
      ageProfile: summarizeAges(m, block, p, ctx),
    };
  });
}

/** The base-year stock and, per age and sex, the median target-year stock of the runs that
 *  kept it (the first AGE_PROFILE_RUNS). */
function summarizeAges(
  m: CompiledModel,
  block: RunBlock,
  p: number,
  ctx: SummaryContext,
): AgeProfile {
  const n = m.nAges;
  const P = m.professions.length;
  const rows = block.ageRuns;
  const values = new Float64Array(rows);
  const median = (sex: number) =>
    Array.from({ length: n }, (_, i) => {
      for (let r = 0; r < rows; r++) values[r] = block.ageStock[((r * P + p) * 2 + sex) * n + i];
      return percentileSorted(values.sort(), 50);
    });
  const prof = m.professions[p];
  return {
    minAge: m.minAge,
    maxAge: m.minAge + n - 1,
    baseYear: m.baseYear,
    targetYear: ctx.targetYear,
    base: { female: Array.from(prof.stockF), male: Array.from(prof.stockM) },
    target: { female: median(0), male: median(1) },
    runs: rows,
  };
}

function summarizeIntake(
  m: CompiledModel,
  block: RunBlock,
  p: number,
  ctx: SummaryContext,
): RequiredIntake {
  const n = block.runs;
  const P = m.professions.length;
  const finite: number[] = [];
  for (let r = 0; r < n; r++) {
    const x = block.requiredIntake[r * P + p];
    if (Number.isFinite(x)) finite.push(x);
  }
  const unreachableShare = (n - finite.length) / n;
  if (finite.length === 0) {
    const L = m.professions[p].durationYears;
    const reason =
      ctx.intakeFromYear + L > ctx.targetYear
        ? `students starting in ${ctx.intakeFromYear} finish their ${L}-year training in ${ctx.intakeFromYear + L}, after the target year ${ctx.targetYear}: intake cannot change supply by then`
        : 'no graduate enters practice (completion × entry rate is 0), so intake cannot close the gap';
    const nulls = Object.fromEntries(PERCENTILE_KEYS.map((k) => [k, null])) as Record<
      (typeof PERCENTILE_KEYS)[number],
      null
    >;
    return { unreachable: true, unreachableShare: 1, reason, mean: null, ...nulls };
  }
  const values = Float64Array.from(finite);
  const { mean, ps } = summarizeValues(values, new Float64Array(values.length));
  const stats = Object.fromEntries(PERCENTILE_KEYS.map((k, i) => [k, ps[i]])) as Record<
    (typeof PERCENTILE_KEYS)[number],
    number
  >;
  return { unreachable: false, unreachableShare, mean, ...stats };
}
