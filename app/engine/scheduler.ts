/**
 * Latest wins: at most one simulation in flight and one pending, the pending one always
 * the latest submitted request. A newer submit cancels the run in flight (through its
 * AbortSignal) and replaces the pending one; a superseded run's results are never
 * delivered. Subscribers see the state of the latest request only. Finished results go
 * into a small cache, so submitting an earlier request again is answered at once.
 *
 * After SDEverywhere's ModelScheduler: a submit starts the run on a later tick
 * (`startDelayMs`, default 0), so a burst of submits in one task runs only the last.
 */
import type { HwfResult } from '../../model/result/result.ts';
import { DEFAULT_CACHE_SIZE, ResultCache } from './cache.ts';
import { totalRuns, type SimulationRequest, type SimulationRunner } from './runner.ts';
import { requestKey } from './scenario-hash.ts';

export type SchedulerStatus = 'idle' | 'running' | 'done' | 'error';

export interface SchedulerState {
  status: SchedulerStatus;
  /** The latest submitted request. */
  request?: SimulationRequest;
  /** Its result, when status is 'done'. */
  result?: HwfResult;
  /** True when the result came from the cache. */
  cached?: boolean;
  /** While running: the latest progressive result over the runs done so far. */
  partial?: HwfResult;
  /** While running: runs done of total. */
  progress?: { done: number; total: number };
  /** When status is 'error'. */
  error?: Error;
}

export interface SchedulerOptions {
  /** Results kept (default 16; 0 = no cache). */
  cacheSize?: number;
  /** Delay before a submitted request starts, to gather a burst (default 0 ms). */
  startDelayMs?: number;
}

interface Job {
  generation: number;
  key: string;
  request: SimulationRequest;
}

export type SchedulerListener = (state: SchedulerState) => void;

export class SimulationScheduler {
  private state: SchedulerState = { status: 'idle' };
  private readonly listeners = new Set<SchedulerListener>();
  private readonly cache: ResultCache<HwfResult>;
  private readonly startDelayMs: number;
  private generation = 0;
  private latest: Job | null = null;
  private pending: Job | null = null;
  private inFlight: (Job & { controller: AbortController }) | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private disposed = false;

  constructor(
    private readonly runner: SimulationRunner,
    options: SchedulerOptions = {},
  ) {
    this.cache = new ResultCache(options.cacheSize ?? DEFAULT_CACHE_SIZE);
    this.startDelayMs = options.startDelayMs ?? 0;
  }

  /** The current state (bound: `useSyncExternalStore(s.subscribe, s.getState)` works). */
  readonly getState = (): SchedulerState => this.state;

  /** Calls `listener` on every change of state; returns the unsubscribe function. */
  readonly subscribe = (listener: SchedulerListener): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  /** Whether a run is in flight (for tests). */
  get running(): boolean {
    return this.inFlight !== null;
  }

  /** Asks for the result of `request`; it supersedes every earlier request. */
  submit(request: SimulationRequest): void {
    if (this.disposed) return;
    const key = requestKey(request);
    if (
      this.latest?.key === key &&
      (this.state.status === 'running' || this.state.status === 'done')
    ) {
      return; // already the latest, and running or done
    }
    const job: Job = { generation: ++this.generation, key, request };
    this.latest = job;
    this.pending = null;
    this.inFlight?.controller.abort(new DOMException('a newer request replaced it', 'AbortError'));

    const hit = this.cache.get(key);
    if (hit) {
      this.setState({ status: 'done', request, result: hit, cached: true });
      return;
    }
    let total: number;
    try {
      total = totalRuns(request);
    } catch (error) {
      this.setState({ status: 'error', request, error: error as Error });
      return;
    }
    this.pending = job;
    this.setState({ status: 'running', request, progress: { done: 0, total } });
    this.schedule();
  }

  /** Cancels the run in flight and the pending one; the state becomes idle. */
  cancel(): void {
    this.generation++;
    this.latest = null;
    this.pending = null;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.inFlight?.controller.abort(new DOMException('cancelled', 'AbortError'));
    this.setState({ status: 'idle' });
  }

  /** Cancels everything and forgets the subscribers. The runner is left to its owner. */
  dispose(): void {
    this.listeners.clear();
    this.cancel();
    this.disposed = true;
    this.cache.clear();
  }

  private schedule(): void {
    if (this.inFlight || this.timer !== undefined || !this.pending) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.startPending();
    }, this.startDelayMs);
  }

  private startPending(): void {
    const job = this.pending;
    if (this.inFlight || !job) return;
    this.pending = null;
    const controller = new AbortController();
    this.inFlight = { ...job, controller };
    const isLatest = () => job.generation === this.latest?.generation && !controller.signal.aborted;

    let run: Promise<HwfResult>;
    try {
      run = this.runner.run(job.request, {
        signal: controller.signal,
        onProgress: ({ done, total, partial }) => {
          if (!isLatest()) return;
          this.setState({
            status: 'running',
            request: job.request,
            progress: { done, total },
            partial: partial ?? this.state.partial,
          });
        },
      });
    } catch (error) {
      run = Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    run
      .then(
        (result) => {
          this.cache.set(job.key, result);
          if (isLatest()) this.setState({ status: 'done', request: job.request, result });
        },
        (error: unknown) => {
          if (!isLatest()) return;
          const err = error instanceof Error ? error : new Error(String(error));
          this.setState({ status: 'error', request: job.request, error: err });
        },
      )
      .finally(() => {
        this.inFlight = null;
        this.schedule();
      });
  }

  private setState(state: SchedulerState): void {
    this.state = state;
    for (const listener of [...this.listeners]) listener(state);
  }
}
