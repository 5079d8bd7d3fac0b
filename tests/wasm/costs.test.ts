/**
 * Costs (MODEL.md §7) in the WebAssembly core against the TypeScript reference: the block's
 * cost section, and every other section beside it, bit for bit, on generated scenarios with
 * costs — fixed, random and yearly-resampled cost inputs, policies with and without a
 * programme cost, professions without training or immigration, pipelines, intake overrides,
 * any chunk start, both modes — and a worked example checked by hand.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compile, type CompiledModel } from '../../model/projection/compile.ts';
import { allocateRunBlock, Projector, type RunBlock } from '../../model/projection/project.ts';
import { runChunk } from '../../model/projection/simulate.ts';
import { COST_KINDS, RUN_BLOCK_FIELDS } from '../../model/packed/run-block.ts';
import { parseScenario } from '../../model/scenario/parse.ts';
import { compileRegional } from '../../model/regions/compile.ts';
import { regionalReferenceEngine } from '../../model/regions/flat.ts';
import { regionalOf } from '../../model/regions/types.ts';
import type { Dist, Policy, Profession, Scenario } from '../../model/scenario/types.ts';
import {
  createWasmRunner,
  instantiateCore,
  WasmModel,
  WasmRegionalModel,
} from '../../workers/wasm-host.ts';
import {
  exampleJson,
  quietProfession,
  scenarioArb,
  singleProfession,
} from '../helpers/scenarios.ts';
import { expectSameBits } from '../helpers/same-bits.ts';
import { loadCoreModule } from '../helpers/wasm.ts';

const mod = loadCoreModule();
const core = instantiateCore(mod);
const C = COST_KINDS.length;

// ---- generated scenarios with costs -----------------------------------------------------

const yearly = fc.boolean().map((y) => (y ? { resample: 'yearly' as const } : {}));

/** An amount of money: fixed, or any distribution, drawn per run or per year. */
const money = (hi: number): fc.Arbitrary<Dist> =>
  fc.oneof(
    fc.double({ min: 0, max: hi, noNaN: true }),
    fc
      .tuple(
        fc.double({ min: 0, max: hi, noNaN: true }),
        fc.double({ min: 0, max: hi, noNaN: true }),
        yearly,
      )
      .map(([a, b, y]) => ({
        dist: 'uniform' as const,
        min: Math.min(a, b),
        max: Math.max(a, b),
        ...y,
      })),
    fc
      .tuple(
        fc.constantFrom('triangular' as const, 'pert' as const),
        fc.array(fc.double({ min: 0, max: hi, noNaN: true }), { minLength: 3, maxLength: 3 }),
        yearly,
      )
      .map(([dist, v, y]) => {
        const [min, mode, max] = [...v].sort((x, z) => x - z);
        return { dist, min, mode, max, ...y };
      }),
    fc
      .tuple(
        fc.double({ min: 1, max: hi, noNaN: true }),
        fc.double({ min: 1.01, max: 1.6, noNaN: true }),
        yearly,
      )
      .map(([median, gsd, y]) => ({ dist: 'lognormal' as const, median, gsd, ...y })),
    fc
      .tuple(
        fc.double({ min: 0, max: hi, noNaN: true }),
        fc.double({ min: 0.05, max: 0.3, noNaN: true }),
        yearly,
      )
      .map(([mean, cv, y]) => ({ dist: 'normal' as const, mean, sd: mean * cv + 1, min: 0, ...y })),
  );

/** A salary's yearly real growth: fixed or random, drawn per run or per year. */
const growth: fc.Arbitrary<Dist> = fc.oneof(
  fc.double({ min: -0.05, max: 0.08, noNaN: true }),
  fc
    .tuple(
      fc.double({ min: -0.02, max: 0.05, noNaN: true }),
      fc.double({ min: 0.001, max: 0.03, noNaN: true }),
      yearly,
    )
    .map(([mean, sd, y]) => ({ dist: 'normal' as const, mean, sd, ...y })),
  fc
    .tuple(fc.double({ min: -0.03, max: 0.06, noNaN: true }), yearly)
    .map(([a, y]) => ({ dist: 'uniform' as const, min: a, max: a + 0.02, ...y })),
);

/** A profession's costs: any of the four parts, or none at all. */
const professionCosts = fc.option(
  fc.record(
    {
      trainingPerStudentYear: money(60_000),
      salaryPerFte: money(150_000),
      salaryGrowth: growth,
      recruitmentPerImmigrant: money(40_000),
    },
    { requiredKeys: [] },
  ),
);

