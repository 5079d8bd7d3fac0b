// One Monte Carlo run of MODEL.md §2 (with §2b): the twin of model/projection/project.ts,
// reading the packed parameter block (model/packed/layout.ts, its constants generated into
// ./shared.ts with the catalog's codes) and writing raw per-run outputs.
// Everything lives in linear memory laid out once per scenario; a run allocates nothing.
import {
  DIST_a, DIST_b, DIST_c, DIST_d, DIST_domain, DIST_kind, DIST_point, DIST_series, DIST_SIZE,
  DIST_slot, DIST_yearly, HEADER_distTable, HEADER_horizon, HEADER_inputs, HEADER_inputTable,
  HEADER_intakeFromIndex, HEADER_maxDuration, HEADER_minAge, HEADER_nAges, HEADER_populationTotal,
  HEADER_professions, HEADER_professionTable, HEADER_seriesCount, HEADER_shocks, HEADER_shockTable,
  HEADER_substitutions, HEADER_substitutionTable, HEADER_targetIndex, HEADER_version, HEADER_baseYear,
  HEADER_dists, LAYOUT_VERSION, POLICY_full, POLICY_param, POLICY_relative, POLICY_SIZE,
  POLICY_start, POLICY_value, PROF_attrition, PROF_baseFte, PROF_completion, PROF_durationYears,
  PROF_emigration, PROF_entryRate, PROF_fteF, PROF_fteM, PROF_fteTrend, PROF_immigrantFemaleShare,
  PROF_immigrantWeights, PROF_immigration, PROF_intake, PROF_pipeline, PROF_policies,
  PROF_policyTable, PROF_ratioMethod, PROF_ratioYears, PROF_retirementMeanAge, PROF_retirementSd,
  PROF_stockF, PROF_stockM, PROF_targetPer1000, PROF_trainedFemaleShare, PROF_trainedWeights,
  PROF_trend0, PROF_unmet, PROF_utilisationIndex, SHOCK_demandIncrease, SHOCK_duration,
  SHOCK_extraExit, SHOCK_occurrenceSlot, SHOCK_probability, SHOCK_SIZE, SUBSTITUTION_from,
  SUBSTITUTION_full, SUBSTITUTION_ratio, SUBSTITUTION_share, SUBSTITUTION_SIZE, SUBSTITUTION_start,
  SUBSTITUTION_to, DOMAIN_probability, DOMAIN_count, DOMAIN_rate, HAZARD_HIGH, HAZARD_LOW,
  POLICY_CODE_attrition, POLICY_CODE_completion, POLICY_CODE_emigration, POLICY_CODE_entryRate,
  POLICY_CODE_fte, POLICY_CODE_immigration, POLICY_CODE_intake, POLICY_CODE_retirementMeanAge,
  CLAMP_attrition, CLAMP_completion, CLAMP_emigration, CLAMP_entryRate, CLAMP_fte,
  CLAMP_immigration, CLAMP_intake, CLAMP_retirementMeanAge,
} from './shared';
import { normalCdf } from './math';
import { nextDouble, streamReset } from './rng';
import { KIND_FIXED, sample } from './sample';
import { costs } from './costs';


import {
  at, put, PARAMS, STREAM0, STREAM1, STREAM2, layOut, profArray, seriesPtr, lower, upper, sFM, lamFM,
  oAtt, oEmi, oRet, oComp, oEntry, oImm, oFteMult, oFteFactor, oShockMult, oShockSurv, oDemand, oFte,
  oIntake, oQ, oHazard, oHazardMean, oStockFM, oFteFM, oHasPolicy, outAgeRuns,
  headcountPtr, ftePtr, demandPtr, requiredIntakePtr, inputsPtr, ageStockPtr,
} from './memory';

import {
  P, H, N, MIN_AGE, BASE_YEAR, K, J0, N_SUBST, N_SHOCKS, N_INPUTS, N_DISTS, DIST_TABLE, PROF_TABLE,
  SUBST_TABLE, SHOCK_TABLE, POP_TOTAL, INPUT_TABLE, N_COSTS, prm, prmI, distField, series, profRecord,
  recordArray,
} from './params';

// ---- one run ---------------------------------------------------------------------------

export function clampDomain(x: f64, domain: i32): f64 {
  if (domain == DOMAIN_probability) return x < 0 ? 0 : x > 1 ? 1 : x;
  if (domain == DOMAIN_count) return x < 0 ? 0 : x;
  if (domain == DOMAIN_rate) return x < -1 ? -1 : x;
  return x;
}

export function ramp(y: f64, start: f64, full: f64): f64 {
  if (y < start) return 0;
  if (y >= full) return 1;
  return (y - start) / (full - start);
}

