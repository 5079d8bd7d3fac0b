/* eslint-disable @typescript-eslint/no-unused-vars -- fields are left out by destructuring */
/**
 * Generated regional scenarios (MODEL.md §6) for property tests: 2–5 regions built from the
 * national arbitrary, with or without random mobility, graduate destinations and shares.
 */
import fc from 'fast-check';
import type { Dist } from '../../model/scenario/types.ts';
import type {
  RegionalPolicy,
  RegionalProfession,
  RegionalScenario,
  RegionMap,
} from '../../model/regions/types.ts';
import { scenarioArb } from './scenarios.ts';

const smallProb: fc.Arbitrary<Dist> = fc.oneof(
  fc.double({ min: 0, max: 0.2, noNaN: true }),
  fc
    .tuple(
      fc.double({ min: 0, max: 0.2, noNaN: true }),
      fc.double({ min: 0, max: 0.2, noNaN: true }),
    )
    .map(([a, b]) => ({ dist: 'uniform' as const, min: Math.min(a, b), max: Math.max(a, b) })),
  fc.tuple(fc.double({ min: 0.02, max: 0.18, noNaN: true }), fc.boolean()).map(([m, y]) => ({
    dist: 'normal' as const,
    mean: m,
    sd: 0.02,
    min: 0,
    max: 0.2,
    ...(y ? { resample: 'yearly' as const } : {}),
  })),
);

const shares = (n: number) =>
  fc
    .array(fc.double({ min: 0.05, max: 1, noNaN: true }), { minLength: n, maxLength: n })
    .map((w) => {
      const t = w.reduce((a, b) => a + b, 0);
      const s = w.map((x) => x / t);
      s[n - 1] = 1 - s.slice(0, n - 1).reduce((a, b) => a + b, 0);
      return s;
    });

/** Regional scenarios of 2–5 regions from the national arbitrary; with `mobility`, random
 *  mobility within bounds, graduate destinations and regional policies (mobility.out among
 *  them); without it, identity destinations and fixed immigration shares (invariant (b)). */
export function regionalArb(o: { mobility: boolean }): fc.Arbitrary<RegionalScenario> {
  return fc.tuple(scenarioArb, fc.integer({ min: 2, max: 5 })).chain(([sc, R]) => {
    const P = sc.professions.length;
    const ids = Array.from({ length: R }, (_, r) => `r${r}`);
    return fc
      .record({
        factors: fc.array(fc.double({ min: 0.1, max: 2, noNaN: true }), {
          minLength: R,
          maxLength: R,
        }),
        intakes: fc.array(
          fc.oneof(
            fc.double({ min: 0, max: 300, noNaN: true }),
            fc
              .tuple(
                fc.double({ min: 0, max: 300, noNaN: true }),
                fc.double({ min: 0, max: 300, noNaN: true }),
              )
              .map(([a, b]) => ({
                dist: 'uniform' as const,
                min: Math.min(a, b),
                max: Math.max(a, b),
              })),
          ),
          { minLength: R * P, maxLength: R * P },
        ),
        immShares: fc.array(fc.option(shares(R)), { minLength: P, maxLength: P }),
        immPerYear: fc.array(fc.double({ min: 0, max: 100, noNaN: true }), {
          minLength: P,
          maxLength: P,
        }),
        dest: fc.array(fc.option(shares(R)), { minLength: R * P, maxLength: R * P }),
        mobility: fc.array(fc.option(smallProb, { freq: 2 }), {
          minLength: R * R * P,
          maxLength: R * R * P,
        }),
        baseFte: fc.option(
          fc.array(fc.option(fc.double({ min: 0, max: 5000, noNaN: true })), {
            minLength: R,
            maxLength: R,
          }),
        ),
        regionPolicy: fc.option(
          fc.record({
            parameter: fc.constantFrom(
              'mobility.out' as const,
              'exits.attrition' as const,
              'training.intake' as const,
              'fte' as const,
            ),
            value: fc.double({ min: -0.5, max: 2, noNaN: true }),
            region: fc.integer({ min: 0, max: R - 1 }),
          }),
        ),
        popShares: fc.boolean(),
      })
      .map((g): RegionalScenario => {
        const map = <T>(f: (id: string, r: number) => T): RegionMap<T> =>
          Object.fromEntries(ids.map((id, r) => [id, f(id, r)]));
        const scale = (a: number[], r: number) => a.map((x) => x * g.factors[r]);
        const pop = sc.population;
        const population =
          pop && !('dataset' in pop)
            ? g.popShares
              ? { ...pop, regionShares: map((_, r) => shares1(R)[r]) }
              : {
                  ages: pop.ages,
                  years: pop.years,
                  regions: map((_, r) => ({
                    female: pop.female.map((row) => scale(row, r)),
                    male: pop.male.map((row) => scale(row, r)),
                  })),
                }
            : undefined;
        const professions = sc.professions.map((p, pi): RegionalProfession => {
          const { training, immigration, demand } = p;
          const given = g.immShares[pi];
          return {
            ...p,
            stock: map((_, r) => ({
              female: scale(p.stock.female, r),
              male: scale(p.stock.male, r),
            })),
            ...(training
              ? {
                  training: {
                    ...training,
                    intake: map((_, r) => g.intakes[pi * R + r]),
                    ...(training.pipeline ? { pipeline: map(() => training.pipeline!) } : {}),
                    ...(o.mobility
                      ? {
                          graduateDestinations: map((_, t) => {
                            const row = g.dest[pi * R + t];
                            return row ? map((_, r) => row[r]) : map((_, r) => (r === t ? 1 : 0));
                          }),
                        }
                      : {}),
                  },
                }
              : {}),
            ...(immigration
              ? {
                  immigration: {
                    ...immigration,
                    ...(o.mobility ? {} : { perYear: g.immPerYear[pi] }),
                    ...(!o.mobility || given
                      ? { regionShares: map((_, r) => (given ?? shares1(R))[r]) }
                      : {}),
                  },
                }
              : {}),
            ...(o.mobility
              ? {
                  mobility: map((_, f) => {
                    const row: RegionMap<Dist> = {};
                    ids.forEach((to, t) => {
                      const d = g.mobility[(pi * R + f) * R + t];
                      if (t !== f && d !== null) row[to] = d;
                    });
                    return row;
                  }),
                }
              : {}),
            demand: {
              ...demand,
              baseFte: g.baseFte ? map((_, r) => g.baseFte![r]) : null,
            },
          } as RegionalProfession;
        });
        const rp = g.regionPolicy;
        const policies: RegionalScenario['policies'] = [...sc.policies];
        if (rp && (o.mobility || rp.parameter !== 'mobility.out')) {
          policies.push({
            profession: sc.professions[0].id,
            parameter: rp.parameter,
            kind: 'relative',
            value: rp.value,
            startYear: 2026,
            fullYear: 2028,
            region: ids[rp.region],
          });
        }
        const { population: _np, ...national } = sc;
        return {
          ...national,
          simulation: { runs: 4, seed: sc.simulation.seed },
          regions: ids.map((id) => ({ id, name: id.toUpperCase() })),
          ...(population ? { population } : {}),
          professions,
          policies,
        };
      });
  });
}

