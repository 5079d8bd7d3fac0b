/**
 * Random streams (docs/random-streams.md).
 *
 * Every random input of a run has its own stream, derived from (seed, run, slot) only, so
 * - any split of runs into chunks or workers gives identical numbers, and
 * - changing one input's distribution leaves every other input's draws untouched
 *   (common random numbers when comparing scenarios).
 *
 * The generator is xoshiro128** (Blackman & Vigna), 32-bit state words; seeding uses the
 * bijective 32-bit mixer `lowbias32` (Wellons). Only 32-bit integer arithmetic
 * (Math.imul, shifts, xor), so the AssemblyScript core reproduces it exactly.
 */

/** A bijective 32-bit integer mixer ("lowbias32"). */
export function mix32(x: number): number {
  x = (x ^ (x >>> 16)) >>> 0;
  x = Math.imul(x, 0x7feb352d) >>> 0;
  x = (x ^ (x >>> 15)) >>> 0;
  x = Math.imul(x, 0x846ca68b) >>> 0;
  x = (x ^ (x >>> 16)) >>> 0;
  return x;
}

const GOLDEN = 0x9e3779b9;

/** One xoshiro128** stream. */
export class Stream {
  private s0 = 0;
  private s1 = 0;
  private s2 = 0;
  private s3 = 0;

  constructor(seed: number, run: number, slot: number) {
    this.reset(seed, run, slot);
  }

  /** Re-seed in place (no allocation): the stream of (seed, run, slot). */
  reset(seed: number, run: number, slot: number): void {
    let h = mix32((seed ^ GOLDEN) >>> 0);
    h = mix32((h ^ run) >>> 0);
    h = mix32((h ^ Math.imul(slot + 1, 0x85ebca6b)) >>> 0);
    // Four distinct inputs to a bijection: the state is never all zero.
    this.s0 = mix32((h + GOLDEN) >>> 0);
    this.s1 = mix32((h + 2 * GOLDEN) >>> 0);
    this.s2 = mix32((h + 3 * GOLDEN) >>> 0);
    this.s3 = mix32((h + 4 * GOLDEN) >>> 0);
  }

  /** Next 32-bit output, as an unsigned integer. */
  nextU32(): number {
    const s1 = this.s1;
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
    const t = (s1 << 9) >>> 0;
    this.s2 = (this.s2 ^ this.s0) >>> 0;
    this.s3 = (this.s3 ^ s1) >>> 0;
    this.s1 = (s1 ^ this.s2) >>> 0;
    this.s0 = (this.s0 ^ this.s3) >>> 0;
    this.s2 = (this.s2 ^ t) >>> 0;
    this.s3 = rotl(this.s3, 11);
    return result;
  }

  /** Uniform double in the open interval (0, 1): 52 random bits, centred in its cell
   *  ((n + 0.5)·2^-52 is exact for every n < 2^52, so 0 and 1 never occur). */
  nextDouble(): number {
    const a = this.nextU32() >>> 6; // 26 bits
    const b = this.nextU32() >>> 6; // 26 bits
    return (a * 67108864 + b + 0.5) * 2.220446049250313e-16; // 2^-52
  }
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}
