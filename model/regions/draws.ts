/**
 * What a regional run draws and derives before it projects (MODEL.md §6): the series of
 * every distribution, the shocks, the policies applied by region, each year's effective
 * rates and mobility, and the retirement hazard — with the national engine's arithmetic,
 * in its order (docs/regions.md). The projector (./project.ts) builds on it.
 */
import { PARAMETERS as PRM } from '../catalog.ts';
import { normalCdf } from '../numeric/math.ts';
import type { CompiledModel, DistSlot } from '../projection/compile.ts';
import { HAZARD_HIGH, HAZARD_LOW } from '../projection/project.ts';
import { clampDomain, ramp, RunDraws } from '../projection/draws.ts';
import type { RegionalModel } from './compile.ts';
import { MOBILITY_OUT, type RegionalPolicyParameter } from './types.ts';

/** One profession's per-run series (filled by the projector, read by required-intake.ts). */
export interface Scratch {
  att: Float64Array; // r·(H+1) + k
  emi: Float64Array; // r·(H+1) + k
  ret: Float64Array;
  comp: Float64Array;
  entry: Float64Array;
  imm: Float64Array;
  fteMult: Float64Array; // r·(H+1) + k
  fteFactor: Float64Array;
  intake: Float64Array; // r·(H+L) + j + L − 1
  mob: Float64Array; // (k·R + from)·R + to, after policies
  stay: Float64Array; // k·R + r
  shockMult: Float64Array;
  shockSurvival: Float64Array;
  q: Float64Array; // (r·H + k)·n + i, transition k → k+1
  hazard: Float64Array;
  hazardMean: number;
  fte: Float64Array; // r·(H+1) + k
  demand: Float64Array; // r·(H+1) + k
}

export abstract class RegionalDraws {
  protected readonly rm: RegionalModel;
  protected readonly m: CompiledModel;
  protected readonly R: number;
  protected readonly draws = new RunDraws();
  protected readonly series = new Map<DistSlot, Float64Array>();
  protected readonly scratch: Scratch[];
  protected readonly sF: Float64Array; // r·n + i
  protected readonly sM: Float64Array;
  protected readonly xF: Float64Array; // after exits
  protected readonly xM: Float64Array;
  readonly lamF: Float64Array; // u·n + i
  readonly lamM: Float64Array;
  readonly tmpF: Float64Array;
  readonly tmpM: Float64Array;
  readonly perGrad: Float64Array;
  protected readonly lower: Float64Array;
  protected readonly upper: Float64Array;
  protected override: Float64Array | undefined;

  constructor(model: RegionalModel) {
    this.rm = model;
    this.m = model.national;
    const R = (this.R = model.regionIds.length);
    const H = this.m.horizon;
    const n = this.m.nAges;
    const slots: DistSlot[] = [];
    this.m.professions.forEach((cp, p) => {
      for (const d of [
        cp.fteTrend,
        cp.completion,
        cp.entryRate,
        cp.immigration,
        cp.attrition,
        cp.emigration,
        cp.retirementMeanAge,
        cp.unmet,
        ...cp.trends,
        cp.targetPer1000,
        cp.trainingCost,
        cp.salaryPerFte,
        cp.salaryGrowth,
        cp.recruitmentCost,
      ]) {
        if (d) slots.push(d);
      }
      const rp = model.professions[p];
      for (const d of [...rp.intake, ...rp.baseFte, ...rp.mobility]) if (d) slots.push(d);
      for (const pol of rp.policies) {
        slots.push(pol.value);
        if (pol.cost) slots.push(pol.cost);
      }
    });
    for (const s of this.m.substitutions) slots.push(s.share);
    for (const s of slots) this.series.set(s, new Float64Array(H + 1));
    this.scratch = this.m.professions.map((cp) => ({
      att: new Float64Array(R * (H + 1)),
      emi: new Float64Array(R * (H + 1)),
      ret: new Float64Array(H + 1),
      comp: new Float64Array(H + 1),
      entry: new Float64Array(H + 1),
      imm: new Float64Array(H + 1),
      fteMult: new Float64Array(R * (H + 1)),
      fteFactor: new Float64Array(H + 1),
      intake: new Float64Array(R * (H + cp.durationYears)),
      mob: new Float64Array((H + 1) * R * R),
      stay: new Float64Array((H + 1) * R),
      shockMult: new Float64Array(H + 1),
      shockSurvival: new Float64Array(H + 1),
      q: new Float64Array(R * H * n),
      hazard: new Float64Array(n),
      hazardMean: NaN,
      fte: new Float64Array(R * (H + 1)),
      demand: new Float64Array(R * (H + 1)),
    }));
    this.sF = new Float64Array(R * n);
    this.sM = new Float64Array(R * n);
    this.xF = new Float64Array(R * n);
    this.xM = new Float64Array(R * n);
    this.lamF = new Float64Array(R * n);
    this.lamM = new Float64Array(R * n);
    this.tmpF = new Float64Array(R * n);
    this.tmpM = new Float64Array(R * n);
    this.perGrad = new Float64Array(R);
    this.lower = new Float64Array(n + 1);
    this.upper = new Float64Array(n + 1);
  }

