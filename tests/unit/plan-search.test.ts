/**
 * The least-cost plan search (MODEL.md §8, docs/plan-search.md) against synthetic
 * evaluators whose answers are known (tests/helpers/plan-synthetic.ts): each result is
 * checked against a brute-force scan of the whole grid.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gridValue, gridValues, leverGrid } from '../../model/plan/grid.ts';
import { searchPlan } from '../../model/plan/search.ts';
import {
  type Log,
  type SyntheticCase,
  type Synthetic,
  type SyntheticLever,
  bruteForce,
  caseArb,
  curveArb,
  curveCase,
  evaluator,
  leverArb,
  oneLeverArb,
  synthetic,
  withIntervals,
} from '../helpers/plan-synthetic.ts';
import type {
  CandidateEvaluation,
  PlanEvaluator,
  PlanLever,
  PlanSearchResult,
  PlanSpec,
} from '../../model/plan/types.ts';

function values(r: PlanSearchResult): number[] {
  return r.levers.map((l) => l.value);
}

/** The search's own claims hold: the plan is an evaluated grid point with its numbers. */
function expectConsistent(s: Synthetic, r: PlanSearchResult): void {
  const v = values(r);
  v.forEach((x, j) => expect(gridValues(leverGrid(s.spec.levers[j]))).toContain(x));
  expect(r.presentValueMean).toBe(s.cost(v));
  expect(r.worstShortageProbability).toBe(s.risk(v));
  expect(r.feasible).toBe(r.worstShortageProbability <= s.spec.target.maxShortageProbability);
  expect(r.frontier).toHaveLength(r.evaluations);
  expect(r.levers.map((l) => ('policy' in l ? l.policy : -1))).toEqual(
    s.spec.levers.map((l) => l.policy ?? -1),
  );
}

