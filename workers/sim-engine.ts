/**
 * What a simulation worker does, without the messaging: choose the engine, run chunks,
 * summarise merged blocks. workers/sim.worker.ts exposes it with Comlink; the in-thread
 * runner (app/engine/in-thread-runner.ts) calls it directly, so both take the same path.
 */
import { transfer } from 'comlink';
import type { HwfResult } from '../model/result/result.ts';
import { compile, type CompiledModel } from '../model/projection/compile.ts';
import { summarize } from '../model/projection/simulate.ts';
import type { ChunkRequest, ChunkRunner, RawRuns } from './engine-api.ts';
import { createReferenceRunner } from './reference-runner.ts';
import { createWasmRunner } from './wasm-host.ts';
import { planSummaryParts, type SummaryPartResult } from '../model/summaries/parts.ts';
import { summarizePart } from '../model/summaries/summarize.ts';
import type { PopulationInline, Scenario } from '../model/scenario/types.ts';
import { concatRunBlocks, type RunBlock } from '../model/packed/run-block.ts';
import { regionalOf, type RegionalScenario } from '../model/regions/types.ts';
import { compileRegional, type RegionalModel } from '../model/regions/compile.ts';
import { summarizeRegionalBlock } from '../model/regions/simulate.ts';
import { candidatePart, targetCells, type CandidatePart } from '../model/plan/evaluate.ts';
import {
  rawRunsBuffers,
  type CandidatePartRequest,
  type ChunksSummaryRequest,
  type EngineKind,
  type JobCall,
  type SummaryPartRequest,
  type SummaryRequest,
} from './worker-api.ts';

/** The one place where the engine is chosen: the WebAssembly core when the app could
 *  load it, else the TypeScript reference (the same numbers, bit for bit, but slower). */
export function chooseChunkRunner(module?: WebAssembly.Module): ChunkRunner {
  return module ? createWasmRunner(module) : createReferenceRunner();
}

export interface SimEngine {
  /** The engine chosen by the last init, if any. */
  readonly kind: EngineKind | undefined;
  init(module?: WebAssembly.Module): { kind: EngineKind };
  /** Keeps the job's scenario when the call brings one, before anything else can fail:
   *  the job's later calls to this worker leave it out. */
  adopt(
    request: JobCall<ChunkRequest | SummaryRequest | ChunksSummaryRequest | CandidatePartRequest>,
    job?: number,
  ): void;
  runChunk(request: JobCall<ChunkRequest>, job?: number): RawRuns;
  summarize(request: JobCall<SummaryRequest>, job?: number): HwfResult;
  summarizeChunks(request: JobCall<ChunksSummaryRequest>, job?: number): HwfResult;
  summarizePart(request: JobCall<SummaryPartRequest>, job?: number): SummaryPartResult;
  candidatePart(request: JobCall<CandidatePartRequest>, job?: number): CandidatePart;
}

