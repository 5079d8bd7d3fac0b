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
import { regionalArb, shares1 } from '../helpers/regional-scenarios.ts';
import { nationalPaths, oneRegion } from '../helpers/one-region.ts';
import { scenarioArb } from '../helpers/scenarios.ts';

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
            costs: 0,
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
