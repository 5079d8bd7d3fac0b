/**
 * Costs (MODEL.md §7) in the reference: hand-checkable cases with fixed inputs, discounting,
 * a property (more intake never lowers the training cost under the same seed), chunking,
 * and the rules the parser applies to cost inputs.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { simulate } from '../../model/projection/simulate.ts';
import { parseScenario } from '../../model/scenario/parse.ts';
import type { Policy, Scenario } from '../../model/scenario/types.ts';
import { exampleJson, quietProfession, singleProfession } from '../helpers/scenarios.ts';
import { resultToCsv } from '../../model/result/result-csv.ts';

const N_AGES = 50; // ages 20..69

/** One profession: 1 000 people aged 40, 60 students a year for 3 years, 10 immigrants. */
function costed(extra: Partial<Scenario> = {}, costs = {}): Scenario {
  const stock = new Array<number>(N_AGES).fill(0);
  stock[20] = 1000;
  const p = quietProfession(N_AGES, {
    stock: { female: stock, male: new Array<number>(N_AGES).fill(0) },
    fte: 0.8,
    training: {
      intake: 60,
      durationYears: 3,
      completion: 0.9,
      entryRate: 1,
      pipeline: [50, 40, 30],
      entrants: { femaleShare: 0.5, ageMean: 25, ageSd: 2 },
    },
    immigration: { perYear: 10, entrants: { femaleShare: 0.5, ageMean: 30, ageSd: 5 } },
    exits: { attrition: 0.05, emigration: 0, retirement: { meanAge: 300, sd: 1 } },
    costs: {
      trainingPerStudentYear: 20_000,
      salaryPerFte: 50_000,
      salaryGrowth: 0.02,
      recruitmentPerImmigrant: 8_000,
      ...costs,
    },
  });
  return { ...singleProfession(p), costs: { currency: 'EUR', discountRate: 0.03 }, ...extra };
}

const close = (a: number, b: number) => expect(a).toBeCloseTo(b, 6);

describe('costs, by hand (fixed inputs, deterministic)', () => {
  it('training pays for the students of the last L intake years, pipeline included', () => {
    const r = simulate(costed(), { deterministic: true });
    const t = r.professions[0].cost!.training.mean;
    expect(t[0]).toBe(0);
    // Intake years j = 1−L..k: j = −2, −1, 0 are the pipeline's study years 3, 2, 1.
    const intake = (j: number) => (j <= 0 ? [50, 40, 30][-j] : 60);
    for (let k = 1; k <= 10; k++) close(t[k], 20_000 * (intake(k - 2) + intake(k - 1) + intake(k)));
    close(t[1], 20_000 * (40 + 50 + 60));
    close(t[3], 20_000 * 180);
  });

  it('salary = salaryPerFte × growth × FTE, recruitment = cost × immigrants', () => {
    const r = simulate(costed(), { deterministic: true });
    const prof = r.professions[0];
    const c = prof.cost!;
    for (let k = 1; k <= 10; k++) {
      close(c.salary.mean[k], 50_000 * 1.02 ** k * prof.fte.mean[k]);
      close(c.recruitment.mean[k], 8_000 * 10);
      close(c.total.mean[k], c.training.mean[k] + c.salary.mean[k] + c.recruitment.mean[k]);
    }
    expect(c.salary.mean[0]).toBe(0);
  });

  it('the present value discounts years 1..H by (1 + rate)^k', () => {
    const r = simulate(costed(), { deterministic: true });
    const c = r.professions[0].cost!;
    let pv = 0;
    for (let k = 1; k <= 10; k++) pv += c.total.mean[k] / 1.03 ** k;
    close(c.presentValue.mean / 1e6, pv / 1e6);
    // Deterministic: every percentile is the mean.
    expect(c.presentValue.p5).toBe(c.presentValue.mean);
    // Without discounting it is the plain sum.
    const flat = simulate(costed({ costs: { currency: 'EUR', discountRate: 0 } }), {
      deterministic: true,
    }).professions[0].cost!;
    close(flat.presentValue.mean / 1e6, flat.total.mean.reduce((a, b) => a + b, 0) / 1e6);
  });

  it('a programme costs its cost per year times its ramp, at its profession', () => {
    const policy: Policy = {
      profession: 'p',
      parameter: 'exits.attrition',
      kind: 'relative',
      value: -0.2,
      startYear: 2027,
      fullYear: 2029,
      costPerYear: 1_000_000,
    };
    const r = simulate(costed({ policies: [policy] }), { deterministic: true });
    const prog = r.professions[0].cost!.programmes.mean;
    // ramp: 2026 → 0, 2027 → 0, 2028 → 0.5, 2029 on → 1.
    expect(prog.slice(0, 5)).toEqual([0, 0, 0, 500_000, 1_000_000]);
    expect(prog[10]).toBe(1_000_000);
  });

  it('the scenario total adds every profession, and has the currency and the rate', () => {
    const sc = costed();
    const two: Scenario = {
      ...sc,
      professions: [sc.professions[0], { ...sc.professions[0], id: 'q', name: 'Q' }],
    };
    const r = simulate(two, { deterministic: true });
    const [a, b] = r.professions.map((p) => p.cost!);
    expect(r.cost!.currency).toBe('EUR');
    expect(r.cost!.discountRate).toBe(0.03);
    for (let k = 0; k <= 10; k++) close(r.cost!.total.mean[k], a.total.mean[k] + b.total.mean[k]);
    close(r.cost!.presentValue.mean, a.presentValue.mean + b.presentValue.mean);
  });

  it('a scenario without costs writes no cost key', () => {
    const r = simulate(singleProfession(quietProfession(N_AGES)), { deterministic: true });
    expect(r.cost).toBeUndefined();
    expect(r.professions[0].cost).toBeUndefined();
    expect(JSON.stringify(r)).not.toContain('"cost"');
  });
});

