/**
 * The packed parameter block: one Float64Array that carries a compiled model into the
 * WebAssembly core. This file is the one description of its layout; the AssemblyScript side
 * (wasm/assembly/layout.ts) exports the same numbers and a test fails if they disagree.
 *
 * Block = header | dist table | profession table | profession records | substitutions |
 * shocks | population totals | sensitivity inputs. Offsets are indices into the block
 * (in f64 units). Absent things are −1.
 */

import {
  DIST_PARAMETER_KEYS,
  PARAMETERS,
  PROFESSION_DIST_COUNT,
  type DistParameterKey,
} from '../catalog.ts';

export const LAYOUT_VERSION = 2;

/** Header fields (index in the block). */
export const HEADER = {
  version: 0,
  professions: 1,
  horizon: 2,
  nAges: 3,
  minAge: 4,
  baseYear: 5,
  targetIndex: 6,
  intakeFromIndex: 7,
  substitutions: 8,
  shocks: 9,
  inputs: 10,
  dists: 11,
  /** Number of dists that have a year series (every dist but the shocks'). */
  seriesCount: 12,
  distTable: 13,
  professionTable: 14,
  substitutionTable: 15,
  shockTable: 16,
  populationTotal: 17,
  inputTable: 18,
  /** Largest training duration over the professions (sizes the intake scratch). */
  maxDuration: 19,
  /** Kinds of cost per profession and year (run-block.ts COST_KINDS): their number when the
   *  scenario has costs (MODEL.md §7), 0 when it has none (then no run computes a cost). */
  costs: 20,
} as const;
export const HEADER_SIZE = 21;

/** One distribution record. */
export const DIST = {
  kind: 0,
  a: 1,
  b: 2,
  c: 3,
  d: 4,
  point: 5,
  slot: 6,
  /** 0 any, 1 probability, 2 count, 3 rate */
  domain: 7,
  /** 1 when drawn once per projected year */
  yearly: 8,
  /** index of its year series in scratch, −1 for shock dists (drawn per occurrence) */
  series: 9,
} as const;
export const DIST_SIZE = 10;

export const DOMAIN_CODE = { any: 0, probability: 1, count: 2, rate: 3 } as const;

/** Where a profession record's dist indices start: one per catalog distribution, at its
 *  slot q (model/catalog.ts), −1 when the scenario leaves it out. */
export const PROF_DISTS = 0;

const PROF_DIST_FIELDS = Object.fromEntries(
  DIST_PARAMETER_KEYS.map((key) => [key, PROF_DISTS + PARAMETERS[key].q]),
) as Record<DistParameterKey, number>;

/** The scalars and offsets after the dists, in record order. */
const PROF_TAIL = [
  'retirementSd',
  'durationYears',
  'trainedFemaleShare',
  'immigrantFemaleShare',
  'ratioMethod',
  'ratioYears',
  'policies',
  'stockF',
  'stockM',
  'fteF',
  'fteM',
  /** −1 without a pipeline */
  'pipeline',
  'trainedWeights',
  'immigrantWeights',
  'utilisationIndex',
  'policyTable',
] as const;

/** One profession record: dist indices (into the dist table), scalars, then offsets. */
export const PROF = {
  ...PROF_DIST_FIELDS,
  /** The first of the four demand trends (they follow each other in catalog order). */
  trend0: PROF_DIST_FIELDS.trendEpidemiology,
  ...(Object.fromEntries(PROF_TAIL.map((name, i) => [name, PROFESSION_DIST_COUNT + i])) as Record<
    (typeof PROF_TAIL)[number],
    number
  >),
};
export const PROF_SIZE = PROFESSION_DIST_COUNT + PROF_TAIL.length;

/** One policy record: `value` and `cost` are dist indices, `cost` (the programme's cost per
 *  year at full strength, MODEL.md §7) −1 when the policy has none. */
export const POLICY = { param: 0, relative: 1, value: 2, start: 3, full: 4, cost: 5 } as const;
export const POLICY_SIZE = 6;

export const SUBSTITUTION = { from: 0, to: 1, share: 2, ratio: 3, start: 4, full: 5 } as const;
export const SUBSTITUTION_SIZE = 6;

/** A shock record is SHOCK_SIZE fields followed by one hit flag per profession. */
export const SHOCK = {
  probability: 0,
  duration: 1,
  occurrenceSlot: 2,
  demandIncrease: 3,
  extraExit: 4,
} as const;
export const SHOCK_SIZE = 5;

/** Every constant above, flattened, for the agreement test with the WebAssembly side. */
export function layoutConstants(): Record<string, number> {
  const out: Record<string, number> = {
    LAYOUT_VERSION,
    HEADER_SIZE,
    DIST_SIZE,
    PROF_SIZE,
    POLICY_SIZE,
    SUBSTITUTION_SIZE,
    SHOCK_SIZE,
  };
  const groups = { HEADER, DIST, PROF, POLICY, SUBSTITUTION, SHOCK, DOMAIN: DOMAIN_CODE } as const;
  for (const [group, fields] of Object.entries(groups)) {
    for (const [name, value] of Object.entries(fields)) out[`${group}_${name}`] = value;
  }
  return out;
}
