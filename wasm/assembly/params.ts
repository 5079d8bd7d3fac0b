// The packed parameter block (model/packed/layout.ts) as the core reads it: the header's
// values, cached by prepare(), and the readers of its records. engine.ts (the national run)
// and regions*.ts (the regional run) read the block through these.
import {
  DIST_series, DIST_SIZE, HEADER_baseYear, HEADER_costs, HEADER_dists, HEADER_distTable, HEADER_horizon,
  HEADER_inputs, HEADER_inputTable, HEADER_intakeFromIndex, HEADER_maxDuration, HEADER_minAge,
  HEADER_nAges, HEADER_populationTotal, HEADER_professions, HEADER_professionTable,
  HEADER_seriesCount, HEADER_shocks, HEADER_shockTable, HEADER_substitutions,
  HEADER_substitutionTable, HEADER_targetIndex, HEADER_version, LAYOUT_VERSION, POLICY_param,
  POLICY_SIZE, PROF_fteF, PROF_fteM, PROF_policies, PROF_policyTable, PROF_stockF, PROF_stockM,
} from './shared';
import { at, put, PARAMS, layOut, profArray, seriesPtr, oHazardMean, oStockFM, oFteFM, oHasPolicy } from './memory';

// ---- the parameter block ---------------------------------------------------------------
// Header values, cached by prepare().
export let P: i32 = 0;
export let H: i32 = 0;
export let N: i32 = 0;
export let MIN_AGE: f64 = 0;
export let BASE_YEAR: f64 = 0;
export let K: i32 = 0;
export let J0: i32 = 0;
export let N_SUBST: i32 = 0;
export let N_SHOCKS: i32 = 0;
export let N_INPUTS: i32 = 0;
export let N_DISTS: i32 = 0;
export let DIST_TABLE: i32 = 0;
export let PROF_TABLE: i32 = 0;
export let SUBST_TABLE: i32 = 0;
export let SHOCK_TABLE: i32 = 0;
export let POP_TOTAL: i32 = 0;
export let INPUT_TABLE: i32 = 0;
export let MAX_L: i32 = 0;
/** Kinds of cost per profession and year (0: the scenario has no costs). */
export let N_COSTS: i32 = 0;

// @ts-ignore: decorator
@inline export function prm(i: i32): f64 {
  return load<f64>(PARAMS + (<usize>i << 3));
}
// @ts-ignore: decorator
@inline export function prmI(i: i32): i32 {
  return <i32>prm(i);
}
// @ts-ignore: decorator
@inline export function distField(d: i32, field: i32): f64 {
  return prm(DIST_TABLE + d * DIST_SIZE + field);
}
/** The year series of dist d (H+1 values). */
// @ts-ignore: decorator
@inline export function series(d: i32): usize {
  return seriesPtr + ((<usize>prmI(DIST_TABLE + d * DIST_SIZE + DIST_series) * <usize>(H + 1)) << 3);
}
// @ts-ignore: decorator
@inline export function profRecord(p: i32): i32 {
  return prmI(PROF_TABLE + p);
}
/** Pointer to a packed array of the profession record (stock, weights, …). */
// @ts-ignore: decorator
@inline export function recordArray(rec: i32, field: i32): usize {
  return PARAMS + (<usize>prmI(rec + field) << 3);
}

/** Read the header of the block just written, lay out memory for it and fill the scratch
 *  that stays the same for every run. 0 = ok, 1 = another layout version, 2 = no memory. */
export function prepare(): i32 {
  if (prmI(HEADER_version) != LAYOUT_VERSION) return 1;
  P = prmI(HEADER_professions);
  H = prmI(HEADER_horizon);
  N = prmI(HEADER_nAges);
  MIN_AGE = prm(HEADER_minAge);
  BASE_YEAR = prm(HEADER_baseYear);
  K = prmI(HEADER_targetIndex);
  J0 = prmI(HEADER_intakeFromIndex);
  N_SUBST = prmI(HEADER_substitutions);
  N_SHOCKS = prmI(HEADER_shocks);
  N_INPUTS = prmI(HEADER_inputs);
  N_DISTS = prmI(HEADER_dists);
  DIST_TABLE = prmI(HEADER_distTable);
  PROF_TABLE = prmI(HEADER_professionTable);
  SUBST_TABLE = prmI(HEADER_substitutionTable);
  SHOCK_TABLE = prmI(HEADER_shockTable);
  POP_TOTAL = prmI(HEADER_populationTotal);
  INPUT_TABLE = prmI(HEADER_inputTable);
  MAX_L = prmI(HEADER_maxDuration);
  N_COSTS = prmI(HEADER_costs);
  if (!layOut(P, H, N, MAX_L, prmI(HEADER_seriesCount), N_INPUTS, N_COSTS)) return 2;
  for (let p = 0; p < P; p++) {
    put(profArray(p, oHazardMean), 0, NaN);
    const rec = profRecord(p);
    const stockF = recordArray(rec, PROF_stockF);
    const stockM = recordArray(rec, PROF_stockM);
    const fteF = recordArray(rec, PROF_fteF);
    const fteM = recordArray(rec, PROF_fteM);
    const stock = profArray(p, oStockFM);
    const fte = profArray(p, oFteFM);
    for (let i = 0; i < N; i++) {
      put(stock, 2 * i, at(stockF, i));
      put(stock, 2 * i + 1, at(stockM, i));
      put(fte, 2 * i, at(fteF, i));
      put(fte, 2 * i + 1, at(fteM, i));
    }
    const flags = profArray(p, oHasPolicy);
    for (let c = 0; c < 8; c++) put(flags, c, 0);
    const table = prmI(rec + PROF_policyTable);
    for (let i = 0; i < prmI(rec + PROF_policies); i++) put(flags, prmI(table + i * POLICY_SIZE + POLICY_param), 1);
  }
  return 0;
}

