/**
 * Which runner the app gets: the worker pool where the browser has workers, else the
 * in-thread runner with a notice for the page.
 */
import { createInThreadRunner } from './in-thread-runner.ts';
import { createPoolRunner, type PoolRunnerOptions } from './pool-runner.ts';
import type { RunnerKind, SimulationRunner } from './runner.ts';
import { loadWasmModule } from './wasm-module.ts';

export interface RunnerChoice {
  runner: SimulationRunner;
  kind: RunnerKind;
  /** A sentence for the page when the simulation runs in a slower way, else null. */
  notice: string | null;
}

export const NO_WORKERS_NOTICE =
  'Running without background workers: long simulations may pause the page.';
export const NO_WEBASSEMBLY_NOTICE =
  'This browser does not run WebAssembly: simulations use the slower built-in engine.';

export interface CreateRunnerOptions extends PoolRunnerOptions {
  /** Run on this thread even where workers are available. */
  inThread?: boolean;
}

export function createRunner(options: CreateRunnerOptions = {}): RunnerChoice {
  const { inThread, ...poolOptions } = options;
  if (inThread || typeof Worker === 'undefined') {
    const runner = createInThreadRunner({ chunkSize: options.chunkSize, module: loadWasmModule() });
    return { runner, kind: 'in-thread', notice: NO_WORKERS_NOTICE };
  }
  // Without WebAssembly the workers still help: they run the TypeScript engine.
  const noWasm = typeof WebAssembly === 'undefined';
  const runner = createPoolRunner({ module: loadWasmModule(), ...poolOptions });
  return { runner, kind: 'pool', notice: noWasm ? NO_WEBASSEMBLY_NOTICE : null };
}
