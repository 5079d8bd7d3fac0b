/**
 * Costs with regions (MODEL.md §6–7): one region holding everything costs what the national
 * scenario costs, bit for bit; the nation's costs are the regions' sums in every run; a
 * regional programme is paid in its region, a national one shared by FTE.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { simulate } from '../../model/projection/simulate.ts';
import { runRegions, simulateRegions } from '../../model/regions/simulate.ts';
import { flattenRegionalBlocks } from '../../model/regions/flat.ts';
import { COST_KINDS } from '../../model/packed/run-block.ts';
import { scenarioArb } from '../helpers/scenarios.ts';
import { regionalArb } from '../helpers/regional-scenarios.ts';
import { nationalPaths, oneRegion } from '../helpers/one-region.ts';
import { withCostsArb } from '../helpers/cost-scenarios.ts';

describe('regional costs', () => {
  it('one region holding everything costs what the nation costs, bit for bit', () => {
    fc.assert(
      fc.property(withCostsArb(scenarioArb), fc.boolean(), (sc, deterministic) => {
        const expected = simulate(sc, { deterministic, runs: 10 });
        const { regions, ...got } = simulateRegions(oneRegion(sc), { deterministic, runs: 10 });
        expect(expected.cost).toBeDefined();
        expect(nationalPaths(got)).toEqual(expected);
        expect(regions[0].professions.map((p) => p.cost)).toEqual(
          expected.professions.map((p) => p.cost),
        );
      }),
      { numRuns: 25 },
    );
  });

  it("the nation's costs are the regions' sums, in every run, kind and year", () => {
    fc.assert(
      fc.property(withCostsArb(regionalArb({ mobility: true })), (rs) => {
        const runs = runRegions(rs, { runs: 6 });
        const { national, regions } = runs.blocks;
        expect(national.sizes.costs).toBe(COST_KINDS.length);
        national.cost.forEach((v, i) => {
          let t = regions[0].cost[i];
          for (let r = 1; r < regions.length; r++) t += regions[r].cost[i];
          expect(v).toBe(t);
        });
        // The flat block carries them, and the result's scenario cost is the nation's.
        const flat = flattenRegionalBlocks(runs.blocks);
        expect(flat.cost.length).toBe(national.cost.length * (regions.length + 1));
        const result = simulateRegions(rs, { runs: 6 });
        const P = rs.professions.length;
        for (let k = 0; k <= rs.horizonYears; k++) {
          let t = 0;
          for (let p = 0; p < P; p++) t += result.professions[p].cost!.total.mean[k];
          expect(result.cost!.total.mean[k]).toBeCloseTo(t, 3);
        }
      }),
      { numRuns: 20 },
    );
  });

  it('a regional programme is paid in its region; a national one is shared by FTE', () => {
    fc.assert(
      fc.property(regionalArb({ mobility: false }), (base) => {
        const prof = base.professions[0].id;
        const region = base.regions[1].id;
        const rs = {
          ...base,
          costs: { currency: 'EUR', discountRate: 0 },
          policies: [
            {
              profession: prof,
              parameter: 'exits.attrition' as const,
              kind: 'relative' as const,
              value: 0,
              startYear: base.baseYear + 1,
              fullYear: base.baseYear + 1,
              costPerYear: 1_000,
              region,
            },
            {
              profession: prof,
              parameter: 'exits.attrition' as const,
              kind: 'relative' as const,
              value: 0,
              startYear: base.baseYear + 1,
              fullYear: base.baseYear + 1,
              costPerYear: 500,
            },
          ],
        };
        const r = simulateRegions(rs, { deterministic: true });
        const k = 1;
        const fte = r.regions.map((g) => g.professions[0].fte.mean[k]);
        const all = fte.reduce((a, b) => a + b, 0);
        r.regions.forEach((g, i) => {
          const share = all > 0 ? fte[i] / all : 1 / fte.length;
          const own = i === 1 ? 1_000 : 0;
          expect(g.professions[0].cost!.programmes.mean[k]).toBeCloseTo(own + 500 * share, 6);
        });
        expect(r.professions[0].cost!.programmes.mean[k]).toBeCloseTo(1_500, 6);
      }),
      { numRuns: 20 },
    );
  });
});
