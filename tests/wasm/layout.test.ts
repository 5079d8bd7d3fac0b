/**
 * The codes both engines share — the packed block's layout, the catalog's policy codes, the
 * distribution kinds and the cut-offs — are written into the AssemblyScript core from the
 * TypeScript model at build time; these tests check the built core carries exactly them.
 */
import { describe, expect, it } from 'vitest';
import { DIST_PARAMETER_KEYS, PARAMETERS, POLICY_KEYS } from '../../model/catalog.ts';
import { PROF, PROF_DISTS } from '../../model/packed/layout.ts';
import { assemblyConstantsSource, sharedConstants } from '../../model/packed/shared-constants.ts';
import { readFileSync } from 'node:fs';
import { loadCoreModule } from '../helpers/wasm.ts';

describe('constants shared by the TypeScript model and the WebAssembly core', () => {
  it('the built core exports exactly the shared constants, with the same values', () => {
    const exports = new WebAssembly.Instance(loadCoreModule(), {}).exports;
    const wasm = Object.fromEntries(
      Object.entries(exports)
        .filter(([, v]) => v instanceof WebAssembly.Global)
        .map(([k, v]) => [k, (v as WebAssembly.Global).value as number]),
    );
    const ts = Object.fromEntries(
      Object.entries(sharedConstants()).map(([k, { value }]) => [k, value]),
    );
    expect(Object.keys(ts).length).toBeGreaterThan(100);
    expect(wasm).toEqual(ts);
  });

  it('the generated AssemblyScript file is the one the model gives', () => {
    const file = readFileSync(new URL('../../wasm/assembly/shared.ts', import.meta.url), 'utf8');
    expect(file).toBe(assemblyConstantsSource());
  });

  it('every policy code and every catalog distribution is among them', () => {
    const shared = sharedConstants();
    for (const key of POLICY_KEYS) {
      expect(shared[`POLICY_CODE_${key}`]?.value).toBe(PARAMETERS[key].policy);
    }
    for (const key of DIST_PARAMETER_KEYS) {
      expect(shared[`PROF_${key}`]?.value).toBe(PROF_DISTS + PARAMETERS[key].q);
      expect(PROF[key]).toBe(PROF_DISTS + PARAMETERS[key].q);
    }
  });
});
