/**
 * The UI's handle on the simulation: a runner takes a request and returns the result
 * document, reporting progress on the way. Where the runs run (a pool of workers, or this
 * thread) is the runner's business; see ./create-runner.ts for which one the app gets.
 */
import type { HwfResult } from '../../model/result/result.ts';
import type { PopulationInline, Scenario } from '../../model/scenario/types.ts';
import { runsOf } from '../../model/projection/runs.ts';
import type { CandidateEvaluation, PlanSpec } from '../../model/plan/types.ts';

export interface SimulationRequest {
  /** A validated scenario (from model/scenario/parse.ts). */
  scenario: Scenario;
  /** The resolved population when the scenario names a data set. */
  population?: PopulationInline;
  /** Number of runs (ignored, and taken as 1, in deterministic mode). */
  runs: number;
  seed: number;
  /** One run, every distribution at its point value, shocks off (MODEL.md §2b.11). */
  deterministic: boolean;
}

export interface RunProgress {
  /** Runs finished so far, of `total`. */
  done: number;
  total: number;
  /** A result over the runs done so far, when one is ready: it summarises runs
   *  0..partial.runs−1, so it is exactly the result of a smaller simulation. */
  partial?: HwfResult;
}

export interface RunOptions {
  onProgress?: (progress: RunProgress) => void;
  /** Aborting rejects the run at once with the signal's reason; no result follows. */
  signal?: AbortSignal;
}

/** The plan search's question to a runner: a scenario with costs and the plan to search
 *  (model/plan/). Each candidate runs with the scenario's runs and seed. */
export interface CandidatesRequest {
  scenario: Scenario;
  population?: PopulationInline;
  spec: PlanSpec;
}

export type RunnerKind = 'pool' | 'in-thread';

export interface SimulationRunner {
  readonly kind: RunnerKind;
  /** Rejects with a plain-language Error when the simulation fails (for instance
   *  "the simulation worker stopped unexpectedly: …"); the next run works again. */
  run(request: SimulationRequest, options?: RunOptions): Promise<HwfResult>;
  /** The plan search's evaluations of a batch of candidates (lever values, one array per
   *  candidate), in the batch's order; the same numbers on any runner. */
  evaluateCandidates(
    request: CandidatesRequest,
    candidates: readonly number[][],
    options?: Pick<RunOptions, 'signal'>,
  ): Promise<CandidateEvaluation[]>;
  /** Stops every worker; the runner is not used again. */
  dispose(): void;
}

/** Runs the request stands for: 1 in deterministic mode. */
export function totalRuns(request: SimulationRequest): number {
  const total = runsOf(request.scenario, request.deterministic, request.runs);
  if (!Number.isInteger(total) || total < 1) {
    throw new RangeError(`the number of runs must be a whole number of at least 1, not ${total}`);
  }
  return total;
}

/** The professions of a block of runs: a regional scenario's block holds the national
 *  figures and each region's (model/regions/flat.ts). */
export function blockProfessions(scenario: Scenario): number {
  const groups = scenario.regions ? scenario.regions.length + 1 : 1;
  return scenario.professions.length * groups;
}

/** Professions × projected years (× regions and the nation): the values one run produces
 *  per measure. */
export function cellsPerRun(scenario: Scenario): number {
  return blockProfessions(scenario) * (scenario.horizonYears + 1);
}
