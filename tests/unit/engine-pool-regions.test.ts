/**
 * Regional scenarios through the app's runners: the worker pool (in-process workers that
 * run the real worker engine) and the in-thread runner give simulateRegions()'s result bit
 * for bit, for any number of workers and chunk size, with partial results on the way.
 */
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createPoolRunner, summaryParts, type PoolRunner } from '../../app/engine/pool-runner.ts';
import { createSerializingRunner } from '../../app/engine/in-thread-runner.ts';
import { cellsPerRun, type RunProgress } from '../../app/engine/runner.ts';
import { simulateRegions } from '../../model/regions/simulate.ts';
import { parseScenario } from '../../model/scenario/parse.ts';
import type { Scenario } from '../../model/scenario/types.ts';
import { EngineWorker } from '../helpers/engine-worker.ts';
import { regionalArb } from '../helpers/regional-scenarios.ts';
import { loadCoreModule } from '../helpers/wasm.ts';
import type { RegionalScenario } from '../../model/regions/types.ts';

const runners: PoolRunner[] = [];
function poolRunner(size: number, chunkSize?: number): PoolRunner {
  const runner = createPoolRunner({
    createWorker: () => new EngineWorker() as unknown as Worker,
    watchdogMs: 20_000,
    size,
    chunkSize,
    partialIntervalMs: 0,
  });
  runners.push(runner);
  return runner;
}
afterEach(() => {
  for (const r of runners.splice(0)) r.dispose();
});

/** A generated regional scenario as the parser returns it. */
function parsed(rs: RegionalScenario): Scenario {
  const result = parseScenario(structuredClone(rs));
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return result.scenario;
}

const sample = (seed: number) =>
  fc.sample(regionalArb({ mobility: true }), { numRuns: 1, seed })[0];

describe('regional scenarios in the runners', () => {
  it('count every region and the nation in a block of runs', () => {
    const sc = parsed(sample(1));
    const groups = (sc.regions?.length ?? 0) + 1;
    expect(cellsPerRun(sc)).toBe(sc.professions.length * groups * (sc.horizonYears + 1));
    expect(summaryParts(sc, 100_000, 4)).toBe(1);
  });

  it('give simulateRegions()’s result in the pool, for any workers and chunk size', async () => {
    for (const seed of [2, 3]) {
      const sc = parsed(sample(seed));
      const runs = 40;
      const expected = JSON.stringify(
        simulateRegions(sc as unknown as RegionalScenario, { runs, seed: 9 }),
      );
      for (const [size, chunk] of [
        [1, undefined],
        [2, 3],
        [3, 7],
      ] as const) {
        const progress: RunProgress[] = [];
        const result = await poolRunner(size, chunk).run(
          { scenario: sc, runs, seed: 9, deterministic: false },
          { onProgress: (p) => progress.push(p) },
        );
        expect(JSON.stringify(result), `${size} workers, chunks of ${chunk}`).toBe(expected);
        expect('regions' in result).toBe(true);
        expect(progress.at(-1)?.done).toBe(runs);
      }
    }
  });

  it('give partial results that are the results of fewer runs', async () => {
    const sc = parsed(sample(4));
    const partials: NonNullable<RunProgress['partial']>[] = [];
    await poolRunner(2, 1).run(
      { scenario: sc, runs: 64, seed: 5, deterministic: false },
      { onProgress: (p) => p.partial && partials.push(p.partial) },
    );
    expect(partials.length).toBeGreaterThan(0);
    for (const partial of partials) {
      const again = simulateRegions(sc as unknown as RegionalScenario, {
        runs: partial.runs,
        seed: 5,
      });
      expect(JSON.stringify(partial)).toBe(JSON.stringify(again));
    }
  });

  it('give the same result in the in-thread runner, with or without the core', async () => {
    const sc = parsed(sample(6));
    const expected = JSON.stringify(
      simulateRegions(sc as unknown as RegionalScenario, {
        runs: 12,
        seed: 1,
        deterministic: true,
      }),
    );
    for (const module of [undefined, loadCoreModule()]) {
      const runner = createSerializingRunner({ module, chunkSize: 5 });
      const result = await runner.run({ scenario: sc, runs: 12, seed: 1, deterministic: true });
      expect(JSON.stringify(result)).toBe(expected);
    }
  });
});
