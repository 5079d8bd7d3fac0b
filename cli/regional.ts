/**
 * A scenario with regions on the command line (MODEL.md §6): its runs with progress, the
 * check of `--region`, and the result limited to one region.
 *
 * The runs are those of `runRegions` (model/regions/simulate.ts), made here one at a time
 * so that progress can be reported; the summaries are `summarizeRegions`, so the result is
 * the one `simulateRegions` gives, number for number.
 */
import { allocateRunBlock } from '../model/packed/run-block.ts';
import { runsOf } from '../model/projection/runs.ts';
import { compileRegional } from '../model/regions/compile.ts';
import { RegionalProjector, type RegionalBlocks } from '../model/regions/project.ts';
import {
  summarizeRegions,
  type RegionResult,
  type RegionalResult,
} from '../model/regions/simulate.ts';
import type { RegionalScenario } from '../model/regions/types.ts';
import type { HwfResult } from '../model/result/result.ts';
import { listWords } from '../model/scenario/issues.ts';
import type { PopulationInline, Scenario } from '../model/scenario/types.ts';

export interface RegionalRunOptions {
  deterministic: boolean;
  /** The population table when the scenario names a data set. */
  population?: PopulationInline;
  onProgress?: (done: number, total: number) => void;
}

/** Runs and summarises a validated scenario with regions. */
export function simulateRegional(
  rs: RegionalScenario,
  options: RegionalRunOptions,
): RegionalResult {
  const { deterministic } = options;
  const runs = runsOf(rs as unknown as Scenario, deterministic);
  const seed = rs.simulation.seed;
  const model = compileRegional(rs, options.population);
  const sizes = {
    professions: model.national.professions.length,
    horizon: model.national.horizon,
    inputs: model.inputs.length,
    ages: model.national.nAges,
  };
  const blocks: RegionalBlocks = {
    regions: model.regionIds.map(() => allocateRunBlock(sizes, runs)),
    national: allocateRunBlock(sizes, runs),
  };
  const projector = new RegionalProjector(model);
  // About a hundred progress reports, whatever the number of runs.
  const every = Math.max(1, Math.floor(runs / 100));
  for (let r = 0; r < runs; r++) {
    projector.run(seed, r, blocks, r, { deterministic });
    if ((r + 1) % every === 0 || r + 1 === runs) options.onProgress?.(r + 1, runs);
  }
  return summarizeRegions(rs, { model, blocks, seed, deterministic });
}

/** Why `--region id` does not fit the scenario, or null when it does. */
export function regionProblem(
  scenario: Scenario,
  rs: RegionalScenario | null,
  id: string,
): string | null {
  if (rs === null) {
    return `--region ${id}: the scenario "${scenario.name}" has no regions, so its result is national only`;
  }
  if (rs.regions.some((r) => r.id === id)) return null;
  const ids = rs.regions.map((r) => r.id);
  return `--region ${id}: the scenario has no region '${id}'; its regions are ${listWords(ids)}`;
}

/** The result of one region alone: the document without the national professions, and
 *  `regions` holding that region only (the same shape as the full result, less of it). */
export type OneRegionResult = Omit<RegionalResult, 'professions' | 'regions'> & {
  regions: [RegionResult];
};

export function resultOfRegion(result: RegionalResult, id: string): OneRegionResult {
  const region = result.regions.find((r) => r.id === id);
  if (region === undefined) throw new RangeError(`the result has no region '${id}'`);
  const rest: Partial<RegionalResult> = { ...result };
  delete rest.professions;
  delete rest.regions;
  return { ...(rest as Omit<HwfResult, 'professions'>), regions: [region] };
}
