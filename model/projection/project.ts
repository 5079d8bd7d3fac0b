/**
 * One Monte Carlo run of MODEL.md §2 with the precise choices of §2b, in plain TypeScript.
 * This is the reference the WebAssembly core is tested against, so it favours clarity;
 * it still allocates nothing per run (all buffers are made in the constructor).
 */
import type { CompiledModel, CompiledProfession, DistSlot } from './compile.ts';
import { DIST_PARAMETER_KEYS, PARAMETERS as PRM, type ParameterRow } from '../catalog.ts';
import { normalCdf } from '../numeric/math.ts';
import { clampDomain, ramp, RunDraws } from './draws.ts';
import type { RunBlock } from '../packed/run-block.ts';

// The block's one description lives with the packed layouts; tests and callers still find
// the block here, beside the projection that fills it.
export { allocateRunBlock, type RunBlock } from '../packed/run-block.ts';

export interface RunOptions {
  deterministic: boolean;
  /** Per profession: a constant intake for intake years ≥ intakeFromYear, replacing the
   *  policy-adjusted intake (NaN = no override). Used to check the required intake. */
  intakeOverride?: Float64Array;
  /** Called for every profession and year k ≥ 1 with the year's flows (tests). */
  trace?: (p: number, k: number, flows: YearFlows) => void;
}

/** People moving between year k−1 and year k, in headcount. */
export interface YearFlows {
  stockBefore: number;
  /** Leavers by exit probability, plus everyone who was at the top age. */
  leavers: number;
  entrants: number;
  stockAfter: number;
}

export { clampDomain, ramp } from './draws.ts';

/** Where the retirement hazard stops evaluating Φ (see hazardFor). */
export const HAZARD_LOW = -8.5;
export const HAZARD_HIGH = 12;

interface ProfessionScratch {
  att: Float64Array;
  emi: Float64Array;
  ret: Float64Array;
  comp: Float64Array;
  entry: Float64Array;
  imm: Float64Array;
  intake: Float64Array; // index j + L − 1 for intake years j = 1−L .. H
  fteMult: Float64Array;
  fteFactor: Float64Array;
  shockMult: Float64Array;
  shockSurvival: Float64Array;
  /** Exit probability by age for each transition k → k+1: index k·nAges + i. */
  q: Float64Array;
  hazard: Float64Array;
  hazardMean: number;
  demand: Float64Array;
  fte: Float64Array;
}

export class Projector {
  private readonly m: CompiledModel;
  private readonly draws = new RunDraws();
  private readonly series = new Map<DistSlot, Float64Array>();
  private readonly scratch: ProfessionScratch[];
  private readonly sF: Float64Array;
  private readonly sM: Float64Array;
  private readonly lamF: Float64Array;
  private readonly lamM: Float64Array;
  private readonly tmp: Float64Array;
  private readonly lower: Float64Array;
  private readonly upper: Float64Array;

  constructor(model: CompiledModel) {
    this.m = model;
    const H = model.horizon;
    const n = model.nAges;
    const slots: DistSlot[] = [];
    for (const p of model.professions) {
      for (const key of DIST_PARAMETER_KEYS) {
        const d = p[key];
        if (d) slots.push(d);
      }
      for (const pol of p.policies) {
        slots.push(pol.value);
        if (pol.cost) slots.push(pol.cost);
      }
    }
    for (const r of model.substitutions) slots.push(r.share);
    for (const s of slots) this.series.set(s, new Float64Array(H + 1));
    this.scratch = model.professions.map((p) => ({
      att: new Float64Array(H + 1),
      emi: new Float64Array(H + 1),
      ret: new Float64Array(H + 1),
      comp: new Float64Array(H + 1),
      entry: new Float64Array(H + 1),
      imm: new Float64Array(H + 1),
      intake: new Float64Array(H + p.durationYears),
      fteMult: new Float64Array(H + 1),
      fteFactor: new Float64Array(H + 1),
      shockMult: new Float64Array(H + 1),
      shockSurvival: new Float64Array(H + 1),
      q: new Float64Array(H * n),
      hazard: new Float64Array(n),
      hazardMean: NaN,
      demand: new Float64Array(H + 1),
      fte: new Float64Array(H + 1),
    }));
    this.sF = new Float64Array(n);
    this.sM = new Float64Array(n);
    this.lamF = new Float64Array(n);
    this.lamM = new Float64Array(n);
    this.tmp = new Float64Array(n);
    this.lower = new Float64Array(n + 1);
    this.upper = new Float64Array(n + 1);
  }

