/**
 * The geometry of the frontier chart: every candidate the search evaluated as a point, its
 * worst-year chance of a shortage across (0 % at the left) and its cost (present value) up;
 * the target as a vertical line; the chosen plan; and the candidates no other beats on both
 * cost and risk (the efficient ones), joined by a line. Pure, for the chart and its tests.
 */
import { scaleLinear, type ScaleLinear } from 'd3';
import type { PlanCandidate } from '../../model/plan/types.ts';
import { chartMargins, leftMarginFor, yTickCount } from '../charts/layout.ts';

export interface FrontierPoint {
  /** Index in the frontier as the search listed it. */
  index: number;
  x: number;
  y: number;
  feasible: boolean;
  chosen: boolean;
  candidate: PlanCandidate;
}

export interface FrontierLayout {
  width: number;
  height: number;
  m: { top: number; right: number; bottom: number; left: number };
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  yTicks: number;
  /** The cost axis's labels. */
  format: (v: number) => string;
  points: FrontierPoint[];
  /** x of the target line. */
  targetX: number;
  /** The efficient candidates, from the safest to the riskiest. */
  efficient: FrontierPoint[];
}

/** Is `c` the chosen candidate (its lever values equal the plan's)? */
export function isChosen(c: PlanCandidate, chosen: readonly number[]): boolean {
  return (
    c.levers.length === chosen.length &&
    c.levers.every((v, j) => Math.abs(v - chosen[j]) <= 1e-9 * Math.max(1, Math.abs(v)))
  );
}

/**
 * The candidates no other beats on both counts: none is as safe and cheaper, none as cheap
 * and safer. From the safest to the riskiest (so their cost falls).
 */
export function efficientCandidates<T extends PlanCandidate>(cs: readonly T[]): T[] {
  const sorted = [...cs].sort(
    (a, b) =>
      a.worstShortageProbability - b.worstShortageProbability || a.presentValue - b.presentValue,
  );
  const out: T[] = [];
  let cheapest = Infinity;
  for (const c of sorted) {
    if (c.presentValue < cheapest) {
      out.push(c);
      cheapest = c.presentValue;
    }
  }
  return out;
}

/** The cost axis: the candidates' costs with a little room above and below. */
export function costDomain(cs: readonly PlanCandidate[]): [number, number] {
  const values = cs.map((c) => c.presentValue).filter(Number.isFinite);
  if (values.length === 0) return [0, 1];
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = hi > lo ? (hi - lo) * 0.05 : Math.max(1, Math.abs(lo) * 0.01);
  return [lo - pad, hi + pad];
}

/** The risk axis: from 0 to the largest risk or the target, whichever is more. */
export function riskDomain(cs: readonly PlanCandidate[], target: number): [number, number] {
  const top = Math.max(target, ...cs.map((c) => c.worstShortageProbability));
  return [0, Math.min(1, Math.max(0.05, top * 1.05))];
}

export function frontierLayout(
  frontier: readonly PlanCandidate[],
  chosen: readonly number[],
  target: number,
  width: number,
  fontSize: number,
  /** The writing of the cost axis's labels, from its ticks. */
  tickFormat: (ticks: readonly number[]) => (v: number) => string,
): FrontierLayout {
  const height = Math.round(Math.min(fontSize * 28, Math.max(fontSize * 18, width * 0.45)));
  const base = chartMargins(fontSize, 1.5);
  const yTicks = yTickCount(height, fontSize);
  const probe = scaleLinear()
    .domain(costDomain(frontier))
    .nice()
    .range([height - base.bottom, base.top]);
  const m = { ...base, bottom: Math.round(fontSize * 3.6) };
  const format = tickFormat(probe.ticks(yTicks));
  m.left = leftMarginFor(probe, yTicks, format, fontSize);
  const x = scaleLinear()
    .domain(riskDomain(frontier, target))
    .nice()
    .range([m.left, width - m.right]);
  const y = scaleLinear()
    .domain(costDomain(frontier))
    .nice()
    .range([height - m.bottom, m.top]);
  const points = frontier.map((candidate, index) => ({
    index,
    x: x(candidate.worstShortageProbability),
    y: y(candidate.presentValue),
    feasible: candidate.worstShortageProbability <= target,
    chosen: isChosen(candidate, chosen),
    candidate,
  }));
  const efficient = efficientCandidates(points.map((p) => ({ ...p.candidate, point: p }))).map(
    (c) => c.point,
  );
  return { width, height, m, x, y, yTicks, format, points, targetX: x(target), efficient };
}
