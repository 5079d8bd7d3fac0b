/**
 * Type-7 percentiles (MODEL.md §2b.9) of many runs' values: which order statistics each
 * percentile reads, and the arithmetic that turns them into the percentiles.
 */
import { PERCENTILES } from '../result/result.ts';
import { OrderStatistics } from './order-statistics.ts';

/** Percentile p (0..100) of sorted values, Hyndman–Fan type 7 (MODEL.md §2b.9). */
export function percentileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = ((n - 1) * p) / 100;
  const lo = Math.floor(h);
  if (lo >= n - 1) return sorted[n - 1];
  return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
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

/** The order statistics type-7 percentiles read, and how to read each percentile off
 *  them, for n values. */
interface PercentilePlan {
  ks: number[];
  /** Per percentile: the index in ks of its lower order statistic, its weight h − lo, and
   *  whether it is the last value (no upper neighbour). */
  lower: number[];
  weight: number[];
  top: boolean[];
}

const plans = new Map<number, PercentilePlan>();

function percentilePlan(n: number): PercentilePlan {
  let plan = plans.get(n);
  if (plan) return plan;
  const ks = percentileRanks(n);
  plan = { ks, lower: [], weight: [], top: [] };
  for (const p of PERCENTILES) {
    const h = ((n - 1) * p) / 100;
    const lo = Math.floor(h);
    plan.lower.push(ks.indexOf(Math.min(lo, n - 1)));
    plan.weight.push(h - lo);
    plan.top.push(lo >= n - 1);
  }
  if (plans.size > 64) plans.clear();
  plans.set(n, plan);
  return plan;
}

/** Mean and percentiles of many series, with scratch buffers reused across them. */
export class Summarizer {
  readonly stats = new OrderStatistics();
  private readonly picked = new Float64Array(2 * PERCENTILES.length);

  /** Type-7 percentiles of values[0..n−1] (the same arithmetic as percentileSorted). */
  percentiles(values: Float64Array, n: number): number[] {
    if (n === 0) return PERCENTILES.map(() => NaN);
    const plan = percentilePlan(n);
    this.stats.select(values, n, plan.ks, this.picked);
    const x = this.picked;
    return plan.lower.map((i, q) =>
      plan.top[q] ? x[i] : x[i] + plan.weight[q] * (x[i + 1] - x[i]),
    );
  }

  /** Mean (summed in run order) and type-7 percentiles of values[0..n−1]. */
  summary(values: Float64Array, n: number): { mean: number; ps: number[] } {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += values[i];
    return { mean: sum / n, ps: this.percentiles(values, n) };
  }

  /** The 50th percentile of values[0..n−1]. */
  median(values: Float64Array, n: number): number {
    return this.percentiles(values, n)[PERCENTILES.indexOf(50)];
  }
}

/** The type-7 percentiles (PERCENTILES) of `values`, as the summaries compute them. */
export function typeSevenPercentiles(values: Float64Array): number[] {
  return new Summarizer().percentiles(values, values.length);
}