function drawDist(d: i32, s: usize): f64 {
  const base = DIST_TABLE + d * DIST_SIZE;
  return sample(prmI(base + DIST_kind), prm(base + DIST_a), prm(base + DIST_b), prm(base + DIST_c),
    prm(base + DIST_d), prm(base + DIST_point), s);
}

export function drawAll(seed: u32, run: u32, deterministic: bool): void {
  const Y = H + 1;
  for (let d = 0; d < N_DISTS; d++) {
    const seriesIndex = <i32>distField(d, DIST_series);
    if (seriesIndex < 0) continue;
    const values = series(d);
    const domain = <i32>distField(d, DIST_domain);
    if (deterministic || <i32>distField(d, DIST_kind) == KIND_FIXED) {
      const v = clampDomain(distField(d, DIST_point), domain);
      for (let k = 0; k < Y; k++) put(values, k, v);
      continue;
    }
    streamReset(STREAM0, seed, run, <u32>distField(d, DIST_slot));
    if (distField(d, DIST_yearly) != 0) {
      for (let k = 0; k < Y; k++) put(values, k, clampDomain(drawDist(d, STREAM0), domain));
    } else {
      const v = clampDomain(drawDist(d, STREAM0), domain);
      for (let k = 0; k < Y; k++) put(values, k, v);
    }
  }
}

export function drawShocks(seed: u32, run: u32, deterministic: bool): void {
  for (let p = 0; p < P; p++) {
    const mult = profArray(p, oShockMult);
    const surv = profArray(p, oShockSurv);
    for (let k = 0; k <= H; k++) {
      put(mult, k, 1);
      put(surv, k, 1);
    }
  }
  if (deterministic) return;
  for (let r = 0; r < N_SHOCKS; r++) {
    const rec = SHOCK_TABLE + r * (SHOCK_SIZE + P);
    const probability = prm(rec + SHOCK_probability);
    const duration = prmI(rec + SHOCK_duration);
    const inc = prmI(rec + SHOCK_demandIncrease);
    const ext = prmI(rec + SHOCK_extraExit);
    streamReset(STREAM0, seed, run, <u32>prm(rec + SHOCK_occurrenceSlot));
    streamReset(STREAM1, seed, run, <u32>distField(inc, DIST_slot));
    streamReset(STREAM2, seed, run, <u32>distField(ext, DIST_slot));
    for (let k = 1; k <= H; k++) {
      if (!(nextDouble(STREAM0) < probability)) continue;
      const di = clampDomain(drawDist(inc, STREAM1), DOMAIN_rate);
      const x = clampDomain(drawDist(ext, STREAM2), DOMAIN_probability);
      for (let p = 0; p < P; p++) {
        if (prm(rec + SHOCK_SIZE + p) == 0) continue;
        const mult = profArray(p, oShockMult);
        for (let t = k; t <= H && t < k + duration; t++) put(mult, t, at(mult, t) * (1 + di));
        const surv = profArray(p, oShockSurv);
        put(surv, k, at(surv, k) * (1 - x));
      }
    }
  }
}

function withPolicies(p: i32, rec: i32, param: i32, base: f64, k: i32, domain: i32): f64 {
  if (at(profArray(p, oHasPolicy), param) == 0) return clampDomain(base, domain);
  let v = base;
  const year = BASE_YEAR + <f64>k;
  const n = prmI(rec + PROF_policies);
  const table = prmI(rec + PROF_policyTable);
  for (let i = 0; i < n; i++) {
    const pol = table + i * POLICY_SIZE;
    if (prmI(pol + POLICY_param) != param) continue;
    const change = at(series(prmI(pol + POLICY_value)), k) * ramp(year, prm(pol + POLICY_start), prm(pol + POLICY_full));
    v = prm(pol + POLICY_relative) != 0 ? v * (1 + change) : v + change;
  }
  return clampDomain(v, domain);
}

