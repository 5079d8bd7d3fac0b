/** The standard normal CDF shared by the engine and the parser's entry-age check (MODEL.md §2). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalCdf } from '../../model/numeric/math.ts';
import { entryWeightTotal } from '../../model/numeric/entry-ages.ts';

/** Reference values: Mills' ratio continued fraction in 60-digit decimal arithmetic. */
const REFERENCE: [number, number][] = [
  [0, 0.5],
  [1.96, 0.9750021048517795],
  [-1.96, 0.024997895148220435],
  [3, 0.9986501019683699],
  [-5, 2.866515718791939e-7],
  [-8, 6.220960574271784e-16],
  [-20, 2.7536241186062337e-89],
  [-37, 5.725571222524577e-300],
];

describe('normalCdf', () => {
  it.each(REFERENCE)('Φ(%d) is accurate to about 1e-15·x² relative', (x, expected) => {
    // The rounding of x/√2 is amplified by about x² in the tail.
    expect(Math.abs(normalCdf(x) - expected) / expected).toBeLessThan(2e-15 * Math.max(1, x * x));
  });

  it('is symmetric and increasing', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -40, max: 40, noNaN: true }),
        fc.double({ min: 0, max: 5, noNaN: true }),
        (x, d) => {
          expect(Math.abs(normalCdf(x) + normalCdf(-x) - 1)).toBeLessThan(1e-15);
          expect(normalCdf(x + d)).toBeGreaterThanOrEqual(normalCdf(x));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('entry-age weights', () => {
  it('sum to about 1 when entrants are well inside the ages', () => {
    expect(entryWeightTotal(47, 3, 20, 74)).toBeCloseTo(1, 12);
    expect(entryWeightTotal(40, 5, 20, 74)).toBeCloseTo(normalCdf(6.9) - normalCdf(-4.1), 14);
  });

  it('fall below 1e-9 far outside, but not just outside', () => {
    expect(entryWeightTotal(12, 1, 20, 74)).toBeLessThan(1e-9);
    expect(entryWeightTotal(200, 10, 20, 74)).toBeLessThan(1e-9);
    expect(entryWeightTotal(17, 1, 20, 74)).toBeGreaterThan(1e-9);
  });
});
