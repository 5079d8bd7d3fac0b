/**
 * The WebAssembly core behind the ChunkRunner seam. One instance per thread: the packed
 * parameter block is copied into WASM memory once per scenario, runs write straight into
 * memory the core laid out once, and the outputs are copied out into buffers the caller
 * owns (so they can be transferred). Views over memory are made after every call that may
 * grow it — a grown memory detaches the old ArrayBuffer.
 */
import { compile, type CompiledModel } from '../model/projection/compile.ts';
import { packModel } from '../model/packed/pack.ts';
import { packRegionalModel } from '../model/packed/regional-pack.ts';
import { readRunBlock, runBlockSizes, type RunBlockSizes } from '../model/packed/run-block.ts';
import type { ChunkEngine } from '../model/projection/simulate.ts';
import { compileRegional, type RegionalModel } from '../model/regions/compile.ts';
import { regionalBlockSizes } from '../model/regions/flat.ts';
import { regionalOf } from '../model/regions/types.ts';
import type { ChunkRequest, ChunkRunner, RawRuns } from './engine-api.ts';

/** The core's exports (wasm/assembly/index.ts). */
export interface WasmCore {
  memory: WebAssembly.Memory;
  reserveParams(len: number): number;
  prepare(): number;
  reserveOutputs(count: number, firstRun: number): number;
  headcountPtr(): number;
  ftePtr(): number;
  demandPtr(): number;
  requiredIntakePtr(): number;
  inputsPtr(): number;
  ageStockPtr(): number;
  ageRuns(): number;
  /** The cost section (empty when the loaded model computes no cost). */
  costPtr(): number;
  runChunk(
    seed: number,
    start: number,
    count: number,
    deterministic: number,
    overrides: number,
  ): void;
  overrideScratch(): number;
  /** The regional model (MODEL.md §6): the block holds the national block, then the regional
   *  part from index `regional` on (model/packed/regional-layout.ts). */
  prepareRegional(regional: number): number;
  runRegionalChunk(
    seed: number,
    start: number,
    count: number,
    deterministic: number,
    overrides: number,
  ): void;
}

export function instantiateCore(module: WebAssembly.Module): WasmCore {
  const instance = new WebAssembly.Instance(module, {});
  return instance.exports as unknown as WasmCore;
}

/** Copy a packed block into the core and prepare it (national or regional). */
function load(core: WasmCore, packed: Float64Array, prepare: () => number): void {
  const ptr = core.reserveParams(packed.length);
  if (ptr === 0) throw new Error('not enough memory for the scenario');
  new Float64Array(core.memory.buffer, ptr, packed.length).set(packed);
  const status = prepare();
  if (status !== 0) throw new Error(`the simulation core rejected the scenario (code ${status})`);
}

/** Runs start..start+count−1 of the model loaded last, copied out as a block. */
function runLoaded(
  core: WasmCore,
  sizes: RunBlockSizes,
  run: (overrides: number) => void,
  start: number,
  count: number,
  intakeOverride: Float64Array | undefined,
): RawRuns {
  if (core.reserveOutputs(count, start) === 0) throw new Error('not enough memory for the runs');
  let overrides = 0;
  if (intakeOverride) {
    overrides = core.overrideScratch();
    if (overrides === 0) throw new Error('not enough memory for the runs');
    new Float64Array(core.memory.buffer, overrides, intakeOverride.length).set(intakeOverride);
  }
  run(overrides);
  const pointers = {
    headcount: core.headcountPtr(),
    fte: core.ftePtr(),
    demand: core.demandPtr(),
    requiredIntake: core.requiredIntakePtr(),
    inputs: core.inputsPtr(),
    ageStock: core.ageStockPtr(),
    cost: core.costPtr(),
  };
  // Memory does not grow during a run, so one view of it serves every section.
  return readRunBlock(core.memory.buffer, pointers, sizes, count, core.ageRuns());
}

