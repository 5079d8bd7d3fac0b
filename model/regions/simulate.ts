/**
 * Many runs of the regional model and their summaries (MODEL.md §6 "Result"): per region
 * the per-profession object of §4 (with its FTE per 1 000 inhabitants where a population is
 * given), and nationally the summaries of the per-run sums over regions, with the density
 * ratio. National percentiles come from the per-run sums, never from summing regional ones.
 */
import type { PopulationInline, Scenario } from '../scenario/types.ts';
import {
  allocateRunBlock,
  COST_KINDS,
  type RunBlock,
  type RunBlockSizes,
} from '../packed/run-block.ts';
import type { CompiledModel } from '../projection/compile.ts';
import { runsOf } from '../projection/runs.ts';
import { resultDocument } from '../projection/simulate.ts';
import {
  PERCENTILE_KEYS,
  type HwfResult,
  type PercentileKey,
  type ProfessionResult,
} from '../result/result.ts';
import { summarizeWhole } from '../summaries/summarize.ts';
import { Summarizer } from '../summaries/percentiles.ts';
import { compileRegional, type RegionalModel } from './compile.ts';
import { RegionalProjector, type RegionalBlocks } from './project.ts';
import type { RegionalScenario } from './types.ts';
import { flattenRegionalBlocks } from './flat.ts';

/** Mean and percentiles per year; null where the value is undefined (see `reason`). */
export type NullableSeries = { mean: (number | null)[] } & Record<
  PercentileKey,
  (number | null)[]
> & { reason?: string };

export interface RegionalProfessionResult extends ProfessionResult {
  /** FTE per 1 000 inhabitants of the region, where a population is given. */
  densityPer1000?: NullableSeries;
}

export interface NationalProfessionResult extends ProfessionResult {
  /** Highest regional density ÷ lowest, per run and year, summarised. */
  densityRatio?: NullableSeries;
}

export interface RegionResult {
  id: string;
  name: string;
  professions: RegionalProfessionResult[];
}

export interface RegionalResult extends HwfResult {
  professions: NationalProfessionResult[];
  regions: RegionResult[];
}

export interface SimulateRegionsOptions {
  runs?: number;
  seed?: number;
  deterministic?: boolean;
  /** The population when the scenario names a data set. */
  population?: PopulationInline;
}

/** The raw runs: a block per region and the national block. */
export interface RegionalRuns {
  model: RegionalModel;
  blocks: RegionalBlocks;
  seed: number;
  deterministic: boolean;
}

function sizesOf(rm: RegionalModel): RunBlockSizes {
  const m = rm.national;
  return {
    professions: m.professions.length,
    horizon: m.horizon,
    inputs: rm.inputs.length,
    ages: m.nAges,
    costs: m.costs ? COST_KINDS.length : 0,
  };
}

/** Runs 0..runs−1 of a regional scenario (no summaries). */
export function runRegions(
  rs: RegionalScenario,
  options: SimulateRegionsOptions = {},
): RegionalRuns {
  const deterministic = options.deterministic ?? false;
  const runs = runsOf(rs as unknown as Scenario, deterministic, options.runs);
  const seed = options.seed ?? rs.simulation.seed;
  const model = compileRegional(rs, options.population);
  const sizes = sizesOf(model);
  const blocks: RegionalBlocks = {
    regions: model.regionIds.map(() => allocateRunBlock(sizes, runs)),
    national: allocateRunBlock(sizes, runs),
  };
  const projector = new RegionalProjector(model);
  for (let r = 0; r < runs; r++) projector.run(seed, r, blocks, r, { deterministic });
  return { model, blocks, seed, deterministic };
}

/** The compiled model a summary of the flat block reads (model/regions/flat.ts): its
 *  professions repeated per group — the nation (with the stock summed over regions) first,
 *  then each region with its own stock — and the regional inputs. */
function flatSummaryModel(rm: RegionalModel): CompiledModel {
  const m = rm.national;
  const R = rm.regionIds.length;
  const group = (region: number) =>
    m.professions.map((cp, p) => {
      const rp = rm.professions[p];
      if (region >= 0) return { ...cp, stockF: rp.stockF[region], stockM: rp.stockM[region] };
      const f = Float64Array.from(rp.stockF[0]);
      const g = Float64Array.from(rp.stockM[0]);
      for (let r = 1; r < R; r++) {
        for (let i = 0; i < f.length; i++) {
          f[i] += rp.stockF[r][i];
          g[i] += rp.stockM[r][i];
        }
      }
      return { ...cp, stockF: f, stockM: g };
    });
  return {
    ...m,
    inputs: rm.inputs,
    professions: [group(-1), ...rm.regionIds.map((_, r) => group(r))].flat(),
  };
}

