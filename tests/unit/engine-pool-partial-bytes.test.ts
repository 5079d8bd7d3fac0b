/**
 * Progressive summaries of large scenarios: their runs are copied on the page's thread and
 * summarised in a worker, so they stop once their block would pass `partialBytes`; the
 * final result is the same bits. In Node, with in-process stand-in workers.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { bytesPerRun, createPoolRunner, type PoolRunner } from '../../app/engine/pool-runner.ts';
import { parseScenario } from '../../model/scenario/parse.ts';
import { simulate } from '../../model/projection/simulate.ts';
import { bigScenarioDocument } from '../../bench/big-scenario.ts';
import { EngineWorker } from '../helpers/engine-worker.ts';
import { loadCoreModule } from '../helpers/wasm.ts';

// Exampleland's professions repeated to 6, over 30 years.
const parsed = parseScenario(bigScenarioDocument({ professions: 6, horizonYears: 30, runs: 800 }));
if (!parsed.ok) throw new Error('the scaled big scenario does not validate');
const scenario = parsed.scenario;

const runners: PoolRunner[] = [];
afterEach(() => {
  for (const r of runners.splice(0)) r.dispose();
});

describe('progressive summaries of a large scenario', () => {
  it('stop before their runs pass partialBytes; the result is unchanged', async () => {
    const capRuns = 100;
    const runner = createPoolRunner({
      size: 2,
      chunkSize: 20,
      partialIntervalMs: 0,
      partialBytes: capRuns * bytesPerRun(scenario),
      module: loadCoreModule(),
      createWorker: () => new EngineWorker() as unknown as Worker,
    });
    runners.push(runner);
    const partialRuns: number[] = [];
    const result = await runner.run(
      { scenario, runs: 800, seed: scenario.simulation.seed, deterministic: false },
      { onProgress: ({ partial }) => partial && partialRuns.push(partial.runs) },
    );
    expect(partialRuns.length).toBeGreaterThan(0);
    expect(Math.max(...partialRuns)).toBeLessThanOrEqual(capRuns);
    expect(JSON.stringify(result)).toBe(JSON.stringify(simulate(scenario, { runs: 800 })));
  });

  it('counts a run’s bytes from its professions, years and ages', () => {
    // 6 professions × 31 years × 3 series, plus intake and 2 × 55 ages per profession.
    expect(bytesPerRun(scenario)).toBe((6 * 31 * 3 + 6 * (1 + 2 * 55)) * 8);
  });
});