  /** Run `run` of the scenario into row `row` of `out`. */
  run(seed: number, run: number, out: RunBlock, row: number, opts: RunOptions): void {
    const m = this.m;
    const H = m.horizon;
    const P = m.professions.length;
    this.currentOverride = opts.intakeOverride;
    this.trace = opts.trace;
    this.draws.series(this.series, seed, run, opts.deterministic);
    m.inputs.forEach((d, i) => (out.inputs[row * m.inputs.length + i] = this.series.get(d)![0]));
    this.draws.shocks(m, this.scratch, seed, run, opts.deterministic);

    // Supply and each profession's own demand.
    for (let p = 0; p < P; p++) {
      this.effectiveParameters(p);
      this.projectSupply(p, out, row);
      this.ownDemand(p);
      if (m.costs) this.costs(p, out, row);
    }
    // Task shifting, in listed order, after every profession's own demand.
    for (const r of m.substitutions) {
      const share = this.series.get(r.share)!;
      const from = this.scratch[r.from].demand;
      const to = this.scratch[r.to].demand;
      for (let k = 0; k <= H; k++) {
        const moved = from[k] * share[k] * ramp(m.baseYear + k, r.start, r.full);
        from[k] -= moved;
        to[k] += moved * r.ratio;
      }
    }
    for (let p = 0; p < P; p++) {
      const sc = this.scratch[p];
      const at = (row * P + p) * (H + 1);
      for (let k = 0; k <= H; k++) out.demand[at + k] = sc.demand[k];
      out.requiredIntake[row * P + p] = this.requiredIntake(p);
    }
  }

  /** A parameter's value in year k after the policies on it, clamped to its domain
   *  (MODEL.md §2b.2). */
  private withPolicies(
    prof: CompiledProfession,
    row: ParameterRow,
    base: number,
    k: number,
  ): number {
    let v = base;
    const year = this.m.baseYear + k;
    for (const pol of prof.policies) {
      if (pol.param !== row.policy) continue;
      const change = this.series.get(pol.value)![k] * ramp(year, pol.start, pol.full);
      v = pol.relative ? v * (1 + change) : v + change;
    }
    return clampDomain(v, row.clamp);
  }

  private effectiveParameters(p: number): void {
    const prof = this.m.professions[p];
    const sc = this.scratch[p];
    const H = this.m.horizon;
    const S = (d: DistSlot) => this.series.get(d)!;
    const [att, emi, ret, comp, entry, imm, intake, trend] = [
      prof.attrition,
      prof.emigration,
      prof.retirementMeanAge,
      prof.completion,
      prof.entryRate,
      prof.immigration,
      prof.intake,
      prof.fteTrend,
    ].map(S);
    for (let k = 0; k <= H; k++) {
      sc.att[k] = this.withPolicies(prof, PRM.attrition, att[k], k);
      sc.emi[k] = this.withPolicies(prof, PRM.emigration, emi[k], k);
      sc.ret[k] = this.withPolicies(prof, PRM.retirementMeanAge, ret[k], k);
      sc.comp[k] = this.withPolicies(prof, PRM.completion, comp[k], k);
      sc.entry[k] = this.withPolicies(prof, PRM.entryRate, entry[k], k);
      sc.imm[k] = this.withPolicies(prof, PRM.immigration, imm[k], k);
      sc.fteMult[k] = this.withPolicies(prof, PRM.fte, 1, k);
      sc.fteFactor[k] = k === 0 ? 1 : sc.fteFactor[k - 1] * (1 + trend[k]);
    }
    // Intake years j = 1−L .. H at index j + L − 1: study cohorts already under way come from
    // the pipeline (or the base intake without policies); later ones carry the policies.
    const L = prof.durationYears;
    for (let j = 1 - L; j <= H; j++) {
      sc.intake[j + L - 1] =
        j <= 0
          ? prof.pipeline
            ? prof.pipeline[-j]
            : intake[0]
          : this.withPolicies(prof, PRM.intake, intake[j], j);
    }
  }

