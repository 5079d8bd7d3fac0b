/**
 * The scenario contract, `hwf-scenario/1` (see docs/MODEL.md, copied from the design).
 *
 * These are the strict, validated types. Anything from outside (a file, a link, IndexedDB,
 * the command line) becomes a `Scenario` only through `parseScenario` in ./parse.ts.
 */

export const SCENARIO_SCHEMA = 'hwf-scenario/1';

/** Draw once per run (default) or afresh for every projected year. */
export type Resample = 'run' | 'yearly';

export interface UniformDist {
  dist: 'uniform';
  min: number;
  max: number;
  resample?: 'yearly';
}
export interface TriangularDist {
  dist: 'triangular';
  min: number;
  mode: number;
  max: number;
  resample?: 'yearly';
}
export interface PertDist {
  dist: 'pert';
  min: number;
  mode: number;
  max: number;
  resample?: 'yearly';
}
export interface NormalDist {
  dist: 'normal';
  mean: number;
  sd: number;
  min?: number;
  max?: number;
  resample?: 'yearly';
}
export interface LognormalDist {
  dist: 'lognormal';
  median: number;
  gsd: number;
  resample?: 'yearly';
}

export type DistSpec = UniformDist | TriangularDist | PertDist | NormalDist | LognormalDist;
/** A plain number (fixed) or a probability distribution. */
export type Dist = number | DistSpec;

/** Values by single year of age, one entry per age of the relevant age range. */
export interface BySex {
  female: number[];
  male: number[];
}

export interface EntrantProfile {
  femaleShare: number;
  ageMean: number;
  ageSd: number;
}

export interface Training {
  intake: Dist;
  durationYears: number;
  completion: Dist;
  entryRate: Dist;
  /** Students now in study year 1..L at the start of the base year. */
  pipeline?: number[];
  entrants: EntrantProfile;
}

export interface Immigration {
  perYear: Dist;
  entrants: EntrantProfile;
}

/** Each exit may be left out: no attrition, no emigration, no retirement curve (everyone still
 *  leaves after the last workforce age). */
export interface Exits {
  attrition?: Dist;
  emigration?: Dist;
  retirement?: Retirement;
}

export interface Retirement {
  meanAge: Dist;
  sd: number;
}

export interface DemandTrends {
  epidemiology?: Dist;
  sociocultural?: Dist;
  technology?: Dist;
  efficiency?: Dist;
}

export const TREND_KEYS = ['epidemiology', 'sociocultural', 'technology', 'efficiency'] as const;
export type TrendKey = (typeof TREND_KEYS)[number];

export interface Demand {
  method: 'utilisation' | 'ratio';
  /** FTE demanded in the base year; null = supply FTE in the base year. */
  baseFte: Dist | null;
  unmet: Dist;
  /** Relative use per person by population age; default all 1. */
  utilisation?: BySex;
  trends?: DemandTrends;
  ratio?: { targetPer1000: Dist; targetYear: number };
}

export interface Profession {
  id: string;
  name: string;
  stock: BySex;
  /** FTE per head by age, or one number for all ages and both sexes. */
  fte: BySex | number;
  /** Annual relative change of FTE per head; left out = 0. */
  fteTrend?: Dist;
  /** Left out: no domestic training (no graduates; trained on the job). */
  training?: Training;
  /** Left out: no immigration. */
  immigration?: Immigration;
  /** Left out: the same as `{}` (no exits but after the last workforce age). */
  exits?: Exits;
  demand: Demand;
  /** Left out: this profession costs nothing (MODEL.md §7). */
  costs?: ProfessionCosts;
}

/** What one profession costs (MODEL.md §7), in the scenario's currency at base-year
 *  prices; each part left out is 0. */
export interface ProfessionCosts {
  /** One student for one study year. */
  trainingPerStudentYear?: Dist;
  /** The employer's cost of one FTE for one year. */
  salaryPerFte?: Dist;
  /** Annual real growth of salaryPerFte. */
  salaryGrowth?: Dist;
  /** One-off cost of recruiting one immigrant. */
  recruitmentPerImmigrant?: Dist;
}

/** The scenario's money: its currency and the discount rate of present values. */
export interface CostSettings {
  /** ISO 4217 code, e.g. "EUR". */
  currency: string;
  /** Always filled in by the parser (default 0). */
  discountRate: number;
}

export interface SubstitutionRule {
  from: string;
  to: string;
  share: Dist;
  ratio: number;
  startYear: number;
  fullYear: number;
}

/** The parameters a policy may change, in the order of their codes: model/catalog.ts. */
export { POLICY_PARAMETERS, type PolicyParameter } from '../catalog.ts';
import type { PolicyParameter } from '../catalog.ts';
import type { PlanSpec } from '../plan/types.ts';

export interface Policy {
  profession: string;
  parameter: PolicyParameter;
  kind: 'relative' | 'absolute';
  value: Dist;
  startYear: number;
  fullYear: number;
  /** A programme's own cost per year at full strength (MODEL.md §7); left out = none. */
  costPerYear?: Dist;
}

export interface Shock {
  name: string;
  probabilityPerYear: number;
  durationYears: number;
  demandIncrease: Dist;
  extraExit: Dist;
  /** Ids of the professions hit; omitted = all. */
  professions?: string[];
}

export interface PopulationInline {
  ages: { min: number; max: number };
  years: number[];
  /** One row per year, one entry per age min..max (the last age is open-ended). */
  female: number[][];
  male: number[][];
}
export interface PopulationRef {
  dataset: string;
}
export type Population = PopulationInline | PopulationRef;

export interface Analysis {
  targetYear: number;
  intakeFromYear: number;
}

export interface Scenario {
  schema: typeof SCENARIO_SCHEMA;
  name: string;
  description: string;
  baseYear: number;
  horizonYears: number;
  simulation: { runs: number; seed: number };
  ages: { min: number; max: number };
  population?: Population;
  professions: Profession[];
  substitution: SubstitutionRule[];
  policies: Policy[];
  shocks: Shock[];
  /** Always filled in by the parser: targetYear defaults to the last projected year,
   *  intakeFromYear to baseYear + 1. */
  analysis: Analysis;
  /** Left out: no costs are computed (the result has no `cost`). */
  costs?: CostSettings;
  /** The least-cost plan search's question (MODEL.md §8). */
  plan?: PlanSpec;
  /** Present only on a regional scenario (MODEL.md §6): then the object is a
   *  `RegionalScenario` (model/regions/types.ts) and its profession stocks, intakes,
   *  pipelines and baseFte are maps by region id. Read it through `regionalOf`. */
  regions?: { id: string; name: string }[];
}

/** Limits of MODEL.md §2b.12, enforced by the parser, the app and the command line. */
export const LIMITS = {
  runsMin: 1,
  runsMax: 100_000,
  horizonMin: 1,
  horizonMax: 60,
  maxAgeSpan: 80,
  maxProfessions: 30,
  seedMax: 4_294_967_295,
  /** runs × professions × (horizonYears + 1): the per-run results kept in memory. */
  maxCells: 10_000_000,
} as const;

export function isDistSpec(d: Dist): d is DistSpec {
  return typeof d === 'object';
}

export function isInlinePopulation(p: Population): p is PopulationInline {
  return !('dataset' in p);
}
