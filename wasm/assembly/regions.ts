// One Monte Carlo run of the regional model (MODEL.md §6): the twin of
// model/regions/project.ts. The packed block is the national block of the model's national
// parameters followed by the regional part (model/packed/regional-layout.ts); the national
// prepare() and draws serve the national parameters, region 0's intake and baseFte, the
// shocks and the retirement hazard, regions-draws.ts adds what is regional.
// Runs write the flat block of P·(R + 1) professions (model/regions/flat.ts): group 0 the
// national sums, group 1 + r region r; the costs (regions-costs.ts) when the scenario has them.
import {
  DIST_series, DIST_SIZE, HEADER_distTable, HEADER_maxDuration, PROF_durationYears,
  PROF_immigrantFemaleShare, PROF_immigrantWeights, PROF_ratioMethod, PROF_ratioYears,
  PROF_targetPer1000, PROF_trainedFemaleShare, PROF_trainedWeights, PROF_trend0, PROF_unmet,
  SUBSTITUTION_from, SUBSTITUTION_full, SUBSTITUTION_ratio, SUBSTITUTION_share, SUBSTITUTION_SIZE,
  SUBSTITUTION_start, SUBSTITUTION_to,
} from './shared';
import {
  REGIONAL_LAYOUT_VERSION, RHEADER_version, RPROF_baseFte, RPROF_destinations,
  RPROF_immigrationShares, RPROF_stockF, RPROF_stockM, RPROF_utilisationIndex,
} from './regional-shared';
import {
  at, put, PARAMS, seriesPtr, profArray, oComp, oEntry, oFteFactor, oFteFM, oImm, oRet,
  oShockMult, oShockSurv, outAgeRuns, headcountPtr, ftePtr, demandPtr, requiredIntakePtr,
  inputsPtr, ageStockPtr,
} from './memory';
import { N_COSTS, prepare, prm, prmI, profRecord, recordArray } from './params';
import { ramp, drawAll, drawShocks, hazardFor } from './engine';
import {
  regArray, refSeries, refPtr, regSeries, layOutRegions, stockFM, exitFM, oRFteMult, oRFte,
  oRDemand, oRMob, oRStay, oRQ, oRStockFM, oRAtt, oREmi,
} from './regions-memory';
import {
  P, H, N, K, J0, BASE_YEAR, N_SUBST, SUBST_TABLE, R, REG_DISTS, R_DIST_TABLE, R_POP_TABLE,
  R_INPUTS, R_INPUT_TABLE, readRegionalHeader, regionalRecord, drawRegional, effectiveParameters,
} from './regions-draws';
import { intakeOf, requiredIntake, setIntakeOverrides } from './regions-intake';
import { regionalCosts } from './regions-costs';

/** Read the block just written (its regional part from `regional` on), lay out memory for
 *  it and fill what stays the same for every run. 0 = ok, 1 = another layout version,
 *  2 = no memory. */
export function prepareRegional(regional: i32): i32 {
  const status = prepare();
  if (status != 0) return status;
  if (prmI(regional + RHEADER_version) != REGIONAL_LAYOUT_VERSION) return 1;
  const natDists = readRegionalHeader(regional);
  const maxL = prmI(HEADER_maxDuration);
  if (!layOutRegions(P, R, H, N, maxL, REG_DISTS, natDists + REG_DISTS, R_INPUTS, N_COSTS)) return 2;
  const Y = <usize>(H + 1);
  const natTable = prmI(HEADER_distTable);
  for (let d = 0; d < natDists; d++) {
    const s = prmI(natTable + d * DIST_SIZE + DIST_series);
    store<u32>(refPtr + (<usize>d << 2), s >= 0 ? <u32>(seriesPtr + ((<usize>s * Y) << 3)) : 0);
  }
  for (let d = 0; d < REG_DISTS; d++) {
    const s = prmI(R_DIST_TABLE + d * DIST_SIZE + DIST_series);
    store<u32>(refPtr + (<usize>(natDists + d) << 2), <u32>(regSeries + ((<usize>s * Y) << 3)));
  }
  for (let p = 0; p < P; p++) {
    const rrec = regionalRecord(p);
    const f = recordArray(rrec, RPROF_stockF);
    const m = recordArray(rrec, RPROF_stockM);
    const stock = regArray(p, oRStockFM);
    for (let i = 0; i < R * N; i++) {
      put(stock, 2 * i, at(f, i));
      put(stock, 2 * i + 1, at(m, i));
    }
  }
  return 0;
}

