// The five distribution forms: the twin of model/numeric/distributions.ts.
import { exp, log } from './math';
import { nextDouble } from './rng';

import {
  KIND_LOGNORMAL, KIND_NORMAL, KIND_PERT, KIND_TRIANGULAR, KIND_UNIFORM, MAX_TRIES,
} from './shared';
export { KIND_FIXED } from './shared';

export function sample(kind: i32, a: f64, b: f64, c: f64, d: f64, point: f64, s: usize): f64 {
  switch (kind) {
    case KIND_UNIFORM:
      return a + (b - a) * nextDouble(s);
    case KIND_TRIANGULAR:
      return triangular(a, b, c, nextDouble(s));
    case KIND_PERT:
      return pert(a, b, c, s);
    case KIND_NORMAL:
      return boundedNormal(a, b, c, d, point, s);
    case KIND_LOGNORMAL:
      return a * exp(log(b) * standardNormal(s));
    default:
      return a;
  }
}

function triangular(a: f64, c: f64, b: f64, u: f64): f64 {
  if (!(b > a)) return a;
  const fc = (c - a) / (b - a);
  return u < fc ? a + Math.sqrt(u * (b - a) * (c - a)) : b - Math.sqrt((1 - u) * (b - a) * (b - c));
}

function standardNormal(s: usize): f64 {
  for (;;) {
    const v1 = 2 * nextDouble(s) - 1;
    const v2 = 2 * nextDouble(s) - 1;
    const r = v1 * v1 + v2 * v2;
    if (r < 1 && r > 0) return v1 * Math.sqrt((-2 * log(r)) / r);
  }
  return 0;
}

function boundedNormal(mean: f64, sd: f64, lo: f64, hi: f64, point: f64, s: usize): f64 {
  for (let i = 0; i < MAX_TRIES; i++) {
    const x = mean + sd * standardNormal(s);
    if (x >= lo && x <= hi) return x;
  }
  return point;
}

function gamma(shape: f64, s: usize): f64 {
  const d = shape - 1.0 / 3.0;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const z = standardNormal(s);
    let v = 1 + c * z;
    if (v <= 0) continue;
    v = v * v * v;
    const u = nextDouble(s);
    if (u < 1 - 0.0331 * z * z * z * z) return d * v;
    if (log(u) < 0.5 * z * z + d * (1 - v + log(v))) return d * v;
  }
  return 0;
}

function pert(a: f64, c: f64, b: f64, s: usize): f64 {
  if (!(b > a)) return a;
  const alpha = 1 + (4 * (c - a)) / (b - a);
  const beta = 1 + (4 * (b - c)) / (b - a);
  const x = gamma(alpha, s);
  const y = gamma(beta, s);
  return a + ((b - a) * x) / (x + y);
}
