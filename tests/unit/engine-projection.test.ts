import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Dist, Scenario } from '../../model/scenario/types.ts';
import { PERCENTILE_KEYS, type HwfResult } from '../../model/result/result.ts';
import { compile } from '../../model/projection/compile.ts';
import { entryAgeWeights } from '../../model/numeric/entry-ages.ts';
import { normalCdf } from '../../model/numeric/math.ts';
import { allocateRunBlock, Projector, type YearFlows } from '../../model/projection/project.ts';
import { runChunk, simulate } from '../../model/projection/simulate.ts';
import { concatRunBlocks } from '../../model/packed/run-block.ts';
import { quietProfession, scenarioArb, singleProfession } from '../helpers/scenarios.ts';

const N_AGES = 50; // ages 20..69
const atAge = (age: number, n: number) => {
  const a = new Array<number>(N_AGES).fill(0);
  a[age - 20] = n;
  return a;
};
const close = (a: number, b: number, tol = 1e-12) =>
  expect(Math.abs(a - b)).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(b)));

describe('hand-checkable deterministic cases', () => {
  it('pure attrition leaves N·(1 − a)^k', () => {
    const sc = singleProfession(
      quietProfession(N_AGES, {
        stock: { female: atAge(20, 1000), male: atAge(20, 0) },
        exits: { attrition: 0.05, emigration: 0, retirement: { meanAge: 300, sd: 1 } },
      }),
    );
    const r = simulate(sc, { deterministic: true });
    r.years.forEach((_, k) => close(r.professions[0].headcount.mean[k], 1000 * 0.95 ** k));
  });

  it('the age profile shows the base stock and the target-year stock by age and sex', () => {
    const sc = singleProfession(
      quietProfession(N_AGES, {
        stock: { female: atAge(20, 1000), male: atAge(30, 500) },
        exits: { attrition: 0.05, emigration: 0, retirement: { meanAge: 300, sd: 1 } },
      }),
      { analysis: { targetYear: 2030, intakeFromYear: 2026 } },
    );
    const profile = simulate(sc, { deterministic: true }).professions[0].ageProfile!;
    expect(profile).toMatchObject({
      minAge: 20,
      maxAge: 69,
      baseYear: 2025,
      targetYear: 2030,
      runs: 1,
    });
    expect(profile.base.female).toEqual(atAge(20, 1000));
    close(profile.target.female[25 - 20], 1000 * 0.95 ** 5);
    close(profile.target.male[35 - 20], 500 * 0.95 ** 5);
    expect(profile.target.female.reduce((a, b) => a + b, 0)).toBeCloseTo(1000 * 0.95 ** 5, 9);
    // Monte Carlo: the median of the first 1 000 runs, whatever the number of runs.
    const mc = simulate({ ...sc, simulation: { runs: 1500, seed: 3 } });
    expect(mc.professions[0].ageProfile!.runs).toBe(1000);
  });

  it('pure attrition holds run by run with a random attrition rate', () => {
    const sc = singleProfession(
      quietProfession(N_AGES, {
        stock: { female: atAge(30, 500), male: atAge(40, 500) },
        exits: {
          attrition: { dist: 'uniform', min: 0.01, max: 0.1 },
          emigration: 0.01,
          retirement: { meanAge: 300, sd: 1 },
        },
      }),
    );
    const m = compile(sc);
    const block = runChunk(m, 99, 0, 50, { deterministic: false });
    expect(m.inputs.map((i) => i.path)).toEqual(['professions[0].exits.attrition']);
    for (let r = 0; r < 50; r++) {
      const a = block.inputs[r];
      for (let k = 0; k <= sc.horizonYears; k++)
        close(block.headcount[r * (sc.horizonYears + 1) + k], 1000 * ((1 - a) * 0.99) ** k);
    }
  });

  it('entry-age weights sum to 1 and centre on the mean age', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 22, max: 60, noNaN: true }),
        fc.double({ min: 0.3, max: 8, noNaN: true }),
        (mu, sd) => {
          const w = entryAgeWeights(20, N_AGES, mu, sd);
          close(
            w.reduce((a, b) => a + b, 0),
            1,
            1e-12,
          );
          expect(w.every((x) => x >= 0)).toBe(true);
          const mean = w.reduce((acc, x, i) => acc + x * (20 + i), 0);
          if (sd >= 1 && mu - 4 * sd > 20 && mu + 4 * sd < 69)
            expect(Math.abs(mean - mu)).toBeLessThan(0.01);
        },
      ),
    );
  });

  it('a cohort under the retirement hazard survives as 1 − Φ', () => {
    const mu = 63;
    const sd = 2.5;
    const sc = singleProfession(
      quietProfession(N_AGES, {
        stock: { female: atAge(55, 1000), male: atAge(55, 0) },
        exits: { attrition: 0, emigration: 0, retirement: { meanAge: mu, sd } },
      }),
    );
    const r = simulate(sc, { deterministic: true });
    const survival = (a: number) => 1 - normalCdf((a - mu) / sd);
    r.years.forEach((_, k) =>
      close(r.professions[0].headcount.mean[k], (1000 * survival(55 + k)) / survival(55), 1e-10),
    );
  });

  it('everyone at the top age leaves, and entrants are split by sex and age', () => {
    const sc = singleProfession(
      quietProfession(N_AGES, {
        stock: { female: atAge(69, 10), male: atAge(68, 10) },
        immigration: { perYear: 100, entrants: { femaleShare: 0.8, ageMean: 30, ageSd: 3 } },
      }),
      { horizonYears: 3 },
    );
    const r = simulate(sc, { deterministic: true });
    r.professions[0].headcount.mean.forEach((h, k) => close(h, [20, 110, 200, 300][k]));
  });

  it('intake arrives after the training, policies ramp in from their start year (§2b.1, §2b.3)', () => {
    const sc = singleProfession(
      quietProfession(N_AGES, {
        training: {
          intake: 100,
          durationYears: 1,
          completion: 1,
          entryRate: 1,
          entrants: { femaleShare: 0.5, ageMean: 25, ageSd: 1 },
        },
      }),
      {
        horizonYears: 5,
        policies: [
          {
            profession: 'p',
            parameter: 'training.intake',
            kind: 'relative',
            value: 0.5,
            startYear: 2027,
            fullYear: 2029,
          },
        ],
      },
    );
    const r = simulate(sc, { deterministic: true });
    r.professions[0].headcount.mean.forEach((h, k) => close(h, [0, 100, 200, 300, 425, 575][k]));
  });

  it('a pipeline feeds the first L years of graduates', () => {
    const sc = singleProfession(
      quietProfession(N_AGES, {
        training: {
          intake: 1000,
          durationYears: 3,
          completion: 0.5,
          entryRate: 1,
          pipeline: [30, 20, 10],
          entrants: { femaleShare: 0.5, ageMean: 25, ageSd: 1 },
        },
      }),
      { horizonYears: 4 },
    );
    const r = simulate(sc, { deterministic: true });
    // Year 1: pipeline[2] graduates; year 2: pipeline[1]; year 3: pipeline[0]; year 4: intake of year 1.
    r.professions[0].headcount.mean.forEach((h, k) => close(h, [0, 5, 15, 30, 530][k]));
  });

  it('FTE applies FTE per head, the trend and the fte policy', () => {
    const sc = singleProfession(
      quietProfession(N_AGES, {
        stock: { female: atAge(30, 100), male: atAge(30, 100) },
        fte: {
          female: atAge(30, 0.8).map((v, i) => v || (i === 11 ? 0.6 : 0)),
          male: atAge(30, 1).map((v, i) => v || (i === 11 ? 0.9 : 0)),
        },
        fteTrend: -0.01,
      }),
      {
        horizonYears: 2,
        policies: [
          {
            profession: 'p',
            parameter: 'fte',
            kind: 'absolute',
            value: 0.1,
            startYear: 2027,
            fullYear: 2027,
          },
        ],
      },
    );
    const r = simulate(sc, { deterministic: true });
    const fte = r.professions[0].fte.mean;
    close(fte[0], 180);
    close(fte[1], (60 + 90) * 0.99);
    close(fte[2], 0 * 1.1 * 0.99 ** 2);
  });

  it('utilisation demand follows the weighted population, the trends and the unmet share', () => {
    const pop = {
      ages: { min: 0, max: 1 },
      years: [2025, 2026, 2027],
      female: [
        [100, 100],
        [100, 200],
        [100, 300],
      ],
      male: [
        [0, 0],
        [0, 0],
        [0, 0],
      ],
    };
    const sc = singleProfession(
      quietProfession(N_AGES, {
        stock: { female: atAge(30, 100), male: atAge(30, 0) },
        demand: {
          method: 'utilisation',
          baseFte: 50,
          unmet: 0.1,
          utilisation: { female: [1, 2], male: [1, 1] },
          trends: { epidemiology: 0.02, efficiency: -0.01 },
        },
      }),
      { horizonYears: 2, population: pop },
    );
    const r = simulate(sc, { deterministic: true });
    const d0 = 50 * 1.1;
    const W = [300, 500, 700];
    r.professions[0].demand.mean.forEach((d, k) =>
      close(d, d0 * (W[k] / W[0]) * (1.02 * 0.99) ** k),
    );
    r.professions[0].gap.mean.forEach((g, k) =>
      close(g, r.professions[0].fte.mean[k] - r.professions[0].demand.mean[k]),
    );
  });

  it('ratio demand moves linearly to the target ratio and stays there', () => {
    const pop = {
      ages: { min: 0, max: 0 },
      years: [2025, 2026, 2027, 2028],
      female: [[5000], [5000], [6000], [6000]],
      male: [[5000], [5000], [6000], [6000]],
    };
    const sc = singleProfession(
      quietProfession(N_AGES, {
        stock: { female: atAge(30, 20), male: atAge(30, 0) },
        demand: {
          method: 'ratio',
          baseFte: null,
          unmet: 0,
          ratio: { targetPer1000: 3, targetYear: 2027 },
        },
      }),
      { horizonYears: 3, population: pop },
    );
    const r = simulate(sc, { deterministic: true });
    const rho = [2, 2.5, 3, 3];
    const popT = [10000, 10000, 12000, 12000];
    r.professions[0].demand.mean.forEach((d, k) => close(d, (rho[k] * popT[k]) / 1000));
  });

  it('task shifting moves demand after each profession’s own demand, scaled by the ratio', () => {
    const base = quietProfession(N_AGES, { stock: { female: atAge(30, 100), male: atAge(30, 0) } });
    const sc = singleProfession(base, {
      horizonYears: 3,
      professions: [
        { ...base, id: 'gp' },
        { ...base, id: 'nurse' },
      ],
      substitution: [
        { from: 'gp', to: 'nurse', share: 0.2, ratio: 1.5, startYear: 2026, fullYear: 2028 },
      ],
    });
    const r = simulate(sc, { deterministic: true });
    const ramp = [0, 0, 0.5, 1];
    ramp.forEach((w, k) => {
      close(r.professions[0].demand.mean[k], 100 * (1 - 0.2 * w));
      close(r.professions[1].demand.mean[k], 100 + 100 * 0.2 * w * 1.5);
    });
  });

  it('a certain shock raises demand for its duration and removes extra leavers the next year', () => {
    const sc = singleProfession(
      quietProfession(N_AGES, { stock: { female: atAge(30, 1000), male: atAge(30, 0) } }),
      {
        horizonYears: 4,
        shocks: [
          {
            name: 'crisis',
            probabilityPerYear: 1,
            durationYears: 2,
            demandIncrease: 0.1,
            extraExit: 0.05,
          },
        ],
      },
    );
    const r = simulate(sc, { runs: 3 });
    // Shocks start in every year 1..4: demand × 1.1 in year 1, × 1.21 from year 2 (overlap).
    [1, 1.1, 1.21, 1.21, 1.21].forEach((f, k) => close(r.professions[0].demand.mean[k], 1000 * f));
    // Exits of year k → k+1 include the shock starting in year k (none in year 0).
    [1000, 1000, 950, 902.5, 857.375].forEach((h, k) =>
      close(r.professions[0].headcount.mean[k], h),
    );
    // Deterministic mode switches shocks off.
    const det = simulate(sc, { deterministic: true });
    expect(det.professions[0].demand.mean.every((d) => Math.abs(d - 1000) < 1e-9)).toBe(true);
  });

  it('deterministic mode is one run at the point values: every percentile equals the mean', () => {
    const sc = singleProfession(
      quietProfession(N_AGES, {
        stock: { female: atAge(30, 1000), male: atAge(30, 0) },
        exits: {
          attrition: { dist: 'pert', min: 0, mode: 0.02, max: 0.1 },
          emigration: 0,
          retirement: { meanAge: 300, sd: 1 },
        },
      }),
    );
    const r = simulate(sc, { deterministic: true });
    expect(r.runs).toBe(1);
    expect(r.deterministic).toBe(true);
    const p = r.professions[0];
    p.headcount.mean.forEach((m, k) => close(m, 1000 * 0.98 ** k));
    for (const measure of [p.headcount, p.fte, p.demand, p.gap])
      for (const key of PERCENTILE_KEYS) expect(measure[key]).toEqual(measure.mean);
    expect(p.sensitivity).toEqual([]);
  });
});

