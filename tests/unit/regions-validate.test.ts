/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call -- the tests edit raw JSON documents */
/** The rules of MODEL.md §6 for regional scenarios: every broken rule with its path. */
import { describe, expect, it } from 'vitest';
import { validateRegions } from '../../model/regions/validate.ts';
import { parseRegionalScenario } from '../../model/regions/parse.ts';

function doc(): Record<string, any> {
  return {
    schema: 'hwf-scenario/1',
    name: 'two regions',
    baseYear: 2025,
    horizonYears: 5,
    simulation: { runs: 100, seed: 1 },
    ages: { min: 30, max: 31 },
    regions: [
      { id: 'north', name: 'North' },
      { id: 'south', name: 'South' },
    ],
    professions: [
      {
        id: 'nurse',
        stock: {
          north: { female: [100, 7], male: [0, 0] },
          south: { female: [50, 3], male: [0, 0] },
        },
        fte: 1,
        training: {
          intake: { north: 10, south: { dist: 'uniform', min: 10, max: 20 } },
          durationYears: 2,
          completion: 1,
          entryRate: 0.5,
          pipeline: { north: [1, 2], south: [3, 4] },
          graduateDestinations: { north: { north: 0.8, south: 0.2 }, south: { south: 1 } },
          entrants: { femaleShare: 1, ageMean: 30, ageSd: 1 },
        },
        immigration: {
          perYear: 10,
          regionShares: { north: 0.3, south: 0.7 },
          entrants: { femaleShare: 1, ageMean: 30, ageSd: 1 },
        },
        mobility: {
          north: { south: 0.1 },
          south: { north: { dist: 'uniform', min: 0, max: 0.3 } },
        },
        exits: { attrition: 0.1 },
        demand: { method: 'utilisation', baseFte: { north: 100, south: null }, unmet: 0 },
      },
    ],
    policies: [
      {
        profession: 'nurse',
        parameter: 'mobility.out',
        kind: 'relative',
        value: -0.2,
        startYear: 2026,
        fullYear: 2028,
        region: 'north',
      },
    ],
  };
}

const issue = (d: unknown) => validateRegions(d).map((e) => `${e.path}: ${e.message}`);

