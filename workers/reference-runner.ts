/** The TypeScript reference engine behind the ChunkRunner seam (tests, and the fallback
 *  when WebAssembly is unavailable). Compiled models are cached per scenario object. */
import { compile, type CompiledModel } from '../wasm/reference/compile.ts';
import { Projector } from '../wasm/reference/project.ts';
import { runChunk } from '../wasm/reference/simulate.ts';
import type { ChunkRequest, ChunkRunner, RawRuns } from './engine-api.ts';

export function createReferenceRunner(): ChunkRunner {
  let last: {
    scenario: ChunkRequest['scenario'];
    model: CompiledModel;
    projector: Projector;
  } | null = null;
  return {
    kind: 'reference',
    runChunk(req: ChunkRequest): RawRuns {
      if (!last || last.scenario !== req.scenario) {
        const model = compile(req.scenario, req.population);
        last = { scenario: req.scenario, model, projector: new Projector(model) };
      }
      return runChunk(
        last.model,
        req.seed,
        req.start,
        req.count,
        { deterministic: req.deterministic },
        last.projector,
      );
    },
  };
}
