/** The TypeScript reference engine behind the ChunkRunner seam (tests, and the fallback
 *  when WebAssembly is unavailable). Compiled models are cached per scenario object. */
import { compile } from '../model/projection/compile.ts';
import { referenceEngine, type ChunkEngine } from '../model/projection/simulate.ts';
import type { ChunkRequest, ChunkRunner, RawRuns } from './engine-api.ts';

export function createReferenceRunner(): ChunkRunner {
  let last: { scenario: ChunkRequest['scenario']; run: ChunkEngine } | null = null;
  return {
    kind: 'reference',
    runChunk(req: ChunkRequest): RawRuns {
      if (!last || last.scenario !== req.scenario) {
        last = {
          scenario: req.scenario,
          run: referenceEngine(compile(req.scenario, req.population)),
        };
      }
      return last.run(req.seed, req.start, req.count, req.deterministic);
    },
  };
}
