// The required intake of one profession in one regional run (MODEL.md §6): the twin of
// model/regions/required-intake.ts, with women and men side by side in one f64x2 (each lane
// does the reference's arithmetic in its order).
import { at, put, profArray, oComp, oEntry, oFteFactor, oFteFM } from './memory';
import { prm, prmI, profRecord, recordArray } from './params';
import {
  PROF_durationYears, PROF_trainedFemaleShare, PROF_trainedWeights,
} from './shared';
import { RPROF_destinations, RPROF_intake } from './regional-shared';
import {
  RR, RH, RN, INTAKE_STRIDE, regArray, refSeries, oRIntake, oRFteMult, oRFte, oRDemand, oRMob,
  oRStay, oRQ, lamFM, lamNextFM, perGrad, shareR, swapLambda,
} from './regions-memory';

let overridePtr: usize = 0; // per p·R + r intake override (NaN = none), 0 = no override
let J0: i32 = 0;

/** The run's overrides (0 = none) and the first intake year they replace. */
export function setIntakeOverrides(ptr: usize, intakeFromIndex: i32): void {
  overridePtr = ptr;
  J0 = intakeFromIndex;
}

/** Intake of region r's schools in intake year j (the override where one is set). */
// @ts-ignore: decorator
@inline export function intakeOf(p: i32, r: i32, L: i32, j: i32): f64 {
  if (overridePtr != 0) {
    const x = at(overridePtr, p * RR + r);
    if (x == x && j >= J0) return x;
  }
  return at(regArray(p, oRIntake), r * INTAKE_STRIDE + j + L - 1);
}

/** Required intake of profession p for region `target`, or nationally (target −1); `rrec`
 *  is the profession's regional record and K the target year's index. */
export function requiredIntake(p: i32, rrec: i32, target: i32, K: i32): f64 {
  const R = RR;
  const H = RH;
  const N = RN;
  const rec = profRecord(p);
  const L = prmI(rec + PROF_durationYears);
  if (J0 + L > K) return NaN;
  const fteFM = profArray(p, oFteFM);
  const fteMult = regArray(p, oRFteMult);
  const factorK = at(profArray(p, oFteFactor), K);
  const zero = f64x2.splat(0);
  for (let u = 0; u < R; u++) {
    const counted = target == -1 || target == u;
    const scale = f64x2.splat(counted ? at(fteMult, u * (H + 1) + K) * factorK : 0);
    const row = lamFM + (<usize>(u * N) << 4);
    for (let i = 0; i < N; i++) {
      const o = <usize>i << 4;
      v128.store(row + o, counted ? f64x2.mul(v128.load(fteFM + o), scale) : zero);
    }
  }
  // Shares of the national total X (target −1); a region's own schools otherwise.
  if (target == -1) {
    const intakeRefs = prmI(rrec + RPROF_intake);
    let total: f64 = 0;
    for (let r = 0; r < R; r++) total += at(refSeries(prmI(intakeRefs + r)), 0);
    for (let r = 0; r < R; r++) {
      const base = at(refSeries(prmI(intakeRefs + r)), 0);
      put(shareR, r, total > 0 ? base / total : 1 / <f64>R);
    }
  } else {
    for (let r = 0; r < R; r++) put(shareR, r, r == target ? 1 : 0);
  }
  const w = recordArray(rec, PROF_trainedWeights);
  const fShare = prm(rec + PROF_trainedFemaleShare);
  const shares = f64x2.replace_lane(f64x2.splat(fShare), 1, 1 - fShare);
  const dest = prmI(rrec + RPROF_destinations);
  const sComp = profArray(p, oComp);
  const sEntry = profArray(p, oEntry);
  const mob = regArray(p, oRMob);
  const stayAt = regArray(p, oRStay);
  const q = regArray(p, oRQ);
  let B: f64 = 0;
  let fromIntake: f64 = 0;
  for (let k = K; k >= J0 + L; k--) {
    for (let u = 0; u < R; u++) {
      const row = lamFM + (<usize>(u * N) << 4);
      let g: f64 = 0;
      for (let i = 0; i < N; i++) {
        const v = f64x2.mul(shares, v128.load(row + (<usize>i << 4)));
        g += at(w, i) * (f64x2.extract_lane(v, 0) + f64x2.extract_lane(v, 1));
      }
      put(perGrad, u, g);
    }
    let b: f64 = 0;
    let from: f64 = 0;
    const ce = at(sComp, k) * at(sEntry, k);
    for (let t = 0; t < R; t++) {
      const share = at(shareR, t);
      if (share == 0) continue;
      let perGraduate: f64 = 0;
      for (let u = 0; u < R; u++) perGraduate += prm(dest + t * R + u) * at(perGrad, u);
      const perStudent = ce * perGraduate;
      b += share * perStudent;
      from += perStudent * intakeOf(p, t, L, k - L);
    }
    B += b;
    fromIntake += from;
    // λ back one year: survive year k−1's exits in region u, move, then age.
    swapLambda();
    const next = lamNextFM; // λ of year k
    const mo = (k - 1) * R * R;
    for (let u = 0; u < R; u++) {
      const stay = f64x2.splat(at(stayAt, (k - 1) * R + u));
      const qRow = q + (<usize>((u * H + k - 1) * N) << 3);
      const row = lamFM + (<usize>(u * N) << 4);
      const own = next + (<usize>(u * N) << 4);
      // Per age: the stayers first, then the movers to each region in order, as the
      // reference adds them; then survival of the year's exits.
      for (let i = 0; i < N - 1; i++) {
        const o = <usize>i << 4;
        v128.store(row + o, f64x2.mul(stay, v128.load(own + o + 16)));
      }
      for (let v = 0; v < R; v++) {
        if (v == u) continue;
        const mv = f64x2.splat(at(mob, mo + u * R + v));
        const to = next + (<usize>(v * N) << 4);
        for (let i = 0; i < N - 1; i++) {
          const o = <usize>i << 4;
          v128.store(row + o, f64x2.add(v128.load(row + o), f64x2.mul(mv, v128.load(to + o + 16))));
        }
      }
      for (let i = 0; i < N - 1; i++) {
        const o = <usize>i << 4;
        v128.store(row + o, f64x2.mul(f64x2.splat(1 - at(qRow, i)), v128.load(row + o)));
      }
      v128.store(row + (<usize>(N - 1) << 4), zero);
    }
  }
  if (!(B > 0)) return NaN;
  const fte = regArray(p, oRFte);
  const demand = regArray(p, oRDemand);
  let fteK: f64;
  let demandK: f64;
  if (target == -1) {
    fteK = at(fte, K);
    demandK = at(demand, K);
    for (let r = 1; r < R; r++) {
      fteK += at(fte, r * (H + 1) + K);
      demandK += at(demand, r * (H + 1) + K);
    }
  } else {
    fteK = at(fte, target * (H + 1) + K);
    demandK = at(demand, target * (H + 1) + K);
  }
  const A = fteK - fromIntake;
  return (demandK - A) / B;
}
