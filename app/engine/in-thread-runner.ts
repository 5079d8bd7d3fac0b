/**
 * The runner without workers: the same engine code the workers run (workers/sim-engine.ts),
 * called on this thread chunk by chunk, yielding to the event loop between chunks. Used by
 * tests, and by the app where Worker is unavailable. No progressive summaries here: they
 * would cost this thread time; progress reports runs done.
 *
 * The serialising variant sends every request, chunk and result through structuredClone
 * (transferring the buffers, as the workers do), so tests that use it cross the same wire
 * format as the pool.
 */
import type { HwfResult } from '../../model/result/result.ts';
import type { RawRuns } from '../../workers/engine-api.ts';
import { defaultChunkSize, MergedRuns, planChunks } from '../../workers/chunks.ts';
import { createSimEngine } from '../../workers/sim-engine.ts';
import { rawRunsBuffers, type EngineKind } from '../../workers/worker-api.ts';
import {
  cellsPerRun,
  totalRuns,
  type CandidatesRequest,
  type RunOptions,
  type SimulationRequest,
  type SimulationRunner,
} from './runner.ts';
import { yieldToEventLoop } from './yield.ts';
import { runsOf } from '../../model/projection/runs.ts';
import { candidateScenario, evaluationOf, targetCells } from '../../model/plan/evaluate.ts';
import type { CandidateEvaluation } from '../../model/plan/types.ts';

export interface InThreadRunnerOptions {
  /** Runs per chunk (default: workers/chunks.ts defaultChunkSize for one worker, at most
   *  250). The numbers do not depend on it. */
  chunkSize?: number;
  /** Send everything through structuredClone, as across a worker boundary. */
  serialize?: boolean;
  /** The compiled WebAssembly core; without it, the TypeScript reference runs. */
  module?: WebAssembly.Module | Promise<WebAssembly.Module | undefined>;
}

let jobCounter = 0;

export interface InThreadRunner extends SimulationRunner {
  readonly kind: 'in-thread';
  /** The engine in use, once the first run has started. */
  readonly engine: EngineKind | undefined;
}

export function createInThreadRunner(options: InThreadRunnerOptions = {}): InThreadRunner {
  const engine = createSimEngine();
  // A core that will not instantiate leaves the TypeScript reference (the same numbers).
  const ready = Promise.resolve(options.module)
    .catch(() => undefined)
    .then((module) => {
      try {
        return engine.init(module);
      } catch {
        return engine.init(undefined);
      }
    });
  const wire = options.serialize
    ? <T>(value: T, transfer: ArrayBuffer[] = []): T => structuredClone(value, { transfer })
    : <T>(value: T): T => value;
  const wireRuns = (block: RawRuns): RawRuns => wire(block, rawRunsBuffers(block));
  let disposed = false;

  async function run(request: SimulationRequest, { onProgress, signal }: RunOptions = {}) {
    const total = totalRuns(request);
    await ready;
    const job = ++jobCounter;
    const base = {
      scenario: request.scenario,
      population: request.population,
      seed: request.seed,
      deterministic: request.deterministic,
    };
    const merged = new MergedRuns(total);
    const chunkSize =
      options.chunkSize ?? defaultChunkSize(total, 1, cellsPerRun(request.scenario));
    for (const chunk of planChunks(total, chunkSize)) {
      signal?.throwIfAborted();
      if (disposed) throw new Error('the simulation runner was shut down');
      const raw = engine.runChunk(wire({ ...base, ...chunk }), job);
      merged.place(chunk.start, wireRuns(raw));
      onProgress?.({ done: merged.done, total });
      await yieldToEventLoop();
    }
    signal?.throwIfAborted();
    const block = merged.take();
    const summaryRequest = wire({ ...base, block }, rawRunsBuffers(block));
    const result: HwfResult = wire(engine.summarize(summaryRequest, job));
    return result;
  }

  async function evaluateCandidates(
    request: CandidatesRequest,
    candidates: readonly number[][],
    { signal }: Pick<RunOptions, 'signal'> = {},
  ): Promise<CandidateEvaluation[]> {
    await ready;
    const out: CandidateEvaluation[] = [];
    const cells = targetCells(request.scenario, request.spec);
    for (const values of candidates) {
      signal?.throwIfAborted();
      if (disposed) throw new Error('the simulation runner was shut down');
      const scenario = candidateScenario(request.scenario, request.spec, values);
      const count = runsOf(scenario, false);
      const job = ++jobCounter;
      const part = wire(
        engine.candidatePart(
          wire({
            scenario,
            population: request.population,
            spec: request.spec,
            seed: scenario.simulation.seed,
            start: 0,
            count,
            deterministic: false,
          }),
          job,
        ),
      );
      out.push(evaluationOf(values, [part], cells, scenario.baseYear));
      await yieldToEventLoop();
    }
    return out;
  }

  return {
    kind: 'in-thread',
    get engine() {
      return engine.kind;
    },
    run,
    evaluateCandidates,
    dispose: () => {
      disposed = true;
    },
  };
}

/** The in-thread runner with everything sent through structuredClone (for tests). */
export function createSerializingRunner(
  options: Omit<InThreadRunnerOptions, 'serialize'> = {},
): InThreadRunner {
  return createInThreadRunner({ ...options, serialize: true });
}
