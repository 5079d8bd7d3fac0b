import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { FanChart } from '../../app/charts/fan-chart.tsx';
import type { FanChartProps } from '../../app/charts/fan-chart.tsx';
import { FanTable } from '../../app/charts/fan-table.tsx';
import { GapChart } from '../../app/charts/gap-chart.tsx';
import type { GapChartProps } from '../../app/charts/gap-chart.tsx';
import { GapTable } from '../../app/charts/gap-table.tsx';
import type { SeriesSummary } from '../../model/result/result.ts';
import {
  bodyRows as rows,
  en,
  imageLabel,
  renderEnglish as render,
  textOf as text,
} from '../helpers/markup.ts';

const YEARS = [2025, 2026, 2027, 2028];
const STATS = ['p5', 'p10', 'p25', 'p50', 'p75', 'p90', 'p95', 'mean'] as const;

/** Distinct values: base + 100·statistic + year index (p5 < p10 < … < p95). */
function series(base: number): SeriesSummary {
  return Object.fromEntries(
    STATS.map((s, k) => [s, YEARS.map((_, i) => base + 100 * k + i * 7.3)]),
  ) as SeriesSummary;
}

const fan: FanChartProps = {
  name: 'Nurses',
  years: YEARS,
  targetYear: 2027,
  measure: 'fte',
  supply: series(15000),
  demand: series(16000),
};

describe('fan chart', () => {
  it('is an image with a label that summarises the target year', () => {
    const html = render(createElement(FanChart, fan));
    const label = imageLabel(html) ?? '';
    expect(label).toContain('Supply and demand of Nurses (FTE), 2025–2028');
    expect(label).toContain(`supply median ${en.count(fan.supply.p50[2])} FTE`);
    expect(label).toContain(en.interval(fan.demand.p5[2], fan.demand.p95[2]));
  });

  it('is focusable and reads the cursor year aloud, starting at the target year', () => {
    const html = render(createElement(FanChart, fan));
    expect(html).toMatch(/<svg[^>]*tabindex="0"/);
    const readout = html.match(
      /<p class="hwf-readout"[^>]*aria-live="polite"[^>]*>(.*?)<\/p>/,
    )?.[1];
    expect(text(readout ?? '')).toContain('In 2027 (the target year): supply median 15,310 FTE');
  });

  it('follows a year set by its parent', () => {
    const html = render(createElement(FanChart, { ...fan, year: 2025 }));
    expect(text(html)).toContain('In 2025: supply median 15,300 FTE (90%: 15,000–15,600)');
  });

  it('marks the target year and names the bands in words', () => {
    const html = render(createElement(FanChart, fan));
    expect(html).toContain('class="hwf-target"');
    expect(text(html)).toContain('9 in 10 futures fall in the light band');
  });

  it('draws demand only in FTE and says why with headcount', () => {
    const fte = render(createElement(FanChart, fan));
    const heads = render(createElement(FanChart, { ...fan, measure: 'headcount' }));
    expect(fte).toContain('data-series="demand"');
    expect(heads).not.toContain('data-series="demand"');
    expect(text(heads)).toContain('Demand is counted in FTE only');
    expect(heads).toMatch(/aria-label="Supply of Nurses \(Headcount\)/);
  });

  it('has a table with exactly the numbers drawn', () => {
    const table = rows(render(createElement(FanTable, fan)));
    expect(table).toHaveLength(YEARS.length);
    YEARS.forEach((year, i) => {
      const cells = table[i];
      expect(cells[0]).toBe(year === 2027 ? '2027 (target)' : String(year));
      const expected = (s: SeriesSummary) => [
        en.count(s.p50[i]),
        en.interval(s.p25[i], s.p75[i]),
        en.interval(s.p10[i], s.p90[i]),
        en.interval(s.p5[i], s.p95[i]),
      ];
      expect(cells.slice(1)).toEqual([...expected(fan.supply), ...expected(fan.demand)]);
    });
  });

  it('leaves demand out of the headcount table', () => {
    const table = rows(render(createElement(FanTable, { ...fan, measure: 'headcount' })));
    expect(table[0]).toHaveLength(5);
  });
});

const gap: GapChartProps = {
  name: 'Nurses',
  years: YEARS,
  targetYear: 2027,
  gap: series(-900),
  shortageProbability: [1, 0.78, 0.004, 0],
};

describe('gap chart', () => {
  it('draws a zero line inside the plot, with room above and below', () => {
    const html = render(createElement(GapChart, { ...gap, height: 400 }));
    const zero = html.match(/<line class="hwf-zero-line" data-zero="true"[^>]*y1="([-\d.]+)"/);
    expect(zero).not.toBeNull();
    const gridYs = [
      ...html.matchAll(/<g transform="translate\(0,([-\d.]+)\)"><line class="hwf-grid"/g),
    ];
    const ys = gridYs.map((m) => Number(m[1]));
    const y0 = Number(zero?.[1]);
    expect(Math.min(...ys)).toBeLessThan(y0);
    expect(Math.max(...ys)).toBeGreaterThan(y0);
  });

  it('is an image with a label naming the shortage probability', () => {
    const html = render(createElement(GapChart, gap));
    const label = imageLabel(html) ?? '';
    expect(label).toContain('Gap between supply and demand of Nurses');
    expect(text(label)).toContain('a shortage is < 1% likely');
  });

  it('draws one probability bar per year, in proportion', () => {
    const html = render(createElement(GapChart, { ...gap, height: 400 }));
    const heights = [...html.matchAll(/<rect class="hwf-bar"[^>]*height="([\d.]+)"/g)].map((m) =>
      Number(m[1]),
    );
    expect(heights).toHaveLength(4);
    expect(heights[1] / heights[0]).toBeCloseTo(0.78, 6);
    expect(heights[3]).toBe(0);
  });

  it('has a table with the signed gap numbers and the shortage probability', () => {
    const table = rows(render(createElement(GapTable, gap)));
    YEARS.forEach((_, i) => {
      const s = gap.gap;
      expect(table[i].slice(1)).toEqual([
        en.signed(s.p50[i]),
        en.interval(s.p25[i], s.p75[i], true),
        en.interval(s.p10[i], s.p90[i], true),
        en.interval(s.p5[i], s.p95[i], true),
        en.percent(gap.shortageProbability[i]),
      ]);
    });
    expect(table.map((row) => row[5])).toEqual(['100%', '78%', '< 1%', '0%']);
  });
});
