/**
 * Progress of a long simulation on stderr. Silent for the first second, so quick runs
 * print nothing; then `simulating 2000 runs… 45%`, rewritten in place on a terminal,
 * otherwise one line at most every 10 %.
 */
export interface ProgressOptions {
  total: number;
  write: (text: string) => void;
  /** Rewrite one line with `\r` (a terminal) or print separate lines (a file or pipe). */
  isTTY: boolean;
  /** Milliseconds; injectable for tests. */
  now?: () => number;
  /** Silence before the first report, in milliseconds. */
  delayMs?: number;
  /** The words of one report (default `simulating N runs… P%`). */
  describe?: (done: number, total: number, percent: number) => string;
}

export interface Progress {
  /** simulate's onProgress. */
  update(done: number, total: number): void;
  /** Call when the run is over (also after a failure): ends the progress line if one was started. */
  finish(): void;
}

export function createProgress(options: ProgressOptions): Progress {
  const now = options.now ?? (() => performance.now());
  const delayMs = options.delayMs ?? 1000;
  const start = now();
  let shown = false;
  let lastPercent = -1;
  let finished = false;

  const words =
    options.describe ??
    ((_: number, total: number, percent: number): string =>
      `simulating ${total} ${total === 1 ? 'run' : 'runs'}… ${percent}%`);

  return {
    update(done, total) {
      if (finished || now() - start < delayMs) return;
      const count = total > 0 ? total : options.total;
      const percent = count > 0 ? Math.min(100, Math.floor((done / count) * 100)) : 100;
      if (options.isTTY) {
        if (percent === lastPercent) return;
        options.write(`\r${words(done, count, percent)}`);
      } else {
        // First report at once, then at each new tenth, but never within 5 % of the last.
        if (
          lastPercent >= 0 &&
          (Math.floor(percent / 10) <= Math.floor(lastPercent / 10) || percent - lastPercent < 5)
        ) {
          return;
        }
        options.write(`${words(done, count, percent)}\n`);
      }
      shown = true;
      lastPercent = percent;
    },
    finish() {
      if (finished) return;
      finished = true;
      if (shown && options.isTTY) options.write('\n');
    },
  };
}
