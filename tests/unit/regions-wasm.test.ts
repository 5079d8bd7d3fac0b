/**
 * The regional model in the WebAssembly core against the TypeScript reference
 * (model/regions/flat.ts runRegionalChunk): every array of the flat block of runs bit for
 * bit, NaNs included, on generated regional scenarios with and without mobility, regional
 * and national policies, with and without costs (MODEL.md §7: programme costs on regional
 * and national policies), deterministic and Monte Carlo, any seed and run range.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileRegional, type RegionalModel } from '../../model/regions/compile.ts';
import {
  regionalBlockSizes,
  regionalReferenceEngine,
  runRegionalChunk,
  flattenRegionalBlocks,
} from '../../model/regions/flat.ts';
import { RegionalProjector, type RegionalBlocks } from '../../model/regions/project.ts';
import { parseRegionalScenario } from '../../model/regions/parse.ts';
import type { RegionalScenario } from '../../model/regions/types.ts';
import {
  allocateRunBlock,
  COST_KINDS,
  RUN_BLOCK_FIELDS,
  type RunBlock,
} from '../../model/packed/run-block.ts';
import {
  regionalConstantsSource,
  RHEADER,
  RPOLICY,
  RPOLICY_SIZE,
  RPROF,
} from '../../model/packed/regional-layout.ts';
import { packRegionalModel } from '../../model/packed/regional-pack.ts';
import { DIST, DIST_SIZE, HEADER } from '../../model/packed/layout.ts';
import { compile, POLICY_COST_SLOT } from '../../model/projection/compile.ts';
import { runChunk } from '../../model/projection/simulate.ts';
import type { Scenario } from '../../model/scenario/types.ts';
import {
  createWasmRunner,
  instantiateCore,
  wasmRegionalEngine,
  WasmModel,
  WasmRegionalModel,
} from '../../workers/wasm-host.ts';
import { regionalPoliciesArb } from '../helpers/regional-scenarios.ts';
import { withCostsArb } from '../helpers/cost-scenarios.ts';
import { oneRegion } from '../helpers/one-region.ts';
import { scenarioArb } from '../helpers/scenarios.ts';
import { expectSameBits } from '../helpers/same-bits.ts';
import { loadCoreModule } from '../helpers/wasm.ts';

const mod = loadCoreModule();
const core = instantiateCore(mod);

type Field = (typeof RUN_BLOCK_FIELDS)[number];

/** What index i of each array of a flat block means, for the failure message. */
function locators(rm: RegionalModel, firstRun: number): Record<Field, (i: number) => string> {
  const P = rm.national.professions.length;
  const G = rm.regionIds.length + 1;
  const Y = rm.national.horizon + 1;
  const N = rm.national.nAges;
  const I = rm.inputs.length;
  const who = (c: number) => {
    const g = Math.floor(c / P) % G;
    return (
      `run ${firstRun + Math.floor(c / (P * G))}, ` +
      `${g === 0 ? 'national' : `region ${rm.regionIds[g - 1]}`}, ` +
      `profession ${rm.national.professions[c % P].id}`
    );
  };
  const cell = (i: number) => `${who(Math.floor(i / Y))}, year ${rm.national.baseYear + (i % Y)}`;
  return {
    headcount: cell,
    fte: cell,
    demand: cell,
    requiredIntake: who,
    inputs: (i) => `run ${firstRun + Math.floor(i / I)}, input ${rm.inputs[i % I].path}`,
    ageStock: (i) => {
      const row = Math.floor(i / N);
      return `${who(Math.floor(row / 2))}, ${row % 2 === 0 ? 'female' : 'male'}, age ${rm.national.minAge + (i % N)}`;
    },
    cost: (i) => {
      const row = Math.floor(i / Y);
      const C = COST_KINDS.length;
      return `${who(Math.floor(row / C))}, ${COST_KINDS[row % C]} cost, year ${rm.national.baseYear + (i % Y)}`;
    },
  };
}

/** Every array of the block bit for bit (a NaN equals only a NaN with the same bits). */
function expectSame(rm: RegionalModel, firstRun: number, wasm: RunBlock, ref: RunBlock): void {
  expect(wasm.runs).toBe(ref.runs);
  expect(wasm.ageRuns).toBe(ref.ageRuns);
  expect(wasm.sizes).toEqual(ref.sizes);
  const where = locators(rm, firstRun);
  for (const field of RUN_BLOCK_FIELDS)
    expectSameBits(field, wasm[field], ref[field], where[field]);
}

function compare(
  rs: RegionalScenario,
  seed: number,
  start: number,
  count: number,
  deterministic: boolean,
): void {
  const rm = compileRegional(rs);
  const ref = runRegionalChunk(rm, seed, start, count, deterministic);
  const wasm = new WasmRegionalModel(core, rm).run(seed, start, count, deterministic);
  expectSame(rm, start, wasm, ref);
}

