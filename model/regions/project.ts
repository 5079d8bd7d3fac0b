/**
 * One Monte Carlo run of the regional model (MODEL.md §6, steps 1–4), in plain TypeScript:
 * the reference for the regional engine. Every number that also exists in the national
 * model is computed with the national engine's arithmetic, in the same order
 * (model/projection/project.ts), so that one region holding everything gives the national
 * results bit for bit (invariant (a), docs/regions.md).
 */
import { PARAMETERS as PRM } from '../catalog.ts';
import { sample } from '../numeric/distributions.ts';
import { normalCdf } from '../numeric/math.ts';
import { Stream } from '../numeric/rng.ts';
import type { CompiledModel, DistSlot } from '../projection/compile.ts';
import { clampDomain, HAZARD_HIGH, HAZARD_LOW, ramp } from '../projection/project.ts';
import type { RunBlock } from '../packed/run-block.ts';
import type { RegionalModel, RegionalProfessionCompiled } from './compile.ts';
import { MOBILITY_OUT, type RegionalPolicyParameter } from './types.ts';
import { requiredIntake } from './required-intake.ts';

export interface RegionalRunOptions {
  deterministic: boolean;
  /** Index p·R + r: a constant intake of region r's schools for intake years ≥
   *  intakeFromYear, replacing its policy-adjusted intake (NaN = no override). */
  intakeOverride?: Float64Array;
  /** Called for every profession and year k ≥ 1 with the year's flows (tests). */
  trace?: (p: number, k: number, flows: RegionalYearFlows) => void;
}

/** Headcounts of one transition k−1 → k, per region (ages below the top age; everyone of
 *  the top age leaves). */
export interface RegionalYearFlows {
  /** Σ S′: survivors of the exits, before moving. */
  afterExits: number[];
  /** Σ S″: after moving, before ageing. */
  afterMoves: number[];
  /** moved[r][t]: people moving from region r to region t. */
  moved: number[][];
  graduates: number[];
  immigrants: number[];
  /** Σ S_k after the entrants. */
  stockAfter: number[];
}

/** Where one run writes: a block per region and a national block (sums over regions). */
export interface RegionalBlocks {
  regions: RunBlock[];
  national: RunBlock;
}

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

