/**
 * The contract of the simulation worker (workers/sim.worker.ts). The app imports these
 * types only (`import type`), never the worker module itself.
 *
 * Every Float64Array that crosses the boundary is transferred, never copied: a chunk's raw
 * outputs on the way back, and the merged block on the way to `summarize`.
 */
import type { HwfResult } from '../model/result/result.ts';
import type { PopulationInline, Scenario } from '../model/scenario/types.ts';
import type { SummaryPartResult } from '../model/summaries/parts.ts';
import type { ChunkRequest, ChunkRunner, RawRuns } from './engine-api.ts';
import type { PlanSpec } from '../model/plan/types.ts';
import type { CandidatePart } from '../model/plan/evaluate.ts';

export type EngineKind = ChunkRunner['kind'];

/** What the worker can be told to do wrong, for the fault tests:
 *  - `throw`: a call throws an Error;
 *  - `trap`: a call hits a WebAssembly `unreachable` (a real WebAssembly.RuntimeError);
 *  - `exit`: the worker closes itself (`self.close()`), with no error event;
 *  - `uncaught`: an Error thrown outside any call (an `error` event on the Worker). */
export type WorkerFault = 'throw' | 'trap' | 'exit' | 'uncaught';
export const WORKER_FAULTS: readonly WorkerFault[] = ['throw', 'trap', 'exit', 'uncaught'];

/** Turns a merged block of runs into the result document. */
export interface SummaryRequest {
  scenario: Scenario;
  population?: PopulationInline;
  seed: number;
  deterministic: boolean;
  /** Runs 0..block.runs−1, in run order. Its buffers are transferred. */
  block: RawRuns;
}

/** Like SummaryRequest, with the runs as the chunks they were computed in (consecutive,
 *  from run 0, in run order): the worker puts them together, so the page does not. */
export interface ChunksSummaryRequest extends Omit<SummaryRequest, 'block'> {
  blocks: RawRuns[];
}

/** One of `count` parts of a summary (model/summaries/parts.ts planSummaryParts): the
 *  pool splits a large final summary this way over its workers. */
export interface SummaryPartRequest extends SummaryRequest {
  part: { index: number; count: number };
}

/** Runs start..start+count−1 of a plan candidate's scenario (the scenario with the
 *  levers' values, model/plan/evaluate.ts) and reads them for the plan search: its shortage
 *  counts and its runs' present values. Never deterministic. */
export interface CandidatePartRequest extends ChunkRequest {
  spec: PlanSpec;
}

/**
 * A request as it crosses to the worker: its scenario (and population) may be left out
 * when an earlier call with the same job key brought them to this worker. The page sends
 * them once per worker and job, not with every chunk.
 */
export type JobCall<T extends { scenario: Scenario; population?: PopulationInline }> = Omit<
  T,
  'scenario' | 'population'
> &
  Partial<Pick<T, 'scenario' | 'population'>>;

/** The calls a simulation worker answers. `job` is any key that is the same for every
 *  call of one simulation: the worker then compiles the scenario once per job instead of
 *  once per chunk. */
export interface SimWorkerApi {
  /** Chooses the engine (WebAssembly when a module is given and the core is available,
   *  else the TypeScript reference). When `livenessLock` is given, the worker holds that
   *  Web Lock until it dies, so the pool notices a worker that stopped silently. */
  init(module?: WebAssembly.Module, livenessLock?: string): Promise<{ kind: EngineKind }>;
  /** Runs request.start .. start+count−1 (a promise only when the worker misbehaves). */
  runChunk(request: JobCall<ChunkRequest>, job?: number): RawRuns | Promise<RawRuns>;
  summarize(request: JobCall<SummaryRequest>, job?: number): HwfResult | Promise<HwfResult>;
  /** The same result as `summarize` of the chunks put together (their buffers are
   *  transferred). */
  summarizeChunks(
    request: JobCall<ChunksSummaryRequest>,
    job?: number,
  ): HwfResult | Promise<HwfResult>;
  summarizePart(
    request: JobCall<SummaryPartRequest>,
    job?: number,
  ): SummaryPartResult | Promise<SummaryPartResult>;
  /** A part of a plan candidate's evaluation (its buffers are transferred). */
  candidatePart(
    request: JobCall<CandidatePartRequest>,
    job?: number,
  ): CandidatePart | Promise<CandidatePart>;
  /** Test hook: misbehave as told on the next call (or at once for `exit`/`uncaught`). */
  debugFault(fault: WorkerFault): void;
}

/** The buffers of a block of runs, for `transfer` lists (model/packed/run-block.ts). */
export { runBlockBuffers as rawRunsBuffers } from '../model/packed/run-block.ts';