/** Fixed shares 1/R (the last one closing the sum to 1). */
export function shares1(R: number): number[] {
  const s = new Array<number>(R).fill(1 / R);
  s[R - 1] = 1 - (R - 1) / R;
  return s;
}

/** What an extra policy may change, with the values it may take: a relative change, or an
 *  absolute one in the parameter's own units. Regional: may carry `region`. */
const POLICY_CHOICES = [
  { parameter: 'training.intake', regional: true, absolute: 60 },
  { parameter: 'exits.attrition', regional: true, absolute: 0.05 },
  { parameter: 'exits.emigration', regional: true, absolute: 0.05 },
  { parameter: 'fte', regional: true, absolute: 0.2 },
  { parameter: 'mobility.out', regional: true, absolute: null },
  { parameter: 'training.completion', regional: false, absolute: 0.1 },
  { parameter: 'training.entryRate', regional: false, absolute: 0.1 },
  { parameter: 'immigration.perYear', regional: false, absolute: 20 },
  { parameter: 'exits.retirement.meanAge', regional: false, absolute: 3 },
] as const;

/** A policy value: a number, or a range drawn once per run or every year. */
const policyValue = (size: number): fc.Arbitrary<Dist> =>
  fc.oneof(
    fc.double({ min: -size, max: size, noNaN: true }),
    fc
      .tuple(
        fc.double({ min: -size, max: size, noNaN: true }),
        fc.double({ min: -size, max: size, noNaN: true }),
        fc.boolean(),
      )
      .map(([a, b, yearly]) => ({
        dist: 'uniform' as const,
        min: Math.min(a, b),
        max: Math.max(a, b),
        ...(yearly ? { resample: 'yearly' as const } : {}),
      })),
  );

/** regionalArb with up to four more policies on any profession: regional ones (with
 *  `region`, `mobility.out` among them where people move) and national ones, relative and
 *  absolute, fixed or drawn (once per run or yearly). */
export function regionalPoliciesArb(o: { mobility: boolean }): fc.Arbitrary<RegionalScenario> {
  const choices = POLICY_CHOICES.filter((c) => o.mobility || c.parameter !== 'mobility.out');
  return regionalArb(o).chain((rs) => {
    const R = rs.regions.length;
    const H = rs.horizonYears;
    const policy = fc
      .record({
        choice: fc.constantFrom(...choices),
        profession: fc.constantFrom(...rs.professions.map((p) => p.id)),
        absolute: fc.boolean(),
        relative: policyValue(0.5),
        unit: policyValue(1),
        region: fc.option(fc.integer({ min: 0, max: R - 1 })),
        start: fc.integer({ min: 0, max: H }),
        span: fc.integer({ min: 0, max: H }),
      })
      .map((g): RegionalPolicy => {
        const absolute = g.absolute && g.choice.absolute !== null;
        const size = g.choice.absolute ?? 1;
        const scaled = (d: Dist): Dist =>
          typeof d === 'number'
            ? d * size
            : d.dist === 'uniform'
              ? { ...d, min: d.min * size, max: d.max * size }
              : d;
        return {
          profession: g.profession,
          parameter: g.choice.parameter,
          kind: absolute ? 'absolute' : 'relative',
          value: absolute ? scaled(g.unit) : g.relative,
          startYear: rs.baseYear + g.start,
          fullYear: rs.baseYear + Math.min(H, g.start + g.span),
          ...(g.choice.regional && g.region !== null ? { region: rs.regions[g.region].id } : {}),
        };
      });
    return fc
      .array(policy, { minLength: 1, maxLength: 4 })
      .map((extra) => ({ ...rs, policies: [...rs.policies, ...extra] }));
  });
}
