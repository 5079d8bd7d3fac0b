import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import type { RunOptions, SimulationRequest, SimulationRunner } from '../../app/engine/runner.ts';
import { SimulationScheduler, type SchedulerState } from '../../app/engine/scheduler.ts';
import type { HwfResult } from '../../model/result/result.ts';
import type { Scenario } from '../../model/scenario/types.ts';

/** A request told apart by its scenario name (only the key matters to the scheduler). */
const req = (name: string, runs = 100): SimulationRequest => ({
  scenario: { name } as Scenario,
  runs,
  seed: 1,
  deterministic: false,
});
const resultFor = (r: SimulationRequest) =>
  ({ scenario: r.scenario.name, runs: r.runs }) as HwfResult;

interface FakeRun {
  request: SimulationRequest;
  options: RunOptions;
  resolve: () => void;
  reject: (error: Error) => void;
  settled: boolean;
}

/** A runner whose runs finish only when the test says so; it can honour or ignore
 *  aborts, and counts runs in flight. */
class FakeRunner implements SimulationRunner {
  readonly kind = 'in-thread' as const;
  runs: FakeRun[] = [];
  inFlight = 0;
  maxInFlight = 0;
  constructor(private readonly honourAbort = true) {}

  evaluateCandidates(): Promise<never> {
    return Promise.reject(new Error('the scheduler never searches plans'));
  }

  run(request: SimulationRequest, options: RunOptions = {}): Promise<HwfResult> {
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    return new Promise<HwfResult>((resolve, reject) => {
      const run: FakeRun = {
        request,
        options,
        settled: false,
        resolve: () => {
          if (run.settled) return;
          run.settled = true;
          this.inFlight--;
          resolve(resultFor(request));
        },
        reject: (error) => {
          if (run.settled) return;
          run.settled = true;
          this.inFlight--;
          reject(error);
        },
      };
      this.runs.push(run);
      if (this.honourAbort) {
        options.signal?.addEventListener('abort', () =>
          run.reject(new DOMException('aborted', 'AbortError')),
        );
      }
    });
  }
  open(): FakeRun[] {
    return this.runs.filter((r) => !r.settled);
  }
  dispose(): void {}
}

const tick = () => vi.advanceTimersByTimeAsync(0);

