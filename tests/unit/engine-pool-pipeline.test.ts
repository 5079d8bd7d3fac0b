/**
 * The pool sends a busy worker its next call before the current one is answered (up to
 * `pipeline` calls), so the worker never waits for the page between chunks; idle and new
 * workers still come first.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { WorkerPool } from '../../workers/pool.ts';
import type { SimWorkerApi } from '../../workers/worker-api.ts';
import { ChannelWorker } from '../helpers/channel-worker.ts';

/** A worker whose chunk calls wait until the test answers them. */
class HeldWorker extends ChannelWorker {
  static all: HeldWorker[] = [];
  /** Starts of the chunk calls this worker has received and not yet answered. */
  readonly waiting: { start: number; answer: () => void }[] = [];
  constructor() {
    super();
    HeldWorker.all.push(this);
    const api: Partial<SimWorkerApi> = {
      init: async (_module, livenessLock) => {
        await this.holdLivenessLock(livenessLock);
        return { kind: 'reference' };
      },
      runChunk: (request) =>
        new Promise((resolve) => {
          const entry = {
            start: request.start,
            answer: () => {
              this.waiting.splice(this.waiting.indexOf(entry), 1);
              resolve({ runs: 0 } as never);
            },
          };
          this.waiting.push(entry);
        }),
    };
    this.serve(api);
  }
}

const pools: WorkerPool[] = [];
function pool(size: number, pipeline?: number): WorkerPool {
  const p = new WorkerPool({
    size,
    pipeline,
    createWorker: () => new HeldWorker() as unknown as Worker,
    watchdogMs: 10_000,
  });
  pools.push(p);
  return p;
}
afterEach(() => {
  for (const p of pools.splice(0)) p.dispose();
  HeldWorker.all = [];
});

const chunk = (p: WorkerPool, start: number) =>
  p.call((api) => api.runChunk({ seed: 1, start, count: 1, deterministic: false }, 1));
/** Lets the messages between the page and the workers go round. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
const starts = (w: HeldWorker) => w.waiting.map((c) => c.start);

describe('pipelining in the worker pool', () => {
  it('gives each of two workers a second call while it runs its first', async () => {
    const p = pool(2);
    const done = [0, 1, 2, 3, 4].map((start) => chunk(p, start));
    await settle();
    const [a, b] = HeldWorker.all;
    // Idle and new workers first (0 → a, 1 → b), then one more each; the fifth waits.
    expect(HeldWorker.all).toHaveLength(2);
    expect(starts(a)).toEqual([0, 2]);
    expect(starts(b)).toEqual([1, 3]);
    a.waiting[0].answer();
    await settle();
    expect(starts(a)).toEqual([2, 4]); // the freed place went to the waiting call at once
    for (const w of [a, b]) while (w.waiting.length > 0) w.waiting[0].answer();
    await settle();
    for (const w of [a, b]) while (w.waiting.length > 0) w.waiting[0].answer();
    await expect(Promise.all(done)).resolves.toHaveLength(5);
  });

  it('sends one call at a time with pipeline 1', async () => {
    const p = pool(1, 1);
    const done = [0, 1, 2].map((start) => chunk(p, start));
    await settle();
    const [a] = HeldWorker.all;
    expect(starts(a)).toEqual([0]);
    a.waiting[0].answer();
    await settle();
    expect(starts(a)).toEqual([1]);
    a.waiting[0].answer();
    await settle();
    a.waiting[0].answer();
    await expect(Promise.all(done)).resolves.toHaveLength(3);
  });
});
