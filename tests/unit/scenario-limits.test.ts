/** Rules that protect the engine: the memory cap and bounded normals that leave room. */
import { describe, expect, it } from 'vitest';
import { formatIssue, parseScenario } from '../../model/scenario/parse.ts';
import { exampleJson } from '../helpers/scenarios.ts';

/** The parts of the minimal example these tests change. */
interface Loose {
  simulation: { runs: number };
  horizonYears: number;
  professions: { id: string; exits: { attrition: unknown } }[];
  analysis: unknown;
}

function minimalWith(mutate: (s: Loose) => void) {
  const s = structuredClone(exampleJson('minimal')) as Loose;
  mutate(s);
  return parseScenario(s);
}

describe('engine protection rules', () => {
  it('refuses more per-run results than the app can keep, and says how many runs would fit', () => {
    const r = minimalWith((s) => {
      s.simulation.runs = 100_000;
      s.horizonYears = 60;
      s.professions = Array.from({ length: 2 }, (_, i) => ({ ...s.professions[0], id: `p${i}` }));
      s.analysis = { targetYear: 2035 };
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const msg = r.errors.map(formatIssue).join('\n');
    expect(msg).toMatch(/simulation\.runs: runs × professions × projected years is 12 200 000/);
    expect(msg).toMatch(/at most 81 967 here/);
  });

  it('accepts the largest scenario within the cap', () => {
    const r = minimalWith((s) => {
      s.simulation.runs = 100_000;
      s.horizonYears = 60;
      s.analysis = { targetYear: 2035 };
    });
    expect(r.ok).toBe(true);
  });

  it('refuses normal bounds that keep almost none of the distribution', () => {
    const r = minimalWith((s) => {
      s.professions[0].exits.attrition = {
        dist: 'normal',
        mean: 0.02,
        sd: 0.001,
        min: 0.2,
        max: 0.3,
      };
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map(formatIssue).join('\n')).toMatch(
      /professions\[0\]\.exits\.attrition: the bounds 0\.2 to 0\.3 keep almost none of a normal distribution with mean 0\.02 and standard deviation 0\.001/,
    );
  });

  it('accepts one-sided and generous bounds', () => {
    for (const d of [
      { dist: 'normal', mean: 0.02, sd: 0.01, min: 0 },
      { dist: 'normal', mean: 0.02, sd: 0.01, max: 0.025 },
      { dist: 'normal', mean: 0.02, sd: 0.01, min: 0.043, max: 1 }, // 1.07 % of the mass
    ]) {
      expect(minimalWith((s) => (s.professions[0].exits.attrition = d)).ok).toBe(true);
    }
  });
});
