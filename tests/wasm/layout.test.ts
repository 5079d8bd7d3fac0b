/**
 * The codes both engines share — the packed block's layout, the catalog's policy codes, the
 * distribution kinds and the cut-offs — are written into the AssemblyScript core from the
 * TypeScript model at build time; these tests check the built core carries exactly them.
 */
import { describe, expect, it } from 'vitest';
import { DIST_PARAMETER_KEYS, PARAMETERS, POLICY_KEYS } from '../../model/catalog.ts';
import {
  DIST,
  DIST_SIZE,
  HEADER,
  POLICY,
  POLICY_SIZE,
  PROF,
  PROF_DISTS,
} from '../../model/packed/layout.ts';
import { packModel } from '../../model/packed/pack.ts';
import { COST_KINDS } from '../../model/packed/run-block.ts';
import { compile, POLICY_COST_SLOT } from '../../model/projection/compile.ts';
import { parseScenario } from '../../model/scenario/parse.ts';
import type { Scenario } from '../../model/scenario/types.ts';
import { assemblyConstantsSource, sharedConstants } from '../../model/packed/shared-constants.ts';
import { readFileSync } from 'node:fs';
import { exampleJson } from '../helpers/scenarios.ts';
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

describe('the packed block carries the costs (MODEL.md §7)', () => {
  const example = exampleJson('exampleland') as Scenario;
  const pack = (doc: unknown) => {
    const parsed = parseScenario(doc);
    if (!parsed.ok) throw new Error('the scenario does not validate');
    return packModel(compile(parsed.scenario));
  };
  /** Each policy record of the block, profession after profession. */
  const policies = (block: Float64Array) => {
    const out: number[] = [];
    for (let p = 0; p < block[HEADER.professions]; p++) {
      const rec = block[block[HEADER.professionTable] + p];
      const n = block[rec + PROF.policies];
      for (let i = 0; i < n; i++) out.push(block[rec + PROF.policyTable] + i * POLICY_SIZE);
    }
    return out;
  };

  it('the header counts the kinds of cost: all of them with costs, none without', () => {
    expect(example.costs).toBeUndefined();
    expect(pack(example)[HEADER.costs]).toBe(0);
    expect(pack({ ...example, costs: { currency: 'EUR' } })[HEADER.costs]).toBe(COST_KINDS.length);
  });

  it("a policy's programme cost is a dist with a year series on its slot; none is −1", () => {
    expect(example.policies.length).toBeGreaterThan(1);
    const block = pack({
      ...example,
      costs: { currency: 'EUR' },
      policies: example.policies.map((pol, i) =>
        i === 0 ? { ...pol, costPerYear: { dist: 'uniform', min: 1, max: 2 } } : pol,
      ),
    });
    const [first, ...rest] = policies(block);
    const d = block[first + POLICY.cost];
    expect(d).toBeGreaterThanOrEqual(0);
    const dist = block[HEADER.distTable] + d * DIST_SIZE;
    expect(block[dist + DIST.slot]).toBe(POLICY_COST_SLOT);
    expect(block[dist + DIST.series]).toBeGreaterThanOrEqual(0);
    expect(block[dist + DIST.a]).toBe(1);
    for (const rec of rest) expect(block[rec + POLICY.cost]).toBe(-1);
  });
});
