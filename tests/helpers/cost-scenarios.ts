/**
 * Costs (MODEL.md §7) added to generated scenarios, national or regional: random cost
 * inputs per profession (fixed, uncertain, some yearly, some left out), a currency and a
 * discount rate, and a programme cost on some policies.
 */
import fc from 'fast-check';
import type { Dist, ProfessionCosts } from '../../model/scenario/types.ts';

const money = (lo: number, hi: number): fc.Arbitrary<Dist> =>
  fc.oneof(
    fc.double({ min: lo, max: hi, noNaN: true }),
    fc
      .tuple(
        fc.double({ min: lo, max: hi, noNaN: true }),
        fc.double({ min: lo, max: hi, noNaN: true }),
        fc.boolean(),
      )
      .map(([a, b, y]) => ({
        dist: 'uniform' as const,
        min: Math.min(a, b),
        max: Math.max(a, b),
        ...(y ? { resample: 'yearly' as const } : {}),
      })),
    fc
      .tuple(
        fc.double({ min: Math.max(lo, 1), max: hi, noNaN: true }),
        fc.double({ min: 1.05, max: 1.5, noNaN: true }),
      )
      .map(([m, g]) => ({ dist: 'lognormal' as const, median: m, gsd: g })),
  );

const growth: fc.Arbitrary<Dist> = fc.oneof(
  fc.double({ min: -0.02, max: 0.04, noNaN: true }),
  fc.tuple(fc.double({ min: -0.01, max: 0.03, noNaN: true }), fc.boolean()).map(([m, y]) => ({
    dist: 'normal' as const,
    mean: m,
    sd: 0.005,
    ...(y ? { resample: 'yearly' as const } : {}),
  })),
);

const professionCosts: fc.Arbitrary<ProfessionCosts> = fc.record(
  {
    trainingPerStudentYear: money(0, 40_000),
    salaryPerFte: money(20_000, 120_000),
    salaryGrowth: growth,
    recruitmentPerImmigrant: money(0, 15_000),
  },
  { requiredKeys: [] },
);

interface Costable {
  professions: { costs?: ProfessionCosts }[];
  policies: { costPerYear?: Dist }[];
  costs?: { currency: string; discountRate: number };
}

/** A scenario of `base` with costs. */
export function withCostsArb<S extends Costable>(base: fc.Arbitrary<S>): fc.Arbitrary<S> {
  return base.chain((sc) =>
    fc
      .tuple(
        fc.array(professionCosts, {
          minLength: sc.professions.length,
          maxLength: sc.professions.length,
        }),
        fc.array(fc.option(money(0, 5_000_000), { nil: undefined }), {
          minLength: sc.policies.length,
          maxLength: sc.policies.length,
        }),
        fc.double({ min: 0, max: 0.06, noNaN: true }),
      )
      .map(([costs, programmes, rate]) => ({
        ...sc,
        costs: { currency: 'EUR', discountRate: rate },
        professions: sc.professions.map((p, i) => ({ ...p, costs: costs[i] })),
        policies: sc.policies.map((pol, i) =>
          programmes[i] === undefined ? pol : { ...pol, costPerYear: programmes[i] },
        ),
      })),
  );
}
