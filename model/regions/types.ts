/**
 * The regional parts of a scenario (MODEL.md §6, docs/regions.md). A scenario with
 * `regions` splits every profession's workforce, training, immigration and demand by region;
 * people move between regions. Everything not listed here is national, as in `Scenario`.
 */
import type {
  BySex,
  Demand,
  Dist,
  Immigration,
  Policy,
  PolicyParameter,
  PopulationInline,
  Profession,
  Scenario,
  Training,
} from '../scenario/types.ts';

/** The fewest and most regions a scenario may have. */
export const MIN_REGIONS = 2;
export const MAX_REGIONS = 40;
/** runs × professions × regions × (horizonYears + 1): the per-run results kept in memory. */
export const MAX_REGIONAL_CELLS = 10_000_000;
/** How far a share list may be from summing to 1. */
export const SHARE_SUM_TOLERANCE = 1e-9;

export interface Region {
  id: string;
  name: string;
}

/** One entry per region id, exactly. */
export type RegionMap<T> = Record<string, T>;

/** The new policy parameter: a relative change of every outflow probability of a region. */
export const MOBILITY_OUT = 'mobility.out';
export type RegionalPolicyParameter = PolicyParameter | typeof MOBILITY_OUT;

/** The parameters a policy with `region` may change. */
export const REGIONAL_POLICY_PARAMETERS: readonly RegionalPolicyParameter[] = [
  'training.intake',
  'exits.attrition',
  'exits.emigration',
  'fte',
  MOBILITY_OUT,
];

export interface RegionalPolicy extends Omit<Policy, 'parameter'> {
  parameter: RegionalPolicyParameter;
  /** Acts in this region only; left out, in every region alike. */
  region?: string;
}

export interface RegionalTraining extends Omit<Training, 'intake' | 'pipeline'> {
  /** Starters per year at each region's schools. */
  intake: RegionMap<Dist>;
  /** Students now in study year 1..L, per region. */
  pipeline?: RegionMap<number[]>;
  /** Where the graduates of each region's schools go to work: per school region, the share
   *  of its graduates per working region (rows sum to 1). Left out, or a row left out:
   *  everyone stays. */
  graduateDestinations?: RegionMap<RegionMap<number>>;
}

export interface RegionalImmigration extends Immigration {
  /** Share of the immigrants settling in each region (sum 1); left out: in proportion to
   *  the base-year headcount of each region. */
  regionShares?: RegionMap<number>;
}

export interface RegionalDemand extends Omit<Demand, 'baseFte'> {
  /** Per region (null: the region's supply FTE in the base year), or one null for all. */
  baseFte: RegionMap<Dist | null> | null;
}

export interface RegionalProfession extends Omit<
  Profession,
  'stock' | 'training' | 'immigration' | 'demand'
> {
  stock: RegionMap<BySex>;
  training?: RegionalTraining;
  immigration?: RegionalImmigration;
  /** Annual probability of moving from one region (outer key) to another (inner key). */
  mobility?: RegionMap<RegionMap<Dist>>;
  demand: RegionalDemand;
}

/** One population table per region. */
export interface RegionalPopulationTables {
  ages: { min: number; max: number };
  years: number[];
  regions: RegionMap<{ female: number[][]; male: number[][] }>;
}

/** A national table (inline or a data set) split by constant shares. */
export type RegionalPopulationShares = (PopulationInline | { dataset: string }) & {
  regionShares: RegionMap<number>;
};

export type RegionalPopulation = RegionalPopulationTables | RegionalPopulationShares;

export interface RegionalScenario extends Omit<
  Scenario,
  'professions' | 'population' | 'policies'
> {
  regions: Region[];
  population?: RegionalPopulation;
  professions: RegionalProfession[];
  policies: RegionalPolicy[];
}

export function hasRegionTables(p: RegionalPopulation): p is RegionalPopulationTables {
  return 'regions' in p;
}

/** The scenario as a regional one, or null when it has no regions. */
export function regionalOf(s: Scenario): RegionalScenario | null {
  return s.regions !== undefined ? (s as unknown as RegionalScenario) : null;
}
