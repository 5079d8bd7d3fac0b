/** Densities for the distribution editor's plot, its words, and changing a form. */
import { describe, expect, it } from 'vitest';
import {
  densityPoints,
  describeDist,
  integrate,
  modeOf,
  quantile,
} from '../../app/editor/density.ts';
import { logGamma } from '../../model/numeric/pert.ts';
import {
  changeForm,
  formOf,
  pointOf,
  readDist,
  withResample,
} from '../../app/editor/dist-forms.ts';
import type { DistSpec } from '../../model/scenario/types.ts';

const FORMS: [string, DistSpec][] = [
  ['uniform', { dist: 'uniform', min: 0.72, max: 0.84 }],
  ['triangular', { dist: 'triangular', min: 1050, mode: 1200, max: 1300 }],
  ['triangular at its lowest', { dist: 'triangular', min: 0, mode: 0, max: 2 }],
  ['PERT', { dist: 'pert', min: 0.015, mode: 0.025, max: 0.045 }],
  ['PERT at its highest', { dist: 'pert', min: 0, mode: 1, max: 1 }],
  ['normal', { dist: 'normal', mean: 63, sd: 1 }],
  ['normal with bounds', { dist: 'normal', mean: 0.98, sd: 0.05, min: 0.9, max: 1 }],
  ['lognormal', { dist: 'lognormal', median: 300, gsd: 1.4 }],
  ['wide lognormal', { dist: 'lognormal', median: 40, gsd: 2.5 }],
];

describe('densityPoints', () => {
  it.each(FORMS)('%s integrates to 1', (_, d) => {
    const pts = densityPoints(d);
    expect(pts.length).toBeGreaterThan(3);
    expect(integrate(pts)).toBeCloseTo(1, 2);
    expect(pts.every((p) => p.y >= 0 && Number.isFinite(p.y))).toBe(true);
    for (let i = 1; i < pts.length; i++) expect(pts[i].x).toBeGreaterThanOrEqual(pts[i - 1].x);
  });

  it.each(FORMS.filter(([, d]) => d.dist !== 'uniform'))('%s peaks at its mode', (_, d) => {
    const pts = densityPoints(d);
    const top = pts.reduce((a, b) => (b.y > a.y ? b : a));
    expect(top.x).toBeCloseTo(modeOf(d)!, 10);
  });

  it('is flat for a uniform', () => {
    const ys = densityPoints(FORMS[0][1])
      .filter((p) => p.y > 0)
      .map((p) => p.y);
    expect(new Set(ys).size).toBe(1);
    expect(ys[0]).toBeCloseTo(1 / 0.12, 10);
  });

  it('knows the lognormal mode and the Beta function', () => {
    expect(modeOf({ dist: 'lognormal', median: 1, gsd: Math.E })).toBeCloseTo(Math.exp(-1), 12);
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 12);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 12);
  });

  it('has no density for a fixed value or a range of width 0', () => {
    expect(densityPoints(0.3)).toEqual([]);
    expect(densityPoints({ dist: 'uniform', min: 2, max: 2 })).toEqual([]);
  });

  it('puts 90 % of a normal between mean ± 1.645 sd', () => {
    const pts = densityPoints({ dist: 'normal', mean: 0, sd: 1 }, 801);
    expect(quantile(pts, 0.05)).toBeCloseTo(-1.645, 2);
    expect(quantile(pts, 0.95)).toBeCloseTo(1.645, 2);
  });
});

describe('describeDist', () => {
  it('words the range for a screen reader', () => {
    expect(describeDist({ dist: 'pert', min: 0.015, mode: 0.025, max: 0.045 })).toMatch(
      /^most likely 0\.025, 90 % between 0\.01\d+ and 0\.03\d+$/,
    );
    expect(describeDist({ dist: 'uniform', min: 1, max: 3 })).toBe(
      'any value from 1 to 3, all equally likely',
    );
    expect(describeDist({ dist: 'normal', mean: 63, sd: 1 })).toBe(
      'mean 63, 90 % between 61.4 and 64.6',
    );
    expect(describeDist(4)).toBe('always 4');
  });
});

describe('forms', () => {
  it('reads forms and complete distributions from the draft', () => {
    expect(formOf(0.02)).toBe('fixed');
    expect(formOf('1e')).toBe('fixed');
    expect(formOf({ dist: 'pert' })).toBe('pert');
    expect(formOf({ dist: 'weird' })).toBe('unknown');
    expect(readDist({ dist: 'pert', min: 1, mode: 0, max: 2 })).toBeUndefined();
    expect(readDist({ dist: 'normal', mean: 1, sd: 0 })).toBeUndefined();
    expect(readDist({ dist: 'normal', mean: 1, sd: 1, max: 3 })).toEqual({
      dist: 'normal',
      mean: 1,
      sd: 1,
      max: 3,
    });
    expect(pointOf({ dist: 'normal', mean: 5, sd: 1, max: 3 })).toBe(3);
  });

  it('keeps the point value and the bounds when the form changes', () => {
    const tri = changeForm(0.025, 'triangular');
    expect(tri).toEqual({ dist: 'triangular', min: 0.02, mode: 0.025, max: 0.03 });
    const pert = changeForm({ ...(tri as object), resample: 'yearly' }, 'pert');
    expect(pert).toEqual({ dist: 'pert', min: 0.02, mode: 0.025, max: 0.03, resample: 'yearly' });
    expect(changeForm(pert, 'normal')).toMatchObject({ dist: 'normal', mean: 0.025, sd: 0.0025 });
    expect(changeForm(pert, 'fixed')).toBe(0.025);
    expect(changeForm(0, 'uniform', 0.01)).toEqual({ dist: 'uniform', min: -0.01, max: 0.01 });
    expect(changeForm(-2, 'lognormal')).toMatchObject({ median: 1 });
  });

  it('switches between drawn once and every year', () => {
    const d = { dist: 'uniform', min: 0, max: 1 };
    expect(withResample(d, true)).toEqual({ ...d, resample: 'yearly' });
    expect(withResample({ ...d, resample: 'yearly' }, false)).toEqual(d);
    expect(withResample(3, true)).toBe(3);
  });
});
