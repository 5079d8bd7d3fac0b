/**
 * The seam between the app's engine layer and whatever runs the runs: the WebAssembly core
 * (workers/wasm-host.ts) or the TypeScript reference (model/). Both take the same
 * request and return the same raw per-run outputs; summaries are computed from those.
 */
import type { PopulationInline, Scenario } from '../model/scenario/types.ts';
import type { RunBlock } from '../model/packed/run-block.ts';

/** Raw outputs of runs start..start+count−1 (layout documented on RunBlock). All fields are
 *  Float64Arrays that own their buffers, so they can be transferred between threads. */
export type RawRuns = RunBlock;

export interface ChunkRequest {
  /** A validated scenario (it came through model/scenario/parse.ts). */
  scenario: Scenario;
  /** The resolved population when the scenario names a data set. */
  population?: PopulationInline;
  seed: number;
  start: number;
  count: number;
  deterministic: boolean;
}

/** Runs a chunk of runs synchronously, in the current thread. */
export interface ChunkRunner {
  readonly kind: 'wasm' | 'reference';
  /** Runs regional scenarios (MODEL.md §6) too, returning their flat blocks
   *  (model/regions/flat.ts). A runner without it leaves them to the reference. */
  readonly regions?: boolean;
  runChunk(request: ChunkRequest): RawRuns;
}
