/**
 * One simulation worker, watched: its calls settle even when it dies.
 *
 * Comlink alone never settles a call to a worker that has gone away, so a slot races every
 * call against the worker's death, which it learns from:
 * - a call that rejects (an Error thrown in the worker, a WebAssembly trap);
 * - an `error` event (an uncaught error, a script that fails to load) or `messageerror`;
 * - the worker's liveness lock: the worker holds a Web Lock named for it from `init` on,
 *   and the slot asks for the same lock, which it is granted only once the worker is
 *   gone — this is how a worker that closed itself (`self.close()`) or was killed is seen;
 * - only where Web Locks are missing (not a secure context, or an old browser): a per-call
 *   watchdog, `watchdogMs` without an answer.
 * Any of these terminates the worker and rejects the pending call with a
 * SimulationWorkerError; the pool then spawns a fresh worker for the next call. A worker
 * that fails before it has answered `init` (a script that does not load, an engine that
 * cannot be set up) rejects with WorkerStartError instead: the pool then stops starting
 * workers (workers/pool.ts), and the app runs the simulation on its own thread.
 */
import { wrap, type Remote } from 'comlink';
import type { EngineKind, SimWorkerApi } from './worker-api.ts';

/** A simulation worker stopped while a call was pending. */
export class SimulationWorkerError extends Error {
  constructor(detail: string, options?: { cause?: unknown }, lead = 'stopped unexpectedly') {
    super(`the simulation worker ${lead}: ${detail}`, options);
    this.name = 'SimulationWorkerError';
  }
}

/** A simulation worker failed before it answered its first call (its script did not load,
 *  or it could not set up its engine): the pool does not try to start workers again. */
export class WorkerStartError extends SimulationWorkerError {
  constructor(detail: string, options?: { cause?: unknown }) {
    super(detail, options, 'could not start');
    this.name = 'WorkerStartError';
  }
}

export interface SlotOptions {
  createWorker: () => Worker;
  /** The compiled WebAssembly core for the worker's `init`, when there is one. */
  module?: Promise<WebAssembly.Module | undefined>;
  /** Milliseconds a call may go unanswered when Web Locks are unavailable (0 = never). */
  watchdogMs: number;
  /** Called once when the worker dies (not when it is terminated on purpose). */
  onDeath?: (error: SimulationWorkerError) => void;
}

let slotCounter = 0;
const lockPrefix = `hwf-sim-worker-${Math.random().toString(36).slice(2)}-`;

function locks(): LockManager | undefined {
  const nav = (globalThis as { navigator?: Navigator }).navigator;
  return typeof nav?.locks?.request === 'function' ? nav.locks : undefined;
}

function describe(error: unknown): string {
  if (
    error instanceof Error ||
    (typeof error === 'object' && error !== null && 'message' in error)
  ) {
    const { name, message } = error as { name?: unknown; message?: unknown };
    const text = typeof message === 'string' && message ? message : 'no message';
    return typeof name === 'string' && name && name !== 'Error' ? `${name}: ${text}` : text;
  }
  return String(error);
}

export class WorkerSlot {
  readonly ready: Promise<EngineKind>;
  private readonly worker: Worker;
  private readonly remote: Remote<SimWorkerApi>;
  private readonly died: Promise<never>;
  private kill!: (error: SimulationWorkerError) => void;
  private readonly lockAbort = new AbortController();
  private readonly watchLocks: boolean;
  private stopped = false;
  /** True once the worker answered `init`. */
  private started = false;

  constructor(private readonly options: SlotOptions) {
    this.died = new Promise<never>((_, reject) => {
      this.kill = reject;
    });
    this.died.catch(() => {}); // observed through race() only
    this.worker = options.createWorker();
    this.worker.addEventListener('error', (event: ErrorEvent | Event) => {
      event.preventDefault?.();
      const message = 'message' in event && event.message ? String(event.message) : '';
      this.fail(
        message ||
          (this.started
            ? 'it raised an uncaught error'
            : 'its script could not be loaded or failed while loading'),
      );
    });
    this.worker.addEventListener('messageerror', () => this.fail('a message could not be read'));
    this.remote = wrap<SimWorkerApi>(this.worker);
    const lockManager = locks();
    this.watchLocks = lockManager !== undefined;
    const lockName = lockManager ? `${lockPrefix}${++slotCounter}` : undefined;
    this.ready = this.race(async () => {
      const module = await options.module;
      const { kind } = await this.remote.init(module, lockName);
      if (lockManager && lockName) this.watchLock(lockManager, lockName);
      this.started = true;
      return kind;
    }, 'starting');
    this.ready.catch(() => {}); // the calls that wait for it report the failure
  }

  /** True once the worker has answered its first call (it loaded and set up its engine). */
  get hasStarted(): boolean {
    return this.started;
  }

  /** False once the worker died or was terminated. */
  get alive(): boolean {
    return !this.stopped;
  }

  /** Runs one call on this worker; rejects with SimulationWorkerError if the worker dies
   *  first or the call fails (the worker is then terminated). */
  async call<T>(fn: (api: Remote<SimWorkerApi>) => Promise<T>): Promise<T> {
    await this.ready;
    return this.race(() => fn(this.remote), 'a call');
  }

  /** Stops the worker on purpose; pending calls reject. */
  terminate(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.lockAbort.abort();
    this.worker.terminate();
    this.kill(new SimulationWorkerError('it was shut down'));
  }

  private async race<T>(fn: () => Promise<T>, what: string): Promise<T> {
    if (this.stopped) return this.died;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const watchdog =
      !this.watchLocks && this.options.watchdogMs > 0
        ? new Promise<never>((_, reject) => {
            timer = setTimeout(
              () => reject(new Error(`no answer to ${what} within ${this.options.watchdogMs} ms`)),
              this.options.watchdogMs,
            );
          })
        : undefined;
    try {
      return await Promise.race([fn(), this.died, ...(watchdog ? [watchdog] : [])]);
    } catch (error) {
      if (error instanceof SimulationWorkerError) throw error;
      throw this.fail(describe(error), error);
    } finally {
      clearTimeout(timer);
    }
  }

  private watchLock(lockManager: LockManager, name: string): void {
    lockManager
      .request(name, { signal: this.lockAbort.signal }, () => {
        this.fail('it closed without answering');
      })
      .catch(() => {}); // aborted on purpose
  }

  private fail(detail: string, cause?: unknown): SimulationWorkerError {
    const error = this.started
      ? new SimulationWorkerError(detail, { cause })
      : new WorkerStartError(detail, { cause });
    if (this.stopped) return error;
    this.stopped = true;
    this.lockAbort.abort();
    this.worker.terminate();
    this.kill(error);
    this.options.onDeath?.(error);
    return error;
  }
}
