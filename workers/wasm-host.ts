/**
 * The WebAssembly core behind the ChunkRunner seam. One instance per thread: the packed
 * parameter block is copied into WASM memory once per scenario, runs write straight into
 * memory the core laid out once, and the outputs are copied out into buffers the caller
 * owns (so they can be transferred). Views over memory are made after every call that may
 * grow it — a grown memory detaches the old ArrayBuffer.
 */
import { compile, type CompiledModel } from '../model/projection/compile.ts';
import { packModel } from '../model/packed/pack.ts';
import { readRunBlock, runBlockSizes } from '../model/packed/run-block.ts';
import type { ChunkEngine } from '../model/projection/simulate.ts';
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
  runChunk(
    seed: number,
    start: number,
    count: number,
    deterministic: number,
    overrides: number,
  ): void;
  overrideScratch(): number;
}

export function instantiateCore(module: WebAssembly.Module): WasmCore {
  const instance = new WebAssembly.Instance(module, {});
  return instance.exports as unknown as WasmCore;
}

/** A loaded scenario in one core instance. */
export class WasmModel {
  readonly model: CompiledModel;
  private readonly core: WasmCore;

  constructor(core: WasmCore, model: CompiledModel) {
    this.core = core;
    this.model = model;
    const packed = packModel(model);
    const ptr = core.reserveParams(packed.length);
    if (ptr === 0) throw new Error('not enough memory for the scenario');
    new Float64Array(core.memory.buffer, ptr, packed.length).set(packed);
    const status = core.prepare();
    if (status !== 0) throw new Error(`the simulation core rejected the scenario (code ${status})`);
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
    if (core.reserveOutputs(count, start) === 0) throw new Error('not enough memory for the runs');
    let overrides = 0;
    if (intakeOverride) {
      overrides = core.overrideScratch();
      if (overrides === 0) throw new Error('not enough memory for the runs');
      new Float64Array(core.memory.buffer, overrides, P).set(intakeOverride);
    }
    core.runChunk(seed >>> 0, start, count, deterministic ? 1 : 0, overrides);
    const pointers = {
      headcount: core.headcountPtr(),
      fte: core.ftePtr(),
      demand: core.demandPtr(),
      requiredIntake: core.requiredIntakePtr(),
      inputs: core.inputsPtr(),
      ageStock: core.ageStockPtr(),
    };
    const sizes = runBlockSizes(this.model);
    // Memory does not grow during runChunk, so one view of it serves every section.
    return readRunBlock(core.memory.buffer, pointers, sizes, count, core.ageRuns());
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

export function createWasmRunner(module: WebAssembly.Module): ChunkRunner {
  const core = instantiateCore(module);
  let last: { scenario: ChunkRequest['scenario']; loaded: WasmModel } | null = null;
  return {
    kind: 'wasm',
    runChunk(req: ChunkRequest): RawRuns {
      if (!last || last.scenario !== req.scenario) {
        last = {
          scenario: req.scenario,
          loaded: new WasmModel(core, compile(req.scenario, req.population)),
        };
      }
      return last.loaded.run(req.seed, req.start, req.count, req.deterministic);
    },
  };
}