function effectiveParameters(p: i32): void {
  const rec = profRecord(p);
  const att = series(prmI(rec + PROF_attrition));
  const emi = series(prmI(rec + PROF_emigration));
  const ret = series(prmI(rec + PROF_retirementMeanAge));
  const comp = series(prmI(rec + PROF_completion));
  const entry = series(prmI(rec + PROF_entryRate));
  const imm = series(prmI(rec + PROF_immigration));
  const intake = series(prmI(rec + PROF_intake));
  const trend = series(prmI(rec + PROF_fteTrend));
  const sAtt = profArray(p, oAtt);
  const sEmi = profArray(p, oEmi);
  const sRet = profArray(p, oRet);
  const sComp = profArray(p, oComp);
  const sEntry = profArray(p, oEntry);
  const sImm = profArray(p, oImm);
  const sFteMult = profArray(p, oFteMult);
  const sFteFactor = profArray(p, oFteFactor);
  for (let k = 0; k <= H; k++) {
    put(sAtt, k, withPolicies(p, rec, POLICY_CODE_attrition, at(att, k), k, CLAMP_attrition));
    put(sEmi, k, withPolicies(p, rec, POLICY_CODE_emigration, at(emi, k), k, CLAMP_emigration));
    put(sRet, k, withPolicies(p, rec, POLICY_CODE_retirementMeanAge, at(ret, k), k, CLAMP_retirementMeanAge));
    put(sComp, k, withPolicies(p, rec, POLICY_CODE_completion, at(comp, k), k, CLAMP_completion));
    put(sEntry, k, withPolicies(p, rec, POLICY_CODE_entryRate, at(entry, k), k, CLAMP_entryRate));
    put(sImm, k, withPolicies(p, rec, POLICY_CODE_immigration, at(imm, k), k, CLAMP_immigration));
    put(sFteMult, k, withPolicies(p, rec, POLICY_CODE_fte, 1, k, CLAMP_fte));
    put(sFteFactor, k, k == 0 ? 1 : at(sFteFactor, k - 1) * (1 + at(trend, k)));
  }
  const L = prmI(rec + PROF_durationYears);
  const sIntake = profArray(p, oIntake);
  const pipeline = prmI(rec + PROF_pipeline);
  for (let j = 1 - L; j <= H; j++) {
    let v: f64;
    if (j <= 0) v = pipeline >= 0 ? prm(pipeline - j) : at(intake, 0);
    else v = withPolicies(p, rec, POLICY_CODE_intake, at(intake, j), j, CLAMP_intake);
    put(sIntake, j + L - 1, v);
  }
}

export function hazardFor(p: i32, mu: f64): usize {
  const hz = profArray(p, oHazard);
  const cached = profArray(p, oHazardMean);
  if (at(cached, 0) == mu) return hz;
  const sd = prm(profRecord(p) + PROF_retirementSd);
  for (let i = 0; i <= N; i++) {
    const z = (MIN_AGE + <f64>i - mu) / sd;
    if (z < HAZARD_LOW) {
      put(lower, i, 0);
      put(upper, i, 1);
    } else if (z > HAZARD_HIGH) {
      put(lower, i, 1);
      put(upper, i, 0);
    } else if (z >= 0) {
      const u = normalCdf(-z);
      put(upper, i, u);
      put(lower, i, 1 - u);
    } else {
      const l = normalCdf(z);
      put(lower, i, l);
      put(upper, i, 1 - l);
    }
  }
  for (let i = 0; i < N; i++) {
    const survival = at(upper, i);
    const leaving = MIN_AGE + <f64>i - mu >= 0 ? at(upper, i) - at(upper, i + 1) : at(lower, i + 1) - at(lower, i);
    put(hz, i, survival < 1e-12 ? 1 : leaving / survival);
  }
  put(cached, 0, mu);
  return hz;
}

let overridePtr: usize = 0; // per profession intake override (NaN = none), 0 = no override

// @ts-ignore: decorator
@inline export function intakeOf(p: i32, L: i32, j: i32): f64 {
  if (overridePtr != 0) {
    const x = at(overridePtr, p);
    if (x == x && j >= J0) return x;
  }
  return at(profArray(p, oIntake), j + L - 1);
}

