/**
 * The result contract, `hwf-result/1` (MODEL.md §4): what the engine returns and the
 * command line writes. Numbers are plain JSON numbers; an undefined value is `null`
 * with a reason next to it.
 */

export const RESULT_SCHEMA = 'hwf-result/1';

export const PERCENTILES = [5, 10, 25, 50, 75, 90, 95] as const;
export type PercentileKey = 'p5' | 'p10' | 'p25' | 'p50' | 'p75' | 'p90' | 'p95';
export const PERCENTILE_KEYS: readonly PercentileKey[] = PERCENTILES.map(
  (p) => `p${p}` as PercentileKey,
);

/** Mean and percentiles of one measure, one entry per projected year. */
export type SeriesSummary = { mean: number[] } & Record<PercentileKey, number[]>;

export const MEASURES = ['headcount', 'fte', 'demand', 'gap'] as const;
export type Measure = (typeof MEASURES)[number];

export type RequiredIntake = {
  /** True when no run can close the gap by intake (no new graduate arrives by the target
   *  year, or no graduate ever enters practice). Then every statistic is null. */
  unreachable: boolean;
  /** Share of runs in which intake cannot close the gap (0..1). The statistics are over
   *  the other runs. */
  unreachableShare: number;
  /** Why the statistics are null, when they are. */
  reason?: string;
  mean: number | null;
} & Record<PercentileKey, number | null>;

export interface SensitivityEntry {
  /** JSON path of a once-per-run input, e.g. `professions[0].exits.attrition`. */
  input: string;
  /** Spearman rank correlation with this profession's gap at the target year. */
  rankCorrelation: number;
}

/** Headcount by single year of age and sex (one value per age min..max). */
export interface AgeSexCounts {
  female: number[];
  male: number[];
}

/** The stock by age and sex: the base year (as given) and the target year (the median of
 *  each age and sex over the first `runs` runs, at most 1 000). */
export interface AgeProfile {
  minAge: number;
  maxAge: number;
  baseYear: number;
  targetYear: number;
  base: AgeSexCounts;
  target: AgeSexCounts;
  runs: number;
}

/** Mean and percentiles of one number per run (a present value). */
export type Statistics = { mean: number } & Record<PercentileKey, number>;

/** What a profession (or the scenario) costs, MODEL.md §7: each kind of cost and their
 *  total per year (year 0 is 0: the base year is observed), and the present value of the
 *  total over years 1..H. Money in the scenario's currency at base-year prices. */
export interface CostResult {
  training: SeriesSummary;
  salary: SeriesSummary;
  recruitment: SeriesSummary;
  programmes: SeriesSummary;
  total: SeriesSummary;
  presentValue: Statistics;
}

/** The scenario's cost: every profession's together, with the currency and the discount
 *  rate it was computed with. */
export interface ScenarioCost extends CostResult {
  currency: string;
  discountRate: number;
}

export interface ProfessionResult {
  id: string;
  name: string;
  headcount: SeriesSummary;
  fte: SeriesSummary;
  demand: SeriesSummary;
  gap: SeriesSummary;
  /** P(gap < 0) per year. */
  shortageProbability: number[];
  requiredIntake: RequiredIntake;
  /** Sorted by absolute correlation, largest first. */
  sensitivity: SensitivityEntry[];
  /** For the age pyramid (an addition to MODEL.md §4). */
  ageProfile?: AgeProfile;
  /** Only when the scenario has costs (MODEL.md §7). */
  cost?: CostResult;
}

export interface HwfResult {
  schema: typeof RESULT_SCHEMA;
  scenario: string;
  runs: number;
  seed: number;
  deterministic: boolean;
  years: number[];
  targetYear: number;
  intakeFromYear: number;
  professions: ProfessionResult[];
  /** Only when the scenario has costs (MODEL.md §7): every profession together. */
  cost?: ScenarioCost;
}
