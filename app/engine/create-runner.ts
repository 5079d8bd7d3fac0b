/**
 * Which runner the app gets: the worker pool where the browser has workers, else the
 * in-thread runner; and a notice for the page whenever the simulation runs in a slower way.
 *
 * The pool's workers may turn out not to start (their script missing or blocked, an engine
 * that cannot be set up): the pool then refuses every call at once (workers/pool.ts), and
 * the runner switches for good to the in-thread runner, running the request that found the
 * fault again there, so the planner gets results all the same. A core that cannot be
 * downloaded or compiled leaves the TypeScript reference engine, in the workers or here.
 * Either way the notice says so; a reload tries the workers and the core again.
 */
import type { HwfResult } from '../../model/result/result.ts';
import { WorkerStartError } from '../../workers/worker-slot.ts';
import { createInThreadRunner } from './in-thread-runner.ts';
import { createPoolRunner, type PoolRunnerOptions } from './pool-runner.ts';
import type {
  CandidatesRequest,
  RunnerKind,
  RunOptions,
  SimulationRequest,
  SimulationRunner,
} from './runner.ts';
import type { CandidateEvaluation } from '../../model/plan/types.ts';
import { loadWasmCore, type WasmCore } from './wasm-module.ts';

/** The runner the app uses, whose way of running (and notice) may change once. */
export interface AdaptiveRunner extends SimulationRunner {
  /** A sentence for the page when the simulation runs in a slower way, else null. */
  readonly notice: string | null;
  /** Calls `listener` when the notice changes; returns the unsubscribe function. */
  readonly subscribe: (listener: () => void) => () => void;
}

export interface RunnerChoice {
  runner: AdaptiveRunner;
  /** How the runs ran when the choice was made (the runner's `kind` is the current one). */
  kind: RunnerKind;
  /** The notice when the choice was made (the runner's `notice` is the current one). */
  notice: string | null;
}

export const NO_WORKERS_NOTICE =
  'Simulations run in this page instead of in the background (this browser has no background workers): results may be slower and the page may pause.';
export const WORKER_FAILED_NOTICE =
  'Simulations run in this page instead of in the background (the simulation worker could not start): results may be slower.';
export const NO_WEBASSEMBLY_NOTICE =
  'This browser does not run WebAssembly: simulations use the slower built-in engine.';
export const WASM_FAILED_NOTICE =
  'The fast simulation engine could not be loaded, so simulations use the slower built-in engine: results may be slower, and the numbers are the same.';
export const BOTH_FAILED_NOTICE =
  'Simulations run in this page instead of in the background, with the slower built-in engine (the simulation worker and the fast engine could not start): results may be slower.';

export interface CreateRunnerOptions extends PoolRunnerOptions {
  /** Run on this thread even where workers are available. */
  inThread?: boolean;
  /** The core (default: app/engine/wasm-module.ts loadWasmCore()). */
  core?: Promise<WasmCore>;
}

type Way = 'pool' | 'no-workers' | 'worker-failed';

/** The sentence for a way of running and the state of the core. */
export function noticeFor(way: Way, core: WasmCore['problem']): string | null {
  if (way === 'pool') {
    if (core === 'failed') return WASM_FAILED_NOTICE;
    return core === 'unsupported' ? NO_WEBASSEMBLY_NOTICE : null;
  }
  if (way === 'worker-failed') return core === 'failed' ? BOTH_FAILED_NOTICE : WORKER_FAILED_NOTICE;
  return NO_WORKERS_NOTICE;
}

export function createRunner(options: CreateRunnerOptions = {}): RunnerChoice {
  const { inThread, core: givenCore, ...poolOptions } = options;
  const core = givenCore ?? loadWasmCore();
  const module = core.then((c) => c.module);
  const listeners = new Set<() => void>();
  let coreProblem: WasmCore['problem'] = null;
  const workers = typeof Worker !== 'undefined' || poolOptions.createWorker !== undefined;
  let way: Way = inThread || !workers ? 'no-workers' : 'pool';
  let notice = noticeFor(way, coreProblem);
  const update = () => {
    const next = noticeFor(way, coreProblem);
    if (next === notice) return;
    notice = next;
    for (const listener of [...listeners]) listener();
  };
  void core.then((c) => {
    coreProblem = c.problem;
    update();
  });

  const makeInThread = () => createInThreadRunner({ chunkSize: options.chunkSize, module });
  let current: SimulationRunner =
    way === 'pool' ? createPoolRunner({ module, ...poolOptions }) : makeInThread();
  let disposed = false;

  /** A call on the current runner; when its workers cannot start, the runner switches for
   *  good to this thread and the call runs again there. */
  async function withFallback<T>(
    call: (r: SimulationRunner) => Promise<T>,
    signal: AbortSignal | undefined,
  ): Promise<T> {
    const runner = current;
    try {
      return await call(runner);
    } catch (error) {
      if (!(error instanceof WorkerStartError) || disposed || signal?.aborted) throw error;
      // The workers cannot start: from now on the runs run here.
      if (current === runner) {
        runner.dispose();
        current = makeInThread();
        way = 'worker-failed';
        update();
      }
      return call(current);
    }
  }

  const run = (request: SimulationRequest, runOptions: RunOptions = {}): Promise<HwfResult> =>
    withFallback((r) => r.run(request, runOptions), runOptions.signal);

  const evaluateCandidates = (
    request: CandidatesRequest,
    candidates: readonly number[][],
    options: Pick<RunOptions, 'signal'> = {},
  ): Promise<CandidateEvaluation[]> =>
    withFallback((r) => r.evaluateCandidates(request, candidates, options), options.signal);

  const runner: AdaptiveRunner = {
    get kind() {
      return current.kind;
    },
    get notice() {
      return notice;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    run,
    evaluateCandidates,
    dispose() {
      disposed = true;
      listeners.clear();
      current.dispose();
    },
  };
  return { runner, kind: runner.kind, notice };
}
