/**
 * The WebAssembly core against the TypeScript reference: every per-run output bit for bit
 * (both use the same arithmetic and random streams), NaNs included.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseScenario } from '../../model/scenario/parse.ts';
import type { Scenario } from '../../model/scenario/types.ts';
import type { CompiledModel } from '../../model/projection/compile.ts';
import { compile } from '../../model/projection/compile.ts';
import {
  exp as refExp,
  log as refLog,
  normalCdf as refNormalCdf,
} from '../../model/numeric/math.ts';
import type { RunBlock } from '../../model/projection/project.ts';
import { allocateRunBlock, Projector } from '../../model/projection/project.ts';
import { COST_KINDS } from '../../model/packed/run-block.ts';
import { runChunk } from '../../model/projection/simulate.ts';
import { createWasmRunner, instantiateCore, WasmModel } from '../../workers/wasm-host.ts';
import { EXAMPLES, exampleJson, scenarioArb } from '../helpers/scenarios.ts';
import { expectSameBits } from '../helpers/same-bits.ts';
import { loadCoreModule } from '../helpers/wasm.ts';

const mod = loadCoreModule();
const core = instantiateCore(mod);

const FIELDS = [
  'headcount',
  'fte',
  'demand',
  'requiredIntake',
  'inputs',
  'ageStock',
  'cost',
] as const;

/** What index i of each output means, for the failure message (layouts in RunBlock). */
function locators(
  model: CompiledModel,
  firstRun: number,
): Record<(typeof FIELDS)[number], (i: number) => string> {
  const P = model.professions.length;
  const Y = model.horizon + 1;
  const I = model.inputs.length;
  const N = model.nAges;
  const prof = (p: number) => `profession ${model.professions[p].id}`;
  const cell = (i: number) =>
    `run ${firstRun + Math.floor(i / (P * Y))}, ${prof(Math.floor(i / Y) % P)}, ` +
    `year ${model.baseYear + (i % Y)}`;
  return {
    headcount: cell,
    fte: cell,
    demand: cell,
    requiredIntake: (i) => `run ${firstRun + Math.floor(i / P)}, ${prof(i % P)}`,
    inputs: (i) => `run ${firstRun + Math.floor(i / I)}, input ${model.inputs[i % I].path}`,
    ageStock: (i) => {
      const row = Math.floor(i / N);
      return (
        `run ${firstRun + Math.floor(row / (2 * P))}, ${prof(Math.floor(row / 2) % P)}, ` +
        `${row % 2 === 0 ? 'female' : 'male'}, age ${model.minAge + (i % N)}`
      );
    },
    // ((r·P + p)·C + c)·(H+1) + k; empty without costs (tests/wasm/costs.test.ts has them).
    cost: (i) => {
      const row = Math.floor(i / Y);
      const C = COST_KINDS.length;
      const cell = Math.floor(row / C);
      return (
        `run ${firstRun + Math.floor(cell / P)}, ${prof(cell % P)}, ` +
        `${COST_KINDS[row % C]} cost, year ${model.baseYear + (i % Y)}`
      );
    },
  };
}

/**
 * One bit-for-bit check per output array. NaNs are compared by their bits too, without
 * normalising: both sides write the same quiet NaN (0x7ff8000000000000, e.g. in the
 * required intake), so a NaN with another sign or payload would be a real difference.
 */
function expectSame(model: CompiledModel, firstRun: number, ref: RunBlock, wasm: RunBlock): void {
  expect(wasm.runs).toBe(ref.runs);
  expect(wasm.ageRuns).toBe(ref.ageRuns);
  expect(wasm.sizes).toEqual(ref.sizes);
  const where = locators(model, firstRun);
  for (const key of FIELDS) expectSameBits(key, wasm[key], ref[key], where[key]);
}

function compare(sc: Scenario, seed: number, start: number, count: number, deterministic: boolean) {
  const model = compile(sc);
  const ref = runChunk(model, seed, start, count, { deterministic });
  const wasm = new WasmModel(core, model).run(seed, start, count, deterministic);
  expectSame(model, start, ref, wasm);
}

describe('WebAssembly core = TypeScript reference', () => {
  it.each(EXAMPLES)('%s example, Monte Carlo and deterministic, bit for bit', (name) => {
    const parsed = parseScenario(exampleJson(name));
    if (!parsed.ok) throw new Error('example does not validate');
    compare(parsed.scenario, parsed.scenario.simulation.seed, 0, 300, false);
    compare(parsed.scenario, parsed.scenario.simulation.seed, 0, 1, true);
    compare(parsed.scenario, 99, 1234, 50, false); // any run range
  });

  it('generated valid scenarios, both modes, any seed and run range', () => {
    fc.assert(
      fc.property(
        scenarioArb,
        fc.boolean(),
        fc.integer({ min: 0, max: 10_000 }),
        (sc, det, start) => {
          compare(sc, sc.simulation.seed, start, det ? 1 : 12, det);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('feeds an intake override back exactly as the reference does', () => {
    fc.assert(
      fc.property(scenarioArb, (sc) => {
        const model = compile(sc);
        const x = Float64Array.from(model.professions, (_, p) => (p === 0 ? 123.5 : NaN));
        const ref = allocateRunBlock(model, 1);
        new Projector(model).run(sc.simulation.seed, 3, ref, 0, {
          deterministic: false,
          intakeOverride: x,
        });
        expectSame(
          model,
          3,
          ref,
          new WasmModel(core, model).run(sc.simulation.seed, 3, 1, false, x),
        );
      }),
      { numRuns: 40 },
    );
  });

  it('one instance serves scenarios of different sizes in turn (memory grows, views are rebuilt)', () => {
    const samples = fc.sample(scenarioArb, { numRuns: 20, seed: 42 });
    const runner = createWasmRunner(mod);
    for (const sc of samples) {
      const model = compile(sc);
      const ref = runChunk(model, 5, 0, 400, { deterministic: false });
      expectSame(
        model,
        0,
        ref,
        runner.runChunk({ scenario: sc, seed: 5, start: 0, count: 400, deterministic: false }),
      );
    }
  });
});

describe('shared math, bit for bit', () => {
  const ex = new WebAssembly.Instance(mod, {}).exports as unknown as Record<
    'mathExp' | 'mathLog' | 'mathNormalCdf',
    (x: number) => number
  >;
  it.each([
    ['exp', ex.mathExp, refExp, fc.double({ min: -750, max: 710, noNaN: true })],
    ['ln', ex.mathLog, refLog, fc.double({ min: 0, max: 1e308, noNaN: true })],
    ['Φ', ex.mathNormalCdf, refNormalCdf, fc.double({ min: -40, max: 40, noNaN: true })],
  ] as const)('%s', (_name, wasmFn, tsFn, arb) => {
    fc.assert(
      fc.property(arb, (x) => Object.is(wasmFn(x), tsFn(x))),
      { numRuns: 20_000 },
    );
  });
});
