/* eslint-disable @typescript-eslint/no-unused-vars -- fields are left out by destructuring */
/**
 * The invariants of MODEL.md §6: (a) one region holding everything is the national
 * scenario, bit for bit; (b) without mobility, each region is its own national scenario;
 * (c) national = Σ regions in every run; (d) moves conserve people.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { simulate } from '../../model/projection/simulate.ts';
import type { Dist, Profession, Scenario } from '../../model/scenario/types.ts';
import { runRegions, simulateRegions } from '../../model/regions/simulate.ts';
import { RegionalProjector } from '../../model/regions/project.ts';
import { compileRegional } from '../../model/regions/compile.ts';
import { parseRegionalScenario } from '../../model/regions/parse.ts';
import { allocateRunBlock } from '../../model/packed/run-block.ts';
import type { RegionalProfession, RegionalScenario, RegionMap } from '../../model/regions/types.ts';
import type { HwfResult } from '../../model/result/result.ts';
import { scenarioArb } from '../helpers/scenarios.ts';

/** The scenario with one region, "all", holding everything. */
function oneRegion(sc: Scenario): RegionalScenario {
  const id = 'all';
  const one = <T>(v: T): RegionMap<T> => ({ [id]: v });
  const { population: pop, ...rest } = sc;
  return {
    ...rest,
    regions: [{ id, name: 'All' }],
    ...(pop && !('dataset' in pop)
      ? {
          population: {
            ages: pop.ages,
            years: pop.years,
            regions: one({ female: pop.female, male: pop.male }),
          },
        }
      : {}),
    professions: sc.professions.map((p): RegionalProfession => {
      const { training, demand } = p;
      return {
        ...p,
        stock: one(p.stock),
        ...(training
          ? {
              training: {
                ...training,
                intake: one(training.intake),
                ...(training.pipeline ? { pipeline: one(training.pipeline) } : {}),
              },
            }
          : {}),
        demand: { ...demand, baseFte: demand.baseFte === null ? null : one(demand.baseFte) },
      } as RegionalProfession;
    }),
  };
}

/** Region-suffixed input paths back to the national ones. */
function nationalPaths<T extends { professions: HwfResult['professions'] }>(r: T): T {
  return {
    ...r,
    professions: r.professions.map((p) => {
      const {
        densityRatio: _d,
        densityPer1000: _e,
        ...rest
      } = p as typeof p & {
        densityRatio?: unknown;
        densityPer1000?: unknown;
      };
      return {
        ...rest,
        sensitivity: p.sensitivity.map((s) => ({
          ...s,
          input: s.input.replace(/\.(training\.intake|demand\.baseFte)\.all$/, '.$1'),
        })),
      };
    }),
  };
}

describe('(a) one region holding everything', () => {
  it('gives the national results bit for bit, nationally and for the region', () => {
    fc.assert(
      fc.property(scenarioArb, fc.boolean(), (sc, deterministic) => {
        const expected = simulate(sc, { deterministic, runs: 12 });
        const got = simulateRegions(oneRegion(sc), { deterministic, runs: 12 });
        const { regions, ...nationalDoc } = got;
        expect(nationalPaths(nationalDoc)).toEqual(expected);
        expect(nationalPaths(regions[0]).professions).toEqual(expected.professions);
      }),
      { numRuns: 40 },
    );
  });

  it('holds with a baseFte distribution, a regional policy and population shares', () => {
    fc.assert(
      fc.property(scenarioArb, (sc) => {
        const withBase: Scenario = {
          ...sc,
          professions: sc.professions.map((p): Profession => ({
            ...p,
            demand: {
              ...p.demand,
              baseFte: { dist: 'uniform', min: 100, max: 300 },
            },
          })),
          policies: [
            ...sc.policies,
            {
              profession: sc.professions[0].id,
              parameter: 'exits.attrition',
              kind: 'absolute',
              value: 0.01,
              startYear: 2026,
              fullYear: 2027,
            },
          ],
        };
        const one = oneRegion(withBase);
        one.policies = one.policies.map((p, i) =>
          i === one.policies.length - 1 ? { ...p, region: 'all' } : p,
        );
        const pop = withBase.population;
        if (pop && !('dataset' in pop)) one.population = { ...pop, regionShares: { all: 1 } };
        const expected = simulate(withBase, { runs: 8 });
        const { regions: _r, ...got } = simulateRegions(one, { runs: 8 });
        expect(nationalPaths(got)).toEqual(expected);
      }),
      { numRuns: 15 },
    );
  });
});

/** A region's own national scenario: its stock, population, intake, baseFte and
 *  immigration perYear × share (MODEL.md §6 (b)). */
