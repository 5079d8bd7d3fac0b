import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FanChart } from '../../app/charts/fan-chart.tsx';
import { scaleBands, scaleMedian } from '../../app/charts/bands.ts';
import { gapDomain, levelDomain, valueScale, yearScale } from '../../app/charts/layout.ts';
import type { SeriesSummary } from '../../model/result/result.ts';
import { renderEnglish } from '../helpers/markup.ts';

const KEYS = ['p5', 'p10', 'p25', 'p50', 'p75', 'p90', 'p95'] as const;

/** Counts with one decimal, spread evenly (fc.double would mostly give tiny numbers). */
const value = fc.integer({ min: 0, max: 2_000_000 }).map((v) => v / 10);

/** Seven sorted non-negative values per year: a valid summary. */
const summaryArb = (years: number) =>
  fc
    .array(fc.array(value, { minLength: 8, maxLength: 8 }), {
      minLength: years,
      maxLength: years,
    })
    .map((perYear) => {
      const sorted = perYear.map((values) => [...values].sort((a, b) => a - b));
      const summary = Object.fromEntries(
        KEYS.map((key, k) => [key, sorted.map((values) => values[k])]),
      ) as Record<(typeof KEYS)[number], number[]>;
      const mean = sorted.map((values) => values[7]);
      const result: SeriesSummary = { ...summary, mean };
      return result;
    });

/** The (x, y) pairs of a path made of M/L commands. */
function points(d: string): [number, number][] {
  const numbers = d.match(/-?\d+(\.\d+)?(e-?\d+)?/g)?.map(Number) ?? [];
  const pairs: [number, number][] = [];
  for (let i = 0; i + 1 < numbers.length; i += 2) pairs.push([numbers[i], numbers[i + 1]]);
  return pairs;
}

describe('bands in pixel space', () => {
  it('nest: the 90 % band holds the 80 % band, which holds the 50 % band and the median', () => {
    fc.assert(
      fc.property(summaryArb(6), (summary) => {
        const years = [2025, 2026, 2027, 2028, 2029, 2030];
        const x = yearScale(years, 50, 650);
        const y = valueScale(levelDomain([summary]), 350, 20);
        const [outer, middle, inner] = scaleBands(summary, years, x, y);
        const median = scaleMedian(summary, years, x, y);
        expect([outer, middle, inner].map((b) => b.interval.share)).toEqual([90, 80, 50]);
        years.forEach((_, i) => {
          // Screen y grows downwards: a wider band's low edge is lower (larger y).
          expect(outer.low[i]).toBeGreaterThanOrEqual(middle.low[i]);
          expect(middle.low[i]).toBeGreaterThanOrEqual(inner.low[i]);
          expect(inner.low[i]).toBeGreaterThanOrEqual(median.y[i]);
          expect(median.y[i]).toBeGreaterThanOrEqual(inner.high[i]);
          expect(inner.high[i]).toBeGreaterThanOrEqual(middle.high[i]);
          expect(middle.high[i]).toBeGreaterThanOrEqual(outer.high[i]);
          // And all of it inside the plot.
          expect(outer.low[i]).toBeLessThanOrEqual(350);
          expect(outer.high[i]).toBeGreaterThanOrEqual(20);
        });
      }),
    );
  });

  it('nest in the rendered fan chart: the p5–p95 path contains the p25–p75 path', () => {
    fc.assert(
      fc.property(summaryArb(4), summaryArb(4), (supply, demand) => {
        const html = renderEnglish(
          createElement(FanChart, {
            name: 'Nurses',
            years: [2025, 2026, 2027, 2028],
            targetYear: 2027,
            measure: 'fte',
            supply,
            demand,
          }),
        );
        const band = (series: string, share: number) => {
          const group = html.split(`data-series="${series}" data-part="bands"`)[1];
          const d = group.match(new RegExp(`data-interval="${share}" d="([^"]*)"`))?.[1];
          expect(d).toBeDefined();
          return points(d ?? '');
        };
        for (const series of ['supply', 'demand']) {
          const outer = band(series, 90);
          const inner = band(series, 50);
          expect(outer).toHaveLength(8);
          // d3.area: the high edge forwards, then the low edge backwards.
          for (let i = 0; i < 4; i++) {
            expect(outer[i][0]).toBeCloseTo(inner[i][0], 6);
            expect(outer[i][1]).toBeLessThanOrEqual(inner[i][1] + 1e-9);
            expect(outer[4 + i][1]).toBeGreaterThanOrEqual(inner[4 + i][1] - 1e-9);
          }
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe('domains', () => {
  it('levels start at zero', () => {
    fc.assert(
      fc.property(summaryArb(3), (summary) => {
        const [low, high] = levelDomain([summary]);
        expect(low).toBe(0);
        expect(high).toBeGreaterThanOrEqual(Math.max(...summary.p95, ...summary.mean));
      }),
    );
  });

  it('gaps are centred on zero and hold every value', () => {
    fc.assert(
      fc.property(summaryArb(3), fc.integer({ min: -300_000, max: 0 }), (s, shift) => {
        const gap = Object.fromEntries(
          Object.entries(s).map(([k, v]) => [k, v.map((value) => value + shift)]),
        ) as SeriesSummary;
        const [low, high] = gapDomain(gap);
        expect(low).toBe(-high);
        for (const v of [...gap.p5, ...gap.p95]) {
          expect(v).toBeGreaterThanOrEqual(low);
          expect(v).toBeLessThanOrEqual(high);
        }
      }),
    );
  });

  it('the rendered fan chart has a y tick at zero on its bottom edge', () => {
    const flat = (v: number) =>
      Object.fromEntries([...KEYS, 'mean'].map((k) => [k, [v, v + 10]])) as SeriesSummary;
    const html = renderEnglish(
      createElement(FanChart, {
        name: 'Nurses',
        years: [2025, 2026],
        targetYear: 2026,
        measure: 'fte',
        supply: flat(15000),
        demand: flat(16000),
        height: 300,
      }),
    );
    expect(html).toMatch(
      /<g transform="translate\(0,[\d.]+\)"><line class="hwf-zero-line"[^>]*data-value="0"/,
    );
    const zeroY = Number(html.match(/translate\(0,([\d.]+)\)"><line class="hwf-zero-line"/)?.[1]);
    const bottomY = Number(html.match(/class="hwf-axis-line"[^>]*y1="([\d.]+)"/)?.[1]);
    expect(zeroY).toBeCloseTo(bottomY, 6);
  });
});