describe('the scheduler', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  function setup(honourAbort = true, cacheSize?: number) {
    const runner = new FakeRunner(honourAbort);
    const scheduler = new SimulationScheduler(runner, { cacheSize });
    const states: SchedulerState[] = [];
    scheduler.subscribe((s) => states.push(s));
    return { runner, scheduler, states };
  }

  it('runs a submitted request and delivers its result', async () => {
    const { runner, scheduler, states } = setup();
    scheduler.submit(req('a'));
    expect(scheduler.getState().status).toBe('running');
    await tick();
    expect(runner.runs).toHaveLength(1);
    runner.runs[0].resolve();
    await tick();
    expect(scheduler.getState()).toMatchObject({ status: 'done', result: { scenario: 'a' } });
    expect(states.map((s) => s.status)).toEqual(['running', 'done']);
  });

  it('runs only the last of a burst submitted in one task', async () => {
    const { runner, scheduler } = setup();
    for (const name of ['a', 'b', 'c', 'd']) scheduler.submit(req(name));
    await tick();
    expect(runner.runs.map((r) => r.request.scenario.name)).toEqual(['d']);
  });

  it('cancels a superseded run and never delivers its result', async () => {
    const { runner, scheduler, states } = setup(false); // the runner ignores the abort
    scheduler.submit(req('a'));
    await tick();
    scheduler.submit(req('b'));
    expect(runner.runs[0].options.signal?.aborted).toBe(true);
    await tick();
    expect(runner.runs).toHaveLength(1); // b waits: one in flight at most
    runner.runs[0].resolve(); // a finishes anyway
    await tick();
    expect(states.some((s) => s.result?.scenario === 'a')).toBe(false);
    expect(runner.runs).toHaveLength(2);
    runner.runs[1].resolve();
    await tick();
    expect(scheduler.getState()).toMatchObject({ status: 'done', result: { scenario: 'b' } });
    expect(runner.maxInFlight).toBe(1);
  });

  it('drops a superseded progress report', async () => {
    const { runner, scheduler, states } = setup(false);
    scheduler.submit(req('a'));
    await tick();
    scheduler.submit(req('b'));
    const before = states.length;
    runner.runs[0].options.onProgress?.({ done: 5, total: 100, partial: resultFor(req('a')) });
    expect(states).toHaveLength(before);
    expect(scheduler.getState().request?.scenario.name).toBe('b');
  });

  it('reports progress and partial results of the latest run', async () => {
    const { runner, scheduler } = setup();
    scheduler.submit(req('a'));
    await tick();
    const partial = resultFor(req('a', 10));
    runner.runs[0].options.onProgress?.({ done: 10, total: 100, partial });
    expect(scheduler.getState()).toMatchObject({
      status: 'running',
      progress: { done: 10, total: 100 },
      partial,
    });
    runner.runs[0].options.onProgress?.({ done: 20, total: 100 });
    expect(scheduler.getState()).toMatchObject({ progress: { done: 20 }, partial });
  });

  it('reports an error, and the next run works', async () => {
    const { runner, scheduler } = setup();
    scheduler.submit(req('a'));
    await tick();
    runner.runs[0].reject(new Error('the simulation worker stopped unexpectedly: boom'));
    await tick();
    expect(scheduler.getState()).toMatchObject({ status: 'error' });
    expect(scheduler.getState().error?.message).toMatch(/stopped unexpectedly: boom/);
    scheduler.submit(req('a')); // the same request again is retried after an error
    await tick();
    runner.runs[1].resolve();
    await tick();
    expect(scheduler.getState()).toMatchObject({ status: 'done', result: { scenario: 'a' } });
  });

  it('reports a runner that throws at once as an error', async () => {
    const runner = new FakeRunner();
    runner.run = () => {
      throw new Error('no');
    };
    const scheduler = new SimulationScheduler(runner);
    scheduler.submit(req('a'));
    await tick();
    expect(scheduler.getState()).toMatchObject({ status: 'error', error: { message: 'no' } });
  });

  it('answers from the cache when going back to an earlier request', async () => {
    const { runner, scheduler } = setup();
    scheduler.submit(req('a'));
    await tick();
    runner.runs[0].resolve();
    await tick();
    scheduler.submit(req('b'));
    await tick();
    runner.runs[1].resolve();
    await tick();
    scheduler.submit(req('a'));
    expect(scheduler.getState()).toMatchObject({
      status: 'done',
      cached: true,
      result: { scenario: 'a' },
    });
    await tick();
    expect(runner.runs).toHaveLength(2);
  });

  it('a cache hit cancels the run in flight', async () => {
    const { runner, scheduler, states } = setup(false);
    scheduler.submit(req('a'));
    await tick();
    runner.runs[0].resolve();
    await tick();
    scheduler.submit(req('b'));
    await tick();
    scheduler.submit(req('a'));
    expect(runner.runs[1].options.signal?.aborted).toBe(true);
    runner.runs[1].resolve();
    await tick();
    expect(scheduler.getState()).toMatchObject({ status: 'done', result: { scenario: 'a' } });
    expect(states.some((s) => s.result?.scenario === 'b')).toBe(false);
  });

  it('evicts the least recently used result', async () => {
    const { runner, scheduler } = setup(true, 2);
    for (const name of ['a', 'b', 'c']) {
      scheduler.submit(req(name));
      await tick();
      runner.open()[0].resolve();
      await tick();
    }
    scheduler.submit(req('a')); // evicted: runs again
    await tick();
    expect(runner.runs).toHaveLength(4);
    runner.open()[0].resolve();
    await tick();
    scheduler.submit(req('c')); // still cached
    expect(scheduler.getState().cached).toBe(true);
  });

  it('does nothing when the latest request is submitted again', async () => {
    const { runner, scheduler } = setup();
    scheduler.submit(req('a'));
    await tick();
    scheduler.submit(req('a'));
    await tick();
    expect(runner.runs).toHaveLength(1);
    expect(runner.runs[0].options.signal?.aborted).toBe(false);
  });

  it('cancel() stops everything and goes idle', async () => {
    const { runner, scheduler } = setup();
    scheduler.submit(req('a'));
    await tick();
    scheduler.cancel();
    expect(runner.runs[0].options.signal?.aborted).toBe(true);
    await tick();
    expect(scheduler.getState().status).toBe('idle');
  });

  it('latest wins under any sequence of submits and completions (fast-check)', async () => {
    type Cmd =
      | { kind: 'submit'; name: string }
      | { kind: 'resolve' }
      | { kind: 'reject' }
      | { kind: 'tick' };
    const cmdArb: fc.Arbitrary<Cmd> = fc.oneof(
      fc.constantFrom('a', 'b', 'c', 'd', 'e').map((name) => ({ kind: 'submit' as const, name })),
      fc.constant({ kind: 'resolve' as const }),
      fc.constant({ kind: 'reject' as const }),
      fc.constant({ kind: 'tick' as const }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(cmdArb, { maxLength: 40 }),
        fc.boolean(),
        fc.nat(3),
        async (cmds, honour, cacheSize) => {
          const { runner, scheduler, states } = setup(honour, cacheSize);
          let latest: string | null = null;
          let delivered = 0;
          const failed = new Set<SimulationRequest>();
          const check = () => {
            expect(runner.inFlight).toBeLessThanOrEqual(1);
            for (const s of states.slice(delivered)) {
              // Every state delivered is about the latest request at the time.
              expect(s.request?.scenario.name).toBe(latest);
              if (s.status === 'done') expect(s.result?.scenario).toBe(latest);
            }
            delivered = states.length;
          };
          for (const cmd of cmds) {
            if (cmd.kind === 'submit') {
              latest = cmd.name;
              scheduler.submit(req(cmd.name));
            } else if (cmd.kind === 'tick') {
              await tick();
            } else {
              const run = runner.open()[0];
              if (run && cmd.kind === 'resolve') run.resolve();
              if (run && cmd.kind === 'reject') {
                failed.add(run.request);
                run.reject(new Error('failed'));
              }
              await tick();
            }
            check();
          }
          // Let everything finish: the last request's result (or its error) is what shows.
          for (let i = 0; i < 10; i++) {
            await tick();
            runner.open()[0]?.resolve();
            await tick();
            check();
          }
          if (latest !== null) {
            const state = scheduler.getState();
            expect(state.request?.scenario.name).toBe(latest);
            expect(['done', 'error']).toContain(state.status);
            if (state.status === 'done') expect(state.result?.scenario).toBe(latest);
          }
          expect(runner.maxInFlight).toBeLessThanOrEqual(1);
          scheduler.dispose();
        },
      ),
      { numRuns: 200 },
    );
  });
});
