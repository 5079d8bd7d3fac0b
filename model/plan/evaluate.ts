/**
 * What the plan search asks of the engine for one candidate (MODEL.md §8): the scenario
 * with the levers' policies set to the candidate's values, run with the scenario's runs and
 * seed (common random numbers), and read for two numbers — the worst shortage probability
 * of the target's professions from `fromYear` on, and the mean present value of the total
 * cost. A candidate's runs may be split into parts (the worker pool's chunks): each part
 * gives its shortage counts and its runs' present values, and the parts put together give
 * the very numbers the full result reports for that scenario.
 */
import type { RunBlock } from '../packed/run-block.ts';
import type { Scenario } from '../scenario/types.ts';
import { costTable, presentValues } from '../summaries/costs.ts';
import type { CandidateEvaluation, PlanSpec } from './types.ts';

/** The scenario of a candidate: each lever's policy gets its value as a fixed number, each
 *  task-shifting lever its rule's share. */
export function candidateScenario(
  sc: Scenario,
  spec: PlanSpec,
  values: readonly number[],
): Scenario {
  const policies = sc.policies.slice();
  const substitution = sc.substitution.slice();
  spec.levers.forEach((lever, j) => {
    if (lever.substitution !== undefined) {
      substitution[lever.substitution] = { ...substitution[lever.substitution], share: values[j] };
    } else {
      policies[lever.policy] = { ...policies[lever.policy], value: values[j] };
    }
  });
  return { ...sc, policies, substitution };
}

/** Which professions of a block the target reads (their indices in the block's first
 *  group: the nation's, in a regional flat block) and from which year index. */
export interface TargetCells {
  professions: number[];
  ids: string[];
  fromIndex: number;
}

export function targetCells(sc: Scenario, spec: PlanSpec): TargetCells {
  const ids = spec.target.professions;
  return {
    professions: ids.map((id) => sc.professions.findIndex((p) => p.id === id)),
    ids,
    fromIndex: spec.target.fromYear - sc.baseYear,
  };
}

/** One part of a candidate's runs: per target profession and year from `fromIndex` to the
 *  horizon, how many runs fall short; per run, the present value of the total cost. */
export interface CandidatePart {
  runs: number;
  /** Index t·Y′ + y (Y′ = H − fromIndex + 1 years). */
  short: Int32Array;
  presentValues: Float64Array;
}

/**
 * A block's part of a candidate's evaluation, run from the candidate's scenario `sc` (in a
 * regional flat block, the target and the scenario's cost are the nation's: its first
 * group). Needs no compiled model: the scenario's horizon and discount rate suffice.
 */
export function candidatePart(sc: Scenario, block: RunBlock, cells: TargetCells): CandidatePart {
  const n = block.runs;
  const H = sc.horizonYears;
  const P = block.sizes.professions;
  const years = H - cells.fromIndex + 1;
  const short = new Int32Array(cells.professions.length * years);
  cells.professions.forEach((p, t) => {
    for (let r = 0; r < n; r++) {
      const at = (r * P + p) * (H + 1);
      for (let y = 0; y < years; y++) {
        const k = cells.fromIndex + y;
        if (block.fte[at + k] - block.demand[at + k] < 0) short[t * years + y]++;
      }
    }
  });
  const shape = { horizon: H, costs: sc.costs ?? null };
  const nation = sc.professions.map((_, p) => p);
  const pv =
    block.sizes.costs > 0
      ? presentValues(shape, costTable(shape, block, nation), n)
      : new Float64Array(n);
  return { runs: n, short, presentValues: pv };
}

/** The candidate's evaluation from its parts, given in run order. The mean is summed in
 *  run order, as the result's summary sums it, so it is that summary's mean exactly. */
export function evaluationOf(
  values: readonly number[],
  parts: readonly CandidatePart[],
  cells: TargetCells,
  baseYear: number,
): CandidateEvaluation {
  const runs = parts.reduce((t, x) => t + x.runs, 0);
  const years = parts[0].short.length / Math.max(1, cells.professions.length);
  let worst = -1;
  let worstYear = baseYear + cells.fromIndex;
  let worstProfession = cells.ids[0];
  for (let t = 0; t < cells.professions.length; t++) {
    for (let y = 0; y < years; y++) {
      let count = 0;
      for (const x of parts) count += x.short[t * years + y];
      const p = count / runs;
      if (p > worst) {
        worst = p;
        worstYear = baseYear + cells.fromIndex + y;
        worstProfession = cells.ids[t];
      }
    }
  }
  let sum = 0;
  for (const x of parts) for (let r = 0; r < x.runs; r++) sum += x.presentValues[r];
  return {
    levers: [...values],
    presentValue: sum / runs,
    worstShortageProbability: Math.max(0, worst),
    worstYear,
    worstProfession,
  };
}
