/**
 * Test scenarios: the built-in examples, a small hand-checkable builder, and a fast-check
 * arbitrary of valid scenarios (used by the property and differential tests).
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { Dist, Profession, Scenario } from '../../model/scenario/types.ts';

export const EXAMPLES = ['minimal', 'exampleland'] as const;

export function exampleJson(name: (typeof EXAMPLES)[number]): unknown {
  return JSON.parse(
    readFileSync(new URL(`../../app/data/examples/${name}.json`, import.meta.url), 'utf8'),
  );
}

/** Fill the defaults the parser fills, for objects already known to be valid. */
export function withDefaults(
  s: Omit<Scenario, 'analysis' | 'substitution' | 'policies' | 'shocks'> &
    Partial<Pick<Scenario, 'analysis' | 'substitution' | 'policies' | 'shocks'>>,
): Scenario {
  return {
    ...s,
    substitution: s.substitution ?? [],
    policies: s.policies ?? [],
    shocks: s.shocks ?? [],
    analysis: s.analysis ?? {
      targetYear: s.baseYear + s.horizonYears,
      intakeFromYear: s.baseYear + 1,
    },
  };
}

/** One profession with everything switched off: no intake, no immigration, no exits. */
export function quietProfession(nAges: number, overrides: Partial<Profession> = {}): Profession {
  return {
    id: 'p',
    name: 'P',
    stock: { female: new Array<number>(nAges).fill(0), male: new Array<number>(nAges).fill(0) },
    fte: 1,
    fteTrend: 0,
    training: {
      intake: 0,
      durationYears: 3,
      completion: 1,
      entryRate: 1,
      entrants: { femaleShare: 0.5, ageMean: 25, ageSd: 2 },
    },
    immigration: { perYear: 0, entrants: { femaleShare: 0.5, ageMean: 30, ageSd: 5 } },
    exits: { attrition: 0, emigration: 0, retirement: { meanAge: 300, sd: 1 } },
    demand: { method: 'utilisation', baseFte: null, unmet: 0 },
    ...overrides,
  };
}

export function singleProfession(p: Profession, extra: Partial<Scenario> = {}): Scenario {
  return withDefaults({
    schema: 'hwf-scenario/1',
    name: 'test',
    description: '',
    baseYear: 2025,
    horizonYears: 10,
    simulation: { runs: 200, seed: 1 },
    ages: { min: 20, max: 69 },
    professions: [p],
    ...extra,
  });
}

// ---- fast-check arbitrary of valid scenarios ----------------------------------------

const prob = (lo = 0, hi = 1): fc.Arbitrary<Dist> =>
  fc.oneof(
    fc.double({ min: lo, max: hi, noNaN: true }),
    fc
      .tuple(
        fc.double({ min: lo, max: hi, noNaN: true }),
        fc.double({ min: lo, max: hi, noNaN: true }),
      )
      .map(([a, b]) => ({ dist: 'uniform' as const, min: Math.min(a, b), max: Math.max(a, b) })),
    fc
      .tuple(
        fc.constantFrom('triangular' as const, 'pert' as const),
        fc.array(fc.double({ min: lo, max: hi, noNaN: true }), { minLength: 3, maxLength: 3 }),
      )
      .map(([dist, v]) => {
        const [a, c, b] = [...v].sort((x, y) => x - y);
        return { dist, min: a, mode: c, max: b };
      }),
    fc
      .tuple(
        fc.double({ min: lo, max: hi, noNaN: true }),
        fc.double({ min: 0.001, max: 0.05, noNaN: true }),
      )
      .map(([m, sd]) => ({ dist: 'normal' as const, mean: m, sd, min: lo, max: hi })),
  );

const count = (lo: number, hi: number): fc.Arbitrary<Dist> =>
  fc.oneof(
    fc.double({ min: lo, max: hi, noNaN: true }),
    fc
      .tuple(
        fc.double({ min: lo, max: hi, noNaN: true }),
        fc.double({ min: lo, max: hi, noNaN: true }),
      )
      .map(([a, b]) => ({ dist: 'uniform' as const, min: Math.min(a, b), max: Math.max(a, b) })),
    fc
      .tuple(
        fc.double({ min: Math.max(lo, 1), max: hi, noNaN: true }),
        fc.double({ min: 1.05, max: 2, noNaN: true }),
        fc.boolean(),
      )
      .map(([m, g, y]) => ({
        dist: 'lognormal' as const,
        median: m,
        gsd: g,
        ...(y ? { resample: 'yearly' as const } : {}),
      })),
  );

const rate: fc.Arbitrary<Dist> = fc.oneof(
  fc.double({ min: -0.02, max: 0.02, noNaN: true }),
  fc
    .tuple(
      fc.double({ min: -0.02, max: 0.02, noNaN: true }),
      fc.double({ min: 0.0001, max: 0.01, noNaN: true }),
      fc.boolean(),
    )
    .map(([m, sd, y]) => ({
      dist: 'normal' as const,
      mean: m,
      sd,
      ...(y ? { resample: 'yearly' as const } : {}),
    })),
);

