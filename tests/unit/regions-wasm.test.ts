/**
 * The regional model in the WebAssembly core against the TypeScript reference
 * (model/regions/flat.ts runRegionalChunk): every array of the flat block of runs bit for
 * bit, NaNs included, on generated regional scenarios with and without mobility, regional
 * and national policies, deterministic and Monte Carlo, any seed and run range.
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
import { allocateRunBlock, RUN_BLOCK_FIELDS, type RunBlock } from '../../model/packed/run-block.ts';
import { regionalConstantsSource } from '../../model/packed/regional-layout.ts';
import { compile } from '../../model/projection/compile.ts';
import { runChunk } from '../../model/projection/simulate.ts';
import type { Scenario } from '../../model/scenario/types.ts';
import {
  createWasmRunner,
  instantiateCore,
  wasmRegionalEngine,
  WasmRegionalModel,
} from '../../workers/wasm-host.ts';
import { regionalPoliciesArb } from '../helpers/regional-scenarios.ts';
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

  it('the generated scenarios are valid regional scenarios', () => {
    for (const mobility of [false, true]) {
      for (const rs of fc.sample(regionalPoliciesArb({ mobility }), { numRuns: 30, seed: 8 })) {
        const parsed = parseRegionalScenario(JSON.parse(JSON.stringify(rs)));
        expect(parsed.ok ? [] : parsed.errors).toEqual([]);
      }
    }
  });

  it.each([false, true])(
    'generated scenarios (mobility %s), Monte Carlo, any seed and run range',
    (mobility) => {
      fc.assert(
        fc.property(
          regionalPoliciesArb({ mobility }),
          fc.integer({ min: 0, max: 0xffffffff }),
          startArb,
          fc.integer({ min: 1, max: 12 }),
          (rs, seed, start, count) => compare(rs, seed, start, count, false),
        ),
        { numRuns: 60 },
      );
    },
  );

  it.each([false, true])('generated scenarios (mobility %s), deterministic', (mobility) => {
    fc.assert(
      fc.property(regionalPoliciesArb({ mobility }), startArb, (rs, start) =>
        compare(rs, rs.simulation.seed, start, 2, true),
      ),
      { numRuns: 40 },
    );
  });

  it('feeds a regional intake override back exactly as the reference does', () => {
    fc.assert(
      fc.property(regionalPoliciesArb({ mobility: true }), fc.boolean(), (rs, deterministic) => {
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
    for (const rs of fc.sample(regionalPoliciesArb({ mobility: true }), { numRuns: 5, seed: 3 })) {
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

  it('one runner serves national and regional scenarios in turn', () => {
    const regional = fc.sample(regionalPoliciesArb({ mobility: true }), { numRuns: 6, seed: 11 });
    const national = fc.sample(scenarioArb, { numRuns: 6, seed: 11 });
    const runner = createWasmRunner(mod);
    expect(runner.regions).toBe(true);
    regional.forEach((rs, i) => {
      const rm = compileRegional(rs);
      const scenario = rs as unknown as Scenario;
      const req = { scenario, seed: 4, start: 2, count: 20, deterministic: false };
      expectSame(rm, 2, runner.runChunk(req), runRegionalChunk(rm, 4, 2, 20, false));
      const sc = national[i];
      const got = runner.runChunk({ ...req, scenario: sc });
      const want = runChunk(compile(sc), 4, 2, 20, { deterministic: false });
      for (const field of RUN_BLOCK_FIELDS) expectSameBits(field, got[field], want[field]);
    });
  });
});