describe('required intake', () => {
  function feedBack(sc: Scenario, deterministic: boolean, runs = 20) {
    const m = compile(sc);
    const block = runChunk(m, sc.simulation.seed, 0, runs, { deterministic });
    const P = m.professions.length;
    const H = m.horizon;
    const projector = new Projector(m);
    for (let r = 0; r < runs; r++) {
      const x = block.requiredIntake.subarray(r * P, (r + 1) * P);
      if (!x.every(Number.isFinite)) continue;
      const again = allocateRunBlock(m, 1);
      projector.run(sc.simulation.seed, r, again, 0, {
        deterministic,
        intakeOverride: Float64Array.from(x),
      });
      for (let p = 0; p < P; p++) {
        const at = p * (H + 1) + m.targetIndex;
        const gap = again.fte[at] - again.demand[at];
        expect(Math.abs(gap)).toBeLessThanOrEqual(1e-9 * Math.max(1, again.demand[at]));
      }
    }
  }

  it('closes the gap at the target year exactly when fed back as the intake (generated scenarios)', () => {
    fc.assert(
      fc.property(scenarioArb, fc.boolean(), (sc, det) => feedBack(sc, det, 5)),
      { numRuns: 60 },
    );
  });

  it('is unreachable, with a reason and no numbers, when no new graduate arrives by the target year', () => {
    const sc = singleProfession(
      quietProfession(N_AGES, {
        training: {
          intake: 10,
          durationYears: 9,
          completion: 1,
          entryRate: 1,
          entrants: { femaleShare: 0.5, ageMean: 30, ageSd: 2 },
        },
      }),
      { analysis: { targetYear: 2030, intakeFromYear: 2027 } },
    );
    const ri = simulate(sc, { runs: 10 }).professions[0].requiredIntake;
    expect(ri.unreachable).toBe(true);
    expect(ri.unreachableShare).toBe(1);
    expect(ri.p50).toBeNull();
    expect(ri.mean).toBeNull();
    expect(ri.reason).toMatch(/2027.*2036.*2030/);
  });

  it('is reported as a number, possibly negative, when supply would exceed demand', () => {
    const sc = singleProfession(
      quietProfession(N_AGES, {
        stock: { female: atAge(30, 1000), male: atAge(30, 0) },
        training: {
          intake: 50,
          durationYears: 2,
          completion: 1,
          entryRate: 1,
          entrants: { femaleShare: 0.5, ageMean: 25, ageSd: 1 },
        },
      }),
    );
    const ri = simulate(sc, { deterministic: true }).professions[0].requiredIntake;
    expect(ri.unreachable).toBe(false);
    // Demand stays 1000 and the stock stays 1000: every graduate is surplus, so x* < 0.
    expect(ri.mean).toBeLessThan(0);
  });
});

