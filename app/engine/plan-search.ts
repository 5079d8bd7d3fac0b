/**
 * The least-cost plan search in the app (MODEL.md §8, docs/plan-search.md): the search
 * itself on this thread (it only chooses candidates), every batch of candidates on the
 * runner (the worker pool, evaluations in parallel), then the chosen candidate's full
 * result on the runner, which gives the plan's cost with its interval and the road map's
 * yearly costs.
 */
import type { HwfResult } from '../../model/result/result.ts';
import type { PopulationInline, Scenario } from '../../model/scenario/types.ts';
import { candidateScenario } from '../../model/plan/evaluate.ts';
import { planOf, planProblem, type PlanResult } from '../../model/plan/run-plan.ts';
import { searchPlan } from '../../model/plan/search.ts';
import type { SimulationRunner } from './runner.ts';

export interface PlanRun {
  /** The plan of the result document (MODEL.md §8). */
  plan: PlanResult;
  /** The working scenario with the plan's lever values: what "Apply this plan" makes. */
  scenario: Scenario;
  /** The full result of that scenario. */
  result: HwfResult;
}

export interface PlanRunOptions {
  /** `done` candidates evaluated of `about` expected ("candidate 40 of about 120"). */
  onProgress?: (done: number, about: number) => void;
  signal?: AbortSignal;
}

/** Searches the scenario's plan on the runner; rejects with the reason in words when the
 *  scenario cannot be searched, and with an AbortError when cancelled. */
export async function runPlanSearch(
  runner: Pick<SimulationRunner, 'run' | 'evaluateCandidates'>,
  request: { scenario: Scenario; population?: PopulationInline },
  options: PlanRunOptions = {},
): Promise<PlanRun> {
  const { scenario, population } = request;
  const problem = planProblem(scenario);
  if (problem) throw new Error(problem);
  const spec = scenario.plan!;
  const { signal } = options;
  const found = await searchPlan(
    spec,
    (candidates) =>
      runner.evaluateCandidates({ scenario, population, spec }, candidates, { signal }),
    { onProgress: options.onProgress, signal },
  );
  const chosen = candidateScenario(
    scenario,
    spec,
    found.levers.map((l) => l.value),
  );
  const result = await runner.run(
    {
      scenario: chosen,
      population,
      runs: chosen.simulation.runs,
      seed: chosen.simulation.seed,
      deterministic: false,
    },
    { signal },
  );
  return { plan: planOf(found, result), scenario: chosen, result };
}