describe('costs over many runs', () => {
  it('more intake never lowers the training cost of any year, under the same seed', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 2, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 0, max: 2 ** 31 }),
        (more, extra, seed) => {
          const base = costed(
            { simulation: { runs: 40, seed } },
            { trainingPerStudentYear: { dist: 'uniform', min: 10_000, max: 30_000 } },
          );
          const prof = base.professions[0];
          const training = {
            ...prof.training!,
            intake: { dist: 'uniform' as const, min: 40, max: 80 },
          };
          const at = (v: number) =>
            simulate({
              ...base,
              professions: [{ ...prof, training }],
              policies: [
                {
                  profession: 'p',
                  parameter: 'training.intake',
                  kind: 'relative',
                  value: v,
                  startYear: 2026,
                  fullYear: 2026,
                },
              ],
            }).professions[0].cost!.training;
          const lo = at(more);
          const hi = at(more + extra);
          for (let k = 0; k <= 10; k++) {
            expect(hi.mean[k]).toBeGreaterThanOrEqual(lo.mean[k]);
            expect(hi.p50[k]).toBeGreaterThanOrEqual(lo.p50[k]);
          }
        },
      ),
      { numRuns: 15 },
    );
  });

  it('the cost summary does not depend on the chunk size, and uncertain costs have bands', () => {
    const sc = costed(
      { simulation: { runs: 300, seed: 7 } },
      {
        salaryPerFte: { dist: 'normal', mean: 50_000, sd: 5_000, min: 30_000, max: 70_000 },
        salaryGrowth: { dist: 'uniform', min: 0, max: 0.03, resample: 'yearly' },
      },
    );
    const a = simulate(sc, { chunkSize: 300 });
    const b = simulate(sc, { chunkSize: 37 });
    expect(JSON.stringify(b.cost)).toBe(JSON.stringify(a.cost));
    const pv = a.cost!.presentValue;
    expect(pv.p5).toBeLessThan(pv.p50);
    expect(pv.p50).toBeLessThan(pv.p95);
    // Cost inputs cannot change the gap: the sensitivity analysis never lists them.
    expect(a.professions[0].sensitivity.map((s) => s.input).join()).not.toContain('costs');
  });

  it('costs leave every other number of the result as it was', () => {
    const sc = costed({ simulation: { runs: 100, seed: 3 } });
    const without: Scenario = {
      ...sc,
      costs: undefined,
      professions: sc.professions.map(({ costs: _, ...p }) => p),
    };
    delete without.costs;
    const a = simulate(sc);
    const b = simulate(without);
    expect(JSON.stringify(a.professions.map(({ cost: _, ...p }) => p))).toBe(
      JSON.stringify(b.professions),
    );
  });
});