describe('properties on generated scenarios', () => {
  it('people are conserved every year: stock = stock before − leavers + entrants', () => {
    fc.assert(
      fc.property(scenarioArb, (sc) => {
        const m = compile(sc);
        const seen: YearFlows[] = [];
        const block = allocateRunBlock(m, 1);
        new Projector(m).run(sc.simulation.seed, 0, block, 0, {
          deterministic: false,
          trace: (_p, _k, f) => seen.push(f),
        });
        expect(seen.length).toBe(m.professions.length * m.horizon);
        for (const f of seen) close(f.stockAfter, f.stockBefore - f.leavers + f.entrants, 1e-9);
      }),
      { numRuns: 80 },
    );
  });

  it('percentiles are ordered, the shortage probability is in [0, 1], and every number is finite', () => {
    fc.assert(
      fc.property(scenarioArb, (sc) => {
        const r = simulate(sc, { runs: 40 });
        for (const p of r.professions) {
          for (const s of [p.headcount, p.fte, p.demand, p.gap]) {
            r.years.forEach((_, k) => {
              const v = PERCENTILE_KEYS.map((key) => s[key][k]);
              for (let i = 1; i < v.length; i++) expect(v[i]).toBeGreaterThanOrEqual(v[i - 1]);
              expect(Number.isFinite(s.mean[k])).toBe(true);
            });
          }
          p.shortageProbability.forEach((q) => expect(q >= 0 && q <= 1).toBe(true));
          for (const e of p.sensitivity) expect(Math.abs(e.rankCorrelation)).toBeLessThanOrEqual(1);
        }
        expect(JSON.stringify(r)).not.toMatch(/NaN|Infinity/);
      }),
      { numRuns: 60 },
    );
  });

  it('more attrition never raises supply under the same seed', () => {
    const shift = (d: Dist, by: number): Dist => {
      if (typeof d === 'number') return d + by;
      switch (d.dist) {
        case 'uniform':
          return { ...d, min: d.min + by, max: d.max + by };
        case 'triangular':
        case 'pert':
          return { ...d, min: d.min + by, mode: d.mode + by, max: d.max + by };
        case 'normal':
          return {
            ...d,
            mean: d.mean + by,
            min: (d.min ?? -Infinity) + by,
            max: (d.max ?? Infinity) + by,
          };
        case 'lognormal':
          return { ...d, median: d.median * (1 + by) };
      }
    };
    fc.assert(
      fc.property(scenarioArb, fc.double({ min: 0.001, max: 0.05, noNaN: true }), (sc, by) => {
        const more: Scenario = {
          ...sc,
          professions: sc.professions.map((p) => ({
            ...p,
            exits: { ...p.exits, attrition: shift(p.exits!.attrition!, by) },
          })),
        };
        const m1 = compile(sc);
        const m2 = compile(more);
        const a = runChunk(m1, 5, 0, 10, { deterministic: false });
        const b = runChunk(m2, 5, 0, 10, { deterministic: false });
        a.fte.forEach((v, i) => expect(b.fte[i]).toBeLessThanOrEqual(v + 1e-9 * Math.max(1, v)));
        a.headcount.forEach((v, i) =>
          expect(b.headcount[i]).toBeLessThanOrEqual(v + 1e-9 * Math.max(1, v)),
        );
      }),
      { numRuns: 60 },
    );
  });

  it('gives identical results for 1 chunk and 3 chunks, and for any chunk size', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 1, max: 12 }), (sc, chunk) => {
        const m = compile(sc);
        const one = runChunk(m, sc.simulation.seed, 0, 24, { deterministic: false });
        const three = concatRunBlocks(m, [
          runChunk(m, sc.simulation.seed, 0, 5, { deterministic: false }),
          runChunk(m, sc.simulation.seed, 5, 11, { deterministic: false }),
          runChunk(m, sc.simulation.seed, 16, 8, { deterministic: false }),
        ]);
        expect(three).toEqual(one);
        const whole: HwfResult = simulate(sc, { runs: 24 });
        expect(simulate(sc, { runs: 24, chunkSize: chunk })).toEqual(whole);
      }),
      { numRuns: 40 },
    );
  });

  it('only the once-per-run inputs that vary appear in the sensitivity, by JSON path', () => {
    const sc = singleProfession(
      quietProfession(N_AGES, {
        stock: { female: atAge(30, 1000), male: atAge(30, 0) },
        fteTrend: { dist: 'normal', mean: 0, sd: 0.01, resample: 'yearly' },
        exits: {
          attrition: { dist: 'uniform', min: 0.01, max: 0.1 },
          emigration: { dist: 'uniform', min: 0.01, max: 0.01 },
          retirement: { meanAge: 300, sd: 1 },
        },
      }),
    );
    const s = simulate(sc, { runs: 300 }).professions[0].sensitivity;
    expect(s.map((e) => e.input)).toEqual(['professions[0].exits.attrition']);
    expect(s[0].rankCorrelation).toBeLessThan(-0.8);
  });
});
