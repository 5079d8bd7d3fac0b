/**
 * What every run draws before it projects, in one place for the national and the regional
 * projector (model/projection/project.ts, model/regions/draws.ts): each distribution's year
 * series, and the shocks' demand multipliers and survival factors. Also the two small
 * rules both apply everywhere: a value clamped to its domain, and a policy's ramp.
 */
import type { CompiledModel, DistSlot, Domain } from './compile.ts';
import { sample } from '../numeric/distributions.ts';
import { Stream } from '../numeric/rng.ts';

export function clampDomain(x: number, domain: Domain): number {
  switch (domain) {
    case 'probability':
      return x < 0 ? 0 : x > 1 ? 1 : x;
    case 'count':
      return x < 0 ? 0 : x;
    case 'rate':
      return x < -1 ? -1 : x;
    default:
      return x;
  }
}

/** ramp(y; start, full) of MODEL.md §2. */
export function ramp(y: number, start: number, full: number): number {
  if (y < start) return 0;
  if (y >= full) return 1;
  return (y - start) / (full - start);
}

/** Where a profession's shocks land: per year, its demand multiplier and survival factor. */
export interface ShockTarget {
  shockMult: Float64Array;
  shockSurvival: Float64Array;
}

/** The random streams of a run's draws, made once per projector and reset per run. */
export class RunDraws {
  private readonly stream = new Stream(0, 0, 0);
  // A shock's three streams (occurrence, demand increase, extra exit), reset per shock.
  private readonly occurrences = new Stream(0, 0, 0);
  private readonly increases = new Stream(0, 0, 0);
  private readonly extraExits = new Stream(0, 0, 0);

  /** Fill every distribution's year series for this run (point values when deterministic). */
  series(
    series: Map<DistSlot, Float64Array>,
    seed: number,
    run: number,
    deterministic: boolean,
  ): void {
    for (const [d, values] of series) {
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

  /** The shocks of this run (none in deterministic mode), on each profession they hit. */
  shocks(
    m: CompiledModel,
    targets: readonly ShockTarget[],
    seed: number,
    run: number,
    deterministic: boolean,
  ): void {
    const H = m.horizon;
    for (const sc of targets) {
      sc.shockMult.fill(1);
      sc.shockSurvival.fill(1);
    }
    if (deterministic) return;
    const { occurrences: occ, increases: inc, extraExits: ext } = this;
    for (const sh of m.shocks) {
      occ.reset(seed, run, sh.occurrenceSlot);
      inc.reset(seed, run, sh.demandIncrease.slot);
      ext.reset(seed, run, sh.extraExit.slot);
      for (let k = 1; k <= H; k++) {
        if (!(occ.nextDouble() < sh.probability)) continue;
        const di = clampDomain(sample(sh.demandIncrease.flat, inc), 'rate');
        const x = clampDomain(sample(sh.extraExit.flat, ext), 'probability');
        sh.hits.forEach((hit, p) => {
          if (!hit) return;
          const sc = targets[p];
          for (let t = k; t <= H && t < k + sh.duration; t++) sc.shockMult[t] *= 1 + di;
          sc.shockSurvival[k] *= 1 - x;
        });
      }
    }
  }
}
