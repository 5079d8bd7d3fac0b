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
  overrideScratch,
} from './memory';
export { prepare, runChunk } from './engine';
export * from './shared';
// The shared math, exported for the bit-equality test against model/numeric/math.ts.
export { exp as mathExp, log as mathLog, normalCdf as mathNormalCdf } from './math';
