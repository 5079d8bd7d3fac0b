// What a regional run draws and derives before it projects: the twin of
// model/regions/draws.ts (the regional dists' series, the policies applied by region, each
// year's effective rates, mobility and intake), and the header values the regional core
// reads once per scenario.
import {
  DIST_a, DIST_b, DIST_c, DIST_d, DIST_domain, DIST_kind, DIST_point, DIST_series, DIST_SIZE,
  DIST_slot, DIST_yearly, DOMAIN_probability, HEADER_baseYear, HEADER_horizon,
  HEADER_intakeFromIndex, HEADER_nAges, HEADER_professions, HEADER_substitutions,
  HEADER_substitutionTable, HEADER_targetIndex, PROF_attrition, PROF_completion,
  PROF_durationYears, PROF_emigration, PROF_entryRate, PROF_fteTrend, PROF_immigration,
  PROF_retirementMeanAge, POLICY_CODE_attrition, POLICY_CODE_completion, POLICY_CODE_emigration,
  POLICY_CODE_entryRate, POLICY_CODE_fte, POLICY_CODE_immigration, POLICY_CODE_intake,
  POLICY_CODE_retirementMeanAge, CLAMP_attrition, CLAMP_completion, CLAMP_emigration,
  CLAMP_entryRate, CLAMP_fte, CLAMP_immigration, CLAMP_intake, CLAMP_retirementMeanAge,
} from './shared';
import {
  MOBILITY_OUT_CODE, RHEADER_distTable, RHEADER_dists, RHEADER_inputs, RHEADER_inputTable,
  RHEADER_nationalDists, RHEADER_populationTable, RHEADER_professionTable, RHEADER_regions,
  RPOLICY_full, RPOLICY_param, RPOLICY_region, RPOLICY_relative, RPOLICY_SIZE, RPOLICY_start,
  RPOLICY_value, RPROF_intake, RPROF_mobility, RPROF_pipeline, RPROF_policies, RPROF_policyTable,
} from './regional-shared';
import { at, put, STREAM0, profArray, oComp, oEntry, oFteFactor, oImm, oRet } from './memory';
import { prm, prmI, profRecord } from './params';
import { clampDomain, ramp } from './engine';
import { streamReset } from './rng';
import { KIND_FIXED, sample } from './sample';
import {
  regArray, refSeries, regSeries, INTAKE_STRIDE, oRAtt, oREmi, oRFteMult, oRIntake, oRMob, oRStay,
} from './regions-memory';

// Header values, cached by readRegionalHeader() (prepareRegional in regions.ts).
export let P: i32 = 0;
export let H: i32 = 0;
export let N: i32 = 0;
export let K: i32 = 0;
export let J0: i32 = 0;
export let BASE_YEAR: f64 = 0;
export let N_SUBST: i32 = 0;
export let SUBST_TABLE: i32 = 0;
export let R: i32 = 0;
export let REG_DISTS: i32 = 0;
export let R_DIST_TABLE: i32 = 0;
export let R_PROF_TABLE: i32 = 0;
export let R_POP_TABLE: i32 = 0;
export let R_INPUTS: i32 = 0;
export let R_INPUT_TABLE: i32 = 0;

// @ts-ignore: decorator
@inline export function regionalRecord(p: i32): i32 {
  return prmI(R_PROF_TABLE + p);
}

/** Read the national header and the regional one (from `regional` on). Returns the
 *  national block's dist count: dist references below it are national. */
export function readRegionalHeader(regional: i32): i32 {
  P = prmI(HEADER_professions);
  H = prmI(HEADER_horizon);
  N = prmI(HEADER_nAges);
  K = prmI(HEADER_targetIndex);
  J0 = prmI(HEADER_intakeFromIndex);
  BASE_YEAR = prm(HEADER_baseYear);
  N_SUBST = prmI(HEADER_substitutions);
  SUBST_TABLE = prmI(HEADER_substitutionTable);
  R = prmI(regional + RHEADER_regions);
  REG_DISTS = prmI(regional + RHEADER_dists);
  R_DIST_TABLE = prmI(regional + RHEADER_distTable);
  R_PROF_TABLE = prmI(regional + RHEADER_professionTable);
  R_POP_TABLE = prmI(regional + RHEADER_populationTable);
  R_INPUTS = prmI(regional + RHEADER_inputs);
  R_INPUT_TABLE = prmI(regional + RHEADER_inputTable);
  return prmI(regional + RHEADER_nationalDists);
}

export function drawRegional(seed: u32, run: u32, deterministic: bool): void {
  const Y = H + 1;
  for (let d = 0; d < REG_DISTS; d++) {
    const base = R_DIST_TABLE + d * DIST_SIZE;
    const values = regSeries + ((<usize>prmI(base + DIST_series) * <usize>Y) << 3);
    const domain = prmI(base + DIST_domain);
    const kind = prmI(base + DIST_kind);
    if (deterministic || kind == KIND_FIXED) {
      const v = clampDomain(prm(base + DIST_point), domain);
      for (let k = 0; k < Y; k++) put(values, k, v);
      continue;
    }
    streamReset(STREAM0, seed, run, <u32>prm(base + DIST_slot));
    const a = prm(base + DIST_a);
    const b = prm(base + DIST_b);
    const c = prm(base + DIST_c);
    const dd = prm(base + DIST_d);
    const point = prm(base + DIST_point);
    if (prm(base + DIST_yearly) != 0) {
      for (let k = 0; k < Y; k++) {
        put(values, k, clampDomain(sample(kind, a, b, c, dd, point, STREAM0), domain));
      }
    } else {
      const v = clampDomain(sample(kind, a, b, c, dd, point, STREAM0), domain);
      for (let k = 0; k < Y; k++) put(values, k, v);
    }
  }
}