  /**
   * Retirement hazard by age for mean age μ (cached while μ does not change):
   * r(a) = (Φ(z(a+1)) − Φ(z(a))) / (1 − Φ(z(a))), z(a) = (a − μ)/σ. One Φ per age boundary:
   * the lower tail C where z < 0 and the upper tail Q where z ≥ 0, each where it is accurate.
   */
  private hazardFor(p: number, mu: number): Float64Array {
    const sc = this.scratch[p];
    if (sc.hazardMean === mu) return sc.hazard;
    const sd = this.m.professions[p].retirementSd;
    const n = this.m.nAges;
    const { lower, upper } = this;
    for (let i = 0; i <= n; i++) {
      const z = (this.m.minAge + i - mu) / sd;
      // Beyond these, Φ is below 1e-17 (or 1 − Φ below 1e-33): take it as 0 (or 1) without
      // evaluating it. The hazard changes by less than 2e-17, below what 1 − r can show.
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

  private projectSupply(p: number, out: RunBlock, row: number): void {
    const m = this.m;
    const prof = m.professions[p];
    const sc = this.scratch[p];
    const H = m.horizon;
    const n = m.nAges;
    const L = prof.durationYears;
    const { sF, sM } = this;
    sF.set(prof.stockF);
    sM.set(prof.stockM);
    const at = (row * m.professions.length + p) * (H + 1);
    for (let k = 0; k <= H; k++) {
      if (k > 0) {
        // Exits from year k−1 to k use year k−1's parameters; survivors age by one year.
        const r = this.hazardFor(p, sc.ret[k - 1]);
        const keep = (1 - sc.att[k - 1]) * (1 - sc.emi[k - 1]) * sc.shockSurvival[k - 1];
        const qOff = (k - 1) * n;
        let before = 0;
        let leavers = 0;
        if (this.trace) {
          for (let i = 0; i < n; i++) {
            const q = 1 - (1 - r[i]) * keep;
            before += sF[i] + sM[i];
            leavers += (sF[i] + sM[i]) * (i < n - 1 ? q : 1);
          }
        }
        for (let i = n - 1; i >= 0; i--) {
          const q = 1 - (1 - r[i]) * keep;
          sc.q[qOff + i] = q;
          if (i < n - 1) {
            sF[i + 1] = sF[i] * (1 - q);
            sM[i + 1] = sM[i] * (1 - q);
          }
        }
        sF[0] = 0;
        sM[0] = 0;
        // Entrants at the start of year k: graduates of intake year k − L, and immigrants.
        const grads = sc.comp[k] * sc.entry[k] * this.intakeOf(p, k - L);
        const gF = grads * prof.trainedFemaleShare;
        const gM = grads - gF;
        const iF = sc.imm[k] * prof.immigrantFemaleShare;
        const iM = sc.imm[k] - iF;
        for (let i = 0; i < n; i++) {
          sF[i] += gF * prof.trainedWeights[i] + iF * prof.immigrantWeights[i];
          sM[i] += gM * prof.trainedWeights[i] + iM * prof.immigrantWeights[i];
        }
        if (this.trace) {
          let after = 0;
          for (let i = 0; i < n; i++) after += sF[i] + sM[i];
          this.trace(p, k, {
            stockBefore: before,
            leavers,
            entrants: grads + sc.imm[k],
            stockAfter: after,
          });
        }
      }
      let heads = 0;
      let fte = 0;
      for (let i = 0; i < n; i++) {
        heads += sF[i] + sM[i];
        fte += sF[i] * prof.fteF[i] + sM[i] * prof.fteM[i];
      }
      if (k === m.targetIndex && row < out.ageRuns) {
        const ageAt = (row * m.professions.length + p) * 2 * n;
        out.ageStock.set(sF, ageAt);
        out.ageStock.set(sM, ageAt + n);
      }
      sc.fte[k] = fte * sc.fteMult[k] * sc.fteFactor[k];
      out.headcount[at + k] = heads;
      out.fte[at + k] = sc.fte[k];
    }
  }

  /**
   * What profession p costs in each year k = 1..H of this run (MODEL.md §7), into the
   * block's cost section by kind (COST_KINDS order); year 0 stays 0. Training pays for the
   * students of the last L intake years (pipeline included), salaries for the year's FTE at
   * a salary that grows as §2b.5, recruitment for the year's immigrants, and each policy of
   * the profession its programme cost times its ramp.
   */
  private costs(p: number, out: RunBlock, row: number): void {
    const m = this.m;
    const prof = m.professions[p];
    const sc = this.scratch[p];
    const H = m.horizon;
    const L = prof.durationYears;
    const C = out.sizes.costs;
    const S = (d: DistSlot) => this.series.get(d)!;
    const training = S(prof.trainingCost);
    const salary = S(prof.salaryPerFte);
    const growth = S(prof.salaryGrowth);
    const recruitment = S(prof.recruitmentCost);
    const at = (row * m.professions.length + p) * C * (H + 1);
    const [tAt, sAt, rAt, pAt] = [0, 1, 2, 3].map((c) => at + c * (H + 1));
    let factor = 1;
    for (let k = 1; k <= H; k++) {
      let students = 0;
      for (let j = k - L + 1; j <= k; j++) students += this.intakeOf(p, j);
      factor *= 1 + growth[k];
      let programmes = 0;
      for (const pol of prof.policies) {
        if (pol.cost) programmes += S(pol.cost)[k] * ramp(m.baseYear + k, pol.start, pol.full);
      }
      out.cost[tAt + k] = training[k] * students;
      out.cost[sAt + k] = salary[k] * factor * sc.fte[k];
      out.cost[rAt + k] = recruitment[k] * sc.imm[k];
      out.cost[pAt + k] = programmes;
    }
  }

  private currentOverride: Float64Array | undefined;
  private trace: RunOptions['trace'];

  /** Intake of intake year j, with the required-intake override where one is set. */
  private intakeOf(p: number, j: number): number {
    const x = this.currentOverride?.[p];
    if (x !== undefined && !Number.isNaN(x) && j >= this.m.intakeFromIndex) return x;
    return this.scratch[p].intake[j + this.m.professions[p].durationYears - 1];
  }

  private ownDemand(p: number): void {
    const m = this.m;
    const prof = m.professions[p];
    const sc = this.scratch[p];
    const H = m.horizon;
    const base = prof.baseFte ? this.series.get(prof.baseFte)![0] : sc.fte[0];
    const d0 = base * (1 + this.series.get(prof.unmet)![0]);
    if (prof.ratioMethod) {
      const pop = m.populationTotal!;
      const rho0 = pop[0] > 0 ? (d0 / pop[0]) * 1000 : 0;
      const target = this.series.get(prof.targetPer1000!)![0];
      for (let k = 0; k <= H; k++) {
        const rho = k >= prof.ratioYears ? target : rho0 + ((target - rho0) * k) / prof.ratioYears;
        sc.demand[k] = ((rho * pop[k]) / 1000) * sc.shockMult[k];
      }
      return;
    }
    let trend = 1;
    for (let k = 0; k <= H; k++) {
      if (k > 0) for (const t of prof.trends) trend *= 1 + this.series.get(t)![k];
      sc.demand[k] = d0 * prof.utilisationIndex[k] * trend * sc.shockMult[k];
    }
  }

  /**
   * x* = (D_K − A)/B where FTE_K = A + B·x (MODEL.md §2, §2b.4). B and the part of FTE_K
   * that comes from intake years ≥ j0 are found in one backward (adjoint) pass: λ_k(a, s)
   * is the FTE in year K of one person of age a and sex s in year k.
   */
  private requiredIntake(p: number): number {
    const m = this.m;
    const prof = m.professions[p];
    const sc = this.scratch[p];
    const K = m.targetIndex;
    const j0 = m.intakeFromIndex;
    const L = prof.durationYears;
    const n = m.nAges;
    if (j0 + L > K) return NaN;
    const { lamF, lamM, tmp } = this;
    const scale = sc.fteMult[K] * sc.fteFactor[K];
    for (let i = 0; i < n; i++) {
      lamF[i] = prof.fteF[i] * scale;
      lamM[i] = prof.fteM[i] * scale;
    }
    let B = 0;
    let fromIntake = 0;
    const w = prof.trainedWeights;
    const fShare = prof.trainedFemaleShare;
    for (let k = K; k >= j0 + L; k--) {
      let perGraduate = 0;
      for (let i = 0; i < n; i++) perGraduate += w[i] * (fShare * lamF[i] + (1 - fShare) * lamM[i]);
      const perStudent = sc.comp[k] * sc.entry[k] * perGraduate;
      B += perStudent;
      fromIntake += perStudent * this.intakeOf(p, k - L);
      // Step λ back one year: a person of age a in year k−1 is age a+1 in year k if they stay.
      const qOff = (k - 1) * n;
      for (const lam of [lamF, lamM]) {
        tmp.set(lam);
        for (let i = 0; i < n; i++) lam[i] = i < n - 1 ? (1 - sc.q[qOff + i]) * tmp[i + 1] : 0;
      }
    }
    if (!(B > 0)) return NaN;
    const A = sc.fte[K] - fromIntake;
    return (sc.demand[K] - A) / B;
  }
}
