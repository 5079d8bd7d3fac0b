/**
 * One Monte Carlo run of the regional model (MODEL.md §6, steps 1–4), in plain TypeScript:
 * the reference for the regional engine. Every number that also exists in the national
 * model is computed with the national engine's arithmetic, in the same order
 * (model/projection/project.ts), so that one region holding everything gives the national
 * results bit for bit (invariant (a), docs/regions.md).
 */
import { ramp } from '../projection/project.ts';
import type { RunBlock } from '../packed/run-block.ts';
import type { RegionalProfessionCompiled } from './compile.ts';
import type { DistSlot } from '../projection/compile.ts';
import { RegionalDraws } from './draws.ts';
import type { Scratch } from './draws.ts';
import { requiredIntake } from './required-intake.ts';

export type { Scratch } from './draws.ts';

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

export class RegionalProjector extends RegionalDraws {
  private trace: RegionalRunOptions['trace'];

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
      if (m.costs) this.costs(p, out, row);
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

  /**
   * What profession p costs per region and year (MODEL.md §7, as the national engine's
   * Projector.costs): training for the students at the region's schools, salaries for the
   * region's FTE, recruitment for the immigrants settling there, and the programmes — a
   * regional policy's in its region, a national policy's shared among the regions by their
   * share of the year's FTE (equally when there is no FTE at all). The national group is
   * the sum of the regions, in region order, as for every other number.
   */
  private costs(p: number, out: RegionalBlocks, row: number): void {
    const m = this.m;
    const R = this.R;
    const prof = m.professions[p];
    const rp = this.rm.professions[p];
    const sc = this.scratch[p];
    const H = m.horizon;
    const Y = H + 1;
    const L = prof.durationYears;
    const S = (d: DistSlot) => this.series.get(d)!;
    const training = S(prof.trainingCost);
    const salary = S(prof.salaryPerFte);
    const growth = S(prof.salaryGrowth);
    const recruitment = S(prof.recruitmentCost);
    const at = (row * m.professions.length + p) * out.national.sizes.costs * Y;
    let factor = 1;
    for (let k = 1; k <= H; k++) {
      factor *= 1 + growth[k];
      const year = m.baseYear + k;
      let fte = sc.fte[k];
      for (let r = 1; r < R; r++) fte += sc.fte[r * Y + k];
      for (let r = 0; r < R; r++) {
        let students = 0;
        for (let j = k - L + 1; j <= k; j++) students += this.intakeOf(p, r, j);
        const share = fte > 0 ? sc.fte[r * Y + k] / fte : 1 / R;
        let programmes = 0;
        for (const pol of rp.policies) {
          if (!pol.cost || (pol.region !== r && pol.region !== -1)) continue;
          const full = S(pol.cost)[k] * ramp(year, pol.start, pol.full);
          programmes += pol.region === r ? full : full * share;
        }
        const b = out.regions[r].cost;
        b[at + k] = training[k] * students;
        b[at + Y + k] = salary[k] * factor * sc.fte[r * Y + k];
        b[at + 2 * Y + k] = recruitment[k] * (sc.imm[k] * rp.immigrationShares[r]);
        b[at + 3 * Y + k] = programmes;
      }
      for (let c = 0; c < 4; c++) {
        const o = at + c * Y + k;
        let t = out.regions[0].cost[o];
        for (let r = 1; r < R; r++) t += out.regions[r].cost[o];
        out.national.cost[o] = t;
      }
    }
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