describe('validateRegions', () => {
  it('accepts a valid regional scenario, and the parser gives it back typed', () => {
    expect(issue(doc())).toEqual([]);
    const r = parseRegionalScenario(doc());
    expect(r.ok ? [] : r.errors).toEqual([]);
    if (r.ok) {
      expect(r.scenario.regions).toEqual([
        { id: 'north', name: 'North' },
        { id: 'south', name: 'South' },
      ]);
      expect(r.scenario.policies[0]).toMatchObject({ parameter: 'mobility.out', region: 'north' });
    }
  });

  it('without regions there is nothing to check', () => {
    const d = doc();
    delete d.regions;
    expect(validateRegions(d)).toEqual([]);
  });

  it('graduate destinations that do not sum to 1, named by region', () => {
    const d = doc();
    d.professions[0].training.graduateDestinations.north = { north: 0.7, south: 0.2 };
    expect(issue(d)).toEqual([
      "professions[0].training.graduateDestinations.north: the shares of graduates from North's schools sum to 0.9, not 1",
    ]);
  });

  it('outflows that can exceed 1 for some drawn value, naming the region', () => {
    const d = doc();
    d.regions.push({ id: 'east', name: 'East' });
    for (const k of ['stock', 'training.intake', 'training.pipeline']) {
      const [a, b] = k.split('.');
      const m = b ? d.professions[0][a][b] : d.professions[0][a];
      m.east = m.north;
    }
    d.professions[0].immigration.regionShares = { north: 0.3, south: 0.5, east: 0.2 };
    d.professions[0].demand.baseFte.east = null;
    // Point values sum to 0.6, but the highest values to 1.1.
    d.professions[0].mobility.south = {
      north: { dist: 'triangular', min: 0, mode: 0.3, max: 0.6 },
      east: { dist: 'uniform', min: 0.2, max: 0.5 },
    };
    const got = issue(d);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatch(
      /^professions\[0\]\.mobility\.south: the probabilities of moving out of South can add up to 1\.1 /,
    );
    // A normal without an upper bound may take any value up to 1.
    d.professions[0].mobility.south = {
      north: 0.1,
      east: { dist: 'normal', mean: 0.05, sd: 0.01 },
    };
    expect(issue(d)[0]).toMatch(/moving out of South can add up to 1\.1/);
  });

  it('one entry per region id, exactly', () => {
    const d = doc();
    delete d.professions[0].stock.south;
    d.professions[0].training.intake.west = 5;
    d.professions[0].demand.baseFte = 100;
    expect(issue(d)).toEqual([
      'professions[0].stock: has no entry for region "south" (South); give one per region',
      'professions[0].training.intake.west: "west" is not a region of this scenario; the regions are north and south',
      expect.stringMatching(
        /^professions\[0\]\.demand\.baseFte: with regions, must be the FTE demanded in each region/,
      ),
    ]);
  });

  it('mobility to itself or to an unknown region, shares and policies', () => {
    const d = doc();
    d.professions[0].mobility.north = { north: 0.1, west: 0.1 };
    d.professions[0].immigration.regionShares = { north: 0.3, south: 0.6 };
    d.policies[0].region = 'west';
    d.policies.push({ ...d.policies[0], region: 'north', parameter: 'training.completion' });
    d.policies.push({ ...d.policies[0], region: undefined, kind: 'absolute' });
    expect(issue(d)).toEqual([
      'professions[0].immigration.regionShares: the shares of immigrants settling in each region sum to 0.9, not 1',
      'professions[0].mobility.north.north: people cannot move from North to North; name only other regions',
      'professions[0].mobility.north.west: "west" is not a region of this scenario; the regions are north and south',
      'policies[0].region: must be the id of a region of this scenario (north and south) (got "west")',
      expect.stringMatching(
        /^policies\[1\]\.parameter: a policy for one region can change .* only; "training\.completion" is national/,
      ),
      expect.stringMatching(/^policies\[2\]\.kind: "mobility\.out" is a relative change/),
    ]);
  });

  it('2..40 regions with distinct ids, and the regional size limit', () => {
    const d = doc();
    d.regions = [{ id: 'north' }];
    expect(issue(d)[0]).toMatch(/^regions: must list between 2 and 40 regions \(got 1\)/);
    d.regions = [{ id: 'north' }, { id: 'north' }];
    expect(issue(d)).toEqual([
      'regions[1].id: the region id "north" is used twice; each region needs its own id',
    ]);
    const big = doc();
    big.simulation.runs = 100_000;
    big.horizonYears = 60;
    // 100 000 × 1 × 2 × 61 = 12 200 000 > 10 000 000 (the national limit alone allows it).
    expect(issue(big)).toEqual([
      expect.stringMatching(
        /^simulation\.runs: runs × professions × regions × projected years is 12 200 000, .*at most 81 967 here/,
      ),
    ]);
  });

  it('population tables per region or shares; the parser reports national rules too', () => {
    const d = doc();
    d.population = { ages: { min: 0, max: 0 }, years: [2025, 2026, 2027, 2028, 2029, 2030] };
    expect(issue(d)[0]).toMatch(
      /^population: with regions, the population needs one table per region/,
    );
    d.population.regionShares = { north: 0.5, south: 0.6 };
    d.population.female = d.population.years.map(() => [100]);
    d.population.male = d.population.years.map(() => [100]);
    expect(issue(d)).toEqual([
      "population.regionShares: the regions' shares of the population sum to 1.1, not 1",
    ]);
    d.population.regionShares = { north: 0.5, south: 0.5 };
    d.professions[0].exits.attrition = 1.4;
    const r = parseRegionalScenario(d);
    expect(r.ok ? [] : r.errors.map((e) => `${e.path}: ${e.message}`)).toEqual([
      'professions[0].exits.attrition: probability must be between 0 and 1 (got 1.4)',
    ]);
    const t = doc();
    t.population = {
      ages: { min: 0, max: 0 },
      years: [2025, 2026, 2027, 2028, 2029, 2030],
      regions: {
        north: { female: Array(6).fill([1000]), male: Array(6).fill([1000]) },
        south: { female: Array(6).fill([1000]), male: Array(6).fill([-1]) },
      },
    };
    const got = issue(t);
    expect(got).toHaveLength(6);
    got.forEach((e, k) =>
      expect(e).toMatch(
        new RegExp(`^population\\.regions\\.south\\.male\\[${k}\\]\\[0\\]: .*negative`),
      ),
    );
  });
});
