/**
 * Sampling the five distribution forms of MODEL.md §1 from one stream, and their point
 * values. The methods (docs/random-streams.md) use only +, −, ×, ÷, sqrt and our own
 * exp/log, so the WebAssembly core draws bit-identical numbers:
 * - uniform: a + (b − a)·u;
 * - triangular: inverse CDF, one uniform;
 * - normal: Marsaglia's polar method (two uniforms per attempt, the first coordinate used);
 *   bounds by resampling, as MODEL.md says;
 * - lognormal: median·exp(ln(gsd)·z), z standard normal;
 * - PERT: a + (b − a)·X/(X + Y), X ~ Gamma(α), Y ~ Gamma(β) by Marsaglia–Tsang, with α
 *   and β from ./pert.ts.
 */
import type { Dist } from '../scenario/types.ts';
import { exp, log } from './math.ts';
import { pertShape } from './pert.ts';
import type { Stream } from './rng.ts';

/** Numeric codes of the forms, shared with the WebAssembly parameter block. */
export const DistKind = {
  fixed: 0,
  uniform: 1,
  triangular: 2,
  pert: 3,
  normal: 4,
  lognormal: 5,
} as const;

/** A distribution in flat numeric form: kind and up to four parameters. */
export interface FlatDist {
  kind: number;
  /** uniform: min,max · triangular/pert: min,mode,max · normal: mean,sd,lo,hi ·
   *  lognormal: median,gsd · fixed: value. Missing normal bounds are ±Infinity. */
  a: number;
  b: number;
  c: number;
  d: number;
  yearly: boolean;
  point: number;
}

/** A bounded normal that never lands in its bounds after this many tries falls back to
 *  its point value; validation keeps the bounds wide enough that this does not happen. */
export const MAX_TRIES = 1_000_000;

/** The fields a form's point value reads (MODEL.md §1, "point value"). Every Dist has
 *  them; a draft that is still being filled in has a point value as soon as it has these. */
export type PointFields =
  | number
  | { dist: 'uniform'; min: number; max: number }
  | { dist: 'triangular' | 'pert'; mode: number }
  | { dist: 'normal'; mean: number; min?: number; max?: number }
  | { dist: 'lognormal'; median: number };

/** The value deterministic mode uses: the middle of a uniform, the mode of a triangular or
 *  PERT, the mean of a normal clamped to its bounds, the median of a lognormal. */
export function pointValue(d: Dist | PointFields): number {
  if (typeof d === 'number') return d;
  switch (d.dist) {
    case 'uniform':
      return (d.min + d.max) / 2;
    case 'triangular':
    case 'pert':
      return d.mode;
    case 'normal':
      return Math.min(Math.max(d.mean, d.min ?? -Infinity), d.max ?? Infinity);
    case 'lognormal':
      return d.median;
  }
}

/** A distribution in flat numeric form, with its point value. */
export function flattenDist(d: Dist): FlatDist {
  const point = pointValue(d);
  if (typeof d === 'number') {
    return { kind: DistKind.fixed, a: d, b: 0, c: 0, d: 0, yearly: false, point };
  }
  const yearly = d.resample === 'yearly';
  switch (d.dist) {
    case 'uniform':
      return { kind: DistKind.uniform, a: d.min, b: d.max, c: 0, d: 0, yearly, point };
    case 'triangular':
      return { kind: DistKind.triangular, a: d.min, b: d.mode, c: d.max, d: 0, yearly, point };
    case 'pert':
      return { kind: DistKind.pert, a: d.min, b: d.mode, c: d.max, d: 0, yearly, point };
    case 'normal':
      return {
        kind: DistKind.normal,
        a: d.mean,
        b: d.sd,
        c: d.min ?? -Infinity,
        d: d.max ?? Infinity,
        yearly,
        point,
      };
    case 'lognormal':
      return { kind: DistKind.lognormal, a: d.median, b: d.gsd, c: 0, d: 0, yearly, point };
  }
}

/** One draw. */
export function sample(f: FlatDist, s: Stream): number {
  switch (f.kind) {
    case DistKind.uniform:
      return f.a + (f.b - f.a) * s.nextDouble();
    case DistKind.triangular:
      return triangular(f.a, f.b, f.c, s.nextDouble());
    case DistKind.pert:
      return pert(f.a, f.b, f.c, s);
    case DistKind.normal:
      return boundedNormal(f.a, f.b, f.c, f.d, f.point, s);
    case DistKind.lognormal:
      return f.a * exp(log(f.b) * standardNormal(s));
    default:
      return f.a;
  }
}

export function triangular(a: number, c: number, b: number, u: number): number {
  if (!(b > a)) return a;
  const fc = (c - a) / (b - a);
  return u < fc ? a + Math.sqrt(u * (b - a) * (c - a)) : b - Math.sqrt((1 - u) * (b - a) * (b - c));
}

/** Marsaglia's polar method; returns the first coordinate of the accepted pair. */
export function standardNormal(s: Stream): number {
  for (;;) {
    const v1 = 2 * s.nextDouble() - 1;
    const v2 = 2 * s.nextDouble() - 1;
    const r = v1 * v1 + v2 * v2;
    if (r < 1 && r > 0) return v1 * Math.sqrt((-2 * log(r)) / r);
  }
}

function boundedNormal(
  mean: number,
  sd: number,
  lo: number,
  hi: number,
  point: number,
  s: Stream,
): number {
  for (let i = 0; i < MAX_TRIES; i++) {
    const x = mean + sd * standardNormal(s);
    if (x >= lo && x <= hi) return x;
  }
  return point;
}

/** Gamma(shape, 1) for shape ≥ 1 (Marsaglia & Tsang 2000). */
export function gamma(shape: number, s: Stream): number {
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const z = standardNormal(s);
    let v = 1 + c * z;
    if (v <= 0) continue;
    v = v * v * v;
    const u = s.nextDouble();
    if (u < 1 - 0.0331 * z * z * z * z) return d * v;
    if (log(u) < 0.5 * z * z + d * (1 - v + log(v))) return d * v;
  }
}

function pert(a: number, c: number, b: number, s: Stream): number {
  if (!(b > a)) return a;
  const { alpha, beta } = pertShape(a, c, b);
  const x = gamma(alpha, s);
  const y = gamma(beta, s);
  return a + ((b - a) * x) / (x + y);
}

/** Theoretical mean and variance, for tests and documentation. */
export function theoreticalMoments(f: FlatDist): { mean: number; variance: number } | null {
  switch (f.kind) {
    case DistKind.fixed:
      return { mean: f.a, variance: 0 };
    case DistKind.uniform:
      return { mean: (f.a + f.b) / 2, variance: (f.b - f.a) ** 2 / 12 };
    case DistKind.triangular: {
      const [a, c, b] = [f.a, f.b, f.c];
      return {
        mean: (a + b + c) / 3,
        variance: (a * a + b * b + c * c - a * b - a * c - b * c) / 18,
      };
    }
    case DistKind.pert: {
      const [a, c, b] = [f.a, f.b, f.c];
      const { alpha: al, beta: be } = pertShape(a, c, b);
      const m = al / (al + be);
      const v = (al * be) / ((al + be) ** 2 * (al + be + 1));
      return { mean: a + (b - a) * m, variance: (b - a) ** 2 * v };
    }
    case DistKind.lognormal: {
      const s2 = Math.log(f.b) ** 2;
      return {
        mean: f.a * Math.exp(s2 / 2),
        variance: f.a ** 2 * Math.exp(s2) * (Math.exp(s2) - 1),
      };
    }
    default:
      return null; // truncated normal: computed in the test where needed
  }
}
