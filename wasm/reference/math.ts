/**
 * The few transcendental functions the sampler and the model need: exp, log and the
 * standard normal CDF Φ.
 *
 * Why our own: JavaScript's `Math.exp`/`Math.log` and AssemblyScript's differ in the last
 * bit on some inputs, and one flipped bit can change a rejection step and desynchronise a
 * random stream. These versions use only IEEE-754 +, −, ×, ÷, sqrt, floor and exact bit
 * manipulation, so the TypeScript reference and the WebAssembly core (wasm/assembly/math.ts,
 * a line-by-line twin) produce bit-identical results. Accuracy: a few ulp for exp and log,
 * about 1e-15 relative for Φ (tested against Math and reference values).
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

/** Upper tail Q(x) = 1 − Φ(x) for x ≥ 2.5, by the continued fraction of Mills' ratio. */
function upperTail(x: number): number {
  if (x > 40) return 0;
  const depth = x < 3 ? 64 : x < 4 ? 44 : x < 6 ? 28 : 16;
  let t = 0;
  for (let k = depth; k >= 1; k--) t = k / (x + t);
  // φ(x) with x² split exactly (xh has 22 significant bits, so xh² is exact): keeps Φ
  // accurate to ~1e-15 relative far into the tail, where exp(−x²/2) would amplify x²'s rounding.
  const xh = Math.floor(x * 65536) / 65536;
  const xl = x - xh;
  const pdf = INV_SQRT_2PI * exp(-0.5 * xh * xh) * exp(-0.5 * xl * (x + xh));
  return pdf / (x + t);
}

/** Standard normal CDF Φ(x). */
export function normalCdf(x: number): number {
  if (x !== x) return x;
  if (x >= 2.5) return 1 - upperTail(x);
  if (x <= -2.5) return upperTail(-x);
  // Φ(x) = 1/2 + φ(x)·Σ x^(2n+1)/(1·3·…·(2n+1)): all terms of one sign, no cancellation.
  const x2 = x * x;
  let term = x;
  let sum = x;
  for (let n = 1; n < 60; n++) {
    term *= x2 / (2 * n + 1);
    sum += term;
    if (Math.abs(term) < 1e-17 * Math.abs(sum)) break;
  }
  return 0.5 + normalPdf(x) * sum;
}

/** Φ(z1) − Φ(z0) for z0 ≤ z1, computed in the tail where it is accurate. */
export function normalInterval(z0: number, z1: number): number {
  return z0 >= 0 ? normalCdf(-z0) - normalCdf(-z1) : normalCdf(z1) - normalCdf(z0);
}
