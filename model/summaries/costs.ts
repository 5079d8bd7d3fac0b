/**
 * The cost summaries of MODEL.md §7 from a block's cost section: per profession, each kind
 * of cost per year, their total, and the present value of the total; and the same for the
 * scenario (every profession's together). Sums run in run order and in a fixed order of
 * kinds and professions, so the numbers do not depend on how the runs were chunked.
 */
import type { CompiledModel } from '../projection/compile.ts';
import { COST_KINDS, type RunBlock } from '../packed/run-block.ts';
import {
  type CostResult,
  PERCENTILE_KEYS,
  type ScenarioCost,
  type SeriesSummary,
  type Statistics,
} from '../result/result.ts';
import { Summarizer } from './percentiles.ts';
import { checkFinite } from './finite.ts';

/** (1 + rate)^k for k = 0..H, by repeated multiplication (the divisors of the present
 *  value). */
export function discountDivisors(rate: number, horizon: number): Float64Array {
  const out = new Float64Array(horizon + 1);
  out[0] = 1;
  for (let k = 1; k <= horizon; k++) out[k] = out[k - 1] * (1 + rate);
  return out;
}

/** The present value of one run's yearly totals (years 1..H; year 0 is the observed base
 *  year and costs nothing). */
export function presentValueOf(
  total: ArrayLike<number>,
  at: number,
  divisors: Float64Array,
): number {
  let pv = 0;
  for (let k = 1; k < divisors.length; k++) pv += total[at + k] / divisors[k];
  return pv;
}

/**
 * Per run, year and kind (COST_KINDS, then the total), the cost of the professions in
 * `professions` together: index (c·n + r)·(H+1) + k. One profession gives its own costs.
 */
export function costTable(
  m: Pick<CompiledModel, 'horizon'>,
  block: RunBlock,
  professions: readonly number[],
): Float64Array {
  const n = block.runs;
  const Y = m.horizon + 1;
  const P = block.sizes.professions;
  const C = COST_KINDS.length;
  const out = new Float64Array((C + 1) * n * Y);
  for (let r = 0; r < n; r++) {
    for (const p of professions) {
      for (let c = 0; c < C; c++) {
        const from = ((r * P + p) * C + c) * Y;
        const to = (c * n + r) * Y;
        for (let k = 0; k < Y; k++) out[to + k] += block.cost[from + k];
      }
    }
    const total = (C * n + r) * Y;
    for (let k = 0; k < Y; k++) {
      let t = 0;
      for (let c = 0; c < C; c++) t += out[(c * n + r) * Y + k];
      out[total + k] = t;
    }
  }
  return out;
}

/** Per run, the present value of the total cost in a cost table. */
export function presentValues(
  m: Pick<CompiledModel, 'horizon' | 'costs'>,
  table: Float64Array,
  runs: number,
): Float64Array {
  const Y = m.horizon + 1;
  const divisors = discountDivisors(m.costs?.discountRate ?? 0, m.horizon);
  const totalAt = COST_KINDS.length * runs * Y;
  const out = new Float64Array(runs);
  for (let r = 0; r < runs; r++) out[r] = presentValueOf(table, totalAt + r * Y, divisors);
  return out;
}

function summarizeTable(
  m: CompiledModel,
  table: Float64Array,
  runs: number,
  who: { id: string; name: string },
  summarizer: Summarizer,
): CostResult {
  const Y = m.horizon + 1;
  const values = new Float64Array(runs);
  const kinds = [...COST_KINDS, 'total'] as const;
  const series = kinds.map((kind, c): SeriesSummary => {
    const s = { mean: new Array<number>(Y) } as SeriesSummary;
    for (const key of PERCENTILE_KEYS) s[key] = new Array<number>(Y);
    for (let k = 0; k < Y; k++) {
      for (let r = 0; r < runs; r++) values[r] = table[(c * runs + r) * Y + k];
      const { mean, ps } = summarizer.summary(values, runs);
      checkFinite(mean, ps, who, `${kind} cost`, m.baseYear + k);
      s.mean[k] = mean;
      PERCENTILE_KEYS.forEach((key, q) => (s[key][k] = ps[q]));
    }
    return s;
  });
  const pv = presentValues(m, table, runs);
  const { mean, ps } = summarizer.summary(pv, runs);
  checkFinite(mean, ps, who, 'present value of the cost', null);
  const presentValue = { mean } as Statistics;
  PERCENTILE_KEYS.forEach((key, q) => (presentValue[key] = ps[q]));
  const [training, salary, recruitment, programmes, total] = series;
  return { training, salary, recruitment, programmes, total, presentValue };
}

/** Every profession's cost and the scenario's; null when the model has no costs. */
export function summarizeCosts(
  m: CompiledModel,
  block: RunBlock,
  totalOf: readonly number[] = m.professions.map((_, p) => p),
): { professions: CostResult[]; scenario: ScenarioCost } | null {
  if (!m.costs || block.sizes.costs === 0) return null;
  const summarizer = new Summarizer();
  const professions = m.professions.map((prof, p) =>
    summarizeTable(m, costTable(m, block, [p]), block.runs, prof, summarizer),
  );
  const scenario = summarizeTable(
    m,
    costTable(m, block, totalOf),
    block.runs,
    { id: 'all', name: 'all professions' },
    summarizer,
  );
  return {
    professions,
    scenario: {
      currency: m.costs.currency,
      discountRate: m.costs.discountRate,
      ...scenario,
    },
  };
}
