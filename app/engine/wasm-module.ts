/**
 * The WebAssembly core, compiled once on this thread and handed to every worker (a
 * WebAssembly.Module can be posted to workers and instantiated there many times, so a
 * respawned worker starts without downloading or compiling again).
 */

/** Where the core is served from: wasm/build/hwf.wasm, built by `npm run build:wasm`
 *  (run before dev, build and test) and emitted as an asset by vite. */
function wasmUrl(): URL {
  return new URL('../../wasm/build/hwf.wasm', import.meta.url);
}

/** The core, or why it is missing. */
export interface WasmCore {
  module: WebAssembly.Module | undefined;
  /** Null when the core loaded; 'unsupported' when this browser has no WebAssembly (or
   *  no core was asked for); 'failed' when it could not be downloaded or compiled. */
  problem: null | 'unsupported' | 'failed';
}

/** The compiled core, or why there is none. Never rejects. */
export async function loadWasmCore(url: URL | string | undefined = wasmUrl()): Promise<WasmCore> {
  if (url === undefined || typeof WebAssembly === 'undefined') {
    return { module: undefined, problem: 'unsupported' };
  }
  try {
    const response = await fetch(url);
    if (!response.ok) return { module: undefined, problem: 'failed' };
    return { module: await WebAssembly.compile(await response.arrayBuffer()), problem: null };
  } catch {
    return { module: undefined, problem: 'failed' };
  }
}

/** The compiled core, or undefined when it is unavailable (no WebAssembly in this
 *  browser, no core in this build, or it failed to load): workers then run the
 *  TypeScript reference engine. Never rejects. */
export async function loadWasmModule(
  url: URL | string | undefined = wasmUrl(),
): Promise<WebAssembly.Module | undefined> {
  return (await loadWasmCore(url)).module;
}
