/**
 * One entry-age rule (MODEL.md §2): the scenario check that entrants reach the workforce
 * ages and the projection's weights read the same masses.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  entryAgeMasses,
  entryAgeWeights,
  entryWeightTotal,
} from '../../model/numeric/entry-ages.ts';
import { compile } from '../../model/projection/compile.ts';
import { parseScenario } from '../../model/scenario/parse.ts';
import { exampleJson } from '../helpers/scenarios.ts';

/** The minimal example (ages 25..70) with the trained entrants' mean age and spread set. */
function withEntrants(ageMean: number, ageSd: number): unknown {
  const sc = structuredClone(exampleJson('minimal')) as {
    professions: { training: { entrants: { ageMean: number; ageSd: number } } }[];
  };
  Object.assign(sc.professions[0].training.entrants, { ageMean, ageSd });
  return sc;
}

const ENTRANTS = 'professions[0].training.entrants';
const MIN = 25;
const MAX = 70;

function rejectsEntrants(ageMean: number, ageSd: number): boolean {
  const r = parseScenario(withEntrants(ageMean, ageSd));
  return !r.ok && r.errors.some((e) => e.path === ENTRANTS);
}

/** The mean age below the workforce ages at which the total mass crosses 1e-9. */
function edgeMean(sd: number): number {
  let lo = MIN - 40 * sd; // total far below 1e-9
  let hi = MIN; // total about ½
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (entryWeightTotal(mid, sd, MIN, MAX) < 1e-9) lo = mid;
    else hi = mid;
  }
  return hi;
}

describe('entry-age weights', () => {
  it('the projection compiles exactly the shared weights', () => {
    const r = parseScenario(withEntrants(27.3, 2.2));
    if (!r.ok) throw new Error(r.errors[0].message);
    const p = compile(r.scenario).professions[0];
    expect(p.trainedWeights).toEqual(entryAgeWeights(MIN, MAX - MIN + 1, 27.3, 2.2));
    expect(p.immigrantWeights).toEqual(entryAgeWeights(MIN, MAX - MIN + 1, 33, 5));
  });

  it('weights are the masses over their total, which the check reads', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0.2, max: 15, noNaN: true }),
        (mean, sd) => {
          const masses = entryAgeMasses(MIN, MAX - MIN + 1, mean, sd);
          const total = entryWeightTotal(mean, sd, MIN, MAX);
          expect(total).toBe(masses.reduce((a, b) => a + b, 0));
          const w = entryAgeWeights(MIN, MAX - MIN + 1, mean, sd);
          masses.forEach((m, i) => expect(w[i]).toBe(total > 0 ? m / total : 0));
        },
      ),
    );
  });

  it.each([0.5, 1, 2.5, 6])(
    'the check rejects entrants exactly where the shared total falls below 1e-9 (sd %d)',
    (sd) => {
      // At the edge only the shared masses decide: a check that summed Φ differences of its
      // own would land on the other side of it for some of these spreads.
      const edge = edgeMean(sd);
      const below = edge - Math.abs(edge) * 1e-13;
      expect(entryWeightTotal(below, sd, MIN, MAX)).toBeLessThan(1e-9);
      expect(entryWeightTotal(edge, sd, MIN, MAX)).toBeGreaterThanOrEqual(1e-9);
      expect(rejectsEntrants(below, sd)).toBe(true);
      expect(rejectsEntrants(edge, sd)).toBe(false);
    },
  );

  it('the check and the weights agree on any entrants', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -20, max: 120, noNaN: true }),
        fc.double({ min: 0.2, max: 10, noNaN: true }),
        (mean, sd) => {
          const total = entryWeightTotal(mean, sd, MIN, MAX);
          expect(rejectsEntrants(mean, sd)).toBe(total < 1e-9);
        },
      ),
      { numRuns: 200 },
    );
  });
});
