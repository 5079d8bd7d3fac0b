/** The TypeScript reference engine behind the ChunkRunner seam (tests, the fallback when
 *  WebAssembly is unavailable, and regional scenarios where the core has no regions).
 *  Compiled models are cached per scenario object. */
import { compile } from '../model/projection/compile.ts';
import { referenceEngine, type ChunkEngine } from '../model/projection/simulate.ts';
import type { ChunkRequest, ChunkRunner, RawRuns } from './engine-api.ts';
import { regionalOf } from '../model/regions/types.ts';
import { compileRegional } from '../model/regions/compile.ts';
import { regionalReferenceEngine } from '../model/regions/flat.ts';

export function createReferenceRunner(): ChunkRunner {
  let last: { scenario: ChunkRequest['scenario']; run: ChunkEngine } | null = null;
  return {
    kind: 'reference',
    regions: true,
    runChunk(req: ChunkRequest): RawRuns {
      if (!last || last.scenario !== req.scenario) {
        const rs = regionalOf(req.scenario);
        last = {
          scenario: req.scenario,
          run: rs
            ? regionalReferenceEngine(compileRegional(rs, req.population))
            : referenceEngine(compile(req.scenario, req.population)),
        };
      }
      return last.run(req.seed, req.start, req.count, req.deterministic);
    },
  };
}