function professionArb(
  id: string,
  nAges: number,
  nPopAges: number | null,
): fc.Arbitrary<Profession> {
  const ages = (lo: number, hi: number) =>
    fc.array(fc.double({ min: lo, max: hi, noNaN: true }), { minLength: nAges, maxLength: nAges });
  return fc
    .record({
      stockF: ages(0, 200),
      stockM: ages(0, 200),
      fte: fc.oneof(
        fc.double({ min: 0.3, max: 1.1, noNaN: true }),
        fc.record({ female: ages(0.3, 1), male: ages(0.3, 1) }),
      ),
      fteTrend: rate,
      intake: count(0, 500),
      duration: fc.integer({ min: 1, max: 6 }),
      completion: prob(0.5, 1),
      entryRate: prob(0.5, 1),
      pipeline: fc.boolean(),
      imm: count(0, 100),
      attrition: prob(0, 0.08),
      emigration: prob(0, 0.02),
      retMean: fc.oneof(
        fc.double({ min: 55, max: 70, noNaN: true }),
        fc.constant<Dist>({ dist: 'triangular', min: 60, mode: 63, max: 67 }),
      ),
      retSd: fc.double({ min: 0.5, max: 5, noNaN: true }),
      unmet: fc.oneof(fc.constant<Dist>(0), prob(0, 0.1)),
      trend: rate,
      ratio: fc.boolean(),
    })
    .map((r): Profession => ({
      id,
      name: id.toUpperCase(),
      stock: { female: r.stockF, male: r.stockM },
      fte: r.fte,
      fteTrend: r.fteTrend,
      training: {
        intake: r.intake,
        durationYears: r.duration,
        completion: r.completion,
        entryRate: r.entryRate,
        ...(r.pipeline
          ? { pipeline: Array.from({ length: r.duration }, (_, i) => 100 + 10 * i) }
          : {}),
        entrants: { femaleShare: 0.7, ageMean: 25, ageSd: 2 },
      },
      immigration: { perYear: r.imm, entrants: { femaleShare: 0.6, ageMean: 32, ageSd: 5 } },
      exits: {
        attrition: r.attrition,
        emigration: r.emigration,
        retirement: { meanAge: r.retMean, sd: r.retSd },
      },
      demand:
        r.ratio && nPopAges !== null
          ? {
              method: 'ratio',
              baseFte: null,
              unmet: r.unmet,
              ratio: { targetPer1000: { dist: 'uniform', min: 1, max: 3 }, targetYear: 2030 },
            }
          : {
              method: 'utilisation',
              baseFte: null,
              unmet: r.unmet,
              trends: { epidemiology: r.trend },
              ...(nPopAges !== null
                ? {
                    utilisation: {
                      female: new Array<number>(nPopAges).fill(1.2),
                      male: new Array<number>(nPopAges).fill(0.9),
                    },
                  }
                : {}),
            },
    }));
}

/** Valid scenarios: 1–3 professions, optional population, policies, task shifting, shocks. */
export const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    horizon: fc.integer({ min: 1, max: 12 }),
    minAge: fc.integer({ min: 18, max: 25 }),
    nAges: fc.integer({ min: 15, max: 50 }),
    nProf: fc.integer({ min: 1, max: 3 }),
    withPop: fc.boolean(),
    seed: fc.integer({ min: 0, max: 0xffffffff }),
  })
  .chain(({ horizon, minAge, nAges, nProf, withPop, seed }) => {
    const popAges = 30;
    const ids = ['a', 'b', 'c'].slice(0, nProf);
    return fc
      .record({
        professions: fc.tuple(
          ...ids.map((id) => professionArb(id, nAges, withPop ? popAges : null)),
        ),
        policy: fc.option(
          fc.record({
            value: prob(-0.3, 0.3),
            param: fc.constantFrom(
              'training.intake',
              'exits.attrition',
              'fte',
              'exits.retirement.meanAge' as const,
            ),
          }),
        ),
        shock: fc.option(
          fc.record({ p: fc.double({ min: 0, max: 0.5, noNaN: true }), extra: prob(0, 0.05) }),
        ),
        share: prob(0, 0.3),
        popGrowth: fc.double({ min: -0.01, max: 0.02, noNaN: true }),
      })
      .map((r): Scenario => {
        const years = Array.from({ length: horizon + 1 }, (_, k) => 2025 + k);
        const row = (k: number, s: number) =>
          Array.from({ length: popAges }, (_, a) => (1000 + 20 * a) * s * (1 + r.popGrowth) ** k);
        const policyParam = r.policy?.param;
        return withDefaults({
          schema: 'hwf-scenario/1',
          name: 'generated',
          description: '',
          baseYear: 2025,
          horizonYears: horizon,
          simulation: { runs: 20, seed },
          ages: { min: minAge, max: minAge + nAges - 1 },
          ...(withPop
            ? {
                population: {
                  ages: { min: 0, max: popAges - 1 },
                  years,
                  female: years.map((_, k) => row(k, 1)),
                  male: years.map((_, k) => row(k, 0.95)),
                },
              }
            : {}),
          professions: r.professions,
          substitution:
            nProf > 1
              ? [
                  {
                    from: 'a',
                    to: 'b',
                    share: r.share,
                    ratio: 1.2,
                    startYear: 2026,
                    fullYear: 2029,
                  },
                ]
              : [],
          policies:
            r.policy && policyParam
              ? [
                  {
                    profession: 'a',
                    parameter: policyParam,
                    kind: policyParam === 'exits.retirement.meanAge' ? 'absolute' : 'relative',
                    value: r.policy.value,
                    startYear: 2026,
                    fullYear: 2028,
                  },
                ]
              : [],
          shocks: r.shock
            ? [
                {
                  name: 'crisis',
                  probabilityPerYear: r.shock.p,
                  durationYears: 2,
                  demandIncrease: 0.1,
                  extraExit: r.shock.extra,
                },
              ]
            : [],
          analysis: { targetYear: 2025 + horizon, intakeFromYear: 2026 },
        });
      });
  });