export class RegionalProjector {
  private readonly rm: RegionalModel;
  private readonly m: CompiledModel;
  private readonly R: number;
  private readonly stream = new Stream(0, 0, 0);
  private readonly occurrences = new Stream(0, 0, 0);
  private readonly increases = new Stream(0, 0, 0);
  private readonly extraExits = new Stream(0, 0, 0);
  private readonly series = new Map<DistSlot, Float64Array>();
  private readonly scratch: Scratch[];
  private readonly sF: Float64Array; // r·n + i
  private readonly sM: Float64Array;
  private readonly xF: Float64Array; // after exits
  private readonly xM: Float64Array;
  readonly lamF: Float64Array; // u·n + i
  readonly lamM: Float64Array;
  readonly tmpF: Float64Array;
  readonly tmpM: Float64Array;
  readonly perGrad: Float64Array;
  private readonly lower: Float64Array;
  private readonly upper: Float64Array;
  private override: Float64Array | undefined;
  private trace: RegionalRunOptions['trace'];

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
      ]) {
        if (d) slots.push(d);
      }
      const rp = model.professions[p];
      for (const d of [...rp.intake, ...rp.baseFte, ...rp.mobility]) if (d) slots.push(d);
      for (const pol of rp.policies) slots.push(pol.value);
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

  /** Run `run` into row `row` of every block. */
  run(seed: number, run: number, out: RegionalBlocks, row: number, opts: RegionalRunOptions): void {
    const m = this.m;
    const R = this.R;
    const H = m.horizon;
    const P = m.professions.length;
    const I = this.rm.inputs.length;
    this.override = opts.intakeOverride;
    this.trace = opts.trace;
    this.drawAll(seed, run, opts.deterministic);
    this.rm.inputs.forEach((d, i) => {
      const v = this.series.get(d)![0];
      for (const b of out.regions) b.inputs[row * I + i] = v;
      out.national.inputs[row * I + i] = v;
    });
    this.drawShocks(seed, run, opts.deterministic);

    for (let p = 0; p < P; p++) {
      this.effectiveParameters(p);
      this.projectSupply(p, out, row);
      for (let r = 0; r < R; r++) this.ownDemand(p, r);
    }
    // Task shifting within each region, in listed order.
    for (const s of m.substitutions) {
      const share = this.series.get(s.share)!;
      const from = this.scratch[s.from].demand;
      const to = this.scratch[s.to].demand;
      for (let r = 0; r < R; r++) {
        const o = r * (H + 1);
        for (let k = 0; k <= H; k++) {
          const moved = from[o + k] * share[k] * ramp(m.baseYear + k, s.start, s.full);
          from[o + k] -= moved;
          to[o + k] += moved * s.ratio;
        }
      }
    }
    // Per region, then national sums (within this run), in region order.
    for (let p = 0; p < P; p++) {
      const sc = this.scratch[p];
      const at = (row * P + p) * (H + 1);
      for (let r = 0; r < R; r++) {
        const b = out.regions[r];
        for (let k = 0; k <= H; k++) b.demand[at + k] = sc.demand[r * (H + 1) + k];
        b.requiredIntake[row * P + p] = this.required(p, r);
      }
      const nat = out.national;
      for (const field of ['headcount', 'fte', 'demand'] as const) {
        for (let k = 0; k <= H; k++) {
          let t = out.regions[0][field][at + k];
          for (let r = 1; r < R; r++) t += out.regions[r][field][at + k];
          nat[field][at + k] = t;
        }
      }
      nat.requiredIntake[row * P + p] = this.required(p, -1);
      if (row < nat.ageRuns) {
        const len = 2 * m.nAges;
        const ageAt = (row * P + p) * len;
        for (let i = 0; i < len; i++) {
          let t = out.regions[0].ageStock[ageAt + i];
          for (let r = 1; r < R; r++) t += out.regions[r].ageStock[ageAt + i];
          nat.ageStock[ageAt + i] = t;
        }
      }
    }
  }

  /** Every distribution's year series for this run (as the national engine draws them). */
  private drawAll(seed: number, run: number, deterministic: boolean): void {
    for (const [d, values] of this.series) {
      const f = d.flat;
      if (deterministic || f.kind === 0) {
        values.fill(clampDomain(f.point, d.domain));
        continue;
      }
      this.stream.reset(seed, run, d.slot);
      if (f.yearly && !d.perRunOnly) {
        for (let k = 0; k < values.length; k++)
          values[k] = clampDomain(sample(f, this.stream), d.domain);
      } else {
        values.fill(clampDomain(sample(f, this.stream), d.domain));
      }
    }
  }

  /** Shocks as the national engine draws them; they hit every region alike. */
  private drawShocks(seed: number, run: number, deterministic: boolean): void {
    const H = this.m.horizon;
    for (const sc of this.scratch) {
      sc.shockMult.fill(1);
      sc.shockSurvival.fill(1);
    }
    if (deterministic) return;
    const { occurrences: occ, increases: inc, extraExits: ext } = this;
    for (const sh of this.m.shocks) {
      occ.reset(seed, run, sh.occurrenceSlot);
      inc.reset(seed, run, sh.demandIncrease.slot);
      ext.reset(seed, run, sh.extraExit.slot);
      for (let k = 1; k <= H; k++) {
        if (!(occ.nextDouble() < sh.probability)) continue;
        const di = clampDomain(sample(sh.demandIncrease.flat, inc), 'rate');
        const x = clampDomain(sample(sh.extraExit.flat, ext), 'probability');
        sh.hits.forEach((hit, p) => {
          if (!hit) return;
          const sc = this.scratch[p];
          for (let t = k; t <= H && t < k + sh.duration; t++) sc.shockMult[t] *= 1 + di;
          sc.shockSurvival[k] *= 1 - x;
        });
      }
    }
  }

  /** A parameter's value in year k in region r after the policies on it that act there
   *  (national ones and region r's own, in listed order), clamped (MODEL.md §2b.2). */
  private withPolicies(
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

  private effectiveParameters(p: number): void {
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
  private hazardFor(p: number, mu: number): Float64Array {
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

  /** Intake of region r's schools in intake year j, with the override where one is set. */
  private intakeOf(p: number, r: number, j: number): number {
    const x = this.override?.[p * this.R + r];
    if (x !== undefined && !Number.isNaN(x) && j >= this.m.intakeFromIndex) return x;
    const L = this.m.professions[p].durationYears;
    return this.scratch[p].intake[r * (this.m.horizon + L) + j + L - 1];
  }

  private projectSupply(p: number, out: RegionalBlocks, row: number): void {
    const m = this.m;
    const R = this.R;
    const prof = m.professions[p];
    const rp: RegionalProfessionCompiled = this.rm.professions[p];
    const sc = this.scratch[p];
    const H = m.horizon;
    const n = m.nAges;
    const L = prof.durationYears;
    const P = m.professions.length;
    const { sF, sM, xF, xM } = this;
    for (let r = 0; r < R; r++) {
      sF.set(rp.stockF[r], r * n);
      sM.set(rp.stockM[r], r * n);
    }
    const at = (row * P + p) * (H + 1);
    for (let k = 0; k <= H; k++) {
      if (k > 0) {
        // 1. Exits with year k−1's parameters (the region's own where a policy says so).
        const haz = this.hazardFor(p, sc.ret[k - 1]);
        for (let r = 0; r < R; r++) {
          const o = r * (H + 1) + k - 1;
          const keep = (1 - sc.att[o]) * (1 - sc.emi[o]) * sc.shockSurvival[k - 1];
          const qOff = (r * H + k - 1) * n;
          for (let i = 0; i < n; i++) {
            const q = 1 - (1 - haz[i]) * keep;
            sc.q[qOff + i] = q;
            xF[r * n + i] = sF[r * n + i] * (1 - q);
            xM[r * n + i] = sM[r * n + i] * (1 - q);
          }
        }
        // 2. Moves between regions (year k−1's probabilities); 3. ageing by one year.
        const mob = sc.mob;
        const mo = (k - 1) * R * R;
        for (let r = 0; r < R; r++) {
          const stay = sc.stay[(k - 1) * R + r];
          for (let i = n - 2; i >= 0; i--) {
            let f = xF[r * n + i] * stay;
            let g = xM[r * n + i] * stay;
            for (let t = 0; t < R; t++) {
              if (t === r) continue;
              const mt = mob[mo + t * R + r];
              f += xF[t * n + i] * mt;
              g += xM[t * n + i] * mt;
            }
            sF[r * n + i + 1] = f;
            sM[r * n + i + 1] = g;
          }
          sF[r * n] = 0;
          sM[r * n] = 0;
        }
        if (this.trace) this.traceMoves(p, k, sc);
        // 4. Entrants at the start of year k.
        const grads: number[] = [];
        const imms: number[] = [];
        for (let r = 0; r < R; r++) {
          let students = 0;
          for (let t = 0; t < R; t++) {
            students += this.intakeOf(p, t, k - L) * rp.destinations[t * R + r];
          }
          const gr = sc.comp[k] * sc.entry[k] * students;
          const gF = gr * prof.trainedFemaleShare;
          const gM = gr - gF;
          const im = sc.imm[k] * rp.immigrationShares[r];
          const iF = im * prof.immigrantFemaleShare;
          const iM = im - iF;
          for (let i = 0; i < n; i++) {
            sF[r * n + i] += gF * prof.trainedWeights[i] + iF * prof.immigrantWeights[i];
            sM[r * n + i] += gM * prof.trainedWeights[i] + iM * prof.immigrantWeights[i];
          }
          grads.push(gr);
          imms.push(im);
        }
        if (this.trace) this.traceEntrants(p, k, grads, imms);
      }
      for (let r = 0; r < R; r++) {
        let heads = 0;
        let fte = 0;
        for (let i = 0; i < n; i++) {
          heads += sF[r * n + i] + sM[r * n + i];
          fte += sF[r * n + i] * prof.fteF[i] + sM[r * n + i] * prof.fteM[i];
        }
        const b = out.regions[r];
        if (k === m.targetIndex && row < b.ageRuns) {
          const ageAt = (row * P + p) * 2 * n;
          b.ageStock.set(sF.subarray(r * n, (r + 1) * n), ageAt);
          b.ageStock.set(sM.subarray(r * n, (r + 1) * n), ageAt + n);
        }
        const o = r * (H + 1) + k;
        sc.fte[o] = fte * sc.fteMult[o] * sc.fteFactor[k];
        b.headcount[at + k] = heads;
        b.fte[at + k] = sc.fte[o];
      }
    }
  }

  private pending: RegionalYearFlows | undefined;

  private traceMoves(p: number, k: number, sc: Scratch): void {
    const R = this.R;
    const n = this.m.nAges;
    const { xF, xM, sF, sM } = this;
    const sum = (a: Float64Array, b: Float64Array, from: number, to: number) => {
      let t = 0;
      for (let i = from; i < to; i++) t += a[i] + b[i];
      return t;
    };
    const moved = Array.from({ length: R }, (_, r) =>
      Array.from({ length: R }, (_, t) =>
        r === t ? 0 : sum(xF, xM, r * n, r * n + n - 1) * sc.mob[((k - 1) * R + r) * R + t],
      ),
    );
    this.pending = {
      afterExits: Array.from({ length: R }, (_, r) => sum(xF, xM, r * n, r * n + n - 1)),
      // S″ of ages below the top now sits one age up (ages 1..n−1).
      afterMoves: Array.from({ length: R }, (_, r) => sum(sF, sM, r * n + 1, r * n + n)),
      moved,
      graduates: [],
      immigrants: [],
      stockAfter: [],
    };
    void p;
  }

  private traceEntrants(p: number, k: number, grads: number[], imms: number[]): void {
    const flows = this.pending!;
    const n = this.m.nAges;
    flows.graduates = grads;
    flows.immigrants = imms;
    flows.stockAfter = grads.map((_, r) => {
      let t = 0;
      for (let i = 0; i < n; i++) t += this.sF[r * n + i] + this.sM[r * n + i];
      return t;
    });
    this.trace!(p, k, flows);
  }

  /** Demand of region r (MODEL.md §6): the region's population and baseFte, the national
   *  once-per-run draws and shocks. */
  private ownDemand(p: number, r: number): void {
    const m = this.m;
    const prof = m.professions[p];
    const rp = this.rm.professions[p];
    const sc = this.scratch[p];
    const H = m.horizon;
    const o = r * (H + 1);
    const bf = rp.baseFte[r];
    const base = bf ? this.series.get(bf)![0] : sc.fte[o];
    const d0 = base * (1 + this.series.get(prof.unmet)![0]);
    if (prof.ratioMethod) {
      const pop = this.rm.populationTotal[r]!;
      const rho0 = pop[0] > 0 ? (d0 / pop[0]) * 1000 : 0;
      const target = this.series.get(prof.targetPer1000!)![0];
      for (let k = 0; k <= H; k++) {
        const rho = k >= prof.ratioYears ? target : rho0 + ((target - rho0) * k) / prof.ratioYears;
        sc.demand[o + k] = ((rho * pop[k]) / 1000) * sc.shockMult[k];
      }
      return;
    }
    const index = rp.utilisationIndex[r];
    let trend = 1;
    for (let k = 0; k <= H; k++) {
      if (k > 0) for (const t of prof.trends) trend *= 1 + this.series.get(t)![k];
      sc.demand[o + k] = d0 * index[k] * trend * sc.shockMult[k];
    }
  }

  private required(p: number, target: number): number {
    return requiredIntake(
      {
        m: this.m,
        rp: this.rm.professions[p],
        p,
        R: this.R,
        sc: this.scratch[p],
        first: (d) => this.series.get(d)![0],
        intakeOf: (t, j) => this.intakeOf(p, t, j),
        work: this,
      },
      target,
    );
  }
}