export function createSimEngine(): SimEngine {
  let runner: ChunkRunner | null = null;
  // The scenario of the current job, kept as one object so that the chunk runner (which
  // caches its compiled model per scenario object) compiles once per job, not per chunk;
  // later calls of the job may leave it out (JobCall).
  let current: { job: number; scenario: Scenario; population?: PopulationInline } | null = null;
  let compiled: { scenario: Scenario; model: CompiledModel } | null = null;
  let compiledRegions: { scenario: Scenario; model: RegionalModel } | null = null;
  // Regional runs where the chosen runner has no regions (made on first need).
  let regionalRunner: ChunkRunner | null = null;

  function adopt(
    request: { scenario?: Scenario; population?: PopulationInline },
    job?: number,
  ): void {
    if (request.scenario && job !== undefined && current?.job !== job) {
      current = { job, scenario: request.scenario, population: request.population };
    }
  }

  /** The request with the job's scenario: the one it brings (kept for the job's later
   *  calls), or the one an earlier call of the job brought. */
  function sameScenario<T extends { scenario: Scenario; population?: PopulationInline }>(
    request: JobCall<T>,
    job?: number,
  ): T {
    if (job === undefined && request.scenario) return request as T;
    adopt(request, job);
    if (job === undefined || current?.job !== job) {
      throw new Error(
        `the scenario of this simulation (job ${String(job)}) was never sent to this worker`,
      );
    }
    return { ...request, scenario: current.scenario, population: current.population } as T;
  }

  function modelFor(req: Pick<SummaryRequest, 'scenario' | 'population'>): CompiledModel {
    if (compiled?.scenario !== req.scenario) {
      compiled = { scenario: req.scenario, model: compile(req.scenario, req.population) };
    }
    return compiled.model;
  }

  function regionalModelFor(
    req: Pick<SummaryRequest, 'scenario' | 'population'>,
    rs: RegionalScenario,
  ): RegionalModel {
    if (compiledRegions?.scenario !== req.scenario) {
      compiledRegions = { scenario: req.scenario, model: compileRegional(rs, req.population) };
    }
    return compiledRegions.model;
  }

  /** The runner of a scenario's chunks: the chosen one, or the reference for regions
   *  where the chosen one has none. */
  function runnerFor(scenario: Scenario): ChunkRunner {
    runner ??= chooseChunkRunner();
    if (regionalOf(scenario) && !runner.regions)
      return (regionalRunner ??= createReferenceRunner());
    return runner;
  }

  /** The summary of a block of runs: national, or regional (a flat block). */
  function summaryOf(
    req: Pick<SummaryRequest, 'scenario' | 'population' | 'seed' | 'deterministic'>,
    block: RunBlock,
  ): HwfResult {
    const rs = regionalOf(req.scenario);
    if (rs) {
      const rm = regionalModelFor(req, rs);
      return summarizeRegionalBlock(rs, rm, block, req.seed, req.deterministic);
    }
    return summarize(req.scenario, modelFor(req), block, req.seed, req.deterministic);
  }

  return {
    get kind() {
      return runner?.kind;
    },
    init(module?: WebAssembly.Module) {
      runner = chooseChunkRunner(module);
      return { kind: runner.kind };
    },

    adopt,

    runChunk(request: JobCall<ChunkRequest>, job?: number): RawRuns {
      const req = sameScenario<ChunkRequest>(request, job);
      const block = runnerFor(req.scenario).runChunk(req);
      return transfer(block, rawRunsBuffers(block));
    },

    candidatePart(request: JobCall<CandidatePartRequest>, job?: number): CandidatePart {
      const req = sameScenario<CandidatePartRequest>(request, job);
      const block = runnerFor(req.scenario).runChunk({ ...req, deterministic: false });
      const part = candidatePart(req.scenario, block, targetCells(req.scenario, req.spec));
      return transfer(part, [part.short.buffer, part.presentValues.buffer] as ArrayBuffer[]);
    },

    summarize(request: JobCall<SummaryRequest>, job?: number): HwfResult {
      const req = sameScenario<SummaryRequest>(request, job);
      return summaryOf(req, req.block);
    },

    summarizeChunks(request: JobCall<ChunksSummaryRequest>, job?: number): HwfResult {
      const req = sameScenario<ChunksSummaryRequest>(request, job);
      const first = req.blocks[0];
      const block = req.blocks.length === 1 ? first : concatRunBlocks(first.sizes, req.blocks);
      req.blocks.length = 0; // the chunks can go as soon as they are merged
      return summaryOf(req, block);
    },

    summarizePart(request: JobCall<SummaryPartRequest>, job?: number): SummaryPartResult {
      const req = sameScenario<SummaryPartRequest>(request, job);
      if (regionalOf(req.scenario)) {
        throw new RangeError('a regional summary is made in one piece, not in parts');
      }
      const m = modelFor(req);
      const { index, count } = req.part;
      const part = planSummaryParts(m.professions.length, m.horizon + 1, m.inputs.length, count)[
        index
      ];
      if (!part) throw new RangeError(`there is no summary part ${index} of ${count}`);
      return summarizePart(m, req.block, req.scenario.analysis, part);
    },
  };
}
