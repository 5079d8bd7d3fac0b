// The WebAssembly core's exports: memory management, the run loop, and the layout constants
// (read by the agreement test against model/packed/layout.ts).
export {
  reserveParams,
  reserveOutputs,
  headcountPtr,
  ftePtr,
  demandPtr,
  requiredIntakePtr,
  inputsPtr,
  ageStockPtr,
  ageRuns,
  costPtr,
  overrideScratch,
} from './memory';
export { prepare } from './params';
export { runChunk } from './engine';
// The regional model (MODEL.md §6): the packed regional block, runs as flat blocks.
export { prepareRegional, runRegionalChunk } from './regions';
export * from './shared';
// The shared math, exported for the bit-equality test against model/numeric/math.ts.
export { exp as mathExp, log as mathLog, normalCdf as mathNormalCdf } from './math';
