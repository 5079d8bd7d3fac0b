/** A stand-in worker that starts and runs the real simulation engine, in this process. */
import { createSimEngine } from '../../workers/sim-engine.ts';
import type { SimWorkerApi } from '../../workers/worker-api.ts';
import { ChannelWorker } from './channel-worker.ts';

export class EngineWorker extends ChannelWorker {
  constructor() {
    super();
    const engine = createSimEngine();
    const api: Partial<SimWorkerApi> = {
      init: async (module, lock) => {
        await this.holdLivenessLock(lock);
        return engine.init(module);
      },
      runChunk: (request, job) => engine.runChunk(request, job),
      summarize: (request, job) => engine.summarize(request, job),
      summarizeChunks: (request, job) => engine.summarizeChunks(request, job),
      summarizePart: (request, job) => engine.summarizePart(request, job),
      candidatePart: (request, job) => engine.candidatePart(request, job),
    };
    this.serve(api);
  }
}
