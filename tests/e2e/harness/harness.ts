/**
 * The browser test page: the app's pool runner and scheduler, driven by tests/e2e/ and
 * bench/browser.ts through `window.harness`. Not part of the app build.
 */
import { transfer } from 'comlink';
import { createPoolRunner, type PoolRunner } from '../../../app/engine/pool-runner.ts';
import type { SimulationRequest } from '../../../app/engine/runner.ts';
import { SimulationScheduler } from '../../../app/engine/scheduler.ts';
import { runPlanSearch } from '../../../app/engine/plan-search.ts';
import { loadWasmModule } from '../../../app/engine/wasm-module.ts';
import { formatIssue, parseScenario } from '../../../model/scenario/parse.ts';
import { rawRunsBuffers } from '../../../workers/worker-api.ts';
import type { HarnessApi, RunEvent, SimulateArgs } from './harness-api.ts';

const kept = new Map<string, PoolRunner>();
/** Compiled once for the page, as the app does. */
const wasmModule = loadWasmModule();

function requestFor(
  document: unknown,
  extra: { runs?: number; seed?: number; deterministic?: boolean },
): SimulationRequest {
  const parsed = parseScenario(document);
  if (!parsed.ok) throw new Error(parsed.errors.map(formatIssue).join('; '));
  const scenario = parsed.scenario;
  return {
    scenario,
    runs: extra.runs ?? scenario.simulation.runs,
    seed: extra.seed ?? scenario.simulation.seed,
    deterministic: extra.deterministic ?? false,
  };
}

function runnerFor(args: SimulateArgs): PoolRunner {
  const options = {
    size: args.workers,
    chunkSize: args.chunkSize,
    partialIntervalMs: args.partialIntervalMs,
    pipeline: args.pipeline,
    tailChunks: args.tailChunks,
  };
  const create = () =>
    createPoolRunner({
      ...options,
      module: args.engine === 'reference' ? undefined : wasmModule,
    });
  if (!args.keep) return create();
  const key = JSON.stringify({ ...options, engine: args.engine });
  let runner = kept.get(key);
  if (!runner) kept.set(key, (runner = create()));
  return runner;
}

const harness: HarnessApi = {
  async plan(args) {
    const { scenario } = requestFor(args.scenario, {});
    const runner = runnerFor({ ...args });
    const t0 = performance.now();
    let searchMs = 0;
    try {
      const timed: typeof runner = {
        ...runner,
        run: (request, options) => {
          searchMs = performance.now() - t0;
          return runner.run(request, options);
        },
        evaluateCandidates: (request, candidates, options) =>
          runner.evaluateCandidates(request, candidates, options),
      };
      const found = await runPlanSearch(timed, { scenario });
      return {
        planJson: JSON.stringify(found.plan),
        evaluations: found.plan.evaluations,
        searchMs,
        totalMs: performance.now() - t0,
        engine: runner.engine,
      };
    } finally {
      if (!args.keep) runner.dispose();
    }
  },

  async simulate(args) {
    const request = requestFor(args.scenario, args);
    const runner = runnerFor(args);
    const events: RunEvent[] = [];
    let firstPartialJson: string | undefined;
    const t0 = performance.now();
    try {
      const result = await runner.run(request, {
        onProgress: ({ done, partial }) => {
          const atMs = performance.now() - t0;
          if (!partial) return void events.push({ kind: 'progress', atMs, done });
          events.push({ kind: 'partial', atMs, done, runs: partial.runs });
          firstPartialJson ??= JSON.stringify(partial);
        },
      });
      const totalMs = performance.now() - t0;
      events.push({ kind: 'final', atMs: totalMs, done: result.runs, runs: result.runs });
      return {
        json: JSON.stringify(result),
        firstPartialJson,
        engine: runner.engine,
        events,
        totalMs,
        stats: { ...runner.pool.stats },
      };
    } finally {
      if (!args.keep) runner.dispose();
    }
  },

  async fault(args) {
    const request = requestFor(args.scenario, { runs: args.runs });
    const runner = createPoolRunner({
      size: args.workers,
      chunkSize: args.chunkSize,
      module: wasmModule,
    });
    try {
      await runner.pool.debugFault(args.fault, 0);
      const t0 = performance.now();
      const error = await runner.run(request).then(
        () => null,
        (e: unknown) => {
          const err = e as Error;
          return { name: err.name, message: err.message };
        },
      );
      const ms = performance.now() - t0;
      const next = JSON.stringify(await runner.run(request));
      return { error, ms, deaths: runner.pool.stats.deaths, next };
    } finally {
      runner.dispose();
    }
  },

  async supersede(args) {
    const first = requestFor(args.scenario, args.first);
    const second = requestFor(args.scenario, args.second);
    const runner = createPoolRunner({
      size: args.workers,
      chunkSize: args.chunkSize,
      module: wasmModule,
    });
    const scheduler = new SimulationScheduler(runner);
    const states: Awaited<ReturnType<HarnessApi['supersede']>>['states'] = [];
    try {
      const json = await new Promise<string>((resolve, reject) => {
        let submitted = false;
        scheduler.subscribe((s) => {
          states.push({
            status: s.status,
            seed: s.request?.seed,
            resultSeed: s.result?.seed,
            partialRuns: s.partial?.runs,
            done: s.progress?.done,
          });
          // Supersede the first run once it is under way.
          if (!submitted && s.request === first && (s.progress?.done ?? 0) > 0) {
            submitted = true;
            scheduler.submit(second);
          }
          if (s.status === 'done' && s.request === second) resolve(JSON.stringify(s.result));
          if (s.status === 'error') reject(s.error ?? new Error('failed'));
        });
        scheduler.submit(first);
      });
      return {
        states,
        json,
        firstChunks: Math.ceil(first.runs / args.chunkSize),
        stats: { ...runner.pool.stats },
      };
    } finally {
      scheduler.dispose();
      runner.dispose();
    }
  },

  async transfers(document) {
    const { scenario, seed } = requestFor(document, {});
    const runner = createPoolRunner({ size: 1, module: wasmModule });
    try {
      const base = { scenario, seed, deterministic: false };
      const block = await runner.pool.call((api) =>
        api.runChunk({ ...base, start: 0, count: 100 }),
      );
      const arrays = rawRunsBuffers(block);
      const receivedBytes = arrays.reduce((t, b) => t + b.byteLength, 0);
      const result = await runner.pool.call((api) =>
        api.summarize(transfer({ ...base, block }, arrays)),
      );
      const bytesAfterSending = arrays.reduce((t, b) => t + b.byteLength, 0);
      return { receivedBytes, bytesAfterSending, runs: result.runs };
    } finally {
      runner.dispose();
    }
  },

  dispose() {
    for (const runner of kept.values()) runner.dispose();
    kept.clear();
  },
};

window.harness = harness;
