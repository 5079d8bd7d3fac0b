/**
 * Many runs with the reference engine: compile once, run chunks of runs, summarise.
 * Run i draws only from streams of (seed, i), so any chunking gives identical numbers.
 */
import type { PopulationInline, Scenario } from '../scenario/types.ts';
import {
  RESULT_SCHEMA,
  type HwfResult,
  type ProfessionResult,
  type ScenarioCost,
} from '../result/result.ts';
import { compile, type CompiledModel } from './compile.ts';
import { Projector, type RunOptions } from './project.ts';
import { runsOf } from './runs.ts';
import { allocateRunBlock, concatRunBlocks, type RunBlock } from '../packed/run-block.ts';
import { summarizeWhole } from '../summaries/summarize.ts';

export interface SimulateOptions {
  /** Overrides scenario.simulation.runs. */
  runs?: number;
  /** Overrides scenario.simulation.seed. */
  seed?: number;
  /** One run, every Dist at its point value, shocks off (MODEL.md §2b.11). */
  deterministic?: boolean;
  /** Called after each chunk of runs. */
  onProgress?: (done: number, total: number) => void;
  /** Runs per chunk (default 256); the numbers do not depend on it. */
  chunkSize?: number;
  /** The population when the scenario names a data set. */
  population?: PopulationInline;
  /** Runs chunks with another engine (the WebAssembly core) for this model; the
   *  reference by default. Every engine gives the same numbers. */
  engine?: (model: CompiledModel) => ChunkEngine;
}

/** Runs start .. start+count−1 of a compiled model into a fresh block. */
export type ChunkEngine = (
  seed: number,
  start: number,
  count: number,
  deterministic: boolean,
) => RunBlock;

/** Runs start .. start+count−1 into a fresh block. */
export function runChunk(
  model: CompiledModel,
  seed: number,
  start: number,
  count: number,
  opts: RunOptions,
  projector: Projector = new Projector(model),
): RunBlock {
  const block = allocateRunBlock(model, count, start);
  for (let r = 0; r < count; r++) projector.run(seed, start + r, block, r, opts);
  return block;
}

/** The reference engine's chunk runner for a model (one projector, reused). */
export function referenceEngine(model: CompiledModel): ChunkEngine {
  const projector = new Projector(model);
  return (seed, start, count, deterministic) =>
    runChunk(model, seed, start, count, { deterministic }, projector);
}

/** A result document around the professions' summaries (made without compiling, so the
 *  page can put together the parts its workers summarised). */
export function resultDocument(
  scenario: Scenario,
  runs: number,
  seed: number,
  deterministic: boolean,
  professions: ProfessionResult[],
  cost?: ScenarioCost,
): HwfResult {
  return {
    schema: RESULT_SCHEMA,
    scenario: scenario.name,
    runs,
    seed,
    deterministic,
    years: Array.from({ length: scenario.horizonYears + 1 }, (_, k) => scenario.baseYear + k),
    targetYear: scenario.analysis.targetYear,
    intakeFromYear: scenario.analysis.intakeFromYear,
    professions,
    ...(cost && { cost }),
  };
}

export function summarize(
  scenario: Scenario,
  model: CompiledModel,
  block: RunBlock,
  seed: number,
  deterministic: boolean,
): HwfResult {
  const { professions, cost } = summarizeWhole(model, block, scenario.analysis);
  return resultDocument(scenario, block.runs, seed, deterministic, professions, cost);
}

/** Simulate a validated scenario (see model/scenario/parse.ts) and summarise the runs. */
export function simulate(scenario: Scenario, options: SimulateOptions = {}): HwfResult {
  const deterministic = options.deterministic ?? false;
  const runs = runsOf(scenario, deterministic, options.runs);
  const seed = options.seed ?? scenario.simulation.seed;
  const chunkSize = Math.max(1, options.chunkSize ?? 256);
  const model = compile(scenario, options.population);
  const engine = (options.engine ?? referenceEngine)(model);
  const blocks: RunBlock[] = [];
  for (let start = 0; start < runs; start += chunkSize) {
    const count = Math.min(chunkSize, runs - start);
    blocks.push(engine(seed, start, count, deterministic));
    options.onProgress?.(start + count, runs);
  }
  return summarize(
    scenario,
    model,
    blocks.length === 1 ? blocks[0] : concatRunBlocks(model, blocks),
    seed,
    deterministic,
  );
}
