/**
 * Many-run summaries of MODEL.md §3: mean and percentiles per measure and year, shortage
 * probability, required intake percentiles and the Spearman sensitivity tornado.
 * Sums run in run order, so the summary does not depend on how runs were chunked.
 */
import type { CompiledModel } from '../projection/compile.ts';
import type { RunBlock } from '../packed/run-block.ts';
import {
  type AgeProfile,
  MEASURES,
  PERCENTILE_KEYS,
  type ProfessionResult,
  type RequiredIntake,
  type ScenarioCost,
  type SensitivityEntry,
} from '../result/result.ts';
import { summarizeCosts } from './costs.ts';
import {
  emptyMeasures,
  mergedScenarioCost,
  mergeSummaryParts,
  type ProfessionPartSummary,
  type SummaryPart,
  type SummaryPartResult,
  wholeSummary,
} from './parts.ts';
import { Summarizer } from './percentiles.ts';
import { pearson, ranks } from './ranks.ts';
import { checkFinite } from './finite.ts';

/** The scenario's analysis years a summary reports against. */
export interface SummaryContext {
  intakeFromYear: number;
  targetYear: number;
}

/** The numbers of one part of a block's summary (planSummaryParts). */
export function summarizePart(
  m: CompiledModel,
  block: RunBlock,
  ctx: SummaryContext,
  part: SummaryPart,
  /** The professions whose costs make the scenario's (default all; a regional flat block
   *  passes its national group). */
  costTotalOf?: readonly number[],
): SummaryPartResult {
  const n = block.runs;
  const H = m.horizon;
  const P = m.professions.length;
  const I = m.inputs.length;
  const K = m.targetIndex;
  const values = new Float64Array(n);
  const summarizer = new Summarizer();
  const { headcount, fte, demand } = block;

  // Ranks of this part's inputs, and of every profession's gap at the target year.
  const inputRanks: Float64Array[] = [];
  for (let i = part.inputFrom; i < part.inputTo; i++) {
    for (let r = 0; r < n; r++) values[r] = block.inputs[r * I + i];
    inputRanks.push(ranks(values));
  }
  const gapRanks =
    inputRanks.length === 0
      ? []
      : m.professions.map((_, p) => {
          for (let r = 0; r < n; r++) {
            const at = (r * P + p) * (H + 1) + K;
            values[r] = fte[at] - demand[at];
          }
          return ranks(values);
        });

  const most = Math.max(0, ...part.years.map((y) => y.yearTo - y.yearFrom));
  const byYear = new Float64Array(most * n);
  const below = new Uint32Array(most);
  const professions = m.professions.map((prof, p): ProfessionPartSummary => {
    const { yearFrom, yearTo } = part.years[p];
    const years = yearTo - yearFrom;
    const series = emptyMeasures(years);
    const shortageProbability = new Array<number>(years);
    for (const measure of years > 0 ? MEASURES : []) {
      // Every year of the part at once, year-major: one pass reads each run's years in a
      // row (they lie side by side in the block), instead of one strided pass per year.
      if (measure === 'gap') {
        below.fill(0);
        for (let r = 0; r < n; r++) {
          const base = (r * P + p) * (H + 1) + yearFrom;
          for (let y = 0; y < years; y++) {
            const v = fte[base + y] - demand[base + y];
            byYear[y * n + r] = v;
            if (v < 0) below[y]++;
          }
        }
        for (let y = 0; y < years; y++) shortageProbability[y] = below[y] / n;
      } else {
        const source = measure === 'headcount' ? headcount : measure === 'fte' ? fte : demand;
        for (let r = 0; r < n; r++) {
          const base = (r * P + p) * (H + 1) + yearFrom;
          for (let y = 0; y < years; y++) byYear[y * n + r] = source[base + y];
        }
      }
      const target = series[measure];
      for (let y = 0; y < years; y++) {
        const { mean, ps } = summarizer.summary(byYear.subarray(y * n, (y + 1) * n), n);
        checkFinite(mean, ps, prof, measure, m.baseYear + yearFrom + y);
        target.mean[y] = mean;
        PERCENTILE_KEYS.forEach((key, q) => (target[key][y] = ps[q]));
      }
    }
    const sensitivity: SensitivityEntry[] = [];
    inputRanks.forEach((x, j) => {
      const rho = pearson(x, gapRanks[p]);
      if (rho !== null) {
        sensitivity.push({ input: m.inputs[part.inputFrom + j].path, rankCorrelation: rho });
      }
    });
    const own = part.professions.includes(p);
    return {
      id: prof.id,
      name: prof.name,
      yearFrom,
      yearTo,
      series,
      shortageProbability,
      ...(own && {
        requiredIntake: summarizeIntake(m, block, p, ctx, summarizer),
        ageProfile: summarizeAges(m, block, p, ctx, summarizer),
      }),
      sensitivity,
    };
  });
  const cost = part.costs ? summarizeCosts(m, block, costTotalOf) : null;
  return cost ? { part, professions, cost } : { part, professions };
}

