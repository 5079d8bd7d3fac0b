/**
 * The packed block of a regional model (MODEL.md §6, model/regions/compile.ts): the national
 * packed block of the model's national parameters (./layout.ts, ./pack.ts) as it is,
 * followed by the regional part described here. The AssemblyScript side reads the same
 * numbers from wasm/assembly/regional-shared.ts, which `scripts/assembly-constants.ts`
 * writes from `regionalConstantsSource()`.
 *
 * Regional part = header | dist table | profession table | profession records |
 * population table | input table. Offsets are indices into the whole block (f64 units);
 * absent things are −1.
 *
 * A *dist reference* names a distribution of either table: below the national block's
 * dist count it is an index into the national dist table (region 0's intake and baseFte,
 * every national parameter, the substitution shares), from there on an index into the
 * regional dist table (plus the national count): the intake and baseFte of regions r ≥ 1,
 * the mobility probabilities, the policy values and the policies' programme costs.
 *
 * Costs (MODEL.md §7) need nothing more in the regional part: the national header's
 * HEADER.costs says whether runs compute them, and each profession's four cost inputs are
 * its national record's (PROF.trainingCost … PROF.recruitmentCost). Only a regional
 * policy's programme cost is regional (RPOLICY.cost).
 */
import { POLICY_PARAMETERS } from '../catalog.ts';

export const REGIONAL_LAYOUT_VERSION = 2;

/** Regional header fields (index from the start of the regional part). */
export const RHEADER = {
  version: 0,
  regions: 1,
  /** Dists in the national table (where the regional dist references start). */
  nationalDists: 2,
  /** Dists in the regional table; every one has a year series. */
  dists: 3,
  distTable: 4,
  professionTable: 5,
  /** R offsets to each region's total population per year (H + 1), −1 without one. */
  populationTable: 6,
  inputs: 7,
  /** The once-per-run inputs as dist references, in the regional model's order. */
  inputTable: 8,
} as const;
export const RHEADER_SIZE = 9;

/** A regional profession record: offsets to per-region arrays, then its policies. */
export const RPROF = {
  /** R dist references. */
  intake: 0,
  /** R dist references, −1 where the region's base-year supply FTE stands in. */
  baseFte: 1,
  /** R·N values each, region after region. */
  stockF: 2,
  stockM: 3,
  /** R offsets to L values each, or −1 without a pipeline. */
  pipeline: 4,
  /** R·R shares: destinations[t·R + r], graduates of region t's schools working in r. */
  destinations: 5,
  /** R shares of the immigrants. */
  immigrationShares: 6,
  /** R·R dist references: mobility[from·R + to], −1 where no one moves. */
  mobility: 7,
  /** R·(H + 1) values: each region's utilisation index. */
  utilisationIndex: 8,
  policies: 9,
  policyTable: 10,
} as const;
export const RPROF_SIZE = 11;

/** A regional policy: the national policy record's fields, the region it acts in and its
 *  programme cost. */
export const RPOLICY = {
  /** A national policy code (model/catalog.ts) or MOBILITY_OUT_CODE. */
  param: 0,
  relative: 1,
  /** Dist reference of its value. */
  value: 2,
  start: 3,
  full: 4,
  /** The region it acts in, −1 for every region. */
  region: 5,
  /** Dist reference of its cost per year at full strength (a regional dist, with a year
   *  series), −1 when the policy has none. */
  cost: 6,
} as const;
export const RPOLICY_SIZE = 7;

/** The policy code of `mobility.out`: the first code after the catalog's. */
export const MOBILITY_OUT_CODE = POLICY_PARAMETERS.length;

/** Every constant above, flattened, for the AssemblyScript twin. */
export function regionalLayoutConstants(): Record<string, number> {
  const out: Record<string, number> = {
    REGIONAL_LAYOUT_VERSION,
    RHEADER_SIZE,
    RPROF_SIZE,
    RPOLICY_SIZE,
    MOBILITY_OUT_CODE,
  };
  const groups = { RHEADER, RPROF, RPOLICY } as const;
  for (const [group, fields] of Object.entries(groups)) {
    for (const [name, value] of Object.entries(fields)) out[`${group}_${name}`] = value;
  }
  return out;
}

/** The text of wasm/assembly/regional-shared.ts. */
export function regionalConstantsSource(): string {
  const lines = [
    '// Generated from model/packed/regional-layout.ts by scripts/assembly-constants.ts',
    '// (run by `npm run build:wasm`): do not edit. The regional part of the packed block.',
    '',
  ];
  for (const [name, value] of Object.entries(regionalLayoutConstants())) {
    lines.push(`export const ${name}: i32 = ${value};`);
  }
  return lines.join('\n') + '\n';
}
