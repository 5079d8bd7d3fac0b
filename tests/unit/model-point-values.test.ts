/**
 * One point value per distribution (MODEL.md §1): the editor shows the value that
 * deterministic mode runs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pointOf } from '../../app/editor/dist-forms.ts';
import { flattenDist, pointValue } from '../../model/numeric/distributions.ts';
import type { Dist } from '../../model/scenario/types.ts';

const x = fc.double({ min: -1e6, max: 1e6, noNaN: true });
const positive = fc.double({ min: 1e-6, max: 1e6, noNaN: true });

/** Any valid distribution, with and without the optional normal bounds. */
const distArb: fc.Arbitrary<Dist> = fc.oneof(
  x,
  fc
    .tuple(x, x)
    .map(([a, b]) => ({ dist: 'uniform' as const, min: Math.min(a, b), max: Math.max(a, b) })),
  fc.tuple(fc.constantFrom('triangular' as const, 'pert' as const), x, x, x).map(([dist, ...v]) => {
    const [min, mode, max] = v.sort((p, q) => p - q);
    return { dist, min, mode, max };
  }),
  fc
    .record({ mean: x, sd: positive, min: x, max: x }, { requiredKeys: ['mean', 'sd'] })
    .filter((d) => d.min === undefined || d.max === undefined || d.min <= d.max)
    .map((d) => ({ dist: 'normal' as const, ...d })),
  fc
    .tuple(positive, fc.double({ min: 1.0001, max: 5, noNaN: true }))
    .map(([median, gsd]) => ({ dist: 'lognormal' as const, median, gsd })),
);

describe('point values', () => {
  it("the editor's point value is the model's, bit for bit", () => {
    fc.assert(
      fc.property(distArb, (d) => {
        expect(pointOf(d)).toBe(pointValue(d));
        expect(flattenDist(d).point).toBe(pointValue(d));
      }),
      { numRuns: 2000 },
    );
  });

  it('are the middle, the mode, the clamped mean and the median', () => {
    expect(pointValue({ dist: 'uniform', min: 0.1, max: 0.2 })).toBe((0.1 + 0.2) / 2);
    expect(pointValue({ dist: 'pert', min: 0, mode: 3, max: 9 })).toBe(3);
    expect(pointValue({ dist: 'normal', mean: 1.2, sd: 1, max: 1 })).toBe(1);
    expect(pointValue({ dist: 'normal', mean: -3, sd: 1, min: 0 })).toBe(0);
    expect(pointValue({ dist: 'lognormal', median: 40, gsd: 2 })).toBe(40);
  });

  it('a draft being filled in has a point value once the fields it needs are numbers', () => {
    expect(pointOf({ dist: 'triangular', mode: 5, max: '' })).toBe(5);
    expect(pointOf({ dist: 'normal', mean: 5, sd: '', min: 'x', max: 3 })).toBe(
      pointValue({ dist: 'normal', mean: 5, max: 3 }),
    );
    expect(pointOf({ dist: 'uniform', min: 1 })).toBeUndefined();
    expect(pointOf({ dist: 'lognormal', gsd: 2 })).toBeUndefined();
    expect(pointOf({ dist: 'beta' })).toBeUndefined();
  });
});
