// exp, ln and Φ: a line-by-line twin of wasm/reference/math.ts, so that both engines draw
// bit-identical numbers (see docs/random-streams.md). Keep the two files in step.

const LN2_HI: f64 = 6.9314718036912381649e-1;
const LN2_LO: f64 = 1.90821492927058770002e-10;
const INV_LN2: f64 = 1.4426950408889634;
const SQRT2: f64 = 1.4142135623730951;
const INV_SQRT_2PI: f64 = 0.3989422804014327;

// @ts-ignore: decorator
@inline function pow2(k: i32): f64 {
  return reinterpret<f64>(<u64>(k + 1023) << 52);
}

export function exp(x: f64): f64 {
  if (x != x) return x;
  if (x > 709.782712893384) return Infinity;
  if (x < -745.1332191019412) return 0;
  const k = Math.floor(x * INV_LN2 + 0.5);
  const r = x - k * LN2_HI - k * LN2_LO;
  // Taylor coefficients 1/n!, n = 13 .. 0, by Horner.
  let p: f64 = 1.0 / 6227020800.0;
  p = p * r + 1.0 / 479001600.0;
  p = p * r + 1.0 / 39916800.0;
  p = p * r + 1.0 / 3628800.0;
  p = p * r + 1.0 / 362880.0;
  p = p * r + 1.0 / 40320.0;
  p = p * r + 1.0 / 5040.0;
  p = p * r + 1.0 / 720.0;
  p = p * r + 1.0 / 120.0;
  p = p * r + 1.0 / 24.0;
  p = p * r + 1.0 / 6.0;
  p = p * r + 1.0 / 2.0;
  p = p * r + 1.0;
  p = p * r + 1.0;
  const k1 = Math.floor(k / 2);
  return p * pow2(<i32>k1) * pow2(<i32>(k - k1));
}

export function log(x: f64): f64 {
  if (x != x || x < 0) return NaN;
  if (x == 0) return -Infinity;
  if (x == Infinity) return x;
  let e: i32 = 0;
  if (x < 2.2250738585072014e-308) {
    x *= 18014398509481984.0;
    e = -54;
  }
  const bits = reinterpret<u64>(x);
  const hi = <u32>(bits >> 32);
  e += <i32>((hi >> 20) & 0x7ff) - 1023;
  let m = reinterpret<f64>((<u64>((hi & 0x000fffff) | 0x3ff00000) << 32) | (bits & 0xffffffff));
  if (m > SQRT2) {
    m *= 0.5;
    e += 1;
  }
  const f = m - 1;
  const s = f / (2 + f);
  const z = s * s;
  let t: f64 = 1.0 / 25.0;
  for (let n = 11; n >= 0; n--) t = t * z + 1.0 / <f64>(2 * n + 1);
  const ef = <f64>e;
  return ef * LN2_HI + (ef * LN2_LO + 2 * s * t);
}

export function normalPdf(x: f64): f64 {
  return INV_SQRT_2PI * exp(-0.5 * x * x);
}

function upperTail(x: f64): f64 {
  if (x > 40) return 0;
  const depth: i32 = x < 3 ? 64 : x < 4 ? 44 : x < 6 ? 28 : 16;
  let t: f64 = 0;
  for (let k = depth; k >= 1; k--) t = <f64>k / (x + t);
  const xh = Math.floor(x * 65536) / 65536;
  const xl = x - xh;
  const pdf = INV_SQRT_2PI * exp(-0.5 * xh * xh) * exp(-0.5 * xl * (x + xh));
  return pdf / (x + t);
}

export function normalCdf(x: f64): f64 {
  if (x != x) return x;
  if (x >= 2.5) return 1 - upperTail(x);
  if (x <= -2.5) return upperTail(-x);
  const x2 = x * x;
  let term = x;
  let sum = x;
  for (let n = 1; n < 60; n++) {
    term *= x2 / <f64>(2 * n + 1);
    sum += term;
    if (Math.abs(term) < 1e-17 * Math.abs(sum)) break;
  }
  return 0.5 + normalPdf(x) * sum;
}

/** Φ(z1) − Φ(z0) for z0 ≤ z1, taken in the tail where it is accurate. */
export function normalInterval(z0: f64, z1: f64): f64 {
  return z0 >= 0 ? normalCdf(-z0) - normalCdf(-z1) : normalCdf(z1) - normalCdf(z0);
}
