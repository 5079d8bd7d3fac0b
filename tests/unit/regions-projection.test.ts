/**
 * The regional projection checked by hand (MODEL.md §6 steps 1–4) and the required intake
 * fed back into the projection.
 */
import { describe, expect, it } from 'vitest';
import { parseRegionalScenario } from '../../model/regions/parse.ts';
import { simulateRegions } from '../../model/regions/simulate.ts';
import type { RegionalScenario } from '../../model/regions/types.ts';

/** Two regions, ages 30–31, one year: everyone enters at 30, the 31-year-olds leave. */
function twoRegions(extra: Record<string, unknown> = {}): unknown {
  return {
    schema: 'hwf-scenario/1',
    name: 'two regions',
    baseYear: 2025,
    horizonYears: 1,
    simulation: { runs: 1, seed: 1 },
    ages: { min: 30, max: 31 },
    regions: [
      { id: 'north', name: 'North' },
      { id: 'south', name: 'South' },
    ],
    professions: [
      {
        id: 'nurse',
        name: 'Nurses',
        stock: {
          north: { female: [100, 7], male: [0, 0] },
          south: { female: [50, 3], male: [0, 0] },
        },
        fte: 1,
        training: {
          intake: { north: 10, south: 20 },
          durationYears: 1,
          completion: 1,
          entryRate: 0.5,
          graduateDestinations: { north: { north: 0.5, south: 0.5 }, south: { south: 1 } },
          entrants: { femaleShare: 1, ageMean: 30, ageSd: 0.1 },
        },
        immigration: {
          perYear: 10,
          regionShares: { north: 0.3, south: 0.7 },
          entrants: { femaleShare: 1, ageMean: 30, ageSd: 0.1 },
        },
        mobility: { north: { south: 0.1 }, south: { north: 0.4 } },
        exits: { attrition: 0.1 },
        demand: { method: 'utilisation', baseFte: { north: 100, south: null }, unmet: 0 },
      },
    ],
    ...extra,
  };
}

function parsed(doc: unknown): RegionalScenario {
  const r = parseRegionalScenario(doc);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.scenario;
}