/** A loaded scenario in one core instance. */
export class WasmModel {
  readonly model: CompiledModel;
  private readonly core: WasmCore;

  constructor(core: WasmCore, model: CompiledModel) {
    this.core = core;
    this.model = model;
    load(core, packModel(model), () => core.prepare());
  }

  /** Runs start..start+count−1; `intakeOverride` as in the reference RunOptions. */
  run(
    seed: number,
    start: number,
    count: number,
    deterministic: boolean,
    intakeOverride?: Float64Array,
  ): RawRuns {
    const core = this.core;
    const P = this.model.professions.length;
    if (intakeOverride && intakeOverride.length !== P) {
      throw new RangeError(`an intake override has ${P} values, one per profession`);
    }
    const run = (overrides: number) =>
      core.runChunk(seed >>> 0, start, count, deterministic ? 1 : 0, overrides);
    return runLoaded(core, runBlockSizes(this.model), run, start, count, intakeOverride);
  }
}

/** A loaded regional scenario in one core instance: its runs as flat blocks of
 *  P·(R + 1) professions (model/regions/flat.ts), costs included, as runRegionalChunk
 *  makes them. */
export class WasmRegionalModel {
  readonly model: RegionalModel;
  private readonly core: WasmCore;

  constructor(core: WasmCore, model: RegionalModel) {
    this.core = core;
    this.model = model;
    const { block, regional } = packRegionalModel(model);
    load(core, block, () => core.prepareRegional(regional));
  }

  /** Runs start..start+count−1; `intakeOverride` as in RegionalRunOptions (index p·R + r). */
  run(
    seed: number,
    start: number,
    count: number,
    deterministic: boolean,
    intakeOverride?: Float64Array,
  ): RawRuns {
    const core = this.core;
    const cells = this.model.national.professions.length * this.model.regionIds.length;
    if (intakeOverride && intakeOverride.length !== cells) {
      throw new RangeError(`an intake override has ${cells} values, one per profession and region`);
    }
    const run = (overrides: number) =>
      core.runRegionalChunk(seed >>> 0, start, count, deterministic ? 1 : 0, overrides);
    return runLoaded(core, regionalBlockSizes(this.model), run, start, count, intakeOverride);
  }
}

/** The WebAssembly core as a chunk engine for simulate() (model/projection/simulate.ts):
 *  one instance per model. */
export function wasmEngine(module: WebAssembly.Module): (model: CompiledModel) => ChunkEngine {
  return (model) => {
    const wasm = new WasmModel(instantiateCore(module), model);
    return (seed, start, count, deterministic) => wasm.run(seed, start, count, deterministic);
  };
}

/** The WebAssembly core as a chunk engine for regional models (the twin of
 *  regionalReferenceEngine in model/regions/flat.ts): one instance per model. */
export function wasmRegionalEngine(
  module: WebAssembly.Module,
): (model: RegionalModel) => ChunkEngine {
  return (model) => {
    const wasm = new WasmRegionalModel(instantiateCore(module), model);
    return (seed, start, count, deterministic) => wasm.run(seed, start, count, deterministic);
  };
}

export function createWasmRunner(module: WebAssembly.Module): ChunkRunner {
  const core = instantiateCore(module);
  let last: {
    scenario: ChunkRequest['scenario'];
    loaded: WasmModel | WasmRegionalModel;
  } | null = null;
  return {
    kind: 'wasm',
    regions: true,
    runChunk(req: ChunkRequest): RawRuns {
      if (!last || last.scenario !== req.scenario) {
        const rs = regionalOf(req.scenario);
        last = {
          scenario: req.scenario,
          loaded: rs
            ? new WasmRegionalModel(core, compileRegional(rs, req.population))
            : new WasmModel(core, compile(req.scenario, req.population)),
        };
      }
      return last.loaded.run(req.seed, req.start, req.count, req.deterministic);
    },
  };
}