// Women and men side by side: one f64x2 per age. Each lane does exactly the reference's
// arithmetic, and the sums over ages add the two lanes first, as the reference does.
function projectSupply(p: i32, row: i32): void {
  const rec = profRecord(p);
  const L = prmI(rec + PROF_durationYears);
  const wT = recordArray(rec, PROF_trainedWeights);
  const wM = recordArray(rec, PROF_immigrantWeights);
  const tShare = prm(rec + PROF_trainedFemaleShare);
  const mShare = prm(rec + PROF_immigrantFemaleShare);
  const sAtt = profArray(p, oAtt);
  const sEmi = profArray(p, oEmi);
  const sRet = profArray(p, oRet);
  const sComp = profArray(p, oComp);
  const sEntry = profArray(p, oEntry);
  const sImm = profArray(p, oImm);
  const sSurv = profArray(p, oShockSurv);
  const sFte = profArray(p, oFte);
  const sFteMult = profArray(p, oFteMult);
  const sFteFactor = profArray(p, oFteFactor);
  const fteFM = profArray(p, oFteFM);
  const q = profArray(p, oQ);
  memory.copy(sFM, profArray(p, oStockFM), <usize>(2 * N) << 3);
  const base = row * P * (H + 1) + p * (H + 1);
  const hcOut = headcountPtr();
  const fteOut = ftePtr();
  const zero = f64x2.splat(0);
  for (let k = 0; k <= H; k++) {
    let heads: f64 = 0;
    let fte: f64 = 0;
    if (k > 0) {
      const r = hazardFor(p, at(sRet, k - 1));
      const keep = (1 - at(sAtt, k - 1)) * (1 - at(sEmi, k - 1)) * at(sSurv, k - 1);
      const qRow = q + ((<usize>((k - 1) * N)) << 3);
      // Age by one year, oldest first; everyone at the top age leaves.
      put(qRow, N - 1, 1 - (1 - at(r, N - 1)) * keep);
      for (let i = N - 2; i >= 0; i--) {
        const qi = 1 - (1 - at(r, i)) * keep;
        put(qRow, i, qi);
        const at16 = sFM + (<usize>i << 4);
        v128.store(at16 + 16, f64x2.mul(v128.load(at16), f64x2.splat(1 - qi)));
      }
      v128.store(sFM, zero);
      const grads = at(sComp, k) * at(sEntry, k) * intakeOf(p, L, k - L);
      const gF = grads * tShare;
      const gM = grads - gF;
      const iF = at(sImm, k) * mShare;
      const iM = at(sImm, k) - iF;
      const g = f64x2.replace_lane(f64x2.splat(gF), 1, gM);
      const im = f64x2.replace_lane(f64x2.splat(iF), 1, iM);
      // Entrants at the start of year k, and the year's totals, youngest first.
      for (let i = 0; i < N; i++) {
        const at16 = sFM + (<usize>i << 4);
        const add = f64x2.add(f64x2.mul(g, f64x2.splat(at(wT, i))), f64x2.mul(im, f64x2.splat(at(wM, i))));
        const v = f64x2.add(v128.load(at16), add);
        v128.store(at16, v);
        heads += f64x2.extract_lane(v, 0) + f64x2.extract_lane(v, 1);
        const e = f64x2.mul(v, v128.load(fteFM + (<usize>i << 4)));
        fte += f64x2.extract_lane(e, 0) + f64x2.extract_lane(e, 1);
      }
    } else {
      for (let i = 0; i < N; i++) {
        const v = v128.load(sFM + (<usize>i << 4));
        heads += f64x2.extract_lane(v, 0) + f64x2.extract_lane(v, 1);
        const e = f64x2.mul(v, v128.load(fteFM + (<usize>i << 4)));
        fte += f64x2.extract_lane(e, 0) + f64x2.extract_lane(e, 1);
      }
    }
    if (k == K && row < outAgeRuns) {
      const ages = ageStockPtr();
      const ageAt = (row * P + p) * 2 * N;
      for (let i = 0; i < N; i++) {
        const v = v128.load(sFM + (<usize>i << 4));
        put(ages, ageAt + i, f64x2.extract_lane(v, 0));
        put(ages, ageAt + N + i, f64x2.extract_lane(v, 1));
      }
    }
    const total = fte * at(sFteMult, k) * at(sFteFactor, k);
    put(sFte, k, total);
    put(hcOut, base + k, heads);
    put(fteOut, base + k, total);
  }
}

function ownDemand(p: i32): void {
  const rec = profRecord(p);
  const sFte = profArray(p, oFte);
  const sDemand = profArray(p, oDemand);
  const sMult = profArray(p, oShockMult);
  const baseFte = prmI(rec + PROF_baseFte);
  const base = baseFte >= 0 ? at(series(baseFte), 0) : at(sFte, 0);
  const d0 = base * (1 + at(series(prmI(rec + PROF_unmet)), 0));
  if (prm(rec + PROF_ratioMethod) != 0) {
    const pop = PARAMS + (<usize>POP_TOTAL << 3);
    const pop0 = at(pop, 0);
    const rho0 = pop0 > 0 ? (d0 / pop0) * 1000 : 0;
    const target = at(series(prmI(rec + PROF_targetPer1000)), 0);
    const years = prm(rec + PROF_ratioYears);
    for (let k = 0; k <= H; k++) {
      const rho = <f64>k >= years ? target : rho0 + ((target - rho0) * <f64>k) / years;
      put(sDemand, k, ((rho * at(pop, k)) / 1000) * at(sMult, k));
    }
    return;
  }
  const util = recordArray(rec, PROF_utilisationIndex);
  let trend: f64 = 1;
  for (let k = 0; k <= H; k++) {
    if (k > 0) {
      for (let t = 0; t < 4; t++) {
        const d = prmI(rec + PROF_trend0 + t);
        if (d >= 0) trend *= 1 + at(series(d), k);
      }
    }
    put(sDemand, k, d0 * at(util, k) * trend * at(sMult, k));
  }
}