// ---- one run (model/regions/project.ts) ------------------------------------------------

// @ts-ignore: decorator
@inline function cell(row: i32, g: i32, p: i32): i32 {
  return (row * (R + 1) + g) * P + p;
}

// The stock of every region by age, women and men side by side: one f64x2 per region and
// age. Each lane does exactly the reference's arithmetic, in its order.
function projectSupply(p: i32, row: i32): void {
  const rec = profRecord(p);
  const rrec = regionalRecord(p);
  const L = prmI(rec + PROF_durationYears);
  const wT = recordArray(rec, PROF_trainedWeights);
  const wM = recordArray(rec, PROF_immigrantWeights);
  const tShare = prm(rec + PROF_trainedFemaleShare);
  const mShare = prm(rec + PROF_immigrantFemaleShare);
  const dest = prmI(rrec + RPROF_destinations);
  const immShares = prmI(rrec + RPROF_immigrationShares);
  const sRet = profArray(p, oRet);
  const sComp = profArray(p, oComp);
  const sEntry = profArray(p, oEntry);
  const sImm = profArray(p, oImm);
  const sSurv = profArray(p, oShockSurv);
  const sFactor = profArray(p, oFteFactor);
  const fteFM = profArray(p, oFteFM);
  const sAtt = regArray(p, oRAtt);
  const sEmi = regArray(p, oREmi);
  const sMult = regArray(p, oRFteMult);
  const sFte = regArray(p, oRFte);
  const mob = regArray(p, oRMob);
  const stayAt = regArray(p, oRStay);
  const q = regArray(p, oRQ);
  memory.copy(stockFM, regArray(p, oRStockFM), <usize>(2 * R * N) << 3);
  const hcOut = headcountPtr();
  const fteOut = ftePtr();
  const zero = f64x2.splat(0);
  for (let k = 0; k <= H; k++) {
    if (k > 0) {
      // 1. Exits with year k−1's parameters (the region's own where a policy says so).
      const haz = hazardFor(p, at(sRet, k - 1));
      for (let r = 0; r < R; r++) {
        const o = r * (H + 1) + k - 1;
        const keep = (1 - at(sAtt, o)) * (1 - at(sEmi, o)) * at(sSurv, k - 1);
        const qRow = q + (<usize>((r * H + k - 1) * N) << 3);
        const s = stockFM + (<usize>(r * N) << 4);
        const x = exitFM + (<usize>(r * N) << 4);
        for (let i = 0; i < N; i++) {
          const qi = 1 - (1 - at(haz, i)) * keep;
          put(qRow, i, qi);
          const o16 = <usize>i << 4;
          v128.store(x + o16, f64x2.mul(v128.load(s + o16), f64x2.splat(1 - qi)));
        }
      }
      // 2. Moves between regions (year k−1's probabilities); 3. ageing by one year. Each
      // age adds the stayers first, then the arrivals region by region, as the reference.
      const mo = (k - 1) * R * R;
      for (let r = 0; r < R; r++) {
        const stay = f64x2.splat(at(stayAt, (k - 1) * R + r));
        const s = stockFM + (<usize>(r * N) << 4);
        const x = exitFM + (<usize>(r * N) << 4);
        for (let i = 0; i < N - 1; i++) {
          const o16 = <usize>i << 4;
          v128.store(s + o16 + 16, f64x2.mul(v128.load(x + o16), stay));
        }
        for (let t = 0; t < R; t++) {
          if (t == r) continue;
          const mt = f64x2.splat(at(mob, mo + t * R + r));
          const from = exitFM + (<usize>(t * N) << 4);
          for (let i = 0; i < N - 1; i++) {
            const o16 = <usize>i << 4;
            v128.store(s + o16 + 16, f64x2.add(v128.load(s + o16 + 16), f64x2.mul(v128.load(from + o16), mt)));
          }
        }
        v128.store(s, zero);
      }
      // 4. Entrants at the start of year k.
      const ce = at(sComp, k) * at(sEntry, k);
      for (let r = 0; r < R; r++) {
        let students: f64 = 0;
        for (let t = 0; t < R; t++) students += intakeOf(p, t, L, k - L) * prm(dest + t * R + r);
        const gr = ce * students;
        const gF = gr * tShare;
        const im = at(sImm, k) * prm(immShares + r);
        const iF = im * mShare;
        const g = f64x2.replace_lane(f64x2.splat(gF), 1, gr - gF);
        const imm = f64x2.replace_lane(f64x2.splat(iF), 1, im - iF);
        const s = stockFM + (<usize>(r * N) << 4);
        for (let i = 0; i < N; i++) {
          const o16 = <usize>i << 4;
          const add = f64x2.add(f64x2.mul(g, f64x2.splat(at(wT, i))), f64x2.mul(imm, f64x2.splat(at(wM, i))));
          v128.store(s + o16, f64x2.add(v128.load(s + o16), add));
        }
      }
    }
    for (let r = 0; r < R; r++) {
      const s = stockFM + (<usize>(r * N) << 4);
      let heads: f64 = 0;
      let fte: f64 = 0;
      for (let i = 0; i < N; i++) {
        const o16 = <usize>i << 4;
        const v = v128.load(s + o16);
        heads += f64x2.extract_lane(v, 0) + f64x2.extract_lane(v, 1);
        const e = f64x2.mul(v, v128.load(fteFM + o16));
        fte += f64x2.extract_lane(e, 0) + f64x2.extract_lane(e, 1);
      }
      const c = cell(row, 1 + r, p);
      if (k == K && row < outAgeRuns) {
        const ages = ageStockPtr();
        const ageAt = c * 2 * N;
        for (let i = 0; i < N; i++) {
          const v = v128.load(s + (<usize>i << 4));
          put(ages, ageAt + i, f64x2.extract_lane(v, 0));
          put(ages, ageAt + N + i, f64x2.extract_lane(v, 1));
        }
      }
      const o = r * (H + 1) + k;
      const total = fte * at(sMult, o) * at(sFactor, k);
      put(sFte, o, total);
      put(hcOut, c * (H + 1) + k, heads);
      put(fteOut, c * (H + 1) + k, total);
    }
  }
}

