/** What the browser test page (./harness.ts) offers the tests, on `window.harness`. */
import type { WorkerFault } from '../../../workers/worker-api.ts';

export interface SimulateArgs {
  /** A scenario document (JSON value), parsed in the page. */
  scenario: unknown;
  runs?: number;
  seed?: number;
  deterministic?: boolean;
  workers: number;
  /** The engine the workers run (default: the WebAssembly core, where it loads). */
  engine?: 'wasm' | 'reference';
  chunkSize?: number;
  partialIntervalMs?: number;
  /** Calls in flight per worker (workers/pool.ts PoolOptions.pipeline). */
  pipeline?: number;
  /** Last chunks cut in two (app/engine/pool-runner.ts PoolRunnerOptions.tailChunks). */
  tailChunks?: number;
  /** Keep the runner (and its warm workers) for the next call with the same options. */
  keep?: boolean;
}

export interface RunEvent {
  kind: 'progress' | 'partial' | 'final';
  atMs: number;
  done: number;
  /** Runs summarised, for partial and final results. */
  runs?: number;
}

export interface SimulateOutcome {
  /** JSON.stringify of the final result. */
  json: string;
  /** JSON.stringify of the first partial result, if any. */
  firstPartialJson?: string;
  engine?: string;
  events: RunEvent[];
  totalMs: number;
  stats: { spawned: number; started: number; dropped: number; deaths: number };
}

export interface FaultArgs {
  scenario: unknown;
  fault: WorkerFault;
  workers: number;
  runs: number;
  chunkSize: number;
}

export interface FaultOutcome {
  /** The error the faulty run rejected with (null if it resolved). */
  error: { name: string; message: string } | null;
  ms: number;
  deaths: number;
  /** JSON.stringify of the next run's result. */
  next: string;
}

export interface SupersedeArgs {
  scenario: unknown;
  workers: number;
  chunkSize: number;
  first: { runs: number; seed: number };
  second: { runs: number; seed: number };
}

export interface SupersedeOutcome {
  /** Every state the scheduler delivered, in order. */
  states: {
    status: string;
    seed?: number;
    resultSeed?: number;
    partialRuns?: number;
    done?: number;
  }[];
  /** JSON.stringify of the second request's result. */
  json: string;
  firstChunks: number;
  stats: { spawned: number; started: number; dropped: number; deaths: number };
}

export interface TransferOutcome {
  /** Bytes of the chunk's arrays as received. */
  receivedBytes: number;
  /** Bytes left in those arrays after they were sent to summarize (0 when transferred). */
  bytesAfterSending: number;
  runs: number;
}

export interface PlanArgs {
  /** A scenario document with costs and a plan. */
  scenario: unknown;
  workers: number;
  engine?: 'wasm' | 'reference';
  keep?: boolean;
}

export interface PlanOutcome {
  /** JSON.stringify of the plan (MODEL.md §8). */
  planJson: string;
  evaluations: number;
  /** The search alone, then the chosen candidate's full result. */
  searchMs: number;
  totalMs: number;
  engine?: string;
}

export interface HarnessApi {
  simulate(args: SimulateArgs): Promise<SimulateOutcome>;
  /** The least-cost plan search on the pool (app/engine/plan-search.ts). */
  plan(args: PlanArgs): Promise<PlanOutcome>;
  fault(args: FaultArgs): Promise<FaultOutcome>;
  supersede(args: SupersedeArgs): Promise<SupersedeOutcome>;
  /** Runs one chunk and summarises it through the pool, watching the buffers. */
  transfers(scenario: unknown): Promise<TransferOutcome>;
  dispose(): void;
}

declare global {
  interface Window {
    harness?: HarnessApi;
  }
}