const POLICY_PARAMETERS = [
  'training.intake',
  'training.completion',
  'immigration.perYear',
  'exits.attrition',
  'fte',
] as const;

const policyArb = fc.record({
  profession: fc.nat(2),
  parameter: fc.constantFrom(...POLICY_PARAMETERS),
  value: fc.double({ min: -0.3, max: 0.3, noNaN: true }),
  startYear: fc.integer({ min: 2020, max: 2034 }),
  span: fc.integer({ min: 0, max: 6 }),
  cost: fc.option(money(5_000_000)),
});

/** The scenario as the parser gives it back (the generator must make valid scenarios). */
function valid(doc: unknown): Scenario {
  const r = parseScenario(doc);
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.path}: ${e.message}`).join('; '));
  return r.scenario;
}

/** Generated valid scenarios (tests/helpers/scenarios.ts) with costs: the scenario's
 *  settings, each profession's costs (or none), up to four more policies, each with or
 *  without a programme cost, and some professions without training or immigration. */
const costScenarioArb: fc.Arbitrary<Scenario> = scenarioArb.chain((sc) =>
  fc
    .record({
      discountRate: fc.oneof(fc.constant(undefined), fc.double({ min: 0, max: 0.1, noNaN: true })),
      costs: fc.array(professionCosts, { minLength: 3, maxLength: 3 }),
      policies: fc.array(policyArb, { maxLength: 4 }),
      noTraining: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
      noImmigration: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
      existingPolicyCost: fc.option(money(2_000_000)),
    })
    .map((r) => {
      const ids = sc.professions.map((p) => p.id);
      const added = r.policies.map((pol): Policy => ({
        profession: ids[pol.profession % ids.length],
        parameter: pol.parameter,
        kind: 'relative',
        value: pol.value,
        startYear: pol.startYear,
        fullYear: pol.startYear + pol.span,
        ...(pol.cost === null ? {} : { costPerYear: pol.cost }),
      }));
      const policies = [
        ...sc.policies.map((pol) =>
          r.existingPolicyCost === null ? pol : { ...pol, costPerYear: r.existingPolicyCost },
        ),
        ...added,
      ];
      const targeted = (id: string, part: string) =>
        policies.some((pol) => pol.profession === id && pol.parameter.startsWith(`${part}.`));
      const professions = sc.professions.map((p, i): Profession => {
        const out: Profession = { ...p };
        if (r.costs[i] !== null) out.costs = r.costs[i];
        if (r.noTraining[i] && !targeted(p.id, 'training')) delete out.training;
        if (r.noImmigration[i] && !targeted(p.id, 'immigration')) delete out.immigration;
        return out;
      });
      return valid({
        ...sc,
        professions,
        policies,
        costs: {
          currency: 'EUR',
          ...(r.discountRate === undefined ? {} : { discountRate: r.discountRate }),
        },
      });
    }),
);

// ---- comparing blocks ---------------------------------------------------------------------

/** What index i of each section means, for the failure message (layouts in RunBlock). */
function locate(model: CompiledModel, firstRun: number, field: string): (i: number) => string {
  const P = model.professions.length;
  const Y = model.horizon + 1;
  const year = (i: number) => `year ${model.baseYear + (i % Y)}`;
  const prof = (p: number) => `profession ${model.professions[p].id}`;
  if (field === 'cost') {
    return (i) => {
      const row = Math.floor(i / Y);
      const cell = Math.floor(row / C);
      return (
        `run ${firstRun + Math.floor(cell / P)}, ${prof(cell % P)}, ` +
        `${COST_KINDS[row % C]} cost, ${year(i)}`
      );
    };
  }
  if (field === 'headcount' || field === 'fte' || field === 'demand') {
    return (i) =>
      `run ${firstRun + Math.floor(i / (P * Y))}, ${prof(Math.floor(i / Y) % P)}, ${year(i)}`;
  }
  return (i) => `index ${i}`;
}

/** Every section of the block bit for bit (a NaN equals only a NaN with the same bits). */
function expectSame(model: CompiledModel, firstRun: number, wasm: RunBlock, ref: RunBlock): void {
  expect(wasm.runs).toBe(ref.runs);
  expect(wasm.ageRuns).toBe(ref.ageRuns);
  expect(wasm.sizes).toEqual(ref.sizes);
  for (const field of RUN_BLOCK_FIELDS) {
    expectSameBits(field, wasm[field], ref[field], locate(model, firstRun, field));
  }
}

function compare(sc: Scenario, seed: number, start: number, count: number, det: boolean): void {
  const model = compile(sc);
  const ref = runChunk(model, seed, start, count, { deterministic: det });
  const wasm = new WasmModel(core, model).run(seed, start, count, det);
  expectSame(model, start, wasm, ref);
}

function withoutCosts(sc: Scenario): Scenario {
  const out = structuredClone(sc);
  delete out.costs;
  for (const p of out.professions) delete p.costs;
  for (const pol of out.policies) delete pol.costPerYear;
  return out;
}

// ---- the tests ----------------------------------------------------------------------------

describe('costs in the WebAssembly core = the TypeScript reference, bit for bit', () => {
  it('generated scenarios with costs, Monte Carlo and deterministic, any seed and run range', () => {
    fc.assert(
      fc.property(
        costScenarioArb,
        fc.boolean(),
        fc.oneof(fc.integer({ min: 0, max: 1_100 }), fc.integer({ min: 0, max: 1_000_000 })),
        fc.integer({ min: 1, max: 16 }),
        (sc, det, start, count) => {
          expect(compile(sc).costs).not.toBeNull();
          compare(sc, sc.simulation.seed, start, det ? 1 : count, det);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('the example scenario with costs on every part and a costed programme', () => {
    const doc = exampleJson('exampleland') as Scenario;
    const sc = valid({
      ...doc,
      costs: { currency: 'EUR', discountRate: 0.03 },
      professions: doc.professions.map((p, i) => ({
        ...p,
        costs: {
          trainingPerStudentYear: { dist: 'triangular', min: 15_000, mode: 20_000, max: 30_000 },
          salaryPerFte: { dist: 'normal', mean: 60_000 + 20_000 * i, sd: 5_000, min: 0 },
          salaryGrowth: { dist: 'normal', mean: 0.01, sd: 0.01, resample: 'yearly' },
          recruitmentPerImmigrant: { dist: 'lognormal', median: 12_000, gsd: 1.3 },
        },
      })),
      policies: doc.policies.map((pol, i) =>
        i === 0 ? { ...pol, costPerYear: { dist: 'uniform', min: 1e6, max: 3e6 } } : pol,
      ),
    });
    compare(sc, sc.simulation.seed, 0, 300, false);
    compare(sc, sc.simulation.seed, 0, 1, true);
    compare(sc, 99, 1234, 50, false);
  });

  it('an intake override feeds the training cost as it does in the reference', () => {
    fc.assert(
      fc.property(
        costScenarioArb,
        fc.array(fc.option(fc.double({ min: 0, max: 800, noNaN: true })), {
          minLength: 3,
          maxLength: 3,
        }),
        fc.integer({ min: 0, max: 5_000 }),
        fc.boolean(),
        (sc, xs, run, det) => {
          const model = compile(sc);
          const x = Float64Array.from(model.professions, (_, p) => xs[p] ?? NaN);
          const ref = allocateRunBlock(model, 1, run);
          new Projector(model).run(sc.simulation.seed, run, ref, 0, {
            deterministic: det,
            intakeOverride: x,
          });
          const wasm = new WasmModel(core, model).run(sc.simulation.seed, run, 1, det, x);
          expectSame(model, run, wasm, ref);
        },
      ),
      { numRuns: 80 },
    );
  });

  it('one instance, scenarios with and without costs in turn, chunks anywhere: memory reused', () => {
    const samples = fc.sample(costScenarioArb, { numRuns: 16, seed: 7 });
    const runner = createWasmRunner(mod);
    samples.forEach((withCosts, i) => {
      // Every other scenario without costs, so the next one's cost section lies where the
      // last one wrote other outputs (year 0 must be written, never assumed 0).
      const sc = i % 3 === 1 ? withoutCosts(withCosts) : withCosts;
      const model = compile(sc);
      for (const [start, count] of [
        [0, 300],
        [700, 450],
        [31, 17],
      ]) {
        const ref = runChunk(model, 5, start, count, { deterministic: false });
        const wasm = runner.runChunk({ scenario: sc, seed: 5, start, count, deterministic: false });
        expectSame(model, start, wasm, ref);
      }
    });
  });

  it('costs never change the workforce, and without costs the cost section is empty', () => {
    fc.assert(
      fc.property(costScenarioArb, fc.boolean(), (sc, det) => {
        const bare = withoutCosts(sc);
        const seed = sc.simulation.seed;
        const n = det ? 1 : 10;
        const costed = new WasmModel(core, compile(sc)).run(seed, 0, n, det);
        const plain = new WasmModel(core, compile(bare)).run(seed, 0, n, det);
        expect(plain.sizes.costs).toBe(0);
        expect(plain.cost.length).toBe(0);
        expect(costed.sizes.costs).toBe(C);
        expect(costed.cost.length).toBe(n * sc.professions.length * C * (sc.horizonYears + 1));
        for (const field of RUN_BLOCK_FIELDS) {
          if (field !== 'cost') expectSameBits(field, costed[field], plain[field]);
        }
        expectSame(
          compile(bare),
          0,
          plain,
          runChunk(compile(bare), seed, 0, n, { deterministic: det }),
        );
      }),
      { numRuns: 60 },
    );
  });
});

describe('the cost of a worked example (MODEL.md §7), in both engines', () => {
  // 10 students a year for 3 years, 4 immigrants a year, every entrant stays; a programme
  // costing 1 000 000 a year at full strength ramps up from 2027 to 2029.
  const sc = valid(
    singleProfession(
      quietProfession(50, {
        id: 'a',
        training: {
          intake: 10,
          durationYears: 3,
          completion: 1,
          entryRate: 1,
          entrants: { femaleShare: 0.5, ageMean: 25, ageSd: 2 },
        },
        immigration: { perYear: 4, entrants: { femaleShare: 0.5, ageMean: 30, ageSd: 2 } },
        exits: { attrition: 0, emigration: 0 },
        costs: {
          trainingPerStudentYear: 1_000,
          salaryPerFte: 50_000,
          salaryGrowth: 0.5,
          recruitmentPerImmigrant: 2_500,
        },
      }),
      {
        costs: { currency: 'EUR', discountRate: 0 },
        policies: [
          {
            profession: 'a',
            parameter: 'exits.attrition',
            kind: 'absolute',
            value: 0,
            startYear: 2027,
            fullYear: 2029,
            costPerYear: 1_000_000,
          },
        ],
      },
    ),
  );
  const model = compile(sc);
  const H = sc.horizonYears;

  it.each([
    ['the reference', () => runChunk(model, 1, 0, 1, { deterministic: true })],
    ['the core', () => new WasmModel(core, model).run(1, 0, 1, true)],
  ] as const)('%s', (_name, run) => {
    const block = run();
    const cost = (c: number, k: number) => block.cost[c * (H + 1) + k];
    for (let c = 0; c < C; c++) expect(cost(c, 0)).toBe(0);
    let growth = 1;
    for (let k = 1; k <= H; k++) {
      growth *= 1.5;
      expect(cost(0, k)).toBe(30_000); // 3 cohorts of 10 students
      expect(cost(1, k)).toBe(50_000 * growth * block.fte[k]);
      expect(cost(2, k)).toBe(10_000); // 4 immigrants
      const ramp = [0, 0, 0, 0.5, 1][Math.min(k, 4)]; // 2026, 2027, 2028, 2029 on
      expect(cost(3, k)).toBe(1_000_000 * ramp);
    }
    expect(block.fte[H]).toBeGreaterThan(0);
  });
});

describe('regional scenarios with costs, in the regional core', () => {
  const doc = JSON.parse(
    readFileSync(
      new URL('../../app/data/examples/exampleland-regions.json', import.meta.url),
      'utf8',
    ),
  ) as Scenario;
  const sc = valid({
    ...doc,
    costs: { currency: 'EUR' },
    professions: doc.professions.map((p) => ({
      ...p,
      costs: {
        trainingPerStudentYear: { dist: 'uniform', min: 15_000, max: 25_000 },
        salaryPerFte: 60_000,
        salaryGrowth: 0.01,
      },
    })),
  });
  const rm = compileRegional(regionalOf(sc)!);

  it('the core runner computes them: the reference blocks, costs included', () => {
    const runner = createWasmRunner(mod);
    const got = runner.runChunk({
      scenario: sc,
      seed: 3,
      start: 10,
      count: 20,
      deterministic: false,
    });
    const ref = regionalReferenceEngine(rm)(3, 10, 20, false);
    expect(got.sizes.costs).toBe(C);
    expect(got.sizes).toEqual(ref.sizes);
    expect(ref.cost.some((v) => v > 0)).toBe(true);
    for (const field of RUN_BLOCK_FIELDS) expectSameBits(field, got[field], ref[field]);
    // The core itself, not a fallback: the model loads and runs with its costs.
    const own = new WasmRegionalModel(core, rm).run(3, 10, 20, false);
    expectSameBits('cost', own.cost, ref.cost);
  });
});