/** Demand of region r: the region's population and baseFte, the national once-per-run
 *  draws and shocks. */
function ownDemand(p: i32, r: i32): void {
  const rec = profRecord(p);
  const rrec = regionalRecord(p);
  const sMult = profArray(p, oShockMult);
  const o = r * (H + 1);
  const fte = regArray(p, oRFte) + (<usize>o << 3);
  const demand = regArray(p, oRDemand) + (<usize>o << 3);
  const bf = prmI(prmI(rrec + RPROF_baseFte) + r);
  const base = bf >= 0 ? at(refSeries(bf), 0) : at(fte, 0);
  const d0 = base * (1 + at(refSeries(prmI(rec + PROF_unmet)), 0));
  if (prm(rec + PROF_ratioMethod) != 0) {
    const pop = PARAMS + (<usize>prmI(R_POP_TABLE + r) << 3);
    const pop0 = at(pop, 0);
    const rho0 = pop0 > 0 ? (d0 / pop0) * 1000 : 0;
    const target = at(refSeries(prmI(rec + PROF_targetPer1000)), 0);
    const years = prm(rec + PROF_ratioYears);
    for (let k = 0; k <= H; k++) {
      const rho = <f64>k >= years ? target : rho0 + ((target - rho0) * <f64>k) / years;
      put(demand, k, ((rho * at(pop, k)) / 1000) * at(sMult, k));
    }
    return;
  }
  const util = recordArray(rrec, RPROF_utilisationIndex) + (<usize>o << 3);
  let trend: f64 = 1;
  for (let k = 0; k <= H; k++) {
    if (k > 0) {
      for (let t = 0; t < 4; t++) {
        const d = prmI(rec + PROF_trend0 + t);
        if (d >= 0) trend *= 1 + at(refSeries(d), k);
      }
    }
    put(demand, k, d0 * at(util, k) * trend * at(sMult, k));
  }
}

