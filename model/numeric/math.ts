/**
 * The few transcendental functions the sampler and the model need: exp, log and the
 * standard normal CDF Φ.
 *
 * Why our own: JavaScript's `Math.exp`/`Math.log` and AssemblyScript's differ in the last
 * bit on some inputs, and one flipped bit can change a rejection step and desynchronise a
 * random stream. These versions use only IEEE-754 +, −, ×, ÷, sqrt, floor and exact bit
 * manipulation, so the TypeScript reference and the WebAssembly core (wasm/assembly/math.ts,
 * a line-by-line twin) produce bit-identical results. Accuracy: a few ulp for exp and log,
 * about 1e-15 relative for Φ in its lower tail (tested against Math and reference values).
 */

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer); // little-endian: u32[0] low word, u32[1] high word

/** 2^k for an integer k in [-1022, 1023], built from its bits (exact). */
function pow2(k: number): number {
  u32[0] = 0;
  u32[1] = ((k + 1023) << 20) >>> 0;
  return f64[0];
}

const LN2_HI = 6.9314718036912381649e-1; // ln 2 with its low 32 bits cleared: k·LN2_HI is exact
const LN2_LO = 1.90821492927058770002e-10; // ln 2 − LN2_HI
const INV_LN2 = 1.4426950408889634;
const SQRT2 = 1.4142135623730951;

// 1/n! for the Taylor series of exp on |r| ≤ ln2/2, evaluated by Horner (degree 13).
const EXP_C: number[] = [];
for (let n = 0, f = 1; n <= 13; n++) {
  if (n > 0) f *= n;
  EXP_C.push(1 / f);
}

/** e^x. */
export function exp(x: number): number {
  if (x !== x) return x;
  if (x > 709.782712893384) return Infinity;
  if (x < -745.1332191019412) return 0;
  const k = Math.floor(x * INV_LN2 + 0.5);
  const r = x - k * LN2_HI - k * LN2_LO;
  let p = EXP_C[13];
  for (let i = 12; i >= 0; i--) p = p * r + EXP_C[i];
  // Scale in two steps so that 2^k never overflows or underflows on its own.
  const k1 = Math.floor(k / 2);
  return p * pow2(k1) * pow2(k - k1);
}

/** Natural logarithm. */
export function log(x: number): number {
  if (x !== x || x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return x;
  let e = 0;
  if (x < 2.2250738585072014e-308) {
    x *= 18014398509481984; // 2^54: bring a subnormal into the normal range
    e = -54;
  }
  f64[0] = x;
  const hi = u32[1];
  e += ((hi >>> 20) & 0x7ff) - 1023;
  u32[1] = ((hi & 0x000fffff) | 0x3ff00000) >>> 0; // mantissa m in [1, 2)
  let m = f64[0];
  if (m > SQRT2) {
    m *= 0.5;
    e += 1;
  }
  // log(m) = 2·atanh(s), s = (m−1)/(m+1), |s| ≤ 0.1716: series in s².
  const f = m - 1;
  const s = f / (2 + f);
  const z = s * s;
  let t = 1 / 25;
  for (let n = 11; n >= 0; n--) t = t * z + 1 / (2 * n + 1);
  return e * LN2_HI + (e * LN2_LO + 2 * s * t);
}

const INV_SQRT_2PI = 0.3989422804014327;

/** Standard normal density φ(x). */
export function normalPdf(x: number): number {
  return INV_SQRT_2PI * exp(-0.5 * x * x);
}

// W. J. Cody's rational Chebyshev approximations of erf and erfc ("Rational Chebyshev
// approximations for the error function", Math. Comp. 23, 1969): relative error below
// 1e-16 on each range. Evaluated in one fixed order (the WebAssembly twin does the same).
const A0 = 3.1611237438705655;
const A1 = 113.86415415105016;
const A2 = 377.485237685302;
const A3 = 3209.3775891384694;
const A4 = 0.18577770618460315;
const B0 = 23.601290952344122;
const B1 = 244.02463793444417;
const B2 = 1282.6165260773723;
const B3 = 2844.236833439171;
const C0 = 0.5641884969886701;
const C1 = 8.883149794388377;
const C2 = 66.11919063714163;
const C3 = 298.6351381974001;
const C4 = 881.952221241769;
const C5 = 1712.0476126340707;
const C6 = 2051.0783778260716;
const C7 = 1230.3393547979972;
const C8 = 2.1531153547440383e-8;
const D0 = 15.744926110709835;
const D1 = 117.6939508913125;
const D2 = 537.1811018620099;
const D3 = 1621.3895745666903;
const D4 = 3290.7992357334597;
const D5 = 4362.619090143247;
const D6 = 3439.3676741437216;
const D7 = 1230.3393548037495;
const P0 = 0.30532663496123236;
const P1 = 0.36034489994980445;
const P2 = 0.12578172611122926;
const P3 = 0.016083785148742275;
const P4 = 0.0006587491615298378;
const P5 = 0.016315387137302097;
const Q0 = 2.568520192289822;
const Q1 = 1.8729528499234673;
const Q2 = 0.5279051029514285;
const Q3 = 0.06051834131244132;
const Q4 = 0.0023352049762686918;
const SQRT_PI_INV = 0.5641895835477563;
const INV_SQRT2 = 0.7071067811865476;

/** exp(−y²) in two parts, so that the rounding of y² does not spoil the far tail. */
function expMinusSquare(y: number): number {
  const ysq = Math.trunc(y * 16) / 16;
  const del = (y - ysq) * (y + ysq);
  return exp(-ysq * ysq) * exp(-del);
}

/** The complementary error function erfc(x) = 1 − erf(x). */
export function erfc(x: number): number {
  if (x !== x) return x;
  const y = Math.abs(x);
  if (y <= 0.46875) {
    const z = y * y;
    const num = (((A4 * z + A0) * z + A1) * z + A2) * z + A3;
    const den = (((z + B0) * z + B1) * z + B2) * z + B3;
    return 1 - (x * num) / den;
  }
  let r: number;
  if (y <= 4) {
    const num =
      (((((((C8 * y + C0) * y + C1) * y + C2) * y + C3) * y + C4) * y + C5) * y + C6) * y + C7;
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

/** Standard normal CDF Φ(x) = erfc(−x/√2)/2: accurate in the lower tail; take the upper
 *  tail as Φ(−x). */
export function normalCdf(x: number): number {
  return 0.5 * erfc(-x * INV_SQRT2);
}

/** Φ(z1) − Φ(z0) for z0 ≤ z1, computed in the tail where it is accurate. */
export function normalInterval(z0: number, z1: number): number {
  return z0 >= 0 ? normalCdf(-z0) - normalCdf(-z1) : normalCdf(z1) - normalCdf(z0);
}
