// exp, ln and Φ: a line-by-line twin of model/numeric/math.ts, so that both engines draw
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

const A0: f64 = 3.1611237438705655;
const A1: f64 = 113.86415415105016;
const A2: f64 = 377.485237685302;
const A3: f64 = 3209.3775891384694;
const A4: f64 = 0.18577770618460315;
const B0: f64 = 23.601290952344122;
const B1: f64 = 244.02463793444417;
const B2: f64 = 1282.6165260773723;
const B3: f64 = 2844.236833439171;
const C0: f64 = 0.5641884969886701;
const C1: f64 = 8.883149794388377;
const C2: f64 = 66.11919063714163;
const C3: f64 = 298.6351381974001;
const C4: f64 = 881.952221241769;
const C5: f64 = 1712.0476126340707;
const C6: f64 = 2051.0783778260716;
const C7: f64 = 1230.3393547979972;
const C8: f64 = 2.1531153547440383e-8;
const D0: f64 = 15.744926110709835;
const D1: f64 = 117.6939508913125;
const D2: f64 = 537.1811018620099;
const D3: f64 = 1621.3895745666903;
const D4: f64 = 3290.7992357334597;
const D5: f64 = 4362.619090143247;
const D6: f64 = 3439.3676741437216;
const D7: f64 = 1230.3393548037495;
const P0: f64 = 0.30532663496123236;
const P1: f64 = 0.36034489994980445;
const P2: f64 = 0.12578172611122926;
const P3: f64 = 0.016083785148742275;
const P4: f64 = 0.0006587491615298378;
const P5: f64 = 0.016315387137302097;
const Q0: f64 = 2.568520192289822;
const Q1: f64 = 1.8729528499234673;
const Q2: f64 = 0.5279051029514285;
const Q3: f64 = 0.06051834131244132;
const Q4: f64 = 0.0023352049762686918;
const SQRT_PI_INV: f64 = 0.5641895835477563;
const INV_SQRT2: f64 = 0.7071067811865476;

function expMinusSquare(y: f64): f64 {
  const ysq = Math.trunc(y * 16) / 16;
  const del = (y - ysq) * (y + ysq);
  return exp(-ysq * ysq) * exp(-del);
}

export function erfc(x: f64): f64 {
  if (x != x) return x;
  const y = Math.abs(x);
  if (y <= 0.46875) {
    const z = y * y;
    const num = (((A4 * z + A0) * z + A1) * z + A2) * z + A3;
    const den = (((z + B0) * z + B1) * z + B2) * z + B3;
    return 1 - (x * num) / den;
  }
  let r: f64;
  if (y <= 4) {
    const num = (((((((C8 * y + C0) * y + C1) * y + C2) * y + C3) * y + C4) * y + C5) * y + C6) * y + C7;
    const den = (((((((y + D0) * y + D1) * y + D2) * y + D3) * y + D4) * y + D5) * y + D6) * y + D7;
    r = (num / den) * expMinusSquare(y);
  } else if (y >= 26.543) {
    r = 0;
  } else {
    const z = 1 / (y * y);
    const num = ((((P5 * z + P0) * z + P1) * z + P2) * z + P3) * z + P4;
    const den = ((((z + Q0) * z + Q1) * z + Q2) * z + Q3) * z + Q4;
    r = ((SQRT_PI_INV - (z * num) / den) / y) * expMinusSquare(y);
  }
  return x < 0 ? 2 - r : r;
}

export function normalCdf(x: f64): f64 {
  return 0.5 * erfc(-x * INV_SQRT2);
}

/** Φ(z1) − Φ(z0) for z0 ≤ z1, taken in the tail where it is accurate. */
export function normalInterval(z0: f64, z1: f64): f64 {
  return z0 >= 0 ? normalCdf(-z0) - normalCdf(-z1) : normalCdf(z1) - normalCdf(z0);
}
