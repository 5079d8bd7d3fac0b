/**
 * The pool and its runner in Node, with in-process workers: each fake worker is the real
 * worker engine (workers/sim-engine.ts) behind Comlink on a MessageChannel, so calls are
 * asynchronous and buffers are transferred as between threads. Chromium runs the real
 * module workers in tests/e2e/.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  createPoolRunner,
  SPLIT_SUMMARY_BYTES,
  SPLIT_SUMMARY_RUNS,
  summaryParts,
  type PoolRunner,
} from '../../app/engine/pool-runner.ts';
import type { RunProgress, SimulationRequest } from '../../app/engine/runner.ts';
import { parseScenario } from '../../model/scenario/parse.ts';
import type { Scenario } from '../../model/scenario/types.ts';
import { simulate } from '../../model/projection/simulate.ts';
import { planChunks } from '../../workers/chunks.ts';
import { createSimEngine } from '../../workers/sim-engine.ts';
import type { SimWorkerApi, WorkerFault } from '../../workers/worker-api.ts';
import { ChannelWorker } from '../helpers/channel-worker.ts';
import { exampleJson } from '../helpers/scenarios.ts';
import { loadCoreModule } from '../helpers/wasm.ts';

function example(name: 'exampleland' | 'minimal'): Scenario {
  const parsed = parseScenario(exampleJson(name));
  if (!parsed.ok) throw new Error(`${name} does not validate`);
  return parsed.scenario;
}

/** The summary parts the fake workers were asked for, in order. */
const partCalls: { index: number; count: number }[] = [];
/** Per call the fake workers answered: its method and whether it carried the scenario. */
const calls: { method: string; scenario: boolean }[] = [];

/** A Worker look-alike: the worker engine on the far end of a MessageChannel. */
class FakeWorker extends ChannelWorker {
  constructor() {
    super();
    const engine = createSimEngine();
    let armed: WorkerFault | null = null;
    const misbehave = (): Promise<never> | undefined => {
      const fault = armed;
      armed = null;
      if (fault === 'throw' || fault === 'trap') throw new Error('a fault injected for testing');
      if (fault === 'exit') {
        this.vanish();
        return new Promise<never>(() => {});
      }
      if (fault === 'uncaught') {
        setTimeout(() => {
          const event = Object.assign(new Event('error'), { message: 'Uncaught Error: injected' });
          this.dispatchEvent(event);
        });
        return new Promise<never>(() => {});
      }
      return undefined;
    };
    const api: SimWorkerApi = {
      init: async (module, livenessLock) => {
        await this.holdLivenessLock(livenessLock);
        return engine.init(module);
      },
      runChunk: (request, job) => {
        calls.push({ method: 'runChunk', scenario: request.scenario !== undefined });
        engine.adopt(request, job);
        return misbehave() ?? engine.runChunk(request, job);
      },
      summarize: (request, job) => {
        engine.adopt(request, job);
        return misbehave() ?? engine.summarize(request, job);
      },
      candidatePart: (request, job) => {
        calls.push({ method: 'candidatePart', scenario: request.scenario !== undefined });
        engine.adopt(request, job);
        return misbehave() ?? engine.candidatePart(request, job);
      },
      summarizeChunks: (request, job) => {
        calls.push({ method: 'summarizeChunks', scenario: request.scenario !== undefined });
        engine.adopt(request, job);
        return misbehave() ?? engine.summarizeChunks(request, job);
      },
      summarizePart: (request, job) => {
        partCalls.push(request.part);
        calls.push({ method: 'summarizePart', scenario: request.scenario !== undefined });
        engine.adopt(request, job);
        return misbehave() ?? engine.summarizePart(request, job);
      },
      debugFault: (fault) => {
        armed = fault;
      },
    };
    this.serve(api);
  }
}

const runners: PoolRunner[] = [];
function poolRunner(options: Parameters<typeof createPoolRunner>[0] = {}): PoolRunner {
  const runner = createPoolRunner({
    createWorker: () => new FakeWorker() as unknown as Worker,
    watchdogMs: 10_000,
    ...options,
  });
  runners.push(runner);
  return runner;
}
afterEach(() => {
  for (const r of runners.splice(0)) r.dispose();
});

