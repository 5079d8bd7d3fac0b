/**
 * A part a profession leaves out means none (docs/scenario-format.md, Defaults): the results
 * are those of the same scenario writing the zeros out, bit for bit, in the TypeScript
 * reference and in the WebAssembly core; a left-out input is never a driver of the
 * sensitivity analysis; and a profession without training, immigration or exits only ages.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile, type CompiledModel } from '../../model/projection/compile.ts';
import type { RunBlock } from '../../model/projection/project.ts';
import { runChunk, simulate } from '../../model/projection/simulate.ts';
import { parseScenario } from '../../model/scenario/parse.ts';
import type { Profession, Scenario } from '../../model/scenario/types.ts';
import { instantiateCore, WasmModel } from '../../workers/wasm-host.ts';
import {
  exampleJson,
  quietProfession,
  scenarioArb,
  singleProfession,
} from '../helpers/scenarios.ts';
import { expectSameBits } from '../helpers/same-bits.ts';
import { loadCoreModule } from '../helpers/wasm.ts';

const core = instantiateCore(loadCoreModule());

const FIELDS = ['headcount', 'fte', 'demand', 'requiredIntake', 'inputs', 'ageStock'] as const;

const PARTS = [
  'fteTrend',
  'training',
  'immigration',
  'exits.attrition',
  'exits.emigration',
  'exits.retirement',
  'exits',
] as const;
type Part = (typeof PARTS)[number];

/** The policy parameters each part holds (a policy on a left-out part is refused). */
const POLICY_PARTS: Readonly<Record<string, Part>> = {
  'training.intake': 'training',
  'training.completion': 'training',
  'training.entryRate': 'training',
  'immigration.perYear': 'immigration',
  'exits.attrition': 'exits.attrition',
  'exits.emigration': 'exits.emigration',
  'exits.retirement.meanAge': 'exits.retirement',
};

/** The zeros a planner would write instead of leaving a part out (workforce ages below
 *  111, so a mean retirement age of 120 with sd 1 gives no retirement before the top age). */
function explicitNone(part: Part, ageMin: number): unknown {
  const entrants = { femaleShare: 0.5, ageMean: ageMin + 5, ageSd: 2 };
  switch (part) {
    case 'fteTrend':
    case 'exits.attrition':
    case 'exits.emigration':
      return 0;
    case 'training':
      return { intake: 0, durationYears: 1, completion: 0, entryRate: 0, entrants };
    case 'immigration':
      return { perYear: 0, entrants };
    case 'exits.retirement':
      return { meanAge: 120, sd: 1 };
    case 'exits':
      return { attrition: 0, emigration: 0, retirement: { meanAge: 120, sd: 1 } };
  }
}

/** Sets (value given) or deletes (undefined) a part of a profession, in a copy. */
function withPart(p: Profession, part: Part, value: unknown): Profession {
  const out = structuredClone(p) as unknown as Record<string, Record<string, unknown>>;
  const [head, tail] = part.split('.');
  if (tail === undefined) {
    if (value === undefined) delete out[head];
    else out[head] = value as Record<string, unknown>;
  } else {
    const holder = { ...(out[head] ?? {}) };
    if (value === undefined) delete holder[tail];
    else holder[tail] = value;
    out[head] = holder;
  }
  return out as unknown as Profession;
}

/** The scenario twice: profession i without `parts`, and with the zeros written out. Policies
 *  on a part left out are dropped from both. */
function pair(sc: Scenario, left: readonly (readonly Part[])[]): [Scenario, Scenario] {
  const leaves = (id: string, parameter: string) => {
    const i = sc.professions.findIndex((p) => p.id === id);
    const part = POLICY_PARTS[parameter];
    return (
      part !== undefined &&
      left[i].some((l) => l === part || (l === 'exits' && part.startsWith('exits.')))
    );
  };
  const policies = sc.policies.filter((pol) => !leaves(pol.profession, pol.parameter));
  const build = (explicit: boolean) => ({
    ...sc,
    policies,
    professions: sc.professions.map((p, i) =>
      left[i].reduce(
        (q, part) => withPart(q, part, explicit ? explicitNone(part, sc.ages.min) : undefined),
        p,
      ),
    ),
  });
  return [valid(build(false)), valid(build(true))];
}

