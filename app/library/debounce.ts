/**
 * A debounced call with a flush: `schedule` keeps the latest value and runs `run` with it
 * once `delayMs` pass without another `schedule`; `flush` runs it now (the page is being
 * hidden or closed); `cancel` drops it. The timers are injectable for tests.
 */

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface Debounced<T> {
  schedule(value: T): void;
  /** Runs the pending call now, if there is one. */
  flush(): void;
  cancel(): void;
  readonly pending: boolean;
}

const GLOBAL_TIMERS: Timers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as number),
};

export function debounce<T>(
  run: (value: T) => void,
  delayMs: number,
  timers: Timers = GLOBAL_TIMERS,
): Debounced<T> {
  let timer: unknown = null;
  let waiting: { value: T } | null = null;

  const stop = () => {
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
  };
  const fire = () => {
    stop();
    const next = waiting;
    waiting = null;
    if (next) run(next.value);
  };

  return {
    schedule(value) {
      waiting = { value };
      stop();
      timer = timers.setTimeout(fire, delayMs);
    },
    flush: fire,
    cancel() {
      stop();
      waiting = null;
    },
    get pending() {
      return waiting !== null;
    },
  };
}
