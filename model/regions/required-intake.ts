/**
 * The required intake of one profession in one regional run (MODEL.md §6), from the run's
 * series: per region, or national.
 */
import type { CompiledModel, DistSlot } from '../projection/compile.ts';
import type { RegionalProfessionCompiled } from './compile.ts';
import type { Scratch } from './draws.ts';

/** What the computation reads of the run, and the projector's work arrays it may overwrite. */
export interface IntakeContext {
  m: CompiledModel;
  rp: RegionalProfessionCompiled;
  /** The profession's index. */
  p: number;
  /** The number of regions. */
  R: number;
  sc: Scratch;
  /** A distribution's value drawn once for the run (its year 0). */
  first: (d: DistSlot) => number;
  /** The intake of region t's schools in intake year j (policies included). */
  intakeOf: (t: number, j: number) => number;
  work: {
    lamF: Float64Array;
    lamM: Float64Array;
    tmpF: Float64Array;
    tmpM: Float64Array;
    perGrad: Float64Array;
  };
}

/**
 * Required intake (MODEL.md §6). For region `target` ≥ 0: the constant intake x of that
 * region's schools (intake years ≥ j0) that closes its gap at K, the other regions' intake
 * as in the scenario. For target −1 (national): a constant total X split over the regions
 * in proportion to their sampled base intakes (equal shares when all are 0), closing the
 * national gap. FTE_K = A + B·x; B and the part of FTE_K that comes from the intake years
 * ≥ j0 come from one backward pass of λ_k(a, s, u): the FTE counted in year K of one person
 * of age a and sex s in region u in year k.
 */
export function requiredIntake(c: IntakeContext, target: number): number {
  const { m, rp, p, R, sc } = c;
  const prof = m.professions[p];
  const H = m.horizon;
  const K = m.targetIndex;
  const j0 = m.intakeFromIndex;
  const L = prof.durationYears;
  const n = m.nAges;
  if (j0 + L > K) return NaN;
  const { lamF, lamM, tmpF, tmpM, perGrad } = c.work;
  for (let u = 0; u < R; u++) {
    const counted = target === -1 || target === u;
    const scale = counted ? sc.fteMult[u * (H + 1) + K] * sc.fteFactor[K] : 0;
    for (let i = 0; i < n; i++) {
      lamF[u * n + i] = counted ? prof.fteF[i] * scale : 0;
      lamM[u * n + i] = counted ? prof.fteM[i] * scale : 0;
    }
  }
  // Shares of the national total X (target −1); a region's own schools otherwise.
  const share = new Float64Array(R);
  if (target === -1) {
    let total = 0;
    const base = rp.intake.map(c.first);
    for (let r = 0; r < R; r++) total += base[r];
    for (let r = 0; r < R; r++) share[r] = total > 0 ? base[r] / total : 1 / R;
  } else share[target] = 1;
  let B = 0;
  let fromIntake = 0;
  const w = prof.trainedWeights;
  const fShare = prof.trainedFemaleShare;
  for (let k = K; k >= j0 + L; k--) {
    for (let u = 0; u < R; u++) {
      let g = 0;
      for (let i = 0; i < n; i++) {
        g += w[i] * (fShare * lamF[u * n + i] + (1 - fShare) * lamM[u * n + i]);
      }
      perGrad[u] = g;
    }
    let b = 0;
    let from = 0;
    for (let t = 0; t < R; t++) {
      if (share[t] === 0) continue;
      let perGraduate = 0;
      for (let u = 0; u < R; u++) perGraduate += rp.destinations[t * R + u] * perGrad[u];
      const perStudent = sc.comp[k] * sc.entry[k] * perGraduate;
      b += share[t] * perStudent;
      from += perStudent * c.intakeOf(t, k - L);
    }
    B += b;
    fromIntake += from;
    // λ back one year: survive year k−1's exits in region u, move, then age.
    tmpF.set(lamF);
    tmpM.set(lamM);
    const mo = (k - 1) * R * R;
    for (let u = 0; u < R; u++) {
      const stay = sc.stay[(k - 1) * R + u];
      const qOff = (u * H + k - 1) * n;
      for (let i = 0; i < n; i++) {
        if (i === n - 1) {
          lamF[u * n + i] = 0;
          lamM[u * n + i] = 0;
          continue;
        }
        let f = stay * tmpF[u * n + i + 1];
        let g = stay * tmpM[u * n + i + 1];
        for (let v = 0; v < R; v++) {
          if (v === u) continue;
          const mv = sc.mob[mo + u * R + v];
          f += mv * tmpF[v * n + i + 1];
          g += mv * tmpM[v * n + i + 1];
        }
        lamF[u * n + i] = (1 - sc.q[qOff + i]) * f;
        lamM[u * n + i] = (1 - sc.q[qOff + i]) * g;
      }
    }
  }
  if (!(B > 0)) return NaN;
  let fteK: number;
  let demandK: number;
  if (target === -1) {
    fteK = sc.fte[K];
    demandK = sc.demand[K];
    for (let r = 1; r < R; r++) {
      fteK += sc.fte[r * (H + 1) + K];
      demandK += sc.demand[r * (H + 1) + K];
    }
  } else {
    fteK = sc.fte[target * (H + 1) + K];
    demandK = sc.demand[target * (H + 1) + K];
  }
  const A = fteK - fromIntake;
  return (demandK - A) / B;
}
