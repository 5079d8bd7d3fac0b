/**
 * The simulation worker: runs chunks of runs and summarises merged blocks, behind Comlink.
 * Spawned by workers/pool.ts; its contract is SimWorkerApi (workers/worker-api.ts).
 */
import { expose } from 'comlink';
import { createSimEngine } from './sim-engine.ts';
import type { SimWorkerApi, WorkerFault } from './worker-api.ts';

declare const self: DedicatedWorkerGlobalScope;

const engine = createSimEngine();
let armed: WorkerFault | null = null;

/** A module whose only function executes `unreachable`: calling it traps exactly as a
 *  bug in the WebAssembly core would. */
const TRAP_MODULE = new Uint8Array([
  0x00,
  0x61,
  0x73,
  0x6d,
  0x01,
  0x00,
  0x00,
  0x00, // magic, version
  0x01,
  0x04,
  0x01,
  0x60,
  0x00,
  0x00, // type section: () -> ()
  0x03,
  0x02,
  0x01,
  0x00, // function section: one function of type 0
  0x07,
  0x08,
  0x01,
  0x04,
  0x74,
  0x72,
  0x61,
  0x70,
  0x00,
  0x00, // export "trap" = func 0
  0x0a,
  0x05,
  0x01,
  0x03,
  0x00,
  0x00,
  0x0b, // code: unreachable, end
]);

/** Runs the armed fault, if any. Returns a promise that never settles when the worker
 *  is meant to fall silent (the pool must notice by itself). */
function misbehave(): Promise<never> | undefined {
  const fault = armed;
  armed = null;
  switch (fault) {
    case null:
      return undefined;
    case 'throw':
      throw new Error('a fault injected for testing');
    case 'trap': {
      const instance = new WebAssembly.Instance(new WebAssembly.Module(TRAP_MODULE));
      (instance.exports.trap as () => void)();
      return undefined;
    }
    case 'exit':
      self.close();
      return new Promise<never>(() => {});
    case 'uncaught':
      setTimeout(() => {
        throw new Error('an uncaught error injected for testing');
      });
      return new Promise<never>(() => {});
  }
}

/** Holds the named Web Lock for the worker's whole life: the pool asks for the same lock
 *  and is granted it only once this worker is gone (closed, crashed or terminated). */
function holdLivenessLock(name: string): Promise<void> {
  return new Promise<void>((held, failed) => {
    navigator.locks
      .request(name, () => {
        held();
        return new Promise<never>(() => {});
      })
      .catch(failed);
  });
}

const api: SimWorkerApi = {
  async init(module?: WebAssembly.Module, livenessLock?: string) {
    if (livenessLock && typeof navigator.locks?.request === 'function') {
      await holdLivenessLock(livenessLock);
    }
    return engine.init(module);
  },
  runChunk(request, job) {
    engine.adopt(request, job);
    return misbehave() ?? engine.runChunk(request, job);
  },
  summarize(request, job) {
    engine.adopt(request, job);
    return misbehave() ?? engine.summarize(request, job);
  },
  summarizeChunks(request, job) {
    engine.adopt(request, job);
    return misbehave() ?? engine.summarizeChunks(request, job);
  },
  summarizePart(request, job) {
    engine.adopt(request, job);
    return misbehave() ?? engine.summarizePart(request, job);
  },
  candidatePart(request, job) {
    engine.adopt(request, job);
    return misbehave() ?? engine.candidatePart(request, job);
  },
  debugFault(fault: WorkerFault) {
    armed = fault;
  },
};

expose(api);
