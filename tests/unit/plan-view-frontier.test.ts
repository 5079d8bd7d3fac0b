/**
 * The frontier chart's geometry: every candidate a point inside the plot (risk across from
 * 0 % at the left, cost up), the target line at its risk, the chosen plan found by its
 * lever values, the efficient candidates (none cheaper at the same or a lower risk) from
 * the safest to the riskiest, and the table's orders.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlanCandidate } from '../../model/plan/types.ts';
import {
  costDomain,
  efficientCandidates,
  frontierLayout,
  isChosen,
  riskDomain,
} from '../../app/plan/frontier.ts';
import { sortCandidates } from '../../app/plan/frontier-table.tsx';

const c = (levers: number[], presentValue: number, risk: number): PlanCandidate => ({
  levers,
  presentValue,
  worstShortageProbability: risk,
});

const FRONTIER = [
  c([0, 0], 24.7e9, 0.44),
  c([0, 80], 25.1e9, 0.285),
  c([0, 204], 25.38e9, 0.2),
  c([0, 300], 25.6e9, 0.15),
  c([10, 300], 25.9e9, 0.17),
  c([0.5, 400], 27e9, 0.04),
];
const money = (v: number) => `€${(v / 1e9).toFixed(1)}bn`;

describe('the frontier’s geometry', () => {
  const L = frontierLayout(FRONTIER, [0, 204], 0.2, 800, 13, () => money);

  it('puts every candidate inside the plot, risk across and cost up', () => {
    const [left, right] = L.x.range();
    const [bottom, top] = L.y.range();
    for (const p of L.points) {
      expect(p.x).toBeGreaterThanOrEqual(left);
      expect(p.x).toBeLessThanOrEqual(right);
      expect(p.y).toBeLessThanOrEqual(bottom);
      expect(p.y).toBeGreaterThanOrEqual(top);
    }
    expect(L.x(0)).toBe(left);
    // Safer is further left, dearer is higher up.
    expect(L.points[5].x).toBeLessThan(L.points[0].x);
    expect(L.points[5].y).toBeLessThan(L.points[0].y);
    expect(L.targetX).toBeCloseTo(L.x(0.2), 9);
  });

  it('marks the chosen plan and which candidates meet the target', () => {
    expect(L.points.filter((p) => p.chosen).map((p) => p.index)).toEqual([2]);
    expect(L.points.map((p) => p.feasible)).toEqual([false, false, true, true, true, true]);
    expect(isChosen(c([0, 204.0000000001], 1, 0), [0, 204])).toBe(true);
    expect(isChosen(c([0, 205], 1, 0), [0, 204])).toBe(false);
  });

  it('joins the efficient candidates, from the safest to the riskiest', () => {
    expect(L.efficient.map((p) => p.index)).toEqual([5, 3, 2, 1, 0]);
    expect(efficientCandidates(FRONTIER)).not.toContain(FRONTIER[4]);
  });

  it('has room for the target and every candidate on its axes', () => {
    expect(riskDomain([c([0], 1, 0.1)], 0.2)[1]).toBeGreaterThanOrEqual(0.2);
    expect(riskDomain(FRONTIER, 0.2)[1]).toBeGreaterThanOrEqual(0.44);
    const [lo, hi] = costDomain(FRONTIER);
    expect(lo).toBeLessThan(24.7e9);
    expect(hi).toBeGreaterThan(27e9);
    expect(costDomain([c([0], 5, 0)])[0]).toBeLessThan(5);
  });

  it('keeps no efficient candidate that another beats on both counts', () => {
    const candidate = fc.record({
      levers: fc.constant([0]).map((x) => [...x]),
      presentValue: fc.integer({ min: 0, max: 100 }),
      worstShortageProbability: fc.integer({ min: 0, max: 20 }).map((x) => x / 20),
    });
    fc.assert(
      fc.property(fc.array(candidate, { minLength: 1, maxLength: 30 }), (cs) => {
        const eff = efficientCandidates(cs);
        for (const e of eff) {
          const beaten = cs.some(
            (o) =>
              o.presentValue <= e.presentValue &&
              o.worstShortageProbability <= e.worstShortageProbability &&
              (o.presentValue < e.presentValue ||
                o.worstShortageProbability < e.worstShortageProbability),
          );
          expect(beaten).toBe(false);
        }
        // The cheapest candidate of all is among them.
        const cheapest = Math.min(...cs.map((x) => x.presentValue));
        expect(eff.some((e) => e.presentValue === cheapest)).toBe(true);
      }),
    );
  });
});

describe('the frontier’s table', () => {
  it('sorts by cost, cheapest first, or by risk, safest first', () => {
    expect(sortCandidates(FRONTIER, 'cost').map((x) => x.presentValue)).toEqual(
      [...FRONTIER.map((x) => x.presentValue)].sort((a, b) => a - b),
    );
    expect(sortCandidates(FRONTIER, 'risk').map((x) => x.worstShortageProbability)).toEqual([
      0.04, 0.15, 0.17, 0.2, 0.285, 0.44,
    ]);
  });
});
