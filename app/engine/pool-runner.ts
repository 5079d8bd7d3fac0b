/**
 * The runner the app uses: runs split into chunks over a pool of workers, merged by run
 * index, summarised in a worker (never on this thread). Progressive: after the first
 * chunk a partial result over the runs done so far arrives through onProgress, then
 * sharper ones, then the full result.
 *
 * A summary costs about as much as the runs it summarises take to compute again with the
 * reference engine, and it takes a worker away from the chunks. So a partial summary is
 * made only when the runs in have at least doubled since the last one (first: as soon as
 * there are any), while they are at most half of all runs, at least `partialIntervalMs`
 * after the last, and never two at once: all partial summaries together then cost no
 * more than the final one.
 */
import { transfer } from 'comlink';
import type { HwfResult } from '../scenario/result.ts';
import type { RawRuns } from '../../workers/engine-api.ts';
import { defaultChunkSize, MergedRuns, planChunks } from '../../workers/chunks.ts';
import { WorkerPool, type PoolOptions } from '../../workers/pool.ts';
import { rawRunsBuffers, type EngineKind } from '../../workers/worker-api.ts';
import {
  cellsPerRun,
  totalRuns,
  type RunOptions,
  type SimulationRequest,
  type SimulationRunner,
} from './runner.ts';

export interface PoolRunnerOptions extends PoolOptions {
  /** Runs per chunk (default: workers/chunks.ts defaultChunkSize). The numbers do not
   *  depend on it. */
  chunkSize?: number;
  /** Milliseconds at least between progressive summaries (default 250). */
  partialIntervalMs?: number;
  /** Progressive summaries at all (default true). */
  partials?: boolean;
}

export interface PoolRunner extends SimulationRunner {
  readonly kind: 'pool';
  readonly pool: WorkerPool;
  /** The engine the workers run, once one has started. */
  readonly engine: EngineKind | undefined;
}

let jobCounter = 0;

/** From this many runs on, the final summary is split by profession over the workers. */
export const SPLIT_SUMMARY_RUNS = 1000;

/** Professions 0..P−1 in at most `workers` contiguous groups of nearly equal size. */
export function professionGroups(professions: number, workers: number): number[][] {
  const n = Math.max(1, Math.min(professions, workers));
  return Array.from({ length: n }, (_, g) => {
    const from = Math.floor((g * professions) / n);
    const to = Math.floor(((g + 1) * professions) / n);
    return Array.from({ length: to - from }, (_, i) => from + i);
  });
}

function copyRuns(block: RawRuns): RawRuns {
  return {
    runs: block.runs,
    headcount: block.headcount.slice(),
    fte: block.fte.slice(),
    demand: block.demand.slice(),
    requiredIntake: block.requiredIntake.slice(),
    inputs: block.inputs.slice(),
    ageRuns: block.ageRuns,
    ageStock: block.ageStock.slice(),
  };
}

export function createPoolRunner(options: PoolRunnerOptions = {}): PoolRunner {
  const pool = new WorkerPool(options);
  const partialIntervalMs = options.partialIntervalMs ?? 250;
  const partials = options.partials ?? true;

  async function run(request: SimulationRequest, { onProgress, signal }: RunOptions = {}) {
    const total = totalRuns(request);
    signal?.throwIfAborted();
    const job = ++jobCounter;
    const stop = new AbortController(); // the job's own calls: caller abort or failure
    const base = {
      scenario: request.scenario,
      population: request.population,
      seed: request.seed,
      deterministic: request.deterministic,
    };
    const summarize = (block: RawRuns, signal: AbortSignal, professions?: number[]) =>
      pool.call(
        (api) =>
          api.summarize(transfer({ ...base, block, professions }, rawRunsBuffers(block)), job),
        { signal, urgent: true },
      );
    // Partial summaries still waiting when the last chunk is in are no longer wanted.
    const partialStop = new AbortController();
    stop.signal.addEventListener('abort', () => partialStop.abort(stop.signal.reason));
    const merged = new MergedRuns(total);
    const chunkSize =
      options.chunkSize ?? defaultChunkSize(total, pool.size, cellsPerRun(request.scenario));

    return new Promise<HwfResult>((resolve, reject) => {
      let settled = false;
      let finishing = false;
      let partialInFlight = false;
      let lastPartialRuns = 0;
      let lastPartialAt = -Infinity;

      const fail = (error: unknown) => {
        if (settled) return;
        settled = true;
        stop.abort(error);
        reject(error instanceof Error ? error : new Error(String(error)));
      };
      const onAbort = () => fail(signal?.reason);
      signal?.addEventListener('abort', onAbort, { once: true });
      const succeed = (result: HwfResult) => {
        if (settled) return;
        settled = true;
        signal?.removeEventListener('abort', onAbort);
        resolve(result);
      };

      const maybePartial = () => {
        const runs = merged.prefix;
        if (!partials || finishing || settled || partialInFlight) return;
        if (runs < 2 * lastPartialRuns || runs === 0 || 2 * runs > total) return;
        if (performance.now() - lastPartialAt < partialIntervalMs) return;
        partialInFlight = true;
        lastPartialRuns = runs;
        lastPartialAt = performance.now();
        summarize(merged.copyPrefix(runs), partialStop.signal).then(
          (partial) => {
            partialInFlight = false;
            if (settled || finishing) return;
            onProgress?.({ done: merged.done, total, partial });
            maybePartial();
          },
          (error: unknown) => {
            if (!finishing) fail(error);
          },
        );
      };

      // The final summary is split by profession over the workers: each gets its own
      // copy of the runs (the last one the original, transferred).
      const finish = () => {
        finishing = true;
        partialStop.abort();
        const block = merged.take();
        // Small jobs are summarised in one piece: a split would only wake more workers.
        const groups = professionGroups(
          request.scenario.professions.length,
          total >= SPLIT_SUMMARY_RUNS ? pool.size : 1,
        );
        if (groups.length === 1) {
          summarize(block, stop.signal).then(succeed, fail);
          return;
        }
        const blocks = groups.map((_, g) => (g === groups.length - 1 ? block : copyRuns(block)));
        Promise.all(groups.map((professions, g) => summarize(blocks[g], stop.signal, professions)))
          .then((parts) =>
            succeed({ ...parts[0], professions: parts.flatMap((part) => part.professions) }),
          )
          .catch(fail);
      };

      for (const chunk of planChunks(total, chunkSize)) {
        pool
          .call((api) => api.runChunk({ ...base, ...chunk }, job), { signal: stop.signal })
          .then((raw) => {
            if (settled) return;
            merged.place(chunk.start, raw);
            onProgress?.({ done: merged.done, total });
            if (merged.done === total) finish();
            else maybePartial();
          })
          .catch(fail);
      }
    });
  }

  return {
    kind: 'pool',
    pool,
    get engine() {
      return pool.engineKind;
    },
    run,
    dispose: () => pool.dispose(),
  };
}
