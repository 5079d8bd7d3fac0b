/** The built-in example "Exampleland regions" (app/data/examples/exampleland-regions.json):
 *  it parses cleanly, is what scripts/make-regional-example.ts makes, and shows what it is
 *  meant to show (an older rural region losing nurses to the capital, a rural training
 *  policy). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allocateRunBlock } from '../../model/packed/run-block.ts';
import { compileRegional } from '../../model/regions/compile.ts';
import { RegionalProjector, type RegionalYearFlows } from '../../model/regions/project.ts';
import { simulateRegions, type RegionalResult } from '../../model/regions/simulate.ts';
import { regionalOf, type RegionalScenario } from '../../model/regions/types.ts';
import { MEASURES } from '../../model/result/result.ts';
import { parseScenario } from '../../model/scenario/parse.ts';
import { REGIONAL_PATH, regionalExampleText } from '../../scripts/make-regional-example.ts';

type Doc = Record<string, unknown> & {
  policies: { region?: string; profession: string; parameter: string; value: number }[];
  professions: Record<string, unknown>[];
};

function load(): Doc {
  return JSON.parse(readFileSync(REGIONAL_PATH, 'utf8')) as Doc;
}

function parsed(doc: unknown): RegionalScenario {
  const r = parseScenario(doc);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  const rs = regionalOf(r.scenario);
  if (rs === null) throw new Error('no regions');
  return rs;
}

function deterministic(doc: unknown): RegionalResult {
  return simulateRegions(parsed(doc), { deterministic: true });
}

/** Headcount of one region's profession, per year (deterministic). */
function headcount(result: RegionalResult, region: string, profession: string): number[] {
  const r = result.regions.find((x) => x.id === region)!;
  return r.professions.find((p) => p.id === profession)!.headcount.mean;
}

/** The flows of every year of profession p in one deterministic run. */
function flows(rs: RegionalScenario, p: number): RegionalYearFlows[] {
  const model = compileRegional(rs);
  const sizes = {
    professions: model.national.professions.length,
    horizon: model.national.horizon,
    inputs: model.inputs.length,
    ages: model.national.nAges,
    costs: 0,
  };
  const blocks = {
    regions: model.regionIds.map(() => allocateRunBlock(sizes, 1)),
    national: allocateRunBlock(sizes, 1),
  };
  const out: RegionalYearFlows[] = [];
  new RegionalProjector(model).run(rs.simulation.seed, 0, blocks, 0, {
    deterministic: true,
    trace: (q, k, f) => {
      if (q === p) out[k] = f;
    },
  });
  return out;
}

