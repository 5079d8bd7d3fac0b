/**
 * Spreading a total headcount over ages and sexes when only the total is observed: a
 * working-life shape that the scenario names as assumed, and whole-number apportioning.
 */
import type { BySex } from '../scenario/types.ts';

/** Relative headcount by age: rising through the twenties, flat to 50, thinning towards
 *  retirement, a few working on to 70. */
export function workingLifeShape(age: number): number {
  if (age < 21) return 0;
  if (age < 30) return (age - 20) / 10;
  if (age < 50) return 1;
  if (age < 60) return 1 - (age - 49) * 0.03;
  if (age < 67) return (0.7 * (67 - age)) / 7;
  if (age <= 70) return 0.05;
  return 0;
}

/** `total` split over `weights` in whole numbers that add up to it (largest remainders). */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0 || total <= 0) return weights.map(() => 0);
  const exact = weights.map((w) => (w / sum) * total);
  const out = exact.map(Math.floor);
  let left = total - out.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, i) => ({ i, rest: x - Math.floor(x) }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (let j = 0; left > 0; j = (j + 1) % order.length, left--) out[order[j].i] += 1;
  return out;
}

/** A headcount of `total` (rounded) over ages `min`…`max`, `femaleShare` of it women, by
 *  the working-life shape. */
export function assumedStock(
  total: number,
  femaleShare: number,
  ages: { min: number; max: number },
): BySex {
  const shape = Array.from({ length: ages.max - ages.min + 1 }, (_, i) =>
    workingLifeShape(ages.min + i),
  );
  const whole = Math.round(total);
  const women = Math.round(whole * femaleShare);
  return { female: apportion(women, shape), male: apportion(whole - women, shape) };
}

/** `stock` scaled to `total` (rounded), keeping its split by sex and its age shape; the
 *  working-life shape with half women when the stock is empty. */
export function scaledStock(
  stock: BySex,
  total: number,
  ages: { min: number; max: number },
): BySex {
  const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
  const f = sum(stock.female);
  const m = sum(stock.male);
  if (f + m <= 0) return assumedStock(total, 0.5, ages);
  const whole = Math.round(total);
  const women = Math.round((whole * f) / (f + m));
  return { female: apportion(women, stock.female), male: apportion(whole - women, stock.male) };
}
