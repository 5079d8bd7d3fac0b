// The WebAssembly core's exports: memory management, the run loop, and the layout constants
// (read by the agreement test against model/packed/layout.ts).
export {
  reserveParams,
  prepare,
  reserveOutputs,
  headcountPtr,
  ftePtr,
  demandPtr,
  requiredIntakePtr,
  inputsPtr,
  ageStockPtr,
  ageRuns,
  runChunk,
  overrideScratch,
} from './engine';
export * from './layout';
// The shared math, exported for the bit-equality test against model/numeric/math.ts.
export { exp as mathExp, log as mathLog, normalCdf as mathNormalCdf } from './math';
