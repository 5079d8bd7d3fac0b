import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { exp, log, normalCdf } from '../../model/numeric/math.ts';
import { mix32, Stream } from '../../model/numeric/rng.ts';

const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(b), Number.MIN_VALUE);

describe('own exp and log', () => {
  it('exp agrees with Math.exp to a few ulp over the whole range', () => {
    fc.assert(
      fc.property(fc.double({ min: -700, max: 700, noNaN: true }), (x) => {
        expect(rel(exp(x), Math.exp(x))).toBeLessThan(1e-15);
      }),
      { numRuns: 5000 },
    );
    expect(exp(0)).toBe(1);
    expect(exp(-800)).toBe(0);
    expect(exp(800)).toBe(Infinity);
    expect(exp(-740)).toBeGreaterThan(0); // subnormal results still come out
  });

  it('log agrees with Math.log to a few ulp, including subnormals and values near 1', () => {
    fc.assert(
      fc.property(fc.double({ min: Number.MIN_VALUE, max: 1e300, noNaN: true }), (x) => {
        const want = Math.log(x);
        expect(Math.abs(log(x) - want)).toBeLessThanOrEqual(4e-16 * Math.max(1, Math.abs(want)));
      }),
      { numRuns: 5000 },
    );
    fc.assert(
      fc.property(fc.double({ min: 0.5, max: 2, noNaN: true }), (x) => {
        expect(Math.abs(log(x) - Math.log(x))).toBeLessThanOrEqual(
          4.5e-16 * Math.abs(Math.log(x)) + 1e-300,
        );
      }),
      { numRuns: 2000 },
    );
    expect(log(1)).toBe(0);
    expect(log(0)).toBe(-Infinity);
    expect(log(-1)).toBeNaN();
  });
});

describe('standard normal CDF', () => {
  // Reference values: Mills' ratio / series in 60-digit decimal arithmetic.
  it.each([
    [0, 0.5],
    [1, 0.8413447460685429],
    [-1, 0.15865525393145707],
    [2, 0.9772498680518208],
    [-2.5, 0.006209665325776135],
    [-3, 0.0013498980316300946],
    [-5, 2.866515718791939e-7],
    [-8, 6.220960574271784e-16],
    [3.5, 0.9997673709209645],
  ])('Φ(%d) = %d', (x, want) => {
    // The rounding of x/√2 is amplified by about x² in the tail.
    expect(rel(normalCdf(x), want)).toBeLessThan(2e-15 * Math.max(1, x * x));
  });

  it('is symmetric and monotone', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -10, max: 10, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (x, d) => {
          expect(Math.abs(normalCdf(x) + normalCdf(-x) - 1)).toBeLessThan(1e-15);
          expect(normalCdf(x + d)).toBeGreaterThanOrEqual(normalCdf(x));
        },
      ),
    );
  });
});

describe('random streams', () => {
  it('mix32 is a bijection on a sample (no collisions) and deterministic', () => {
    const seen = new Set<number>();
    for (let i = 0; i < 100_000; i++) seen.add(mix32(i));
    expect(seen.size).toBe(100_000);
    expect(mix32(0)).toBe(0);
    expect(mix32(1)).toBe(mix32(1));
  });

  it('the first outputs of a stream are fixed forever (the WebAssembly core must match them)', () => {
    const s = new Stream(12345, 0, 0);
    const first = [s.nextU32(), s.nextU32(), s.nextU32(), s.nextU32()];
    // Pinned: changing these changes every published result.
    expect(first).toEqual(goldenFirstOutputs);
  });

  it('streams differ by seed, run and slot, and reset reproduces a stream', () => {
    const take = (s: Stream) => Array.from({ length: 8 }, () => s.nextU32());
    const a = take(new Stream(1, 0, 0));
    expect(take(new Stream(2, 0, 0))).not.toEqual(a);
    expect(take(new Stream(1, 1, 0))).not.toEqual(a);
    expect(take(new Stream(1, 0, 1))).not.toEqual(a);
    const s = new Stream(9, 9, 9);
    s.reset(1, 0, 0);
    expect(take(s)).toEqual(a);
  });

  it('uniform doubles are in (0, 1) with mean ½ and variance 1/12', () => {
    const s = new Stream(7, 3, 11);
    const n = 200_000;
    let sum = 0;
    let sq = 0;
    for (let i = 0; i < n; i++) {
      const u = s.nextDouble();
      expect(u > 0 && u < 1).toBe(true);
      sum += u;
      sq += u * u;
    }
    const mean = sum / n;
    expect(Math.abs(mean - 0.5)).toBeLessThan(4 * Math.sqrt(1 / 12 / n));
    expect(Math.abs(sq / n - mean * mean - 1 / 12)).toBeLessThan(0.002);
  });
});

// Cross-checked against an independent implementation of xoshiro128** and lowbias32.
const goldenFirstOutputs = [608428192, 558681861, 2919296045, 3945668895];
