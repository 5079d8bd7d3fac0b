/**
 * Synthetic scenarios for the plan search's tests (tests/unit/plan-search.test.ts): the
 * shortage risk falls smoothly as the levers move towards their safe ends — with a
 * monotone wiggle and the plateaus of 2 000 Monte Carlo runs — and the cost rises with
 * them at per-lever prices, on top of a cost no lever changes. A brute force scans the
 * whole grid for the answer.
 */
import fc from 'fast-check';
import { gridValues, leverGrid } from '../../model/plan/grid.ts';
import type {
  CandidateEvaluation,
  PlanEvaluator,
  PlanLever,
  PlanSpec,
} from '../../model/plan/types.ts';

export type Shape = 'linear' | 'convex' | 'concave';

export interface SyntheticLever {
  min: number;
  width: number;
  /** The lever's safe end is its minimum (e.g. attrition). */
  reversed: boolean;
  weight: number;
  price: number;
  shape: Shape;
  step?: number;
}

export interface Synthetic {
  spec: PlanSpec;
  risk: (v: readonly number[]) => number;
  cost: (v: readonly number[]) => number;
}

export interface SyntheticCase {
  levers: SyntheticLever[];
  /** Extra effect of the first two levers together (risk stays monotone). */
  interaction: number;
  steepness: number;
  /** Frequency of the monotone wiggle added to the risk index. */
  wiggle: number;
  target: number;
  /** Cost that no lever changes (the workforce's salaries), as a share of all prices. */
  base: number;
}

const shapeOf = (s: Shape, a: number): number =>
  s === 'linear' ? a : s === 'convex' ? a * a + 0.2 * a : Math.sqrt(a);

/** A synthetic scenario: amounts a_j ∈ [0, 1] towards each lever's safe end. */
export function synthetic(p: SyntheticCase): Synthetic {
  const levers: PlanLever[] = p.levers.map((l, j) => ({
    policy: j * 2,
    min: l.min,
    max: l.min + l.width,
    ...(l.step !== undefined ? { step: l.step } : {}),
  }));
  const amount = (v: readonly number[], j: number): number => {
    const l = p.levers[j];
    const a = Math.min(1, Math.max(0, (v[j] - l.min) / l.width));
    return l.reversed ? 1 - a : a;
  };
  const weights = p.levers.reduce((t, l) => t + l.weight, 0) + p.interaction;
  const prices = p.levers.reduce((t, l) => t + l.price, 0);
  const risk = (v: readonly number[]): number => {
    let z = 0;
    p.levers.forEach((l, j) => (z += l.weight * amount(v, j)));
    if (p.levers.length >= 2) z += p.interaction * amount(v, 0) * amount(v, 1);
    z /= weights;
    z += (0.9 / p.wiggle) * Math.sin(p.wiggle * z); // still rising with z
    const q = 1 / (1 + Math.exp(p.steepness * (z - 0.5)));
    return Math.round(q * 2000) / 2000; // as with 2 000 runs
  };
  const cost = (v: readonly number[]): number =>
    p.base * prices + p.levers.reduce((t, l, j) => t + l.price * shapeOf(l.shape, amount(v, j)), 0);
  return {
    spec: {
      levers,
      target: { professions: ['nurse'], fromYear: 2030, maxShortageProbability: p.target },
      objective: 'presentValue',
    },
    risk,
    cost,
  };
}

export interface Log {
  batches: number[][][];
}

export function evaluator(s: Synthetic, log: Log = { batches: [] }): PlanEvaluator {
  return (candidates) => {
    log.batches.push(candidates.map((c) => c.slice()));
    return Promise.resolve(
      candidates.map((v): CandidateEvaluation => ({
        levers: v.slice(),
        presentValue: s.cost(v),
        worstShortageProbability: s.risk(v),
      })),
    );
  };
}

export interface Brute {
  /** The cheapest feasible grid point (ties: the first in grid order). */
  best?: { values: number[]; cost: number };
  minRisk: number;
}

