/** Loading the built WebAssembly core in Node (npm test builds it first: see pretest). */
import { existsSync, readFileSync } from 'node:fs';

const WASM = new URL('../../wasm/build/hwf.wasm', import.meta.url);

export function loadCoreModule(): WebAssembly.Module {
  if (!existsSync(WASM)) throw new Error('wasm/build/hwf.wasm is missing: run npm run build:wasm');
  return new WebAssembly.Module(readFileSync(WASM));
}
