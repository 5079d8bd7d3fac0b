import { describe, expect, it } from 'vitest';
import { createRunner, NO_WORKERS_NOTICE } from '../../app/engine/create-runner.ts';
import {
  createInThreadRunner,
  createSerializingRunner,
  type InThreadRunner,
} from '../../app/engine/in-thread-runner.ts';
import type { RunProgress, SimulationRequest } from '../../app/engine/runner.ts';
import { parseScenario } from '../../model/scenario/parse.ts';
import type { Scenario } from '../../model/scenario/types.ts';
import { simulate } from '../../model/projection/simulate.ts';
import type { EngineKind } from '../../workers/worker-api.ts';
import { EXAMPLES, exampleJson } from '../helpers/scenarios.ts';
import { loadCoreModule } from '../helpers/wasm.ts';

function example(name: (typeof EXAMPLES)[number]): Scenario {
  const parsed = parseScenario(exampleJson(name));
  if (!parsed.ok) throw new Error(`${name} does not validate`);
  return parsed.scenario;
}

const requestOf = (
  scenario: Scenario,
  extra: Partial<SimulationRequest> = {},
): SimulationRequest => ({
  scenario,
  runs: scenario.simulation.runs,
  seed: scenario.simulation.seed,
  deterministic: false,
  ...extra,
});

type Create = (options?: { chunkSize?: number }) => InThreadRunner;
const core = loadCoreModule();

describe.each<[string, Create, EngineKind]>([
  ['in-thread', createInThreadRunner, 'reference'],
  ['serialising', createSerializingRunner, 'reference'],
  ['in-thread', (o) => createInThreadRunner({ ...o, module: core }), 'wasm'],
  ['serialising', (o) => createSerializingRunner({ ...o, module: core }), 'wasm'],
])('the %s runner (%$)', (_, create, engine) => {
  it('runs the engine it was given', async () => {
    const runner = create();
    await runner.run(requestOf(example('minimal'), { runs: 3 }));
    expect(runner.engine).toBe(engine);
  });

  it.each(EXAMPLES)('gives simulate()’s result for the %s example', async (name) => {
    const scenario = example(name);
    const progress: RunProgress[] = [];
    const result = await create().run(requestOf(scenario), { onProgress: (p) => progress.push(p) });
    expect(JSON.stringify(result)).toBe(JSON.stringify(simulate(scenario)));
    expect(progress.length).toBeGreaterThan(1);
    expect(progress[progress.length - 1]).toEqual({
      done: scenario.simulation.runs,
      total: scenario.simulation.runs,
    });
  });

  it('gives the same bits for other chunk sizes, seeds and the deterministic mode', async () => {
    const scenario = example('exampleland');
    for (const chunkSize of [1, 33, 1000]) {
      const result = await create({ chunkSize }).run(requestOf(scenario, { runs: 120, seed: 99 }));
      expect(JSON.stringify(result)).toBe(
        JSON.stringify(simulate(scenario, { runs: 120, seed: 99 })),
      );
    }
    const det = await create().run(requestOf(scenario, { deterministic: true }));
    expect(JSON.stringify(det)).toBe(JSON.stringify(simulate(scenario, { deterministic: true })));
  });

  it('stops between chunks when aborted', async () => {
    const controller = new AbortController();
    const run = create({ chunkSize: 10 }).run(requestOf(example('exampleland'), { runs: 1000 }), {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.done === 20) controller.abort(new DOMException('superseded', 'AbortError'));
      },
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('refuses a number of runs below 1', async () => {
    await expect(create().run(requestOf(example('minimal'), { runs: 0 }))).rejects.toThrow(
      /at least 1/,
    );
  });
});

describe('createRunner', () => {
  it('falls back to the in-thread runner, with a notice, where there are no workers', () => {
    expect(typeof Worker).toBe('undefined'); // Node
    const choice = createRunner();
    expect(choice.kind).toBe('in-thread');
    expect(choice.runner.kind).toBe('in-thread');
    expect(choice.notice).toBe(NO_WORKERS_NOTICE);
  });
});