/** A parameter's value in year k in region r after the policies on it that act there
 *  (national ones and region r's own, in listed order), clamped. */
function withPolicies(rrec: i32, param: i32, domain: i32, base: f64, k: i32, r: i32): f64 {
  let v = base;
  const year = BASE_YEAR + <f64>k;
  const n = prmI(rrec + RPROF_policies);
  const table = prmI(rrec + RPROF_policyTable);
  for (let i = 0; i < n; i++) {
    const pol = table + i * RPOLICY_SIZE;
    if (prmI(pol + RPOLICY_param) != param) continue;
    const region = prmI(pol + RPOLICY_region);
    if (region != -1 && region != r) continue;
    const change = at(refSeries(prmI(pol + RPOLICY_value)), k) * ramp(year, prm(pol + RPOLICY_start), prm(pol + RPOLICY_full));
    v = prm(pol + RPOLICY_relative) != 0 ? v * (1 + change) : v + change;
  }
  return clampDomain(v, domain);
}

/** The year series of a national parameter of the profession record `rec`. */
// @ts-ignore: decorator
@inline function natSeries(rec: i32, field: i32): usize {
  return refSeries(prmI(rec + field));
}

export function effectiveParameters(p: i32): void {
  const rec = profRecord(p);
  const rrec = regionalRecord(p);
  const att = natSeries(rec, PROF_attrition);
  const emi = natSeries(rec, PROF_emigration);
  const ret = natSeries(rec, PROF_retirementMeanAge);
  const comp = natSeries(rec, PROF_completion);
  const entry = natSeries(rec, PROF_entryRate);
  const imm = natSeries(rec, PROF_immigration);
  const trend = natSeries(rec, PROF_fteTrend);
  const sRet = profArray(p, oRet);
  const sComp = profArray(p, oComp);
  const sEntry = profArray(p, oEntry);
  const sImm = profArray(p, oImm);
  const sFactor = profArray(p, oFteFactor);
  const sAtt = regArray(p, oRAtt);
  const sEmi = regArray(p, oREmi);
  const sMult = regArray(p, oRFteMult);
  const mob = regArray(p, oRMob);
  const stay = regArray(p, oRStay);
  const mobRefs = prmI(rrec + RPROF_mobility);
  for (let k = 0; k <= H; k++) {
    put(sRet, k, withPolicies(rrec, POLICY_CODE_retirementMeanAge, CLAMP_retirementMeanAge, at(ret, k), k, 0));
    put(sComp, k, withPolicies(rrec, POLICY_CODE_completion, CLAMP_completion, at(comp, k), k, 0));
    put(sEntry, k, withPolicies(rrec, POLICY_CODE_entryRate, CLAMP_entryRate, at(entry, k), k, 0));
    put(sImm, k, withPolicies(rrec, POLICY_CODE_immigration, CLAMP_immigration, at(imm, k), k, 0));
    put(sFactor, k, k == 0 ? 1 : at(sFactor, k - 1) * (1 + at(trend, k)));
    for (let r = 0; r < R; r++) {
      const o = r * (H + 1) + k;
      put(sAtt, o, withPolicies(rrec, POLICY_CODE_attrition, CLAMP_attrition, at(att, k), k, r));
      put(sEmi, o, withPolicies(rrec, POLICY_CODE_emigration, CLAMP_emigration, at(emi, k), k, r));
      put(sMult, o, withPolicies(rrec, POLICY_CODE_fte, CLAMP_fte, 1, k, r));
    }
    // Mobility: clamped to [0, 1] after policies; a region whose outflows then sum to
    // more than 1 sends everyone, in proportion.
    for (let f = 0; f < R; f++) {
      let sum: f64 = 0;
      const row = (k * R + f) * R;
      for (let t = 0; t < R; t++) {
        const d = prmI(mobRefs + f * R + t);
        const v = d >= 0 ? withPolicies(rrec, MOBILITY_OUT_CODE, DOMAIN_probability, at(refSeries(d), k), k, f) : 0;
        put(mob, row + t, v);
        sum += v;
      }
      if (sum > 1) {
        for (let t = 0; t < R; t++) put(mob, row + t, at(mob, row + t) / sum);
        sum = 1;
      }
      put(stay, k * R + f, 1 - sum);
    }
  }
  // Intake years j = 1−L .. H (as the national engine), per region.
  const L = prmI(rec + PROF_durationYears);
  const intakeRefs = prmI(rrec + RPROF_intake);
  const pipelines = prmI(rrec + RPROF_pipeline);
  const sIntake = regArray(p, oRIntake);
  for (let r = 0; r < R; r++) {
    const intake = refSeries(prmI(intakeRefs + r));
    const pipeline = prmI(pipelines + r);
    for (let j = 1 - L; j <= H; j++) {
      let v: f64;
      if (j <= 0) v = pipeline >= 0 ? prm(pipeline - j) : at(intake, 0);
      else v = withPolicies(rrec, POLICY_CODE_intake, CLAMP_intake, at(intake, j), j, r);
      put(sIntake, r * INTAKE_STRIDE + j + L - 1, v);
    }
  }
}
