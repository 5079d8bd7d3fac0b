/**
 * The worker pool in real Chromium: module workers, Comlink, transfers, Web Locks.
 * One browser and one dev server for the file, a fresh harness page in its own browser
 * context for each test; the tests run one after another.
 */
import { existsSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { parseScenario } from '../../model/scenario/parse.ts';
import { simulate } from '../../model/projection/simulate.ts';
import type { WorkerFault } from '../../workers/worker-api.ts';
import { freshContextPerTest } from '../helpers/fresh-context.ts';
import { exampleJson } from '../helpers/scenarios.ts';
import { startViteServer, type DevServer } from '../helpers/vite-server.ts';
import type { FaultArgs, SimulateArgs, SupersedeArgs } from './harness/harness-api.ts';

const document = exampleJson('exampleland');
const parsed = parseScenario(document);
if (!parsed.ok) throw new Error('exampleland does not validate');
const scenario = parsed.scenario;

/** The pool runs the WebAssembly core when it has been built (npm test builds it first). */
const WASM_ENGINE = existsSync(new URL('../../wasm/build/hwf.wasm', import.meta.url))
  ? 'wasm'
  : 'reference';

const browser = freshContextPerTest();
let server: DevServer | undefined;
let page: Page;
let pageErrors: string[] = [];

beforeAll(async () => {
  server = await startViteServer();
}, 60_000);

afterAll(async () => {
  await server?.close();
});

beforeEach(async () => {
  if (!server) throw new Error('the dev server did not start');
  ({ page, errors: pageErrors } = await browser.open(
    `${server.origin}/tests/e2e/harness/index.html`,
  ));
  await page.waitForFunction(() => window.harness !== undefined, null, { timeout: 30_000 });
});

afterEach(async () => {
  await page?.evaluate(() => window.harness?.dispose()).catch(() => {});
});

const simulateInPage = (args: Omit<SimulateArgs, 'scenario'>) =>
  page.evaluate((a) => window.harness!.simulate(a), { scenario: document, ...args });

describe.sequential('the worker pool in Chromium', () => {
  const RUNS = scenario.simulation.runs; // 2000
  const expected = JSON.stringify(simulate(scenario));

  it('gives the Node reference result, bit for bit, for 1–4 workers and several chunk sizes', async () => {
    const configs: [number, number | undefined, 'wasm' | 'reference'][] = [
      [1, undefined, 'wasm'],
      [2, undefined, 'wasm'],
      [3, undefined, 'wasm'],
      [4, undefined, 'wasm'],
      [1, 700, 'wasm'],
      [2, 97, 'wasm'],
      [3, 333, 'wasm'],
      [4, 2000, 'wasm'],
      [4, 1, 'wasm'],
      [1, undefined, 'reference'],
      [3, 111, 'reference'],
    ];
    for (const [workers, chunkSize, engine] of configs) {
      const runs = chunkSize === 1 ? 300 : RUNS;
      const outcome = await simulateInPage({ workers, chunkSize, runs, engine });
      const want = runs === RUNS ? expected : JSON.stringify(simulate(scenario, { runs }));
      const label = `${workers} workers, chunks of ${chunkSize ?? 'default'}, ${engine}`;
      expect(outcome.json, label).toBe(want);
      expect(outcome.engine, label).toBe(engine === 'wasm' ? WASM_ENGINE : 'reference');
      expect(outcome.stats.deaths).toBe(0);
    }
    expect(pageErrors).toEqual([]);
  });

  it('sends partial results before the final one, each the result of fewer runs', async () => {
    const runs = 6000;
    const outcome = await simulateInPage({
      workers: 2,
      runs,
      chunkSize: 250,
      partialIntervalMs: 50,
    });
    expect(outcome.json).toBe(JSON.stringify(simulate(scenario, { runs })));
    const kinds = outcome.events.map((e) => e.kind);
    expect(kinds[kinds.length - 1]).toBe('final');
    expect(kinds.indexOf('partial')).toBeGreaterThanOrEqual(0);
    expect(kinds.filter((k) => k === 'final')).toHaveLength(1);
    const firstPartial = outcome.events.find((e) => e.kind === 'partial')!;
    expect(firstPartial.runs).toBeGreaterThan(0);
    expect(firstPartial.runs).toBeLessThan(runs);
    expect(outcome.firstPartialJson).toBe(
      JSON.stringify(simulate(scenario, { runs: firstPartial.runs })),
    );
    const done = outcome.events.map((e) => e.done);
    expect(done).toEqual([...done].sort((a, b) => a - b));
  });

  it('moves run buffers between threads without copying them', async () => {
    const outcome = await page.evaluate((d) => window.harness!.transfers(d), document);
    expect(outcome.runs).toBe(100);
    expect(outcome.receivedBytes).toBeGreaterThan(100 * 8);
    expect(outcome.bytesAfterSending).toBe(0); // detached: transferred, not cloned
  });

  it.each<[WorkerFault, RegExp]>([
    ['throw', /: a fault injected for testing$/],
    ['trap', /: RuntimeError: unreachable$/],
    ['exit', /: it closed without answering$/],
    ['uncaught', /: Uncaught Error: an uncaught error injected for testing$/],
  ])(
    'a worker fault (%s) rejects with a clear error, and the next run works',
    async (fault, detail) => {
      const runs = 1000;
      const args: Omit<FaultArgs, 'scenario'> = { fault, workers: 2, runs, chunkSize: 100 };
      const outcome = await page.evaluate((a) => window.harness!.fault(a), {
        scenario: document,
        ...args,
      });
      expect(outcome.error?.name).toBe('SimulationWorkerError');
      expect(outcome.error?.message).toMatch(/^the simulation worker stopped unexpectedly: /);
      expect(outcome.error?.message).toMatch(detail);
      expect(outcome.deaths).toBeGreaterThanOrEqual(1);
      expect(outcome.ms).toBeLessThan(10_000); // noticed, not waited out
      expect(outcome.next).toBe(JSON.stringify(simulate(scenario, { runs })));
    },
  );

  it('cancels a superseded run: its chunks are dropped and its result never shows', async () => {
    const args: Omit<SupersedeArgs, 'scenario'> = {
      workers: 2,
      chunkSize: 250,
      first: { runs: 40_000, seed: 1 },
      second: { runs: 500, seed: 2 },
    };
    const outcome = await page.evaluate((a) => window.harness!.supersede(a), {
      scenario: document,
      ...args,
    });
    expect(outcome.json).toBe(JSON.stringify(simulate(scenario, { runs: 500, seed: 2 })));
    expect(outcome.states.some((s) => s.resultSeed === 1)).toBe(false);
    expect(outcome.states.filter((s) => s.seed === 1).every((s) => s.status === 'running')).toBe(
      true,
    );
    expect(outcome.stats.dropped).toBeGreaterThan(outcome.firstChunks / 2);
    expect(outcome.states[outcome.states.length - 1]).toMatchObject({
      status: 'done',
      resultSeed: 2,
    });
  });
});
