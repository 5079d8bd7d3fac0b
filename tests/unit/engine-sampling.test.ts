import { describe, expect, it } from 'vitest';
import type { Dist } from '../../model/scenario/types.ts';
import {
  flattenDist,
  pointValue,
  sample,
  theoreticalMoments,
} from '../../model/numeric/distributions.ts';
import { normalCdf, normalPdf } from '../../model/numeric/math.ts';
import { Stream } from '../../model/numeric/rng.ts';

const N = 20_000;

function draws(d: Dist, slot = 3): Float64Array {
  const s = new Stream(2024, 17, slot);
  const f = flattenDist(d);
  return Float64Array.from({ length: N }, () => sample(f, s));
}

/** Mean and variance of a normal(m, s) truncated to [a, b]. */
function truncatedNormalMoments(m: number, s: number, a: number, b: number) {
  const al = (a - m) / s;
  const be = (b - m) / s;
  const Z = normalCdf(be) - normalCdf(al);
  const d = (normalPdf(al) - normalPdf(be)) / Z;
  const mean = m + s * d;
  const xPdf = (z: number) => (Number.isFinite(z) ? z * normalPdf(z) : 0);
  const variance = s * s * (1 + (xPdf(al) - xPdf(be)) / Z - d * d);
  return { mean, variance };
}

const cases: [string, Dist, { mean: number; variance: number }][] = [
  [
    'uniform',
    { dist: 'uniform', min: 0.01, max: 0.03 },
    theoreticalMoments(flattenDist({ dist: 'uniform', min: 0.01, max: 0.03 }))!,
  ],
  [
    'triangular (skewed)',
    { dist: 'triangular', min: 1050, mode: 1200, max: 1300 },
    theoreticalMoments(flattenDist({ dist: 'triangular', min: 1050, mode: 1200, max: 1300 }))!,
  ],
  [
    'triangular (mode at min)',
    { dist: 'triangular', min: 0, mode: 0, max: 1 },
    { mean: 1 / 3, variance: 1 / 18 },
  ],
  [
    'pert',
    { dist: 'pert', min: 0.015, mode: 0.025, max: 0.045 },
    theoreticalMoments(flattenDist({ dist: 'pert', min: 0.015, mode: 0.025, max: 0.045 }))!,
  ],
  [
    'pert (mode at max)',
    { dist: 'pert', min: 2, mode: 10, max: 10 },
    theoreticalMoments(flattenDist({ dist: 'pert', min: 2, mode: 10, max: 10 }))!,
  ],
  ['normal', { dist: 'normal', mean: 63, sd: 1 }, { mean: 63, variance: 1 }],
  [
    'normal truncated',
    { dist: 'normal', mean: 0.02, sd: 0.01, min: 0, max: 0.025 },
    truncatedNormalMoments(0.02, 0.01, 0, 0.025),
  ],
  [
    'normal one bound',
    { dist: 'normal', mean: 0, sd: 1, min: 0.5 },
    truncatedNormalMoments(0, 1, 0.5, Infinity),
  ],
  [
    'lognormal',
    { dist: 'lognormal', median: 300, gsd: 1.4 },
    theoreticalMoments(flattenDist({ dist: 'lognormal', median: 300, gsd: 1.4 }))!,
  ],
];

describe('sampling the five distributions', () => {
  it.each(cases)('%s: the mean of 20 000 draws is within 4 standard errors', (_name, d, want) => {
    const x = draws(d);
    const mean = x.reduce((a, b) => a + b, 0) / N;
    const se = Math.sqrt(want.variance / N);
    expect(Math.abs(mean - want.mean)).toBeLessThan(4 * se);
    // And the spread is right (variance within 10 %).
    const v = x.reduce((a, b) => a + (b - mean) ** 2, 0) / (N - 1);
    expect(v / want.variance).toBeGreaterThan(0.9);
    expect(v / want.variance).toBeLessThan(1.1);
  });

  const bounded: [Dist, number, number][] = [
    [{ dist: 'uniform', min: 2, max: 5 }, 2, 5],
    [{ dist: 'triangular', min: 2, mode: 2.5, max: 5 }, 2, 5],
    [{ dist: 'pert', min: 2, mode: 4.9, max: 5 }, 2, 5],
    [{ dist: 'normal', mean: 0, sd: 1, min: -0.5, max: 2 }, -0.5, 2],
    [{ dist: 'normal', mean: 10, sd: 3, min: 9.99, max: 10.01 }, 9.99, 10.01],
    [{ dist: 'lognormal', median: 1, gsd: 3 }, 0, Infinity],
  ];
  it.each(bounded)('draws of %j stay within [%d, %d]', (d, lo, hi) => {
    for (const v of draws(d, 5)) {
      expect(v).toBeGreaterThanOrEqual(lo);
      expect(v).toBeLessThanOrEqual(hi);
    }
  });

  it('degenerate forms give their one value', () => {
    expect(draws({ dist: 'uniform', min: 3, max: 3 }).every((v) => v === 3)).toBe(true);
    expect(draws({ dist: 'pert', min: 3, mode: 3, max: 3 }).every((v) => v === 3)).toBe(true);
    expect(draws({ dist: 'triangular', min: 3, mode: 3, max: 3 }).every((v) => v === 3)).toBe(true);
    expect(draws(7).every((v) => v === 7)).toBe(true);
  });

  const points: [Dist, number][] = [
    [5, 5],
    [{ dist: 'uniform', min: 1, max: 3 }, 2],
    [{ dist: 'triangular', min: 1, mode: 1.5, max: 3 }, 1.5],
    [{ dist: 'pert', min: 1, mode: 2.5, max: 3 }, 2.5],
    [{ dist: 'normal', mean: 4, sd: 1 }, 4],
    [{ dist: 'normal', mean: 4, sd: 1, min: 0, max: 3 }, 3],
    [{ dist: 'lognormal', median: 300, gsd: 1.4 }, 300],
  ];
  it.each(points)('point value of %j is %d', (d, want) => {
    expect(pointValue(d)).toBe(want);
  });

  it('the same stream gives the same draws (reproducible)', () => {
    const d: Dist = { dist: 'pert', min: 0, mode: 1, max: 4 };
    expect(draws(d)).toEqual(draws(d));
    expect(draws(d, 4)).not.toEqual(draws(d, 5));
  });
});
