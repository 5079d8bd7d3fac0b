/**
 * A scenario with regions on the command line (MODEL.md §6): its runs with progress, the
 * check of `--region`, and the result limited to one region.
 *
 * The runs are made in chunks by the regional chunk engine (the WebAssembly core's, or the
 * reference) and summarised by `summarizeRegionalBlock`, so the result is the one
 * `simulateRegions` gives, number for number.
 */
import { concatRunBlocks, type RunBlock } from '../model/packed/run-block.ts';
import { runsOf } from '../model/projection/runs.ts';
import type { ChunkEngine } from '../model/projection/simulate.ts';
import { compileRegional, type RegionalModel } from '../model/regions/compile.ts';
import { regionalBlockSizes, regionalReferenceEngine } from '../model/regions/flat.ts';
import {
  summarizeRegionalBlock,
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
  /** The chunk engine for a regional model (the WebAssembly core's); default the
   *  reference. Both give the same numbers, bit for bit. */
  engine?: (model: RegionalModel) => ChunkEngine;
  onProgress?: (done: number, total: number) => void;
}

/** Runs and summarises a validated scenario with regions: chunks of runs (about a hundred,
 *  for progress) merged by run index, so the result is the one `simulateRegions` gives. */
export function simulateRegional(
  rs: RegionalScenario,
  options: RegionalRunOptions,
): RegionalResult {
  const { deterministic } = options;
  const runs = runsOf(rs as unknown as Scenario, deterministic);
  const seed = rs.simulation.seed;
  const model = compileRegional(rs, options.population);
  const chunk = (options.engine ?? regionalReferenceEngine)(model);
  const size = Math.max(1, Math.ceil(runs / 100));
  const blocks: RunBlock[] = [];
  for (let start = 0; start < runs; start += size) {
    const count = Math.min(size, runs - start);
    blocks.push(chunk(seed, start, count, deterministic));
    options.onProgress?.(start + count, runs);
  }
  const block =
    blocks.length === 1 ? blocks[0] : concatRunBlocks(regionalBlockSizes(model), blocks);
  blocks.length = 0;
  return summarizeRegionalBlock(rs, model, block, seed, deterministic);
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