  /** Every distribution's year series and the shocks of this run, as the national engine
   *  draws them; shocks hit every region alike. */
  protected drawAll(seed: number, run: number, deterministic: boolean): void {
    this.draws.series(this.series, seed, run, deterministic);
  }

  protected drawShocks(seed: number, run: number, deterministic: boolean): void {
    this.draws.shocks(this.m, this.scratch, seed, run, deterministic);
  }

  /** A parameter's value in year k in region r after the policies on it that act there
   *  (national ones and region r's own, in listed order), clamped (MODEL.md §2b.2). */
  protected withPolicies(
    p: number,
    parameter: RegionalPolicyParameter,
    clamp: 'probability' | 'count' | 'rate' | 'any',
    base: number,
    k: number,
    r: number,
  ): number {
    let v = base;
    const year = this.m.baseYear + k;
    for (const pol of this.rm.professions[p].policies) {
      if (pol.parameter !== parameter || (pol.region !== -1 && pol.region !== r)) continue;
      const change = this.series.get(pol.value)![k] * ramp(year, pol.start, pol.full);
      v = pol.relative ? v * (1 + change) : v + change;
    }
    return clampDomain(v, clamp);
  }

  protected effectiveParameters(p: number): void {
    const prof = this.m.professions[p];
    const rp = this.rm.professions[p];
    const sc = this.scratch[p];
    const H = this.m.horizon;
    const R = this.R;
    const S = (d: DistSlot) => this.series.get(d)!;
    const [att, emi, ret, comp, entry, imm, trend] = [
      prof.attrition,
      prof.emigration,
      prof.retirementMeanAge,
      prof.completion,
      prof.entryRate,
      prof.immigration,
      prof.fteTrend,
    ].map(S);
    const pol = (key: keyof typeof PRM, base: number, k: number, r: number) =>
      this.withPolicies(p, PRM[key].path as RegionalPolicyParameter, PRM[key].clamp, base, k, r);
    for (let k = 0; k <= H; k++) {
      sc.ret[k] = pol('retirementMeanAge', ret[k], k, 0);
      sc.comp[k] = pol('completion', comp[k], k, 0);
      sc.entry[k] = pol('entryRate', entry[k], k, 0);
      sc.imm[k] = pol('immigration', imm[k], k, 0);
      sc.fteFactor[k] = k === 0 ? 1 : sc.fteFactor[k - 1] * (1 + trend[k]);
      for (let r = 0; r < R; r++) {
        const o = r * (H + 1) + k;
        sc.att[o] = pol('attrition', att[k], k, r);
        sc.emi[o] = pol('emigration', emi[k], k, r);
        sc.fteMult[o] = pol('fte', 1, k, r);
      }
      // Mobility: clamped to [0, 1] after policies; a region whose outflows then sum to
      // more than 1 sends everyone, in proportion.
      for (let f = 0; f < R; f++) {
        let sum = 0;
        const row = (k * R + f) * R;
        for (let t = 0; t < R; t++) {
          const d = rp.mobility[f * R + t];
          const v = d ? this.withPolicies(p, MOBILITY_OUT, 'probability', S(d)[k], k, f) : 0;
          sc.mob[row + t] = v;
          sum += v;
        }
        if (sum > 1) {
          for (let t = 0; t < R; t++) sc.mob[row + t] /= sum;
          sum = 1;
        }
        sc.stay[k * R + f] = 1 - sum;
      }
    }
    // Intake years j = 1−L .. H at index r·(H+L) + j + L − 1 (as the national engine).
    const L = prof.durationYears;
    for (let r = 0; r < R; r++) {
      const intake = S(rp.intake[r]);
      const pipeline = rp.pipeline[r];
      for (let j = 1 - L; j <= H; j++) {
        sc.intake[r * (H + L) + j + L - 1] =
          j <= 0
            ? pipeline
              ? pipeline[-j]
              : intake[0]
            : this.withPolicies(p, 'training.intake', PRM.intake.clamp, intake[j], j, r);
      }
    }
  }

  /** Retirement hazard by age for mean age μ (the national engine's computation). */
  protected hazardFor(p: number, mu: number): Float64Array {
    const sc = this.scratch[p];
    if (sc.hazardMean === mu) return sc.hazard;
    const sd = this.m.professions[p].retirementSd;
    const n = this.m.nAges;
    const { lower, upper } = this;
    for (let i = 0; i <= n; i++) {
      const z = (this.m.minAge + i - mu) / sd;
      if (z < HAZARD_LOW) {
        lower[i] = 0;
        upper[i] = 1;
      } else if (z > HAZARD_HIGH) {
        lower[i] = 1;
        upper[i] = 0;
      } else if (z >= 0) {
        upper[i] = normalCdf(-z);
        lower[i] = 1 - upper[i];
      } else {
        lower[i] = normalCdf(z);
        upper[i] = 1 - lower[i];
      }
    }
    for (let i = 0; i < n; i++) {
      const survival = upper[i];
      const leaving =
        this.m.minAge + i - mu >= 0 ? upper[i] - upper[i + 1] : lower[i + 1] - lower[i];
      sc.hazard[i] = survival < 1e-12 ? 1 : leaving / survival;
    }
    sc.hazardMean = mu;
    return sc.hazard;
  }
}
