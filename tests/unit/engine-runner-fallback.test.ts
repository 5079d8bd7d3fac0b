/**
 * Workers that cannot start and a core that cannot load: the pool stops starting workers
 * after the first failure, the app's runner then runs the simulation on this thread with
 * the same numbers, and says so in a notice. In Node, with in-process stand-in workers.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  BOTH_FAILED_NOTICE,
  createRunner,
  WASM_FAILED_NOTICE,
  WORKER_FAILED_NOTICE,
  type AdaptiveRunner,
} from '../../app/engine/create-runner.ts';
import type { SimulationRequest } from '../../app/engine/runner.ts';
import type { WasmCore } from '../../app/engine/wasm-module.ts';
import { parseScenario } from '../../model/scenario/parse.ts';
import { simulate } from '../../model/projection/simulate.ts';
import { WorkerPool } from '../../workers/pool.ts';
import { WorkerStartError } from '../../workers/worker-slot.ts';
import { ChannelWorker } from '../helpers/channel-worker.ts';
import { EngineWorker } from '../helpers/engine-worker.ts';
import { exampleJson } from '../helpers/scenarios.ts';
import { loadCoreModule } from '../helpers/wasm.ts';

/** A worker whose script is missing: an `error` event, and no answer ever. */
class MissingWorker extends ChannelWorker {
  constructor() {
    super();
    setTimeout(() => this.dispatchEvent(new Event('error')));
  }
}

const parsed = parseScenario(exampleJson('exampleland'));
if (!parsed.ok) throw new Error('exampleland does not validate');
const scenario = parsed.scenario;
const request: SimulationRequest = {
  scenario,
  runs: 300,
  seed: scenario.simulation.seed,
  deterministic: false,
};
const expected = JSON.stringify(simulate(scenario, { runs: 300 }));

const coreOk = (): Promise<WasmCore> =>
  Promise.resolve({ module: loadCoreModule(), problem: null });
const coreFailed = (): Promise<WasmCore> =>
  Promise.resolve({ module: undefined, problem: 'failed' });

const disposables: { dispose(): void }[] = [];
afterEach(() => {
  for (const d of disposables.splice(0)) d.dispose();
});

describe('a pool whose workers cannot start', () => {
  it('rejects with WorkerStartError and starts no worker again', async () => {
    let created = 0;
    const pool = new WorkerPool({
      size: 2,
      createWorker: () => (created++, new MissingWorker() as unknown as Worker),
    });
    disposables.push(pool);
    const first = await Promise.allSettled(
      [1, 2, 3].map(() => pool.call((api) => api.init(undefined))),
    );
    for (const outcome of first) {
      expect(outcome.status).toBe('rejected');
      expect((outcome as PromiseRejectedResult).reason).toBeInstanceOf(WorkerStartError);
    }
    expect(((first[0] as PromiseRejectedResult).reason as Error).message).toMatch(
      /^the simulation worker could not start/,
    );
    expect(pool.unavailable).toBeInstanceOf(WorkerStartError);
    const spawned = created;
    expect(spawned).toBeLessThanOrEqual(2);
    // Later calls (the next edits) fail at once, without a new worker.
    for (let i = 0; i < 3; i++) {
      await expect(pool.call((api) => api.init(undefined))).rejects.toBeInstanceOf(
        WorkerStartError,
      );
    }
    expect(created).toBe(spawned);
  });

  it('a constructor that throws counts as a worker that cannot start', async () => {
    let created = 0;
    const pool = new WorkerPool({
      size: 1,
      createWorker: () => {
        created++;
        throw new Error('blocked');
      },
    });
    disposables.push(pool);
    await expect(pool.call((api) => api.init(undefined))).rejects.toBeInstanceOf(WorkerStartError);
    await expect(pool.call((api) => api.init(undefined))).rejects.toBeInstanceOf(WorkerStartError);
    expect(created).toBe(1);
  });
});

describe('the app’s runner', () => {
  const make = (createWorker: () => Worker, core: () => Promise<WasmCore>): AdaptiveRunner => {
    const { runner } = createRunner({ size: 2, createWorker, core: core() });
    disposables.push(runner);
    return runner;
  };
  const noticesOf = (runner: AdaptiveRunner) => {
    const seen: (string | null)[] = [];
    runner.subscribe(() => seen.push(runner.notice));
    return seen;
  };

  it('runs in the page, with a notice, when the worker cannot start; same numbers', async () => {
    let created = 0;
    const runner = make(() => (created++, new MissingWorker() as unknown as Worker), coreOk);
    const seen = noticesOf(runner);
    expect(runner.kind).toBe('pool');
    const result = await runner.run(request);
    expect(JSON.stringify(result)).toBe(expected);
    expect(runner.kind).toBe('in-thread');
    expect(runner.notice).toBe(WORKER_FAILED_NOTICE);
    expect(seen).toEqual([WORKER_FAILED_NOTICE]);
    const spawned = created;
    // The next runs (edits) go straight to this thread: no worker is started again.
    expect(JSON.stringify(await runner.run({ ...request, seed: 7 }))).toBe(
      JSON.stringify(simulate(scenario, { runs: 300, seed: 7 })),
    );
    await runner.run(request);
    expect(created).toBe(spawned);
  });

  it('names both faults when the core failed too (the reference engine runs here)', async () => {
    const runner = make(() => new MissingWorker() as unknown as Worker, coreFailed);
    const result = await runner.run(request);
    expect(JSON.stringify(result)).toBe(expected);
    expect(runner.notice).toBe(BOTH_FAILED_NOTICE);
  });

  it('keeps the workers when only the core failed, and says the engine is slower', async () => {
    const runner = make(() => new EngineWorker() as unknown as Worker, coreFailed);
    const result = await runner.run(request);
    expect(JSON.stringify(result)).toBe(expected);
    expect(runner.kind).toBe('pool');
    expect(runner.notice).toBe(WASM_FAILED_NOTICE);
  });

  it('shows no notice when workers and core are fine', async () => {
    const runner = make(() => new EngineWorker() as unknown as Worker, coreOk);
    expect(JSON.stringify(await runner.run(request))).toBe(expected);
    expect(runner.kind).toBe('pool');
    expect(runner.notice).toBeNull();
  });

  it('still rejects an aborted run instead of running it again here', async () => {
    const runner = make(() => new MissingWorker() as unknown as Worker, coreOk);
    const controller = new AbortController();
    const run = runner.run(request, { signal: controller.signal });
    controller.abort(new DOMException('replaced', 'AbortError'));
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
  });
});
