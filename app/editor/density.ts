/**
 * The density of a distribution for the small plot of the distribution editor, and its text
 * alternative. Pure functions: uniform, triangular, PERT (the model's Beta on [min, max], the
 * shape the sampler draws from), normal (truncated to its bounds) and lognormal.
 */
import { normalInterval, normalPdf } from '../../model/numeric/math.ts';
import { pertDensity } from '../../model/numeric/pert.ts';
import type { Dist } from '../../model/scenario/types.ts';
import { englishT, type Translate } from '../i18n/translate.ts';

export interface DensityPoint {
  x: number;
  y: number;
}

function grid(lo: number, hi: number, n: number, extra: readonly number[] = []): number[] {
  const xs = Array.from({ length: n }, (_, i) => lo + ((hi - lo) * i) / (n - 1));
  for (const e of extra) if (e > lo && e < hi) xs.push(e);
  return [...new Set(xs)].sort((a, b) => a - b);
}

/** The most likely value of a distribution (undefined for fixed and uniform). */
export function modeOf(d: Dist): number | undefined {
  if (typeof d === 'number') return undefined;
  switch (d.dist) {
    case 'triangular':
    case 'pert':
      return d.mode;
    case 'normal':
      return Math.min(Math.max(d.mean, d.min ?? -Infinity), d.max ?? Infinity);
    case 'lognormal': {
      const s = Math.log(d.gsd);
      return d.median * Math.exp(-s * s);
    }
    default:
      return undefined;
  }
}

/**
 * Points (x ascending) of the density of `d`, for drawing and integrating with the
 * trapezoid rule; the mode is one of the points. Empty for a fixed value or a range of width
 * zero. Assumes a valid distribution (see `readDist`).
 */
export function densityPoints(d: Dist, n = 161): DensityPoint[] {
  if (typeof d === 'number') return [];
  switch (d.dist) {
    case 'uniform': {
      if (!(d.max > d.min)) return [];
      const y = 1 / (d.max - d.min);
      return [
        { x: d.min, y: 0 },
        { x: d.min, y },
        { x: d.max, y },
        { x: d.max, y: 0 },
      ];
    }
    case 'triangular': {
      const { min: a, mode: c, max: b } = d;
      if (!(b > a)) return [];
      const peak = 2 / (b - a);
      return grid(a, b, n, [c]).map((x) => ({
        x,
        y: x < c ? (peak * (x - a)) / (c - a) : x > c ? (peak * (b - x)) / (b - c) : peak,
      }));
    }
    case 'pert': {
      const { min: a, mode: c, max: b } = d;
      if (!(b > a)) return [];
      const density = pertDensity(a, c, b);
      return grid(a, b, n, [c]).map((x) => ({ x, y: density(x) }));
    }
    case 'normal': {
      const { mean, sd } = d;
      const lo = Math.max(d.min ?? -Infinity, mean - 4 * sd);
      const hi = Math.min(d.max ?? Infinity, mean + 4 * sd);
      if (!(hi > lo)) return [];
      const mass = normalInterval(
        ((d.min ?? -Infinity) - mean) / sd,
        ((d.max ?? Infinity) - mean) / sd,
      );
      const pts = grid(lo, hi, n, [modeOf(d) ?? mean]).map((x) => ({
        x,
        y: normalPdf((x - mean) / sd) / sd / mass,
      }));
      // A bound cuts the curve: close it with a vertical edge.
      if (d.min !== undefined && d.min > mean - 4 * sd) pts.unshift({ x: lo, y: 0 });
      if (d.max !== undefined && d.max < mean + 4 * sd) pts.push({ x: hi, y: 0 });
      return pts;
    }
    case 'lognormal': {
      const mu = Math.log(d.median);
      const s = Math.log(d.gsd);
      const logs = grid(mu - 4 * s, mu + 4 * s, n);
      const xs = [...logs.map(Math.exp), modeOf(d) ?? d.median].sort((a, b) => a - b);
      return xs.map((x) => ({
        x,
        y: Math.exp(-((Math.log(x) - mu) ** 2) / (2 * s * s)) / (x * s * Math.sqrt(2 * Math.PI)),
      }));
    }
  }
}

/** ∫ density over the points (trapezoid rule). */
export function integrate(points: readonly DensityPoint[]): number {
  let sum = 0;
  for (let i = 1; i < points.length; i++) {
    sum += ((points[i].x - points[i - 1].x) * (points[i].y + points[i - 1].y)) / 2;
  }
  return sum;
}

/** The value below which a share `p` of the density lies (from the points). */
export function quantile(points: readonly DensityPoint[], p: number): number {
  const total = integrate(points);
  let acc = 0;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    const step = ((b.x - a.x) * (a.y + b.y)) / 2;
    if (acc + step >= p * total && step > 0) return a.x + ((p * total - acc) / step) * (b.x - a.x);
    acc += step;
  }
  return points.length ? points[points.length - 1].x : NaN;
}

const approx = new Intl.NumberFormat(undefined, { maximumSignificantDigits: 3 });

/** A sentence for screen readers and the plot's caption, in the language of `t`. */
export function describeDist(d: Dist, t: Translate = englishT): string {
  if (typeof d === 'number') return t('editor.density.always', { value: approx.format(d) });
  const pts = densityPoints(d);
  if (pts.length === 0) return t('editor.density.single');
  if (d.dist === 'uniform') {
    return t('editor.density.uniform', {
      min: approx.format(d.min),
      max: approx.format(d.max),
    });
  }
  const between = {
    low: approx.format(quantile(pts, 0.05)),
    high: approx.format(quantile(pts, 0.95)),
  };
  return d.dist === 'normal'
    ? t('editor.density.normal', { centre: approx.format(d.mean), ...between })
    : d.dist === 'lognormal'
      ? t('editor.density.lognormal', { centre: approx.format(d.median), ...between })
      : t('editor.density.mostLikely', { centre: approx.format(d.mode), ...between });
}
