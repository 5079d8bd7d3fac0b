/**
 * The grid of one lever: points min + i·step for i = 0..n with n = ⌈(max − min)/step⌉,
 * the last point clamped to max. The search works on the indices i only.
 */
import type { PlanLever } from './types.ts';

/** Points of the default grid, besides the first: the step is (max − min) / 100. */
export const DEFAULT_LEVER_INTERVALS = 100;

export interface LeverGrid {
  readonly min: number;
  readonly max: number;
  readonly step: number;
  /** The largest index: the grid has n + 1 points (one when min = max). */
  readonly n: number;
}

/** The step a lever uses: its own, else (max − min) / 100. */
export function leverStep(lever: PlanLever): number {
  return lever.step ?? (lever.max - lever.min) / DEFAULT_LEVER_INTERVALS;
}

export function leverGrid(lever: PlanLever): LeverGrid {
  const { min, max } = lever;
  const step = leverStep(lever);
  const width = max - min;
  const n = width > 0 && step > 0 ? Math.max(1, Math.ceil(width / step - 1e-9)) : 0;
  return { min, max, step, n };
}

/** The value of point i: free of floating-point dust (0.3, not 0.30000000000000004),
 *  never outside [min, max], exactly max at the last point. */
export function gridValue(g: LeverGrid, i: number): number {
  if (i >= g.n) return g.max;
  if (i <= 0) return g.min;
  const v = Number((g.min + i * g.step).toPrecision(15));
  return Math.min(g.max, Math.max(g.min, v));
}

/** All values of a grid, in order (for brute-force checks and charts). */
export function gridValues(g: LeverGrid): number[] {
  const out: number[] = [];
  for (let i = 0; i <= g.n; i++) out.push(gridValue(g, i));
  return out;
}