/** Summaries of values[y·n + r] per year y; null entries (with `reason`) where a run's value
 *  is not finite. */
function nullableSeries(
  values: Float64Array,
  runs: number,
  years: number,
  reason: string,
): NullableSeries {
  const s = new Summarizer();
  const out = { mean: [] as (number | null)[] } as NullableSeries;
  for (const key of PERCENTILE_KEYS) out[key] = [];
  let undefinedSomewhere = false;
  for (let y = 0; y < years; y++) {
    const v = values.subarray(y * runs, (y + 1) * runs);
    const ok = v.every((x) => Number.isFinite(x));
    if (!ok) {
      undefinedSomewhere = true;
      out.mean.push(null);
      for (const key of PERCENTILE_KEYS) out[key].push(null);
      continue;
    }
    const { mean, ps } = s.summary(v, runs);
    out.mean.push(mean);
    PERCENTILE_KEYS.forEach((key, q) => out[key].push(ps[q]));
  }
  if (undefinedSomewhere) out.reason = reason;
  return out;
}

/** Per region r, run and year: FTE per 1 000 inhabitants (values[r][y·n + run]), read from
 *  the flat block (region r is group 1 + r). */
function densities(rm: RegionalModel, block: RunBlock, p: number): Float64Array[] {
  const m = rm.national;
  const H = m.horizon;
  const P = m.professions.length;
  const G = rm.regionIds.length + 1;
  const n = block.runs;
  return rm.regionIds.map((_, r) => {
    const pop = rm.populationTotal[r]!;
    const out = new Float64Array((H + 1) * n);
    for (let run = 0; run < n; run++) {
      const at = ((run * G + 1 + r) * P + p) * (H + 1);
      for (let k = 0; k <= H; k++) {
        out[k * n + run] = pop[k] > 0 ? (block.fte[at + k] / pop[k]) * 1000 : NaN;
      }
    }
    return out;
  });
}

/** Summaries of runs made by runRegions. */
export function summarizeRegions(rs: RegionalScenario, runs: RegionalRuns): RegionalResult {
  const block = flattenRegionalBlocks(runs.blocks);
  return summarizeRegionalBlock(rs, runs.model, block, runs.seed, runs.deterministic);
}

/** Summaries of runs in one flat block (model/regions/flat.ts), as the worker pool merges
 *  them: the block is read as it is (one summary model with a group of professions per
 *  region and the nation), never copied per region. */
export function summarizeRegionalBlock(
  rs: RegionalScenario,
  rm: RegionalModel,
  block: RunBlock,
  seed: number,
  deterministic: boolean,
): RegionalResult {
  const P = rm.national.professions.length;
  // The scenario's cost is the nation's (the first group), never every group's sum.
  const nation = Array.from({ length: P }, (_, p) => p);
  const whole = summarizeWhole(flatSummaryModel(rm), block, rs.analysis, nation);
  const all = whole.professions;
  const national = all.slice(0, P) as NationalProfessionResult[];
  const regions: RegionResult[] = rm.regionIds.map((id, r) => ({
    id,
    name: rm.regionNames[r],
    professions: all.slice((r + 1) * P, (r + 2) * P),
  }));
  if (rm.populationTotal[0] !== null) {
    const H = rm.national.horizon;
    const n = block.runs;
    rm.national.professions.forEach((_, p) => {
      const dens = densities(rm, block, p);
      dens.forEach((d, r) => {
        regions[r].professions[p].densityPer1000 = nullableSeries(
          d,
          n,
          H + 1,
          'the region has no inhabitants in this year',
        );
      });
      const ratio = new Float64Array((H + 1) * n);
      for (let i = 0; i < ratio.length; i++) {
        let hi = dens[0][i];
        let lo = dens[0][i];
        for (let r = 1; r < dens.length; r++) {
          hi = Math.max(hi, dens[r][i]);
          lo = Math.min(lo, dens[r][i]);
        }
        ratio[i] = lo > 0 ? hi / lo : NaN;
      }
      national[p].densityRatio = nullableSeries(
        ratio,
        n,
        H + 1,
        'in some runs a region has no FTE (or no inhabitants) in this year, so the highest density is not a multiple of the lowest',
      );
    });
  }
  const doc = resultDocument(
    rs as unknown as Scenario,
    block.runs,
    seed,
    deterministic,
    [],
    whole.cost,
  );
  return { ...doc, professions: national, regions };
}

/** Simulate a validated regional scenario and summarise the runs. */
export function simulateRegions(
  rs: RegionalScenario,
  options: SimulateRegionsOptions = {},
): RegionalResult {
  return summarizeRegions(rs, runRegions(rs, options));
}

export type { RunBlock };