/** Summaries of every profession, in profession order, and the scenario's cost when it
 *  has costs. */
export function summarizeWhole(
  m: CompiledModel,
  block: RunBlock,
  ctx: SummaryContext,
  costTotalOf?: readonly number[],
): { professions: ProfessionResult[]; cost?: ScenarioCost } {
  const parts = [summarizePart(m, block, ctx, wholeSummary(m), costTotalOf)];
  const cost = mergedScenarioCost(parts);
  return { professions: mergeSummaryParts(parts), ...(cost && { cost }) };
}

/** Summaries of every profession, in profession order. */
export function summarizeProfessions(
  m: CompiledModel,
  block: RunBlock,
  ctx: SummaryContext,
): ProfessionResult[] {
  return summarizeWhole(m, block, ctx).professions;
}

/** The base-year stock and, per age and sex, the median target-year stock of the runs that
 *  kept it (the first AGE_PROFILE_RUNS). */
function summarizeAges(
  m: CompiledModel,
  block: RunBlock,
  p: number,
  ctx: SummaryContext,
  summarizer: Summarizer,
): AgeProfile {
  const n = m.nAges;
  const P = m.professions.length;
  const rows = block.ageRuns;
  const values = new Float64Array(rows);
  const median = (sex: number) =>
    Array.from({ length: n }, (_, i) => {
      for (let r = 0; r < rows; r++) values[r] = block.ageStock[((r * P + p) * 2 + sex) * n + i];
      return rows === 0 ? NaN : summarizer.median(values, rows);
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
  summarizer: Summarizer,
): RequiredIntake {
  const n = block.runs;
  const P = m.professions.length;
  const values = new Float64Array(n);
  let count = 0;
  for (let r = 0; r < n; r++) {
    const x = block.requiredIntake[r * P + p];
    if (Number.isFinite(x)) values[count++] = x;
  }
  const unreachableShare = (n - count) / n;
  if (count === 0) {
    const L = m.professions[p].durationYears;
    const reason = !m.professions[p].trained
      ? 'this profession has no training pipeline (training is left out), so no intake can close the gap'
      : ctx.intakeFromYear + L > ctx.targetYear
        ? `students starting in ${ctx.intakeFromYear} finish their ${L}-year training in ${ctx.intakeFromYear + L}, after the target year ${ctx.targetYear}: intake cannot change supply by then`
        : 'no graduate enters practice (completion × entry rate is 0), so intake cannot close the gap';
    const nulls = Object.fromEntries(PERCENTILE_KEYS.map((k) => [k, null])) as Record<
      (typeof PERCENTILE_KEYS)[number],
      null
    >;
    return { unreachable: true, unreachableShare: 1, reason, mean: null, ...nulls };
  }
  const { mean, ps } = summarizer.summary(values, count);
  checkFinite(mean, ps, m.professions[p], 'requiredIntake', null);
  const stats = Object.fromEntries(PERCENTILE_KEYS.map((k, i) => [k, ps[i]])) as Record<
    (typeof PERCENTILE_KEYS)[number],
    number
  >;
  return { unreachable: false, unreachableShare, mean, ...stats };
}
