/**
 * The plan search on one thread (the command line, the tests, the Node benchmark): each
 * candidate's runs with a chunk engine (the reference, or the WebAssembly core), then the
 * chosen candidate's full result, which gives the plan's present value with its interval.
 * The app runs the same search with its candidates on the worker pool
 * (app/engine/plan-runner.ts); both give the same plan.
 */
import type { PopulationInline, Scenario } from '../scenario/types.ts';
import type { HwfResult, Statistics } from '../result/result.ts';
import { compile, type CompiledModel } from '../projection/compile.ts';
import { referenceEngine, simulate, type ChunkEngine } from '../projection/simulate.ts';
import { regionalOf } from '../regions/types.ts';
import { compileRegional, type RegionalModel } from '../regions/compile.ts';
import { regionalReferenceEngine } from '../regions/flat.ts';
import { simulateRegional } from '../regions/simulate-chunks.ts';
import { runsOf } from '../projection/runs.ts';
import {
  candidatePart,
  candidateScenario,
  evaluationOf,
  targetCells,
  type CandidatePart,
} from './evaluate.ts';
import { searchPlan } from './search.ts';
import type {
  LeverValue,
  PlanCandidate,
  PlanSearchOptions,
  PlanSearchResult,
  PlanSpec,
} from './types.ts';

/** The plan of MODEL.md §8 as a result carries it. */
export interface PlanResult {
  levers: LeverValue[];
  feasible: boolean;
  presentValue: Statistics;
  worstShortageProbability: number;
  /** The year of that probability. */
  worstYear?: number;
  evaluations: number;
  frontier: PlanCandidate[];
  /** The outcome in plain words. */
  message: string;
}

/** The result of the chosen candidate's scenario, with the plan. */
export type PlanDocument = HwfResult & { plan: PlanResult };

export interface PlanEngines {
  national?: (model: CompiledModel) => ChunkEngine;
  regional?: (model: RegionalModel) => ChunkEngine;
}

export interface RunPlanOptions extends PlanSearchOptions {
  population?: PopulationInline;
  engines?: PlanEngines;
  /** Runs per chunk of a candidate (the numbers do not depend on it). */
  chunkSize?: number;
}

/** Why a scenario cannot be searched, in words; null when it can. */
export function planProblem(sc: Scenario): string | null {
  if (!sc.plan) {
    return 'the scenario has no "plan": say which policies the search may set (levers, with bounds) and the target';
  }
  if (!sc.costs) {
    return 'the least-cost plan needs the scenario\'s costs: add "costs" (currency and discount rate) and each profession\'s costs';
  }
  return null;
}

/** One candidate's parts, run on this thread. */
export function candidateParts(
  sc: Scenario,
  spec: PlanSpec,
  values: readonly number[],
  options: RunPlanOptions,
): CandidatePart[] {
  const variant = candidateScenario(sc, spec, values);
  const runs = runsOf(variant, false);
  const seed = variant.simulation.seed;
  const cells = targetCells(variant, spec);
  const chunk = Math.max(1, options.chunkSize ?? runs);
  const rs = regionalOf(variant);
  const parts: CandidatePart[] = [];
  if (rs) {
    const rm = compileRegional(rs, options.population);
    const engine = (options.engines?.regional ?? regionalReferenceEngine)(rm);
    for (let start = 0; start < runs; start += chunk) {
      const block = engine(seed, start, Math.min(chunk, runs - start), false);
      parts.push(candidatePart(variant, block, cells));
    }
    return parts;
  }
  const m = compile(variant, options.population);
  const engine = (options.engines?.national ?? referenceEngine)(m);
  for (let start = 0; start < runs; start += chunk) {
    parts.push(
      candidatePart(variant, engine(seed, start, Math.min(chunk, runs - start), false), cells),
    );
  }
  return parts;
}

/** The search, then the chosen candidate's full result. */
export async function runPlan(sc: Scenario, options: RunPlanOptions = {}): Promise<PlanDocument> {
  const problem = planProblem(sc);
  if (problem) throw new Error(problem);
  const spec = sc.plan!;
  const cells = targetCells(sc, spec);
  const found = await searchPlan(
    spec,
    (candidates) =>
      Promise.resolve(
        candidates.map((values) =>
          evaluationOf(values, candidateParts(sc, spec, values, options), cells, sc.baseYear),
        ),
      ),
    options,
  );
  return planDocument(sc, spec, found, options);
}

/** The chosen candidate's result with the plan (the full result gives the present
 *  value's interval). */
export function planDocument(
  sc: Scenario,
  spec: PlanSpec,
  found: PlanSearchResult,
  options: Pick<RunPlanOptions, 'population' | 'engines'> = {},
): PlanDocument {
  const chosen = candidateScenario(
    sc,
    spec,
    found.levers.map((l) => l.value),
  );
  const rs = regionalOf(chosen);
  const result: HwfResult = rs
    ? simulateRegional(rs, {
        deterministic: false,
        population: options.population,
        engine: options.engines?.regional,
      })
    : simulate(chosen, { population: options.population, engine: options.engines?.national });
  return { ...result, plan: planOf(found, result) };
}

/** The plan part of a document from the search and the chosen candidate's result. */
export function planOf(found: PlanSearchResult, result: HwfResult): PlanResult {
  return {
    levers: found.levers,
    feasible: found.feasible,
    presentValue: result.cost!.presentValue,
    worstShortageProbability: found.worstShortageProbability,
    ...(found.worstYear !== undefined && { worstYear: found.worstYear }),
    evaluations: found.evaluations,
    frontier: found.frontier,
    message: found.message,
  };
}