function regionAlone(rs: RegionalScenario, r: number): Scenario {
  const id = rs.regions[r].id;
  const pop = rs.population;
  const { regions: _x, population: _y, ...rest } = rs;
  return {
    ...rest,
    ...(pop && 'regions' in pop
      ? {
          population: {
            ages: pop.ages,
            years: pop.years,
            female: pop.regions[id].female,
            male: pop.regions[id].male,
          },
        }
      : pop && 'female' in pop
        ? {
            population: {
              ages: pop.ages,
              years: pop.years,
              female: pop.female.map((row) => row.map((x) => x * pop.regionShares[id])),
              male: pop.male.map((row) => row.map((x) => x * pop.regionShares[id])),
            },
          }
        : {}),
    policies: rs.policies
      .filter((p) => p.region === undefined || p.region === id)
      .map(({ region: _r, ...p }) => p) as Scenario['policies'],
    professions: rs.professions.map((p): Profession => {
      const { mobility: _m, training, immigration, demand, stock, ...others } = p;
      const share = immigration?.regionShares?.[id] ?? 1;
      const per = immigration?.perYear;
      return {
        ...others,
        stock: stock[id],
        ...(training
          ? {
              training: (({ graduateDestinations: _g, ...t }) => ({
                ...t,
                intake: training.intake[id],
                ...(training.pipeline ? { pipeline: training.pipeline[id] } : {}),
              }))(training),
            }
          : {}),
        ...(immigration
          ? {
              immigration: {
                entrants: immigration.entrants,
                perYear: typeof per === 'number' ? per * share : 0,
              },
            }
          : {}),
        demand: { ...demand, baseFte: demand.baseFte === null ? null : demand.baseFte[id] },
      } as Profession;
    }),
  };
}

describe('(b) without mobility each region is its own national scenario', () => {
  it('in deterministic mode', () => {
    fc.assert(
      fc.property(regionalArb({ mobility: false }), (rs) => {
        const got = simulateRegions(rs, { deterministic: true });
        rs.regions.forEach((_, r) => {
          const alone = simulate(regionAlone(rs, r), { deterministic: true });
          const mine = got.regions[r].professions.map(({ densityPer1000: _d, ...rest }) => rest);
          expect(mine).toEqual(alone.professions);
        });
      }),
      { numRuns: 30 },
    );
  });
});

describe('(c) national = Σ regions, (d) moves conserve people', () => {
  it('in every run, on generated regional scenarios with mobility', () => {
    fc.assert(
      fc.property(
        regionalArb({ mobility: true }),
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        (rs, seed) => {
          // The generated scenario is valid by the regional rules.
          const parsed = parseRegionalScenario(structuredClone(rs));
          expect(parsed.ok ? [] : parsed.errors).toEqual([]);
          const model = compileRegional(rs);
          const P = rs.professions.length;
          const H = rs.horizonYears;
          const runs = 4;
          const { blocks } = runRegions(rs, { runs, seed });
          for (const field of ['headcount', 'fte', 'demand'] as const) {
            for (let i = 0; i < runs * P * (H + 1); i++) {
              let sum = 0;
              for (const b of blocks.regions) sum += b[field][i];
              const nat = blocks.national[field][i];
              expect(Math.abs(nat - sum)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(sum)));
              for (const b of blocks.regions) expect(b[field][i]).toBeGreaterThanOrEqual(0);
            }
          }
          // (d): Σ_r S″ = Σ_r S′, and every moved number is within what was there.
          const projector = new RegionalProjector(model);
          const sizes = {
            professions: P,
            horizon: H,
            inputs: model.inputs.length,
            ages: model.national.nAges,
          };
          const out = {
            regions: model.regionIds.map(() => allocateRunBlock(sizes, 1)),
            national: allocateRunBlock(sizes, 1),
          };
          let calls = 0;
          projector.run(seed, 0, out, 0, {
            deterministic: false,
            trace: (_p, _k, f) => {
              calls++;
              const before = f.afterExits.reduce((a, b) => a + b, 0);
              const after = f.afterMoves.reduce((a, b) => a + b, 0);
              expect(Math.abs(after - before)).toBeLessThanOrEqual(1e-9 * Math.max(1, before));
              f.moved.forEach((row, r) => {
                const out = row.reduce((a, b) => a + b, 0);
                expect(out).toBeLessThanOrEqual(f.afterExits[r] * (1 + 1e-12));
                row.forEach((x) => expect(x).toBeGreaterThanOrEqual(0));
              });
              f.afterMoves.forEach((x) => expect(x).toBeGreaterThanOrEqual(0));
            },
          });
          expect(calls).toBe(P * H);
        },
      ),
      { numRuns: 40 },
    );
  });
});

// ---- generated regional scenarios ---------------------------------------------------

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
function regionalArb(o: { mobility: boolean }): fc.Arbitrary<RegionalScenario> {
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
function shares1(R: number): number[] {
  const s = new Array<number>(R).fill(1 / R);
  s[R - 1] = 1 - (R - 1) / R;
  return s;
}
