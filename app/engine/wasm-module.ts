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

/** The compiled core, or undefined when it is unavailable (no WebAssembly in this
 *  browser, no core in this build, or it failed to load): workers then run the
 *  TypeScript reference engine. Never rejects. */
export async function loadWasmModule(
  url: URL | string | undefined = wasmUrl(),
): Promise<WebAssembly.Module | undefined> {
  if (url === undefined || typeof WebAssembly === 'undefined') return undefined;
  try {
    const response = await fetch(url);
    if (!response.ok) return undefined;
    return await WebAssembly.compile(await response.arrayBuffer());
  } catch {
    return undefined;
  }
}