describe('one year of two regions, by hand', () => {
  it('exits, moves, ageing and entrants per region', () => {
    const res = simulateRegions(parsed(twoRegions()), { deterministic: true });
    const [north, south] = res.regions.map((r) => r.professions[0]);
    // Exits: 100·0.9 = 90 and 50·0.9 = 45 at age 30 (the 31-year-olds leave).
    // Moves: North keeps 90·0.9 + 45·0.4 = 99, South 45·0.6 + 90·0.1 = 36.
    // Graduates: 0.5·(10·0.5) = 2.5 in North, 0.5·(10·0.5 + 20) = 12.5 in South.
    // Immigrants: 3 in North, 7 in South.
    expect(north.headcount.mean[0]).toBe(107);
    expect(south.headcount.mean[0]).toBe(53);
    expect(north.headcount.mean[1]).toBeCloseTo(99 + 2.5 + 3, 10);
    expect(south.headcount.mean[1]).toBeCloseTo(36 + 12.5 + 7, 10);
    // Demand: North's baseFte 100; South's is its base-year FTE, 53.
    expect(north.demand.mean).toEqual([100, 100]);
    expect(south.demand.mean).toEqual([53, 53]);
    expect(north.gap.mean[1]).toBeCloseTo(4.5, 10);
    const nat = res.professions[0];
    expect(nat.headcount.mean[1]).toBeCloseTo(104.5 + 55.5, 10);
    expect(nat.demand.mean[1]).toBe(153);
    expect(res.regions.map((r) => r.name)).toEqual(['North', 'South']);
  });

  it('a regional mobility.out policy changes only that region’s outflows', () => {
    const doc = twoRegions({
      policies: [
        {
          profession: 'nurse',
          parameter: 'mobility.out',
          kind: 'relative',
          value: -0.5,
          startYear: 2025,
          fullYear: 2025,
          region: 'north',
        },
      ],
    });
    const res = simulateRegions(parsed(doc), { deterministic: true });
    const [north, south] = res.regions.map((r) => r.professions[0]);
    // North → South 0.05: North keeps 90·0.95 + 45·0.4 = 103.5, South 45·0.6 + 90·0.05 = 31.5.
    expect(north.headcount.mean[1]).toBeCloseTo(103.5 + 2.5 + 3, 10);
    expect(south.headcount.mean[1]).toBeCloseTo(31.5 + 12.5 + 7, 10);
  });

  it('a national absolute policy adds its value in each region, before a later regional one', () => {
    const doc = twoRegions({
      policies: [
        {
          profession: 'nurse',
          parameter: 'exits.attrition',
          kind: 'absolute',
          value: 0.1,
          startYear: 2025,
          fullYear: 2025,
        },
        {
          profession: 'nurse',
          parameter: 'exits.attrition',
          kind: 'relative',
          value: 1,
          startYear: 2025,
          fullYear: 2025,
          region: 'south',
        },
      ],
    });
    const res = simulateRegions(parsed(doc), { deterministic: true });
    const [north, south] = res.regions.map((r) => r.professions[0]);
    // Attrition 0.2 in North, (0.1 + 0.1)·2 = 0.4 in South (listed order): 80 and 30 stay.
    // Moves: North 80·0.9 + 30·0.4 = 84, South 30·0.6 + 80·0.1 = 26.
    expect(north.headcount.mean[1]).toBeCloseTo(84 + 2.5 + 3, 10);
    expect(south.headcount.mean[1]).toBeCloseTo(26 + 12.5 + 7, 10);
  });

  it('density per 1 000 inhabitants and the density ratio', () => {
    const table = (x: number) => [
      [x, x],
      [x, x],
    ];
    const doc = twoRegions({
      population: {
        ages: { min: 0, max: 1 },
        years: [2025, 2026],
        regions: {
          north: { female: table(5000), male: table(5000) },
          south: { female: table(10000), male: table(10000) },
        },
      },
    });
    const res = simulateRegions(parsed(doc), { deterministic: true });
    const [north, south] = res.regions.map((r) => r.professions[0]);
    expect(north.densityPer1000!.mean[0]).toBeCloseTo((107 / 20000) * 1000, 12);
    expect(south.densityPer1000!.mean[0]).toBeCloseTo((53 / 40000) * 1000, 12);
    expect(res.professions[0].densityRatio!.mean[0]).toBeCloseTo(5.35 / 1.325, 12);
  });
});

describe('required intake', () => {
  it('per region and national, closes the gap at the target year when fed back', () => {
    const doc = twoRegions({ horizonYears: 6 }) as Record<string, unknown>;
    const rs = parsed(doc);
    const res = simulateRegions(rs, { deterministic: true });
    const K = 6;
    rs.regions.forEach((region, r) => {
      const x = res.regions[r].professions[0].requiredIntake.mean!;
      expect(Number.isFinite(x)).toBe(true);
      // Fed back as that region's intake from 2026 on; the pipeline keeps the students who
      // started in 2025 at the scenario's intake.
      const fed = structuredClone(rs);
      fed.professions[0].training!.intake[region.id] = x;
      fed.professions[0].training!.pipeline = {
        north: [rs.professions[0].training!.intake.north as number],
        south: [rs.professions[0].training!.intake.south as number],
      };
      const gap = simulateRegions(fed, { deterministic: true }).regions[r].professions[0].gap;
      expect(Math.abs(gap.mean[K])).toBeLessThan(1e-9 * 100);
    });
    const X = res.professions[0].requiredIntake.mean!;
    const fed = structuredClone(rs);
    fed.professions[0].training!.intake = { north: (X * 10) / 30, south: (X * 20) / 30 };
    fed.professions[0].training!.pipeline = { north: [10], south: [20] };
    const gap = simulateRegions(fed, { deterministic: true }).professions[0].gap;
    expect(Math.abs(gap.mean[K])).toBeLessThan(1e-9 * 200);
  });
});
