/**
 * The plan search on the app's runners: a batch of candidates evaluated on the worker pool
 * (in-process workers running the real worker engine, any number of them) or on this
 * thread gives the evaluations of the one-thread search (model/plan/run-plan.ts), so the
 * app finds the same plan as the command line; cancelling stops the search.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createPoolRunner, type PoolRunner } from '../../app/engine/pool-runner.ts';
import { createSerializingRunner } from '../../app/engine/in-thread-runner.ts';
import { runPlanSearch } from '../../app/engine/plan-search.ts';
import { candidateParts, runPlan } from '../../model/plan/run-plan.ts';
import { evaluationOf, targetCells } from '../../model/plan/evaluate.ts';
import type { PlanSpec } from '../../model/plan/types.ts';
import { parseScenario } from '../../model/scenario/parse.ts';
import { resolvePopulation } from '../../model/scenario/validate-population.ts';
import type { Scenario } from '../../model/scenario/types.ts';
import { shippedDatasets } from '../../cli/datasets.ts';
import { EngineWorker } from '../helpers/engine-worker.ts';

const runners: PoolRunner[] = [];
function poolRunner(size: number): PoolRunner {
  const runner = createPoolRunner({
    createWorker: () => new EngineWorker() as unknown as Worker,
    watchdogMs: 20_000,
    size,
  });
  runners.push(runner);
  return runner;
}
afterEach(() => {
  for (const r of runners.splice(0)) r.dispose();
});

const SPEC: PlanSpec = {
  levers: [
    { policy: 1, min: -0.4, max: 0, step: 0.1 },
    { policy: 2, min: 0, max: 400, step: 50 },
  ],
  target: { professions: ['nurse'], fromYear: 2032, maxShortageProbability: 0.3 },
  objective: 'presentValue',
};

/** Exampleland with costs, fewer runs, and a small two-lever plan. */
function example(runs = 300): {
  scenario: Scenario;
  population: ReturnType<typeof resolvePopulation>;
} {
  const doc = JSON.parse(
    readFileSync(
      new URL('../../app/data/examples/exampleland-costs.json', import.meta.url),
      'utf8',
    ),
  ) as Record<string, unknown>;
  const r = parseScenario(
    { ...doc, simulation: { runs, seed: 11 } },
    { datasets: shippedDatasets() },
  );
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  const scenario = { ...r.scenario, plan: SPEC };
  return { scenario, population: resolvePopulation(scenario.population, shippedDatasets()) };
}

describe('plan candidates on the runners', () => {
  it('evaluate as the one-thread search does, on any number of workers', async () => {
    const { scenario, population } = example();
    const batch = [
      [0, 0],
      [-0.2, 150],
      [-0.4, 400],
    ];
    const cells = targetCells(scenario, SPEC);
    const expected = batch.map((v) =>
      evaluationOf(v, candidateParts(scenario, SPEC, v, { population }), cells, scenario.baseYear),
    );
    for (const size of [1, 2, 3]) {
      const got = await poolRunner(size).evaluateCandidates(
        { scenario, population, spec: SPEC },
        batch,
      );
      expect(got).toEqual(expected);
    }
    const inThread = await createSerializingRunner().evaluateCandidates(
      { scenario, population, spec: SPEC },
      batch,
    );
    expect(inThread).toEqual(expected);
    // More retention and more recruitment lower the risk and raise the cost.
    expect(expected[2].worstShortageProbability).toBeLessThan(expected[0].worstShortageProbability);
    expect(expected[2].presentValue).toBeGreaterThan(expected[0].presentValue);
  });

  it('find the plan the command line finds, with its full result', async () => {
    const { scenario, population } = example(200);
    const cli = await runPlan(scenario, { population });
    const app = await runPlanSearch(poolRunner(2), { scenario, population });
    expect(app.plan).toEqual(cli.plan);
    expect(app.result.cost).toEqual(cli.cost);
    expect(app.scenario.policies[2].value).toBe(cli.plan.levers[1].value);
    // The plan's present value is its full result's.
    expect(app.plan.presentValue).toEqual(app.result.cost!.presentValue);
  });

  it('stops when cancelled', async () => {
    const { scenario, population } = example(200);
    const stop = new AbortController();
    let batches = 0;
    const search = runPlanSearch(
      poolRunner(2),
      { scenario, population },
      {
        signal: stop.signal,
        onProgress: () => {
          if (++batches === 1) stop.abort(new DOMException('cancelled', 'AbortError'));
        },
      },
    );
    await expect(search).rejects.toMatchObject({ name: 'AbortError' });
    expect(batches).toBe(1);
  });
});

describe('a task-shifting lever on the real engine', () => {
  it("sets the rule's share, and no grid value is feasible and cheaper (brute force)", async () => {
    const { scenario: base, population } = example(150);
    const spec: PlanSpec = {
      levers: [{ substitution: 0, min: 0, max: 0.3, step: 0.05 }],
      target: { professions: ['gp'], fromYear: 2035, maxShortageProbability: 0.5 },
      objective: 'presentValue',
    };
    const scenario = { ...base, plan: spec };
    const cells = targetCells(scenario, spec);
    const grid = [0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3];
    const all = grid.map((v) =>
      evaluationOf([v], candidateParts(scenario, spec, [v], { population }), cells, 2025),
    );
    const feasible = all.filter((e) => e.worstShortageProbability <= 0.5);
    const doc = await runPlan(scenario, { population });
    expect(doc.plan.levers).toHaveLength(1);
    expect('substitution' in doc.plan.levers[0]).toBe(true);
    if (feasible.length === 0) {
      expect(doc.plan.feasible).toBe(false);
      return;
    }
    const best = feasible.reduce((a, b) => (b.presentValue < a.presentValue ? b : a));
    expect(doc.plan.feasible).toBe(true);
    expect(doc.plan.presentValue.mean).toBeLessThanOrEqual(best.presentValue);
    // The chosen value is on the grid and its evaluation is the brute force's.
    const chosen = all.find((e) => e.levers[0] === doc.plan.levers[0].value)!;
    expect(chosen.worstShortageProbability).toBe(doc.plan.worstShortageProbability);
    // Task shifting moves demand, which costs nothing by itself: every share costs the same.
    expect(new Set(all.map((e) => e.presentValue)).size).toBe(1);
    // Shifting GP work to nurses lowers the GPs' shortage risk.
    expect(all[6].worstShortageProbability).toBeLessThanOrEqual(all[0].worstShortageProbability);
  });
});
