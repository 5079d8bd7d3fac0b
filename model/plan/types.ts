/**
 * The least-cost plan search (MODEL.md §8): the question a scenario asks in its `plan`
 * field, what the search asks of the engine for each candidate, and what it answers.
 * The method is described in docs/plan-search.md.
 */

/** The most levers one plan may move (the search grows with their number). */
export const MAX_PLAN_LEVERS = 4;
/** The most grid steps of one lever: (max − min) / step may be at most this. */
export const MAX_LEVER_STEPS = 10_000;

interface LeverBounds {
  min: number;
  max: number;
  /** Spacing of the grid the search works on; left out: (max − min) / 100. */
  step?: number;
}

/** A policy whose `value` the search sets to a number in [min, max]. */
export interface PolicyLever extends LeverBounds {
  /** Index into the scenario's `policies`. */
  policy: number;
  substitution?: undefined;
}

/** A task-shifting rule whose `share` the search sets to a number in [min, max] (an
 *  addition to MODEL.md §8: task shifting is a rule, not a policy). */
export interface SubstitutionLever extends LeverBounds {
  /** Index into the scenario's `substitution`. */
  substitution: number;
  policy?: undefined;
}

/** One lever of a plan: a policy's value or a task-shifting rule's share. */
export type PlanLever = PolicyLever | SubstitutionLever;

/** A lever's setting in a result: which policy or rule, and the value chosen. */
export type LeverValue =
  { policy: number; value: number } | { substitution: number; value: number };

/** The lever's setting with a value. */
export function leverValue(lever: PlanLever, value: number): LeverValue {
  return lever.substitution !== undefined
    ? { substitution: lever.substitution, value }
    : { policy: lever.policy, value };
}

/** What a plan must achieve: every named profession's shortage probability is at most
 *  `maxShortageProbability` in every year from `fromYear` to the horizon. */
export interface PlanTarget {
  professions: string[];
  fromYear: number;
  maxShortageProbability: number;
}

/** The `plan` field of a scenario, as the parser returns it (objective filled in). */
export interface PlanSpec {
  levers: PlanLever[];
  target: PlanTarget;
  objective: 'presentValue';
}

/** What the engine reports for one candidate, from the scenario's runs and seed. */
export interface CandidateEvaluation {
  /** The lever values it was asked about, one per lever in the order of the spec. */
  levers: number[];
  /** Mean present value of the total cost over the runs. */
  presentValue: number;
  /** The largest shortage probability over the target's professions and the years from
   *  `fromYear` to the horizon. */
  worstShortageProbability: number;
  /** Optional: the year of that largest probability (used in the message). */
  worstYear?: number;
  /** Optional: the profession of that largest probability (used in the message). */
  worstProfession?: string;
}

/** One evaluated candidate, as the result lists them. */
export interface PlanCandidate {
  levers: number[];
  presentValue: number;
  worstShortageProbability: number;
}

export interface PlanSearchResult {
  /** The chosen candidate: one value per lever, in the order of the spec. */
  levers: LeverValue[];
  /** Whether the chosen candidate meets the target. When false it is the candidate with
   *  the lowest worst-year shortage probability that the search evaluated. */
  feasible: boolean;
  worstShortageProbability: number;
  /** The year of that probability, when the evaluator reported it. */
  worstYear?: number;
  /** Mean present value of the chosen candidate's total cost. The percentiles of the
   *  contract come from a full run of this candidate, made by the caller. */
  presentValueMean: number;
  /** How many distinct candidates were evaluated (each exactly once). */
  evaluations: number;
  /** Every evaluated candidate, ordered by lever values (first lever first). */
  frontier: PlanCandidate[];
  /** The outcome in plain words for a planner. */
  message: string;
}

/** Evaluates a batch of candidates (lever values, one array per candidate) and answers one
 *  evaluation per candidate. Candidates of one batch are independent: evaluate them in
 *  parallel. */
export type PlanEvaluator = (candidates: number[][]) => Promise<CandidateEvaluation[]>;

export interface PlanSearchOptions {
  /** Called after every batch: `done` candidates evaluated of `about` expected (the
   *  estimate may grow; `done` never decreases). */
  onProgress?: (done: number, about: number) => void;
  /** Cancels the search between batches: it then rejects with an AbortError. */
  signal?: AbortSignal;
}
