/**
 * A pool of simulation workers: spawned lazily, idle ones shut down after a while, dead
 * ones replaced on the next call. Calls wait in one queue; urgent calls (summaries) go
 * before the waiting chunks. A call goes to an idle worker first, then to a new worker,
 * and only then behind the one call a busy worker is running (`pipeline`): the worker
 * then starts its next chunk the moment it finishes one, instead of waiting for the page
 * to hear the answer and send the next.
 *
 * A worker that cannot start at all (its script does not load, its engine cannot be set
 * up) makes the pool unavailable: the calls waiting and every later call reject at once
 * with WorkerStartError, and no worker is started again (a reload of the page tries
 * again). Without this, every edit would start and lose a full set of workers.
 */
import type { Remote } from 'comlink';
import type { EngineKind, SimWorkerApi, WorkerFault } from './worker-api.ts';
import { WorkerSlot, WorkerStartError } from './worker-slot.ts';

export interface PoolOptions {
  /** Number of workers (default: navigator.hardwareConcurrency, clamped to 1..8). */
  size?: number;
  /** An idle worker shuts down after this many milliseconds (default 60 000). */
  idleTimeoutMs?: number;
  /** The compiled WebAssembly core, handed to every worker's `init`: compiled once, on
   *  the main thread, and shared. Without it, workers use the TypeScript reference. */
  module?: WebAssembly.Module | Promise<WebAssembly.Module | undefined>;
  /** Makes a worker (default: a module worker running workers/sim.worker.ts). */
  createWorker?: () => Worker;
  /** Calls sent to one worker at a time at most (default 2: one running, one waiting in
   *  the worker). 1 sends the next call only once the last one is answered. */
  pipeline?: number;
  /** Per-call watchdog, used only where Web Locks are unavailable (default 120 000 ms;
   *  0 = none). See workers/worker-slot.ts. */
  watchdogMs?: number;
}

export interface CallOptions {
  signal?: AbortSignal;
  /** Goes before the calls that are not urgent. */
  urgent?: boolean;
}

export type WorkerCall<T> = (api: Remote<SimWorkerApi>) => Promise<T>;

interface Task {
  run: WorkerCall<unknown>;
  urgent: boolean;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
  signal?: AbortSignal;
  /** Set once the task has settled (a late answer is then ignored). */
  done: boolean;
}

interface Entry {
  slot: WorkerSlot;
  /** Calls sent and not yet answered. */
  running: number;
  idleTimer?: ReturnType<typeof setTimeout>;
}

export function defaultPoolSize(): number {
  const cores = (globalThis as { navigator?: Navigator }).navigator?.hardwareConcurrency;
  return Math.min(8, Math.max(1, Math.floor(cores || 1)));
}

function spawnSimWorker(): Worker {
  return new Worker(new URL('./sim.worker.ts', import.meta.url), {
    type: 'module',
    name: 'hwf-simulation',
  });
}

export class WorkerPool {
  readonly size: number;
  private readonly entries: (Entry | null)[];
  private readonly queue: Task[] = [];
  private readonly bySignal = new WeakMap<AbortSignal, Set<Task>>();
  private readonly module: Promise<WebAssembly.Module | undefined>;
  private readonly createWorker: () => Worker;
  private readonly idleTimeoutMs: number;
  private readonly watchdogMs: number;
  private readonly pipeline: number;
  private engine: EngineKind | undefined;
  private disposed = false;
  private startFailure: WorkerStartError | null = null;
  /** Counters for tests and benchmarks. */
  readonly stats = { spawned: 0, started: 0, dropped: 0, deaths: 0 };

  constructor(options: PoolOptions = {}) {
    this.size = Math.min(8, Math.max(1, Math.floor(options.size ?? defaultPoolSize())));
    this.entries = new Array<Entry | null>(this.size).fill(null);
    this.module = Promise.resolve(options.module).catch(() => undefined);
    this.createWorker = options.createWorker ?? spawnSimWorker;
    this.idleTimeoutMs = options.idleTimeoutMs ?? 60_000;
    this.watchdogMs = options.watchdogMs ?? 120_000;
    this.pipeline = Math.max(1, Math.floor(options.pipeline ?? 2));
  }

  /** The engine the workers run, once one has started. */
  get engineKind(): EngineKind | undefined {
    return this.engine;
  }

  /** Why no worker can start here, once one has failed to: then every call rejects with
   *  it and no worker is started again. Null while workers can start. */
  get unavailable(): WorkerStartError | null {
    return this.startFailure;
  }

  /** Workers alive now. */
  get liveWorkers(): number {
    return this.entries.filter((e) => e?.slot.alive).length;
  }

  /** Runs `fn` on the next free worker. Rejects with the signal's reason when aborted
   *  (a call already running then finishes in its worker, and its answer is dropped),
   *  with SimulationWorkerError when the worker dies, and with WorkerStartError when no
   *  worker can start (see `unavailable`). */
  call<T>(fn: WorkerCall<T>, options: CallOptions = {}): Promise<T> {
    if (this.disposed) return Promise.reject(new Error('the simulation pool was shut down'));
    if (this.startFailure) return Promise.reject(this.startFailure);
    const { signal, urgent = false } = options;
    if (signal?.aborted) return Promise.reject(signal.reason as Error);
    return new Promise<T>((resolve, reject) => {
      const task: Task = {
        run: fn,
        urgent,
        resolve: resolve as (value: unknown) => void,
        reject,
        signal,
        done: false,
      };
      if (signal) this.watch(signal, task);
      if (urgent) {
        const at = this.queue.findIndex((t) => !t.urgent);
        this.queue.splice(at < 0 ? this.queue.length : at, 0, task);
      } else {
        this.queue.push(task);
      }
      this.pump();
    });
  }

