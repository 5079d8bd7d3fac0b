import { describe, expect, it } from 'vitest';
import { layoutConstants } from '../../model/packed/layout.ts';
import { loadCoreModule } from '../helpers/wasm.ts';

describe('packed parameter block layout', () => {
  it('the WebAssembly core and TypeScript agree on every field of the layout', () => {
    const exports = new WebAssembly.Instance(loadCoreModule(), {}).exports;
    const ts = layoutConstants();
    const wasm = Object.fromEntries(
      Object.entries(exports)
        .filter(([, v]) => v instanceof WebAssembly.Global)
        .map(([k, v]) => [k, (v as WebAssembly.Global).value as number]),
    );
    expect(Object.keys(ts).length).toBeGreaterThan(60);
    expect(wasm).toEqual(ts);
  });
});