describe('one lever: exact on the step grid', () => {
  it('finds the cheapest feasible grid value, whichever end is safe or cheap', async () => {
    await fc.assert(
      fc.asyncProperty(
        oneLeverArb,
        curveArb,
        fc.boolean(),
        fc.boolean(),
        fc.double({ min: 0, max: 1, noNaN: true }),
        async (lever, drops, safeLow, costRises, target) => {
          const s = curveCase(lever, drops, safeLow, costRises, target);
          const r = await searchPlan(s.spec, evaluator(s));
          const brute = bruteForce(s);
          expectConsistent(s, r);
          if (brute.best) {
            expect(r.feasible).toBe(true);
            expect(values(r)).toEqual(brute.best.values);
          } else {
            expect(r.feasible).toBe(false);
            expect(r.worstShortageProbability).toBe(brute.minRisk);
          }
          expect(r.evaluations).toBeLessThanOrEqual(25);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('when cost rises with the lever, the plan is the smallest feasible value', async () => {
    const lever: PlanLever = { policy: 1, min: 0, max: 0.5 }; // default step 0.005
    const s: Synthetic = {
      spec: {
        levers: [lever],
        target: { professions: ['nurse'], fromYear: 2032, maxShortageProbability: 0.2 },
        objective: 'presentValue',
      },
      risk: (v) => Math.round(2000 / (1 + Math.exp(12 * (v[0] - 0.2)))) / 2000,
      cost: (v) => 5e9 + 2e8 * v[0],
    };
    const r = await searchPlan(s.spec, evaluator(s));
    const grid = gridValues(leverGrid(lever));
    const smallest = grid.find((x) => s.risk([x]) <= 0.2)!;
    expect(values(r)).toEqual([smallest]);
    expect(s.risk([grid[grid.indexOf(smallest) - 1]])).toBeGreaterThan(0.2);
    expect(r.evaluations).toBeLessThanOrEqual(20);
  });

  it('an attrition lever, safer as it falls (−0.3 to 0): cheapest feasible either way', async () => {
    const lever: PlanLever = { policy: 0, min: -0.3, max: 0 };
    const risk = (v: readonly number[]): number =>
      Math.round(2000 / (1 + Math.exp(-20 * (v[0] + 0.12)))) / 2000;
    const spec: PlanSpec = {
      levers: [lever],
      target: { professions: ['nurse'], fromYear: 2030, maxShortageProbability: 0.25 },
      objective: 'presentValue',
    };
    const grid = gridValues(leverGrid(lever));
    const feasible = grid.filter((x) => risk([x]) <= 0.25);
    // A retention programme: the larger the cut in attrition, the dearer.
    const programme: Synthetic = { spec, risk, cost: (v) => 100 - 50 * v[0] };
    const r1 = await searchPlan(spec, evaluator(programme));
    expect(values(r1)).toEqual([Math.max(...feasible)]);
    expect(r1.evaluations).toBeLessThanOrEqual(20);
    // Cost rising with the value (fewer leavers to replace): the safest is the cheapest.
    const savings: Synthetic = { spec, risk, cost: (v) => 100 + 50 * v[0] };
    const r2 = await searchPlan(spec, evaluator(savings));
    expect(values(r2)).toEqual([-0.3]);
  });
});

// With two or more levers the search is not exhaustive: on rare grids a point a few steps
// from the plan happens to sit just inside the boundary and is cheaper by a little more
// than 0.5 % (about 3 in 100 000 random cases like these, docs/plan-search.md). The random
// cases of these properties are therefore seeded, so that the tests do not flicker.
describe('two levers: nothing on the grid is feasible and 0.5 % cheaper', () => {
  async function check(p: SyntheticCase): Promise<PlanSearchResult> {
    const s = synthetic(p);
    const r = await searchPlan(s.spec, evaluator(s));
    const brute = bruteForce(s);
    expectConsistent(s, r);
    expect(r.feasible).toBe(brute.best !== undefined);
    // "No point may be feasible and cheaper than the plan by more than 0.5 %."
    if (brute.best) expect(brute.best.cost).toBeGreaterThanOrEqual(r.presentValueMean * 0.995);
    return r;
  }

  it('on a 21 × 21 grid (step (max − min)/20), over random prices and risk shapes', async () => {
    const arb = caseArb(
      fc.array(leverArb(), { minLength: 2, maxLength: 2 }).map(withIntervals(20)),
    );
    await fc.assert(
      fc.asyncProperty(arb, async (p) => {
        const r = await check(p);
        expect(r.evaluations).toBeLessThanOrEqual(80);
      }),
      { numRuns: 200, seed: 21 },
    );
  });

  it('on the default 101 × 101 grid, within about 100 evaluations', async () => {
    const arb = caseArb(fc.array(leverArb(), { minLength: 2, maxLength: 2 }));
    const counts: number[] = [];
    await fc.assert(
      fc.asyncProperty(arb, async (p) => {
        const r = await check(p);
        counts.push(r.evaluations);
        expect(r.evaluations).toBeLessThanOrEqual(130);
      }),
      { numRuns: 40, seed: 101 },
    );
    const mean = counts.reduce((a, b) => a + b, 0) / counts.length;
    expect(mean).toBeLessThanOrEqual(100);
  });

  it('a lever safer at its low end and a lever with a price ten times the other', async () => {
    await check({
      levers: [
        { min: -0.3, width: 0.3, reversed: true, weight: 1, price: 0.1, shape: 'convex' },
        { min: 0, width: 400, reversed: false, weight: 0.8, price: 1, shape: 'linear' },
      ],
      interaction: 0.3,
      steepness: 9,
      wiggle: 25,
      target: 0.2,
      base: 1,
    });
  });
});

describe('three levers', () => {
  /** Intake (+0 to 50 %), attrition (−0.3 to 0, safer lower) and immigration (0 to 400):
   *  training dearer per student as intake grows, retention with rising marginal cost,
   *  recruitment at a fixed price. */
  const workforce = (step?: (l: SyntheticLever) => number): SyntheticCase => {
    const levers: SyntheticLever[] = [
      { min: 0, width: 0.5, reversed: false, weight: 1, price: 0.6, shape: 'convex' },
      { min: -0.3, width: 0.3, reversed: true, weight: 0.7, price: 0.35, shape: 'convex' },
      { min: 0, width: 400, reversed: false, weight: 0.5, price: 0.4, shape: 'linear' },
    ];
    return {
      levers: step ? levers.map((l) => ({ ...l, step: step(l) })) : levers,
      interaction: 0.2,
      steepness: 10,
      wiggle: 30,
      target: 0.2,
      base: 1,
    };
  };

  it('meets the 0.5 % bound against a brute force of the 11 × 11 × 11 grid', async () => {
    const s = synthetic(workforce((l) => l.width / 10));
    const r = await searchPlan(s.spec, evaluator(s));
    const brute = bruteForce(s);
    expectConsistent(s, r);
    expect(r.feasible).toBe(true);
    expect(brute.best!.cost).toBeGreaterThanOrEqual(r.presentValueMean * 0.995);
  });

  it('on the default 101³ grid: at most 250 evaluations, within 0.5 % of the brute force', async () => {
    const s = synthetic(workforce());
    const r = await searchPlan(s.spec, evaluator(s));
    const brute = bruteForce(s); // a million grid points
    expectConsistent(s, r);
    expect(r.evaluations).toBeLessThanOrEqual(250);
    expect(brute.best!.cost).toBeGreaterThanOrEqual(r.presentValueMean * 0.995);
  });

  it('over random prices and risk shapes on 11 × 11 × 11 grids', async () => {
    const arb = caseArb(
      fc.array(leverArb(), { minLength: 3, maxLength: 3 }).map(withIntervals(10)),
      fc.constant(3),
    );
    await fc.assert(
      fc.asyncProperty(arb, async (p) => {
        const s = synthetic(p);
        const r = await searchPlan(s.spec, evaluator(s));
        const brute = bruteForce(s);
        expect(r.feasible).toBe(brute.best !== undefined);
        if (brute.best) expect(brute.best.cost).toBeGreaterThanOrEqual(r.presentValueMean * 0.995);
        expect(r.evaluations).toBeLessThanOrEqual(250);
      }),
      { numRuns: 60, seed: 2036 },
    );
  });
});

describe('nothing within the bounds meets the target', () => {
  it('returns the least-risk candidate and says so, with the year when known', async () => {
    const lever: PlanLever = { policy: 0, min: 0, max: 0.5 };
    const spec: PlanSpec = {
      levers: [lever, { policy: 2, min: 0, max: 400 }],
      target: { professions: ['nurse'], fromYear: 2032, maxShortageProbability: 0.2 },
      objective: 'presentValue',
    };
    const risk = (v: readonly number[]): number => 0.9 - 0.8 * v[0] - 0.0003 * v[1]; // ≥ 0.38
    const evaluate: PlanEvaluator = (cs) =>
      Promise.resolve(
        cs.map((v) => ({
          levers: v,
          presentValue: 1e9 + 1e6 * v[0] + 1e4 * v[1],
          worstShortageProbability: risk(v),
          worstYear: 2036,
          worstProfession: 'nurse',
        })),
      );
    const r = await searchPlan(spec, evaluate);
    expect(r.feasible).toBe(false);
    expect(values(r)).toEqual([0.5, 400]);
    expect(r.worstShortageProbability).toBeCloseTo(0.38, 12);
    expect(r.worstYear).toBe(2036);
    expect(r.message).toContain('No plan within these bounds meets the target');
    expect(r.message).toContain(
      'the safest candidate still has a 38 % chance of a shortage in its worst year (nurse in 2036; target 20 %)',
    );
    expect(r.evaluations).toBeLessThanOrEqual(10);
  });

  it('one lever: the safest end, whichever it is', async () => {
    const spec: PlanSpec = {
      levers: [{ policy: 0, min: -0.3, max: 0 }],
      target: { professions: ['nurse'], fromYear: 2030, maxShortageProbability: 0.05 },
      objective: 'presentValue',
    };
    const s: Synthetic = { spec, risk: (v) => 0.3 + v[0] / 2, cost: (v) => 10 - v[0] };
    const r = await searchPlan(spec, evaluator(s));
    expect(r.feasible).toBe(false);
    expect(values(r)).toEqual([-0.3]);
    expect(r.message).toMatch(
      /^No plan within these bounds meets the target: the safest candidate still has a 15 % chance of a shortage in its worst year \(target 5 %\)/,
    );
  });

  it('a feasible plan is worded as one', async () => {
    const s = synthetic({
      levers: [{ min: 0, width: 0.5, reversed: false, weight: 1, price: 1, shape: 'linear' }],
      interaction: 0,
      steepness: 10,
      wiggle: 30,
      target: 0.2,
      base: 1,
    });
    const r = await searchPlan(s.spec, evaluator(s));
    expect(r.feasible).toBe(true);
    expect(r.message).toContain(`The cheapest plan found sets policy 0 to ${values(r)[0]}.`);
    expect(r.message).toContain('at or below the target of 20 % in every year from 2030');
  });
});

describe('evaluations', () => {
  const p2: SyntheticCase = {
    levers: [
      { min: 0, width: 0.5, reversed: false, weight: 1, price: 0.6, shape: 'convex' },
      { min: -0.3, width: 0.3, reversed: true, weight: 0.7, price: 0.35, shape: 'linear' },
    ],
    interaction: 0.2,
    steepness: 10,
    wiggle: 30,
    target: 0.2,
    base: 1,
  };

  it('never asks twice about a candidate, counts them, and reports steady progress', async () => {
    for (const p of [p2, { ...p2, levers: p2.levers.slice(0, 1) }]) {
      const s = synthetic(p);
      const log: Log = { batches: [] };
      const progress: [number, number][] = [];
      const r = await searchPlan(s.spec, evaluator(s, log), {
        onProgress: (done, about) => progress.push([done, about]),
      });
      const asked = log.batches.flat().map((c) => c.join(','));
      expect(new Set(asked).size).toBe(asked.length);
      expect(r.evaluations).toBe(asked.length);
      expect(log.batches.every((b) => b.length > 0)).toBe(true);
      // Candidates are grid points.
      const grids = s.spec.levers.map((l) => gridValues(leverGrid(l)));
      for (const c of log.batches.flat()) c.forEach((x, j) => expect(grids[j]).toContain(x));
      // Progress: done rises with every batch, never past the estimate, and ends equal.
      expect(progress.length).toBeGreaterThanOrEqual(log.batches.length);
      for (let i = 1; i < progress.length; i++) {
        expect(progress[i][0]).toBeGreaterThanOrEqual(progress[i - 1][0]);
      }
      for (const [done, about] of progress) expect(done).toBeLessThanOrEqual(about);
      expect(progress[progress.length - 1]).toEqual([r.evaluations, r.evaluations]);
      // The frontier lists each evaluated candidate once, in grid order.
      expect(r.frontier.map((f) => f.levers.join(',')).sort()).toEqual(asked.slice().sort());
      const order = r.frontier.map((f) => f.levers);
      const sorted = order.slice().sort((a, b) => a[0] - b[0] || (a[1] ?? 0) - (b[1] ?? 0));
      expect(order).toEqual(sorted);
    }
  });

  it('gives the same plan for the same scenario, however a batch is computed', async () => {
    const s = synthetic(p2);
    const first = await searchPlan(s.spec, evaluator(s));
    const again = await searchPlan(s.spec, evaluator(s));
    expect(again).toEqual(first);
    // Each candidate computed on its own timer, finishing in a scrambled order.
    let tick = 0;
    const scrambled: PlanEvaluator = (cs) =>
      Promise.all(
        cs.map(
          (v) =>
            new Promise<CandidateEvaluation>((done) => {
              const delay = (tick++ * 7919) % 5;
              setTimeout(
                () =>
                  done({ levers: v, presentValue: s.cost(v), worstShortageProbability: s.risk(v) }),
                delay,
              );
            }),
        ),
      );
    expect(await searchPlan(s.spec, scrambled)).toEqual(first);
    // Answers handed back in reverse order, each naming its candidate.
    const reversed: PlanEvaluator = async (cs) => (await evaluator(s)(cs)).reverse();
    expect(await searchPlan(s.spec, reversed)).toEqual(first);
  });

  it('rejects an answer list of the wrong length', async () => {
    const s = synthetic(p2);
    await expect(searchPlan(s.spec, () => Promise.resolve([]))).rejects.toThrow(/answers/);
  });
});

describe('cancellation', () => {
  const s = synthetic({
    levers: [
      { min: 0, width: 0.5, reversed: false, weight: 1, price: 0.6, shape: 'convex' },
      { min: 0, width: 400, reversed: false, weight: 0.5, price: 0.4, shape: 'linear' },
    ],
    interaction: 0,
    steepness: 10,
    wiggle: 30,
    target: 0.2,
    base: 1,
  });

  it('stops between batches with an AbortError', async () => {
    const controller = new AbortController();
    let calls = 0;
    const evaluate: PlanEvaluator = async (cs) => {
      calls++;
      if (calls === 2) controller.abort();
      return evaluator(s)(cs);
    };
    const run = searchPlan(s.spec, evaluate, { signal: controller.signal });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(calls).toBe(2);
  });

  it('does not start when already cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    let calls = 0;
    const evaluate: PlanEvaluator = (cs) => {
      calls++;
      return evaluator(s)(cs);
    };
    await expect(searchPlan(s.spec, evaluate, { signal: controller.signal })).rejects.toMatchObject(
      { name: 'AbortError' },
    );
    expect(calls).toBe(0);
  });
});

describe('grid', () => {
  it('runs min + i·step to max, the last point clamped, without floating-point dust', () => {
    const g = leverGrid({ policy: 0, min: 0, max: 1, step: 0.3 });
    expect(g.n).toBe(4);
    expect(gridValues(g)).toEqual([0, 0.3, 0.6, 0.9, 1]);
    expect(gridValues(leverGrid({ policy: 0, min: 0, max: 0.9, step: 0.3 }))).toEqual([
      0, 0.3, 0.6, 0.9,
    ]);
    const d = leverGrid({ policy: 0, min: -0.3, max: 0 });
    expect(d.n).toBe(100);
    expect(gridValue(d, 1)).toBe(-0.297);
    expect(gridValue(d, 100)).toBe(0);
    expect(leverGrid({ policy: 0, min: 2, max: 2 }).n).toBe(0);
    expect(gridValues(leverGrid({ policy: 0, min: 2, max: 2 }))).toEqual([2]);
  });

  it('a lever with min = max stays put; the others are searched', async () => {
    const s = synthetic({
      levers: [
        { min: 0, width: 0.5, reversed: false, weight: 1, price: 0.6, shape: 'linear' },
        { min: 3, width: 1e-12, reversed: false, weight: 0, price: 0, shape: 'linear' },
      ],
      interaction: 0,
      steepness: 10,
      wiggle: 30,
      target: 0.2,
      base: 1,
    });
    const spec: PlanSpec = {
      ...s.spec,
      levers: [s.spec.levers[0], { policy: 2, min: 3, max: 3 }],
    };
    const r = await searchPlan(spec, evaluator({ ...s, spec }));
    expect(r.levers[1]).toEqual({ policy: 2, value: 3 });
    expect(r.feasible).toBe(true);
  });
});
