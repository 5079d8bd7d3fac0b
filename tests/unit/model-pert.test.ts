/**
 * One PERT shape (MODEL.md §1, λ = 4): the sampler draws from it and the editor's density
 * plot draws it, so the plot shows what the runs use.
 */
import { describe, expect, it } from 'vitest';
import { densityPoints, integrate, type DensityPoint } from '../../app/editor/density.ts';
import { flattenDist, sample, theoreticalMoments } from '../../model/numeric/distributions.ts';
import { pertDensity, pertShape } from '../../model/numeric/pert.ts';
import { Stream } from '../../model/numeric/rng.ts';
import type { PertDist } from '../../model/scenario/types.ts';

const CASES: PertDist[] = [
  { dist: 'pert', min: 0.015, mode: 0.025, max: 0.045 },
  { dist: 'pert', min: 0, mode: 0.1, max: 1 },
  { dist: 'pert', min: 55, mode: 64, max: 66 },
  { dist: 'pert', min: 0, mode: 1, max: 1 },
];

/** The CDF of the plotted density at x (trapezoid rule between its points). */
function plottedCdf(points: readonly DensityPoint[], x: number): number {
  let acc = 0;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    if (x <= a.x) break;
    const end = Math.min(x, b.x);
    const yEnd = a.y + ((b.y - a.y) * (end - a.x)) / (b.x - a.x);
    acc += ((end - a.x) * (a.y + yEnd)) / 2;
  }
  return acc;
}

describe('the PERT shape', () => {
  it('is α = 1 + 4(mode − min)/(max − min), β = 1 + 4(max − mode)/(max − min)', () => {
    expect(pertShape(0, 0.25, 1)).toEqual({ alpha: 2, beta: 4 });
    expect(pertShape(10, 20, 20)).toEqual({ alpha: 5, beta: 1 });
    expect(pertShape(-1, 0, 1)).toEqual({ alpha: 3, beta: 3 });
  });

  it.each(CASES)('the editor plots the shared density of %o', (d) => {
    const density = pertDensity(d.min, d.mode, d.max);
    for (const p of densityPoints(d)) expect(p.y).toBe(density(p.x));
  });

  it.each(CASES)('the plotted density has the moments of the shape of %o', (d) => {
    const pts = densityPoints(d, 4001);
    const mean = integrate(pts.map((p) => ({ x: p.x, y: p.x * p.y })));
    const second = integrate(pts.map((p) => ({ x: p.x, y: (p.x - mean) ** 2 * p.y })));
    const want = theoreticalMoments(flattenDist(d))!;
    const width = d.max - d.min;
    expect(Math.abs(mean - want.mean) / width).toBeLessThan(1e-4);
    expect(Math.abs(second - want.variance) / width ** 2).toBeLessThan(1e-4);
  });

  it.each(CASES)("the sampler's draws of %o follow the plotted density", (d) => {
    // Kolmogorov–Smirnov distance between 20 000 draws and the plot's CDF: about 0.01 by
    // chance alone, above 0.03 when the two shapes differ (λ = 3 or 6 instead of 4).
    const n = 20_000;
    const s = new Stream(2024, 5, 3);
    const f = flattenDist(d);
    const draws = Float64Array.from({ length: n }, () => sample(f, s)).sort();
    const pts = densityPoints(d, 4001);
    let ks = 0;
    draws.forEach((x, i) => {
      const F = plottedCdf(pts, x);
      ks = Math.max(ks, Math.abs(F - i / n), Math.abs(F - (i + 1) / n));
    });
    expect(ks).toBeLessThan(0.015);
  });
});