describe('cost inputs in the parser', () => {
  const doc = () => exampleJson('minimal') as Record<string, unknown> & { professions: object[] };

  it('reads the costs and keeps them', () => {
    const d = doc();
    d.costs = { currency: 'EUR', discountRate: 0.03 };
    (d.professions[0] as Record<string, unknown>).costs = { salaryPerFte: 50_000 };
    const r = parseScenario(d);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.scenario.costs).toEqual({ currency: 'EUR', discountRate: 0.03 });
    expect(r.scenario.professions[0].costs).toEqual({ salaryPerFte: 50_000 });
  });

  it('the discount rate defaults to 0', () => {
    const d = doc();
    d.costs = { currency: 'PLN' };
    const r = parseScenario(d);
    expect(r.ok && r.scenario.costs).toEqual({ currency: 'PLN', discountRate: 0 });
  });

  it.each([
    [{ currency: 'euro' }, 'costs.currency', 'three-letter currency code'],
    [{}, 'costs.currency', 'is missing'],
    [{ currency: 'EUR', discountRate: -0.1 }, 'costs.discountRate', 'between 0 and 0.5'],
  ])('refuses the settings %j at %s', (costs, path, words) => {
    const d = doc();
    d.costs = costs;
    const r = parseScenario(d);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.find((e) => e.path === path)?.message).toContain(words);
  });

  it.each([
    [{ salaryPerFte: -5 }, 'professions[0].costs.salaryPerFte', 'a cost cannot be negative'],
    [
      { trainingPerStudentYear: { dist: 'uniform', min: 5, max: 2 } },
      'professions[0].costs.trainingPerStudentYear',
      'lowest',
    ],
    [{ salaryGrowth: -2 }, 'professions[0].costs.salaryGrowth', 'greater than -1'],
    [
      { recruitmentPerImmigrant: 2e12 },
      'professions[0].costs.recruitmentPerImmigrant',
      'more than',
    ],
  ])('refuses the profession costs %j', (costs, path, words) => {
    const d = doc();
    d.costs = { currency: 'EUR' };
    (d.professions[0] as Record<string, unknown>).costs = costs;
    const r = parseScenario(d);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const found = r.errors.find((e) => e.path.startsWith(path));
    expect(found?.message).toContain(words);
  });

  it("refuses a negative programme cost at the policy's path", () => {
    const sc = exampleJson('exampleland') as { policies: Record<string, unknown>[] };
    sc.policies[0].costPerYear = -1;
    const r = parseScenario(sc);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0]).toMatchObject({
      path: 'policies[0].costPerYear',
      message: 'a cost cannot be negative (got -1)',
    });
  });
});

describe('costs in the CSV result', () => {
  it('writes every kind per year, the present value, and every profession together', () => {
    const r = simulate(costed({ simulation: { runs: 50, seed: 4 } }));
    const lines = resultToCsv(r).trimEnd().split('\n');
    const rows = lines.slice(1).map((l) => l.split(','));
    const find = (who: string, measure: string, year: string, stat: string) =>
      rows.find((x) => x[0] === who && x[1] === measure && x[2] === year && x[3] === stat)?.[4];
    expect(Number(find('p', 'cost.salary', '2030', 'p50'))).toBe(
      r.professions[0].cost!.salary.p50[5],
    );
    expect(Number(find('p', 'cost.presentValue', '', 'mean'))).toBe(
      r.professions[0].cost!.presentValue.mean,
    );
    expect(Number(find('(all)', 'cost.total', '2035', 'p95'))).toBe(r.cost!.total.p95[10]);
    const kinds = new Set(rows.filter((x) => x[0] === 'p').map((x) => x[1]));
    for (const k of ['training', 'salary', 'recruitment', 'programmes', 'total', 'presentValue']) {
      expect(kinds.has(`cost.${k}`)).toBe(true);
    }
  });
});