export function bruteForce(s: Synthetic): Brute {
  const grids = s.spec.levers.map((l) => gridValues(leverGrid(l)));
  const limit = s.spec.target.maxShortageProbability;
  const out: Brute = { minRisk: Infinity };
  const v: number[] = [];
  const walk = (j: number): void => {
    if (j === grids.length) {
      const r = s.risk(v);
      out.minRisk = Math.min(out.minRisk, r);
      const c = s.cost(v);
      if (r <= limit && (out.best === undefined || c < out.best.cost)) {
        out.best = { values: v.slice(), cost: c };
      }
      return;
    }
    for (const x of grids[j]) {
      v[j] = x;
      walk(j + 1);
    }
  };
  walk(0);
  return out;
}

export const shapeArb = fc.constantFrom<Shape>('linear', 'convex', 'concave');

export function leverArb(width: fc.Arbitrary<number> = fc.integer({ min: 1, max: 500 })) {
  return fc.record({
    min: fc.integer({ min: -50, max: 50 }).map((x) => x / 10),
    width: width.map((x) => x / 10),
    reversed: fc.boolean(),
    weight: fc.double({ min: 0.2, max: 1.2, noNaN: true }),
    price: fc.double({ min: 0.2, max: 1.2, noNaN: true }),
    shape: shapeArb,
  });
}

export function caseArb(
  levers: fc.Arbitrary<SyntheticLever[]>,
  base: fc.Arbitrary<number> = fc.constant(1),
): fc.Arbitrary<SyntheticCase> {
  return fc.record({
    levers,
    interaction: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1, noNaN: true })),
    steepness: fc.double({ min: 3, max: 13, noNaN: true }),
    wiggle: fc.double({ min: 10, max: 60, noNaN: true }),
    target: fc.double({ min: 0.05, max: 0.45, noNaN: true }),
    base,
  });
}

/** Levers of `n` intervals: step (max − min)/n. */
export const withIntervals =
  (n: number) =>
  (ls: SyntheticLever[]): SyntheticLever[] =>
    ls.map((l) => ({ ...l, step: l.width / n }));

/** A random monotone risk curve along the lever: steps of random size, some flat. */
export const curveArb = fc.array(
  fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1, noNaN: true })),
  {
    minLength: 2,
    maxLength: 40,
  },
);

export function curveCase(
  lever: PlanLever,
  drops: number[],
  safeLow: boolean,
  costRises: boolean,
  target: number,
): Synthetic {
  const total = drops.reduce((a, b) => a + b, 0) || 1;
  const cum = drops.reduce<number[]>((acc, d) => [...acc, acc[acc.length - 1] + d / total], [0]);
  const risk = (v: readonly number[]): number => {
    let a = Math.min(1, Math.max(0, (v[0] - lever.min) / (lever.max - lever.min || 1)));
    if (safeLow) a = 1 - a;
    const x = a * drops.length;
    const i = Math.min(drops.length - 1, Math.floor(x));
    const fall = cum[i] + (cum[i + 1] - cum[i]) * (x - i);
    return Math.round((0.95 - 0.9 * fall) * 2000) / 2000;
  };
  const cost = (v: readonly number[]): number =>
    1000 + 3 * (costRises ? v[0] - lever.min : lever.max - v[0]);
  return {
    spec: {
      levers: [lever],
      target: { professions: ['nurse'], fromYear: 2030, maxShortageProbability: target },
      objective: 'presentValue',
    },
    risk,
    cost,
  };
}

/** One lever: bounds, and a step of (max − min)/d for a real d (or the default step). */
export const oneLeverArb: fc.Arbitrary<PlanLever> = fc
  .record({
    min: fc.integer({ min: -300, max: 300 }).map((x) => x / 100),
    width: fc.integer({ min: 1, max: 5000 }).map((x) => x / 100),
    divisions: fc.oneof(fc.constant(undefined), fc.double({ min: 1, max: 150, noNaN: true })),
  })
  .map((l) => ({
    policy: 0,
    min: l.min,
    max: l.min + l.width,
    ...(l.divisions !== undefined ? { step: l.width / l.divisions } : {}),
  }));
