/**
 * A regional scenario simulated in chunks of runs with a chunk engine (the reference or
 * the WebAssembly core), then summarised from the flat block: what the command line and
 * the plan search's chosen candidate run.
 */
import { concatRunBlocks, type RunBlock } from '../packed/run-block.ts';
import { runsOf } from '../projection/runs.ts';
import type { ChunkEngine } from '../projection/simulate.ts';
import { compileRegional, type RegionalModel } from './compile.ts';
import { regionalBlockSizes, regionalReferenceEngine } from './flat.ts';
import { summarizeRegionalBlock, type RegionalResult } from './simulate.ts';
import type { RegionalScenario } from './types.ts';
import type { PopulationInline, Scenario } from '../scenario/types.ts';

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
