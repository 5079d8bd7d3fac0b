import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PERCENTILES } from '../../model/result/result.ts';
import { selectInPlace } from '../../model/summaries/order-statistics.ts';
import { percentileSorted } from '../../model/summaries/percentiles.ts';

describe('percentiles by selection', () => {
  it('put every wanted order statistic where a full sort would', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.integer({ min: -5, max: 5 }),
            fc.double({ noNaN: true, noDefaultInfinity: true }),
          ),
          { minLength: 1, maxLength: 400 },
        ),
        fc.uniqueArray(fc.nat(), { minLength: 1, maxLength: 14 }),
        (values, wanted) => {
          const a = Float64Array.from(values);
          const sorted = Float64Array.from(values).sort();
          const ks = [...new Set(wanted.map((k) => k % a.length))].sort((x, y) => x - y);
          selectInPlace(a, ks);
          for (const k of ks) expect(Object.is(a[k], sorted[k]) || a[k] === sorted[k]).toBe(true);
          expect(Float64Array.from(a).sort()).toEqual(sorted); // a permutation: nothing lost
        },
      ),
      { numRuns: 500 },
    );
  });

  it('give type-7 percentiles equal to those of the sorted values', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 1, maxLength: 3000 }),
        (values) => {
          const sorted = Float64Array.from(values).sort();
          const a = Float64Array.from(values);
          const n = a.length;
          const ks = [
            ...new Set(
              PERCENTILES.flatMap((p) => {
                const lo = Math.floor(((n - 1) * p) / 100);
                return lo < n - 1 ? [lo, lo + 1] : [lo];
              }),
            ),
          ].sort((x, y) => x - y);
          selectInPlace(a, ks);
          for (const p of PERCENTILES)
            expect(percentileSorted(a, p)).toBe(percentileSorted(sorted, p));
        },
      ),
      { numRuns: 300 },
    );
  });
});