/** The scenario as the parser gives it back (so each test goes through the one door). */
function valid(doc: unknown): Scenario {
  const r = parseScenario(doc);
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.path}: ${e.message}`).join('; '));
  return r.scenario;
}

function expectSameBlocks(a: RunBlock, b: RunBlock, what: string): void {
  for (const key of FIELDS) expectSameBits(`${what} ${key}`, a[key], b[key]);
}

/** Omitted and explicit, both engines, Monte Carlo and deterministic: all the same bits. */
function expectSameResults(omitted: Scenario, explicit: Scenario, runs = 40): void {
  const mo = compile(omitted);
  const me = compile(explicit);
  expect(mo.inputs.map((d) => d.path)).toEqual(me.inputs.map((d) => d.path));
  for (const deterministic of [false, true]) {
    const n = deterministic ? 1 : runs;
    const seed = omitted.simulation.seed;
    const reference = runChunk(me, seed, 0, n, { deterministic });
    expectSameBlocks(runChunk(mo, seed, 0, n, { deterministic }), reference, 'reference');
    expectSameBlocks(new WasmModel(core, mo).run(seed, 0, n, deterministic), reference, 'core');
  }
}

function example(name: 'minimal' | 'exampleland'): Scenario {
  return valid(exampleJson(name));
}

describe('a left-out part gives the results of its zeros written out', () => {
  it.each(PARTS)('without %s (exampleland, both professions)', (part) => {
    const [omitted, explicit] = pair(example('exampleland'), [[part], [part]]);
    expectSameResults(omitted, explicit);
  });

  it('without all of them at once (minimal and exampleland)', () => {
    const all = ['fteTrend', 'training', 'immigration', 'exits'] as const;
    const [a, b] = pair(example('minimal'), [all]);
    expectSameResults(a, b);
    const [c, d] = pair(example('exampleland'), [all, ['training', 'exits.retirement']]);
    expectSameResults(c, d);
  });

  it('generated scenarios with random parts left out, both engines', () => {
    const partsArb = fc.subarray([...PARTS]);
    fc.assert(
      fc.property(
        scenarioArb.filter((sc) => sc.ages.max <= 110),
        fc.array(partsArb, { minLength: 3, maxLength: 3 }),
        (sc, left) => {
          const [omitted, explicit] = pair(sc, left.slice(0, sc.professions.length));
          expectSameResults(omitted, explicit, 8);
        },
      ),
      { numRuns: 80 },
    );
  });
});

describe('the sensitivity analysis', () => {
  it('never lists a left-out input as a driver, and lists the others as before', () => {
    const full = example('exampleland');
    const [omitted] = pair(full, [['fteTrend', 'training', 'exits'], []]);
    const paths = (m: CompiledModel) => m.inputs.map((d) => d.path);
    const before = paths(compile(full));
    const after = paths(compile(omitted));
    const gone = (p: string) =>
      /^professions\[0\]\.(fteTrend|training\.|exits\.)/.test(p) || p === 'policies[0].value';
    expect(before.filter(gone).length).toBeGreaterThan(0);
    expect(after).toEqual(before.filter((p) => !gone(p)));
    const result = simulate(omitted, { runs: 200 });
    const drivers = result.professions.flatMap((p) => p.sensitivity.map((s) => s.input));
    expect(drivers.filter(gone)).toEqual([]);
  });
});

describe('a profession without training, immigration or exits', () => {
  it('only ages: each year everyone is a year older and the top age leaves, exactly', () => {
    const n = 50;
    const stock = Array.from({ length: n }, (_, i) => 10 + i);
    const doc = structuredClone(
      singleProfession(
        quietProfession(n, { stock: { female: stock, male: stock.map((v) => v / 2) } }),
      ),
    ) as unknown as { professions: Record<string, unknown>[] };
    for (const part of ['fteTrend', 'training', 'immigration', 'exits'])
      delete doc.professions[0][part];
    const sc = valid(doc);
    const model = compile(sc);
    for (const block of [
      runChunk(model, 1, 0, 1, { deterministic: true }),
      new WasmModel(core, model).run(1, 0, 1, true),
    ]) {
      for (let k = 0; k <= sc.horizonYears; k++) {
        let expected = 0;
        for (let i = 0; i < n - k; i++) expected += stock[i] + stock[i] / 2;
        expect(block.headcount[k]).toBe(expected);
        expect(block.fte[k]).toBe(expected);
      }
      // No training: the required intake is not a number (reported unreachable).
      expect(block.requiredIntake[0]).toBeNaN();
    }
    const result = simulate(sc, { deterministic: true });
    expect(result.professions[0].requiredIntake.unreachable).toBe(true);
    expect(result.professions[0].requiredIntake.reason).toContain('no training pipeline');
  });
});