  /** Test hook: makes worker `index` (spawned if needed) misbehave on its next call. */
  async debugFault(fault: WorkerFault, index = 0): Promise<void> {
    const entry = this.entryAt(index, true);
    await entry.slot.call((api) => api.debugFault(fault));
  }

  /** Terminates every worker and rejects every waiting call. */
  dispose(): void {
    this.disposed = true;
    for (const task of this.queue.splice(0))
      this.settle(task, false, new Error('the simulation pool was shut down'));
    this.entries.forEach((entry, i) => {
      if (entry) this.retire(i);
    });
  }

  /** One abort listener per signal, however many calls share it. */
  private watch(signal: AbortSignal, task: Task): void {
    let tasks = this.bySignal.get(signal);
    if (!tasks) {
      const set = new Set<Task>();
      tasks = set;
      this.bySignal.set(signal, set);
      signal.addEventListener(
        'abort',
        () => {
          this.bySignal.delete(signal);
          for (const t of set) this.abortTask(t);
        },
        { once: true },
      );
    }
    tasks.add(task);
  }

  private abortTask(task: Task): void {
    if (task.done) return;
    const at = this.queue.indexOf(task);
    if (at >= 0) {
      this.queue.splice(at, 1);
      this.stats.dropped++;
    }
    this.settle(task, false, task.signal?.reason);
  }

  private settle(task: Task, ok: boolean, value: unknown): void {
    if (task.done) return;
    task.done = true;
    if (task.signal) this.bySignal.get(task.signal)?.delete(task);
    if (ok) task.resolve(value);
    else task.reject(value);
  }

  /** No worker could start: the waiting calls and every later one reject with `error`. */
  private giveUp(error: WorkerStartError): void {
    if (this.startFailure || this.disposed) return;
    this.startFailure = error;
    for (const task of this.queue.splice(0)) this.settle(task, false, error);
    this.entries.forEach((entry, i) => {
      if (entry && !entry.slot.hasStarted) this.retire(i);
    });
  }

  private pump(): void {
    while (this.queue.length > 0 && !this.startFailure) {
      const index = this.freeIndex();
      if (index < 0) return;
      const task = this.queue.shift()!;
      this.start(index, task);
    }
  }

  /** A live idle worker first; else a place for a new one; else the live worker with the
   *  fewest calls, if it has room for one more; else −1. */
  private freeIndex(): number {
    const idle = this.entries.findIndex((e) => e !== null && e.slot.alive && e.running === 0);
    if (idle >= 0) return idle;
    const empty = this.entries.findIndex((e) => e === null || !e.slot.alive);
    if (empty >= 0) return empty;
    let best = -1;
    this.entries.forEach((e, i) => {
      if (e && e.running < this.pipeline && (best < 0 || e.running < this.entries[best]!.running))
        best = i;
    });
    return best;
  }

  private entryAt(index: number, spawn: boolean): Entry {
    let entry = this.entries[index];
    if (entry && !entry.slot.alive) {
      this.retire(index);
      entry = null;
    }
    if (!entry) {
      if (!spawn) throw new Error('no worker there');
      const slot = new WorkerSlot({
        createWorker: this.createWorker,
        module: this.module,
        watchdogMs: this.watchdogMs,
        onDeath: () => {
          this.stats.deaths++;
          // A worker that died while idle is replaced on the next call.
          if (this.entries[index]?.slot === slot && this.entries[index]?.running === 0)
            this.retire(index);
        },
      });
      slot.ready.then((kind) => (this.engine = kind)).catch(() => {});
      entry = { slot, running: 0 };
      this.entries[index] = entry;
      this.stats.spawned++;
    }
    return entry;
  }

  private start(index: number, task: Task): void {
    let entry: Entry;
    try {
      entry = this.entryAt(index, true);
    } catch (error) {
      // new Worker() itself can throw (a blocked script, a missing Worker constructor).
      const failure = new WorkerStartError(String(error), { cause: error });
      this.settle(task, false, failure);
      this.giveUp(failure);
      return;
    }
    entry.running++;
    clearTimeout(entry.idleTimer);
    this.stats.started++;
    // The worker is free again before the caller hears the answer, so a call the caller
    // makes in response (the final summary after the last chunk) can go to it.
    const finish = (ok: boolean, value: unknown) => {
      entry.running--;
      if (this.entries[index] === entry) {
        if (!entry.slot.alive) this.retire(index);
        else if (entry.running === 0) this.armIdleTimer(index, entry);
      }
      if (!ok && value instanceof WorkerStartError) this.giveUp(value);
      // A worker retired because another could not start fails its calls the same way.
      if (!ok && this.startFailure && !entry.slot.hasStarted) value = this.startFailure;
      this.settle(task, ok, value);
      this.pump();
    };
    entry.slot.call(task.run).then(
      (value) => finish(true, value),
      (error: unknown) => finish(false, error),
    );
  }

  private armIdleTimer(index: number, entry: Entry): void {
    clearTimeout(entry.idleTimer);
    if (this.idleTimeoutMs === Infinity) return;
    entry.idleTimer = setTimeout(() => {
      if (this.entries[index] === entry && entry.running === 0) this.retire(index);
    }, this.idleTimeoutMs);
  }

  private retire(index: number): void {
    const entry = this.entries[index];
    if (!entry) return;
    clearTimeout(entry.idleTimer);
    entry.slot.terminate();
    this.entries[index] = null;
  }
}