const SUM = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('Exampleland regions', () => {
  const doc = load();
  const rs = parsed(doc);
  const ids = rs.regions.map((r) => r.id);
  const nurse = rs.professions.findIndex((p) => p.id === 'nurse');

  it('parses with no errors and no warnings; 4 regions, nurses and GPs', () => {
    const r = parseScenario(doc);
    expect(r.ok).toBe(true);
    expect(r.warnings).toEqual([]);
    expect(ids).toEqual(['capital', 'north', 'south', 'rural']);
    expect(rs.professions.map((p) => p.id)).toEqual(['nurse', 'gp']);
    expect(String(doc.description)).toMatch(/made up but plausible/);
  });

  it('is the file scripts/make-regional-example.ts writes', () => {
    expect(readFileSync(REGIONAL_PATH, 'utf8')).toBe(regionalExampleText());
  });

  it('has regions of different size and age: the capital grows, the rural region is older and shrinks', () => {
    const pop = rs.population as {
      years: number[];
      ages: { min: number };
      regions: Record<string, { female: number[][]; male: number[][] }>;
    };
    const last = pop.years.length - 1;
    const total = (id: string, k: number) =>
      SUM(pop.regions[id].female[k]) + SUM(pop.regions[id].male[k]);
    const old = (id: string) => {
      const from = 65 - pop.ages.min;
      const t = pop.regions[id];
      return (SUM(t.female[0].slice(from)) + SUM(t.male[0].slice(from))) / total(id, 0);
    };
    const sizes = ids.map((id) => total(id, 0));
    expect(new Set(sizes).size).toBe(4);
    expect(total('capital', last)).toBeGreaterThan(total('capital', 0));
    expect(total('rural', last)).toBeLessThan(total('rural', 0));
    for (const id of ['capital', 'north', 'south']) expect(old('rural')).toBeGreaterThan(old(id));
  });

  it('deterministic: every national figure is the sum over the regions', () => {
    const result = deterministic(doc);
    expect(result.regions.map((r) => r.id)).toEqual(ids);
    result.professions.forEach((np, p) => {
      for (const measure of MEASURES) {
        np[measure].mean.forEach((v, k) => {
          const sum = SUM(result.regions.map((r) => r.professions[p][measure].mean[k]));
          expect(Math.abs(v - sum)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(v)));
        });
      }
      expect(np.densityRatio?.mean.every((x) => x !== null && x >= 1)).toBe(true);
    });
  });

  it('every year the rural region loses nurses to the capital at the rate the scenario gives', () => {
    const dist = rs.professions[nurse].mobility!.rural.capital as { min: number; max: number };
    const rural = ids.indexOf('rural');
    const capital = ids.indexOf('capital');
    const f = flows(rs, nurse);
    for (let k = 1; k <= rs.horizonYears; k++) {
      const share = f[k].moved[rural][capital] / f[k].afterExits[rural];
      expect(share).toBeCloseTo((dist.min + dist.max) / 2, 12);
    }
  });

  it('without mobility the rural region keeps more nurses, the capital fewer, the country the same', () => {
    const still = structuredClone(doc);
    for (const p of still.professions) delete p.mobility;
    const moving = deterministic(doc);
    const staying = deterministic(still);
    const withMoves = headcount(moving, 'rural', 'nurse');
    const without = headcount(staying, 'rural', 'nurse');
    expect(withMoves[0]).toBe(without[0]);
    for (let k = 1; k < withMoves.length; k++) {
      expect(withMoves[k]).toBeLessThan(without[k]);
      expect(headcount(moving, 'capital', 'nurse')[k]).toBeGreaterThan(
        headcount(staying, 'capital', 'nurse')[k],
      );
    }
    // Moves conserve people; exits are national rates, so the country is the same.
    const nat = (r: RegionalResult) => r.professions[nurse].headcount.mean;
    nat(moving).forEach((v, k) => expect(v).toBeCloseTo(nat(staying)[k], 6));
    // The loss grows over the years.
    const last = withMoves.length - 1;
    expect(without[last] - withMoves[last]).toBeGreaterThan(without[5] - withMoves[5]);
  });

  it('the rural training policy adds its places to the rural intake, and most of them stay', () => {
    const index = doc.policies.findIndex((p) => p.region === 'rural');
    expect(index).toBeGreaterThanOrEqual(0);
    const policy = rs.policies[index] as unknown as {
      parameter: string;
      kind: string;
      value: number;
      startYear: number;
      fullYear: number;
    };
    expect([policy.parameter, policy.kind]).toEqual(['training.intake', 'absolute']);
    const none = structuredClone(doc);
    none.policies.splice(index, 1);
    const L = rs.professions[nurse].training!.durationYears;
    const withPolicy = flows(rs, nurse);
    const without = flows(parsed(none), nurse);
    const extra = (k: number) => withPolicy[k].graduates.map((g, r) => g - without[k].graduates[r]);
    const rural = ids.indexOf('rural');
    const start = policy.startYear - rs.baseYear + L;
    for (let k = 1; k < start; k++) expect(extra(k).every((x) => x === 0)).toBe(true);
    // Full places from the full year on: 60 starters × completion × entry rate graduates.
    const full = policy.fullYear - rs.baseYear + L;
    const t = rs.professions[nurse].training!;
    const completion = t.completion as { min: number; max: number };
    const entry = t.entryRate as { mode: number };
    const graduates = policy.value * ((completion.min + completion.max) / 2) * entry.mode;
    expect(SUM(extra(full))).toBeCloseTo(graduates, 9);
    const stay = t.graduateDestinations!.rural.rural;
    expect(extra(full)[rural]).toBeCloseTo(graduates * stay, 9);
    // The rural nurses gain from the year the first extra graduates arrive (the policy
    // phases in from its start year), never before.
    let first = 1;
    while (first <= rs.horizonYears && extra(first)[rural] === 0) first++;
    expect(first).toBeGreaterThanOrEqual(start);
    expect(first).toBeLessThanOrEqual(full);
    const a = headcount(deterministic(doc), 'rural', 'nurse');
    const b = headcount(deterministic(none), 'rural', 'nurse');
    expect(a.slice(0, first)).toEqual(b.slice(0, first));
    for (let k = first; k < a.length; k++) expect(a[k]).toBeGreaterThan(b[k]);
  });
});