const exampleland = example('exampleland');
const request = (runs: number, extra: Partial<SimulationRequest> = {}): SimulationRequest => ({
  scenario: exampleland,
  runs,
  seed: exampleland.simulation.seed,
  deterministic: false,
  ...extra,
});

describe('the pool runner (in-process workers)', () => {
  const RUNS = 300;
  const expected = JSON.stringify(simulate(exampleland, { runs: RUNS }));

  it('gives the same bits for any number of workers and chunk size', async () => {
    for (const size of [1, 2, 3, 4]) {
      for (const chunkSize of [undefined, 7, 64, RUNS]) {
        const runner = poolRunner({ size, chunkSize });
        const result = await runner.run(request(RUNS));
        expect(JSON.stringify(result), `${size} workers, chunks of ${chunkSize}`).toBe(expected);
        runner.dispose();
      }
    }
  });

  it('gives the same bits with the WebAssembly core in the workers', async () => {
    for (const [size, chunkSize] of [
      [1, undefined],
      [3, 41],
    ] as const) {
      const runner = poolRunner({ size, chunkSize, module: loadCoreModule() });
      const result = await runner.run(request(RUNS));
      expect(runner.engine).toBe('wasm');
      expect(JSON.stringify(result), `${size} workers, chunks of ${chunkSize}`).toBe(expected);
    }
  });

  it('reports progress, and partial results that equal smaller simulations, before the end', async () => {
    const runner = poolRunner({ size: 2, chunkSize: 25, partialIntervalMs: 0 });
    const progress: RunProgress[] = [];
    const result = await runner.run(request(RUNS), { onProgress: (p) => progress.push(p) });
    expect(JSON.stringify(result)).toBe(expected);
    const partials = progress.filter((p) => p.partial);
    expect(partials.length).toBeGreaterThan(0);
    for (const p of partials.slice(0, 2)) {
      const runs = p.partial!.runs;
      expect(runs).toBeLessThan(RUNS);
      expect(JSON.stringify(p.partial)).toBe(JSON.stringify(simulate(exampleland, { runs })));
    }
    const dones = progress.map((p) => p.done);
    expect(dones).toEqual([...dones].sort((a, b) => a - b));
    expect(progress[progress.length - 1]).toMatchObject({ done: RUNS, total: RUNS });
  });

  it('splits a large final summary over the workers, with the same bits', async () => {
    const runs = SPLIT_SUMMARY_RUNS;
    const want = JSON.stringify(simulate(exampleland, { runs }));
    for (const size of [2, 3, 4]) {
      partCalls.length = 0;
      const runner = poolRunner({ size, partials: false });
      expect(JSON.stringify(await runner.run(request(runs)))).toBe(want);
      expect(runner.pool.stats.spawned).toBe(size);
      expect(partCalls.map((c) => c.index).sort()).toEqual([...Array(size).keys()]);
      expect(partCalls.every((c) => c.count === size)).toBe(true);
    }
    // Below the threshold the summary stays in one piece.
    partCalls.length = 0;
    const small = poolRunner({ size: 2, partials: false });
    expect(JSON.stringify(await small.run(request(runs - 1)))).toBe(
      JSON.stringify(simulate(exampleland, { runs: runs - 1 })),
    );
    expect(partCalls).toEqual([]);
  });

  it('sends the scenario to each worker once per simulation, not with every call', async () => {
    const runner = poolRunner({ size: 2, chunkSize: 100, partials: false });
    for (let job = 0; job < 2; job++) {
      calls.length = 0;
      const result = await runner.run(request(SPLIT_SUMMARY_RUNS));
      expect(JSON.stringify(result)).toBe(
        JSON.stringify(simulate(exampleland, { runs: SPLIT_SUMMARY_RUNS })),
      );
      const chunks = planChunks(SPLIT_SUMMARY_RUNS, 100, 4).length; // the last 4 halved
      expect(calls.filter((c) => c.method === 'runChunk')).toHaveLength(chunks);
      expect(chunks).toBe(14);
      // Two workers: two calls brought the scenario, every other call left it out.
      expect(calls.filter((c) => c.scenario)).toHaveLength(2);
    }
    // A worker asked for a job whose scenario it never had says so.
    const engine = createSimEngine();
    expect(() =>
      engine.runChunk({ seed: 1, start: 0, count: 1, deterministic: false }, 999),
    ).toThrow(/never sent to this worker/);
  });

  it('splits the final summary only as far as the copies of the runs fit in memory', () => {
    const bytesPerRun = exampleland.professions.length * (exampleland.horizonYears + 1) * 24;
    expect(summaryParts(exampleland, SPLIT_SUMMARY_RUNS - 1, 4)).toBe(1);
    expect(summaryParts(exampleland, SPLIT_SUMMARY_RUNS, 4)).toBe(4);
    expect(summaryParts(exampleland, SPLIT_SUMMARY_RUNS, 1)).toBe(1);
    // Three blocks fit, a fourth does not.
    const runs = Math.floor(SPLIT_SUMMARY_BYTES / (3.5 * bytesPerRun));
    expect(summaryParts(exampleland, runs, 4)).toBe(3);
    expect(summaryParts(exampleland, Math.floor(SPLIT_SUMMARY_BYTES / bytesPerRun) + 1, 4)).toBe(1);
  });

  it('runs one run in deterministic mode, on one worker', async () => {
    const runner = poolRunner({ size: 4 });
    const result = await runner.run(request(5000, { deterministic: true }));
    expect(JSON.stringify(result)).toBe(
      JSON.stringify(simulate(exampleland, { deterministic: true })),
    );
    expect(runner.pool.stats.spawned).toBe(1);
  });

  it('spawns workers only when needed, and shuts idle ones down', async () => {
    const runner = poolRunner({ size: 2, idleTimeoutMs: 50 });
    expect(runner.pool.liveWorkers).toBe(0);
    await runner.run(request(100));
    // Both were spawned (a worker idle for 50 ms may already be gone on a busy machine).
    expect(runner.pool.stats.spawned).toBe(2);
    expect(runner.pool.stats.deaths).toBe(0);
    // And both shut down once idle: wait for it, up to far longer than the timeout.
    for (let waited = 0; runner.pool.liveWorkers > 0 && waited < 5000; waited += 25) {
      await new Promise((r) => setTimeout(r, 25));
    }
    expect(runner.pool.liveWorkers).toBe(0);
    expect(runner.pool.stats.deaths).toBe(0);
    expect(JSON.stringify(await runner.run(request(RUNS)))).toBe(expected);
  });

  it('cancels: rejects with the abort reason at once and drops the chunks not started', async () => {
    const runner = poolRunner({ size: 2, chunkSize: 20 });
    const controller = new AbortController();
    const run = runner.run(request(2000), {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.done >= 40) controller.abort(new DOMException('superseded', 'AbortError'));
      },
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(runner.pool.stats.dropped).toBeGreaterThan(50);
    expect(runner.pool.stats.started).toBeLessThan(100);
    expect(JSON.stringify(await runner.run(request(RUNS)))).toBe(expected);
  });

  it('rejects at once when the signal is already aborted', async () => {
    const runner = poolRunner();
    await expect(runner.run(request(10), { signal: AbortSignal.abort() })).rejects.toMatchObject({
      name: 'AbortError',
    });
  });

  for (const [fault, message] of [
    ['throw', /^the simulation worker stopped unexpectedly: a fault injected for testing$/],
    ['uncaught', /^the simulation worker stopped unexpectedly: Uncaught Error: injected$/],
    [
      'exit',
      /^the simulation worker stopped unexpectedly: (no answer to a call within 1000 ms|it closed without answering)$/,
    ],
  ] as const) {
    it(`a worker fault (${fault}) rejects with a clear error, and the next run works`, async () => {
      const runner = poolRunner({ size: 2, chunkSize: 50, watchdogMs: 1000 });
      await runner.pool.debugFault(fault, 0);
      const error = (await runner.run(request(RUNS)).catch((e: unknown) => e)) as Error;
      expect(error).toBeInstanceOf(Error);
      expect(error.name).toBe('SimulationWorkerError');
      expect(error.message).toMatch(message);
      expect(runner.pool.stats.deaths).toBe(1);
      expect(JSON.stringify(await runner.run(request(RUNS)))).toBe(expected);
      expect(runner.pool.stats.spawned).toBe(3);
    });
  }

  it('rejects waiting calls when disposed', async () => {
    const runner = poolRunner({ size: 1, chunkSize: 10 });
    const run = runner.run(request(RUNS));
    runner.dispose();
    await expect(run).rejects.toThrow(/shut down/);
  });
});