/** Generated regional scenarios with extra policies (mobility.out among them where people
 *  move); with `costs`, every profession's costs and a programme cost on some policies. */
function scenarios(mobility: boolean, costs: boolean): fc.Arbitrary<RegionalScenario> {
  const base = regionalPoliciesArb({ mobility });
  return costs ? withCostsArb(base) : base;
}

/** The scenario without its costs (national or regional). */
function withoutCosts<
  S extends {
    costs?: unknown;
    professions: { costs?: unknown }[];
    policies: { costPerYear?: unknown }[];
  },
>(sc: S): S {
  const out = structuredClone(sc);
  delete out.costs;
  for (const p of out.professions) delete p.costs;
  for (const pol of out.policies) delete pol.costPerYear;
  return out;
}

/** Every combination of mobility and costs, for it.each. */
const CASES = [false, true].flatMap((mobility) =>
  [false, true].map((costs) => ({ mobility, costs })),
);

/** Chunk starts: the first run, any run, and chunks across the last run that keeps its
 *  stock by age (AGE_PROFILE_RUNS). */
const startArb = fc.oneof(
  fc.constant(0),
  fc.integer({ min: 1, max: 20_000 }),
  fc.integer({ min: 990, max: 1005 }),
);

describe('regional WebAssembly core = TypeScript reference, bit for bit', () => {
  it('the core reads the regional layout the model writes', () => {
    const file = readFileSync(
      new URL('../../wasm/assembly/regional-shared.ts', import.meta.url),
      'utf8',
    );
    expect(file).toBe(regionalConstantsSource());
  });

  it("packs a regional policy's programme cost as a regional dist with a year series", () => {
    let costed = 0;
    for (const rs of fc.sample(scenarios(true, true), { numRuns: 30, seed: 5 })) {
      const rm = compileRegional(rs);
      const { block, regional } = packRegionalModel(rm);
      expect(block[HEADER.costs]).toBe(COST_KINDS.length);
      expect(packRegionalModel(compileRegional(withoutCosts(rs))).block[HEADER.costs]).toBe(0);
      const nationalDists = block[regional + RHEADER.nationalDists];
      const table = block[regional + RHEADER.professionTable];
      rm.professions.forEach((rp, p) => {
        const rec = block[table + p];
        rp.policies.forEach((pol, i) => {
          const ref = block[block[rec + RPROF.policyTable] + i * RPOLICY_SIZE + RPOLICY.cost];
          if (!pol.cost) return expect(ref).toBe(-1);
          costed++;
          expect(ref).toBeGreaterThanOrEqual(nationalDists);
          const dist = block[regional + RHEADER.distTable] + (ref - nationalDists) * DIST_SIZE;
          expect(pol.cost.slot).toBeGreaterThanOrEqual(POLICY_COST_SLOT);
          expect(block[dist + DIST.slot]).toBe(pol.cost.slot);
          expect(block[dist + DIST.point]).toBe(pol.cost.flat.point);
          expect(block[dist + DIST.series]).toBeGreaterThanOrEqual(0);
        });
      });
    }
    expect(costed).toBeGreaterThan(10);
  });

  it('the generated scenarios are valid regional scenarios', () => {
    for (const { mobility, costs } of CASES) {
      for (const rs of fc.sample(scenarios(mobility, costs), { numRuns: 30, seed: 8 })) {
        const parsed = parseRegionalScenario(JSON.parse(JSON.stringify(rs)));
        expect(parsed.ok ? [] : parsed.errors).toEqual([]);
        expect(compileRegional(rs).national.costs !== null).toBe(costs);
      }
    }
  });

  it.each(CASES)(
    'generated scenarios (mobility $mobility, costs $costs), Monte Carlo, any seed and run range',
    ({ mobility, costs }) => {
      fc.assert(
        fc.property(
          scenarios(mobility, costs),
          fc.integer({ min: 0, max: 0xffffffff }),
          startArb,
          fc.integer({ min: 1, max: 12 }),
          (rs, seed, start, count) => compare(rs, seed, start, count, false),
        ),
        { numRuns: 60 },
      );
    },
  );

  it.each(CASES)(
    'generated scenarios (mobility $mobility, costs $costs), deterministic',
    ({ mobility, costs }) => {
      fc.assert(
        fc.property(scenarios(mobility, costs), startArb, (rs, start) =>
          compare(rs, rs.simulation.seed, start, 2, true),
        ),
        { numRuns: 40 },
      );
    },
  );

  it('feeds a regional intake override back exactly as the reference does', () => {
    const arb = fc.boolean().chain((costs) => scenarios(true, costs));
    fc.assert(
      fc.property(arb, fc.boolean(), (rs, deterministic) => {
        const rm = compileRegional(rs);
        const P = rm.national.professions.length;
        const R = rm.regionIds.length;
        const x = Float64Array.from({ length: P * R }, (_, i) => (i % 3 === 1 ? NaN : 40 + i));
        const one = { ...regionalBlockSizes(rm), professions: P };
        const blocks: RegionalBlocks = {
          national: allocateRunBlock(one, 1, 7),
          regions: rm.regionIds.map(() => allocateRunBlock(one, 1, 7)),
        };
        new RegionalProjector(rm).run(5, 7, blocks, 0, { deterministic, intakeOverride: x });
        const wasm = new WasmRegionalModel(core, rm).run(5, 7, 1, deterministic, x);
        expectSame(rm, 7, wasm, flattenRegionalBlocks(blocks));
      }),
      { numRuns: 30 },
    );
  });

  it('the chunk engine gives the reference engine’s blocks', () => {
    const arb = fc.boolean().chain((costs) => scenarios(true, costs));
    for (const rs of fc.sample(arb, { numRuns: 8, seed: 3 })) {
      const rm = compileRegional(rs);
      const wasm = wasmRegionalEngine(mod)(rm);
      const ref = regionalReferenceEngine(rm);
      for (const [start, count] of [
        [0, 30],
        [985, 30],
      ]) {
        expectSame(rm, start, wasm(9, start, count, false), ref(9, start, count, false));
      }
    }
  });

  it('a national programme with no FTE in any region is shared equally, as the reference', () => {
    fc.assert(
      fc.property(scenarios(true, true), fc.boolean(), (base, deterministic) => {
        // Every region's FTE of the first profession is 0 from the year after the base year
        // (a last policy scaling FTE by 0), and a national programme is paid all along.
        const rs: RegionalScenario = {
          ...base,
          policies: [
            ...base.policies,
            {
              profession: base.professions[0].id,
              parameter: 'fte',
              kind: 'relative',
              value: -1,
              startYear: base.baseYear + 1,
              fullYear: base.baseYear + 1,
              costPerYear: { dist: 'uniform', min: 1e5, max: 2e6 },
            },
          ],
        };
        const rm = compileRegional(rs);
        const ref = runRegionalChunk(rm, 6, 0, 3, deterministic);
        const Y = rs.horizonYears + 1;
        for (let k = 1; k < Y; k++) expect(ref.fte[k]).toBe(0);
        expectSame(rm, 0, new WasmRegionalModel(core, rm).run(6, 0, 3, deterministic), ref);
      }),
      { numRuns: 30 },
    );
  });

  it('one region holding everything costs in the core what the nation costs there', () => {
    fc.assert(
      fc.property(withCostsArb(scenarioArb), fc.boolean(), (national, det) => {
        const n = det ? 1 : 6;
        const seed = national.simulation.seed;
        const want = new WasmModel(core, compile(national)).run(seed, 0, n, det);
        const one = compileRegional(oneRegion(national));
        const got = new WasmRegionalModel(core, one).run(seed, 0, n, det);
        // The flat block's two groups, the nation and its one region: each the national run.
        const stride =
          national.professions.length * COST_KINDS.length * (national.horizonYears + 1);
        expect(want.sizes.costs).toBe(COST_KINDS.length);
        expect(got.cost.length).toBe(2 * want.cost.length);
        for (let row = 0; row < n; row++) {
          const w = want.cost.subarray(row * stride, (row + 1) * stride);
          for (const g of [0, 1]) {
            const at = (2 * row + g) * stride;
            expectSameBits(`cost, run ${row}, group ${g}`, got.cost.subarray(at, at + stride), w);
          }
        }
      }),
      { numRuns: 40 },
    );
  });

  it('one runner serves national and regional scenarios in turn', () => {
    // With and without costs alternately, so a cost section lies where the scenario before
    // wrote other outputs (year 0 must be written, never assumed 0).
    const regional = fc.sample(scenarios(true, true), { numRuns: 8, seed: 11 });
    const national = fc.sample(withCostsArb(scenarioArb), { numRuns: 8, seed: 11 });
    const runner = createWasmRunner(mod);
    expect(runner.regions).toBe(true);
    regional.forEach((withCosts, i) => {
      const rs = i % 3 === 1 ? withoutCosts(withCosts) : withCosts;
      const rm = compileRegional(rs);
      const scenario = rs as unknown as Scenario;
      const start = i % 2 === 0 ? 2 : 990;
      const req = { scenario, seed: 4, start, count: 20, deterministic: false };
      expectSame(rm, start, runner.runChunk(req), runRegionalChunk(rm, 4, start, 20, false));
      const sc = i % 4 === 2 ? withoutCosts(national[i]) : national[i];
      const got = runner.runChunk({ ...req, scenario: sc });
      const want = runChunk(compile(sc), 4, start, 20, { deterministic: false });
      expect(got.sizes).toEqual(want.sizes);
      for (const field of RUN_BLOCK_FIELDS) expectSameBits(field, got[field], want[field]);
    });
  });
});