function requiredIntake(p: i32): f64 {
  const rec = profRecord(p);
  const L = prmI(rec + PROF_durationYears);
  if (J0 + L > K) return NaN;
  const fteFM = profArray(p, oFteFM);
  const w = recordArray(rec, PROF_trainedWeights);
  const fShare = prm(rec + PROF_trainedFemaleShare);
  const shares = f64x2.replace_lane(f64x2.splat(fShare), 1, 1 - fShare);
  const sComp = profArray(p, oComp);
  const sEntry = profArray(p, oEntry);
  const q = profArray(p, oQ);
  const scale = f64x2.splat(at(profArray(p, oFteMult), K) * at(profArray(p, oFteFactor), K));
  for (let i = 0; i < N; i++) {
    const o = <usize>i << 4;
    v128.store(lamFM + o, f64x2.mul(v128.load(fteFM + o), scale));
  }
  let B: f64 = 0;
  let fromIntake: f64 = 0;
  for (let k = K; k >= J0 + L; k--) {
    let perGraduate: f64 = 0;
    for (let i = 0; i < N; i++) {
      const v = f64x2.mul(shares, v128.load(lamFM + (<usize>i << 4)));
      perGraduate += at(w, i) * (f64x2.extract_lane(v, 0) + f64x2.extract_lane(v, 1));
    }
    const perStudent = at(sComp, k) * at(sEntry, k) * perGraduate;
    B += perStudent;
    fromIntake += perStudent * intakeOf(p, L, k - L);
    // Step λ back one year (youngest first: λ(i) reads λ(i+1) before it changes).
    const qRow = q + ((<usize>((k - 1) * N)) << 3);
    for (let i = 0; i < N - 1; i++) {
      const o = <usize>i << 4;
      v128.store(lamFM + o, f64x2.mul(f64x2.splat(1 - at(qRow, i)), v128.load(lamFM + o + 16)));
    }
    v128.store(lamFM + (<usize>(N - 1) << 4), f64x2.splat(0));
  }
  if (!(B > 0)) return NaN;
  const A = at(profArray(p, oFte), K) - fromIntake;
  return (at(profArray(p, oDemand), K) - A) / B;
}

function runOne(seed: u32, run: u32, row: i32, deterministic: bool): void {
  drawAll(seed, run, deterministic);
  const inputs = inputsPtr();
  for (let i = 0; i < N_INPUTS; i++) put(inputs, row * N_INPUTS + i, at(series(prmI(INPUT_TABLE + i)), 0));
  drawShocks(seed, run, deterministic);
  for (let p = 0; p < P; p++) {
    effectiveParameters(p);
    projectSupply(p, row);
    ownDemand(p);
    if (N_COSTS > 0) costs(p, row);
  }
  for (let r = 0; r < N_SUBST; r++) {
    const rec = SUBST_TABLE + r * SUBSTITUTION_SIZE;
    const share = series(prmI(rec + SUBSTITUTION_share));
    const from = profArray(prmI(rec + SUBSTITUTION_from), oDemand);
    const to = profArray(prmI(rec + SUBSTITUTION_to), oDemand);
    const ratio = prm(rec + SUBSTITUTION_ratio);
    const start = prm(rec + SUBSTITUTION_start);
    const full = prm(rec + SUBSTITUTION_full);
    for (let k = 0; k <= H; k++) {
      const moved = at(from, k) * at(share, k) * ramp(BASE_YEAR + <f64>k, start, full);
      put(from, k, at(from, k) - moved);
      put(to, k, at(to, k) + moved * ratio);
    }
  }
  const demandOut = demandPtr();
  const required = requiredIntakePtr();
  for (let p = 0; p < P; p++) {
    const sDemand = profArray(p, oDemand);
    const base = row * P * (H + 1) + p * (H + 1);
    for (let k = 0; k <= H; k++) put(demandOut, base + k, at(sDemand, k));
    put(required, row * P + p, requiredIntake(p));
  }
}

/** Runs start .. start+count−1 into the output rows 0 .. count−1 (reserveOutputs(count) first).
 *  `overrides` points to P intake overrides (NaN = none), or is 0. */
export function runChunk(seed: u32, start: i32, count: i32, deterministic: i32, overrides: usize): void {
  overridePtr = overrides;
  for (let r = 0; r < count; r++) runOne(seed, <u32>(start + r), r, deterministic != 0);
}