function runOne(seed: u32, run: u32, row: i32, deterministic: bool): void {
  drawAll(seed, run, deterministic);
  drawRegional(seed, run, deterministic);
  const inputs = inputsPtr();
  for (let i = 0; i < R_INPUTS; i++) put(inputs, row * R_INPUTS + i, at(refSeries(prmI(R_INPUT_TABLE + i)), 0));
  drawShocks(seed, run, deterministic);
  for (let p = 0; p < P; p++) {
    effectiveParameters(p);
    projectSupply(p, row);
    for (let r = 0; r < R; r++) ownDemand(p, r);
    if (N_COSTS > 0) regionalCosts(p, row);
  }
  // Task shifting within each region, in listed order.
  for (let s = 0; s < N_SUBST; s++) {
    const rec = SUBST_TABLE + s * SUBSTITUTION_SIZE;
    const share = refSeries(prmI(rec + SUBSTITUTION_share));
    const from = regArray(prmI(rec + SUBSTITUTION_from), oRDemand);
    const to = regArray(prmI(rec + SUBSTITUTION_to), oRDemand);
    const ratio = prm(rec + SUBSTITUTION_ratio);
    const start = prm(rec + SUBSTITUTION_start);
    const full = prm(rec + SUBSTITUTION_full);
    for (let r = 0; r < R; r++) {
      const o = r * (H + 1);
      for (let k = 0; k <= H; k++) {
        const moved = at(from, o + k) * at(share, k) * ramp(BASE_YEAR + <f64>k, start, full);
        put(from, o + k, at(from, o + k) - moved);
        put(to, o + k, at(to, o + k) + moved * ratio);
      }
    }
  }
  // Per region, then national sums (within this run), in region order.
  const hc = headcountPtr();
  const fteOut = ftePtr();
  const demandOut = demandPtr();
  const required = requiredIntakePtr();
  const Y = H + 1;
  for (let p = 0; p < P; p++) {
    const rrec = regionalRecord(p);
    const demand = regArray(p, oRDemand);
    for (let r = 0; r < R; r++) {
      const c = cell(row, 1 + r, p);
      for (let k = 0; k <= H; k++) put(demandOut, c * Y + k, at(demand, r * Y + k));
      put(required, c, requiredIntake(p, rrec, r, K));
    }
    const nat = cell(row, 0, p);
    for (let k = 0; k <= H; k++) {
      const first = cell(row, 1, p) * Y + k;
      let h = at(hc, first);
      let f = at(fteOut, first);
      let d = at(demandOut, first);
      for (let r = 1; r < R; r++) {
        const o = cell(row, 1 + r, p) * Y + k;
        h += at(hc, o);
        f += at(fteOut, o);
        d += at(demandOut, o);
      }
      put(hc, nat * Y + k, h);
      put(fteOut, nat * Y + k, f);
      put(demandOut, nat * Y + k, d);
    }
    put(required, nat, requiredIntake(p, rrec, -1, K));
    if (row < outAgeRuns) {
      const ages = ageStockPtr();
      const len = 2 * N;
      for (let i = 0; i < len; i++) {
        let t = at(ages, cell(row, 1, p) * len + i);
        for (let r = 1; r < R; r++) t += at(ages, cell(row, 1 + r, p) * len + i);
        put(ages, nat * len + i, t);
      }
    }
  }
}

/** Runs start .. start+count−1 into the output rows 0 .. count−1 (reserveOutputs(count)
 *  first). `overrides` points to P·R intake overrides, index p·R + r (NaN = none), or is 0. */
export function runRegionalChunk(seed: u32, start: i32, count: i32, deterministic: i32, overrides: usize): void {
  setIntakeOverrides(overrides, J0);
  for (let r = 0; r < count; r++) runOne(seed, <u32>(start + r), r, deterministic != 0);
}
