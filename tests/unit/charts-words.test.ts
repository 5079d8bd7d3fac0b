/**
 * Words on the charts that cannot mislead: drivers within chance are not drawn, tornado
 * labels are never cut in a number and fit their column, the pyramid says which futures its
 * median is of, and an interval of a fixed input is one number.
 */
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AgePyramid, medianOfWords } from '../../app/charts/age-pyramid.tsx';
import { FanChart } from '../../app/charts/fan-chart.tsx';
import { FanTable } from '../../app/charts/fan-table.tsx';
import { detectableBound, rankSensitivity } from '../../app/charts/sensitivity.ts';
import { textWidth } from '../../app/charts/tick-labels.ts';
import {
  keepNumbersWhole,
  LABEL_LINES,
  Tornado,
  tornadoLabels,
  wrapToFit,
} from '../../app/charts/tornado.tsx';
import { TornadoTable } from '../../app/charts/tornado-table.tsx';
import type { AgeProfile, SensitivityEntry, SeriesSummary } from '../../model/result/result.ts';
import {
  cells,
  en,
  imageLabel,
  renderEnglish as render,
  textOf as text,
} from '../helpers/markup.ts';

describe('drivers within chance', () => {
  const entries: SensitivityEntry[] = [
    { input: 'a', rankCorrelation: 0.6 },
    { input: 'b', rankCorrelation: -0.2 },
    { input: 'c', rankCorrelation: 0.03 },
    { input: 'd', rankCorrelation: -0.01 },
    { input: 'e', rankCorrelation: 0.043 },
  ];
  const base = { name: 'Nurses', targetYear: 2040, entries, runs: 2000 };

  it('uses the 95 % bound of a correlation of unrelated inputs, 1.96 / √(n − 1)', () => {
    expect(detectableBound(2000)).toBeCloseTo(1.96 / Math.sqrt(1999), 12);
    expect(detectableBound(2000)).toBeCloseTo(0.0438, 4);
    expect(detectableBound(undefined)).toBe(0);
    expect(detectableBound(1)).toBe(Infinity);
  });

  it('drops exactly the inputs below the bound and counts them', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            input: fc.string(),
            rankCorrelation: fc.double({ min: -1, max: 1, noNaN: true }),
          }),
        ),
        fc.integer({ min: 2, max: 100_000 }),
        fc.integer({ min: 0, max: 12 }),
        (list, runs, top) => {
          const bound = detectableBound(runs);
          const { shown, more, undetectable } = rankSensitivity(list, top, runs);
          for (const e of shown) expect(Math.abs(e.rankCorrelation)).toBeGreaterThanOrEqual(bound);
          expect(undetectable).toBe(list.filter((e) => Math.abs(e.rankCorrelation) < bound).length);
          expect(shown.length + more + undetectable).toBe(list.length);
        },
      ),
    );
  });

  it('says how many inputs had no detectable effect, in the chart and its table', () => {
    const chart = render(createElement(Tornado, base));
    expect([...chart.matchAll(/data-input="(\w)"/g)].map((m) => m[1])).toEqual(['a', 'b']);
    expect(text(chart)).toContain('3 inputs had no detectable effect at 2,000 futures');
    expect(imageLabel(chart)).toContain('3 inputs had no detectable effect at 2,000 futures');
    const table = render(createElement(TornadoTable, base));
    expect(cells(table).slice(3, 9)).toEqual([
      'a',
      '+0.60',
      'higher value, less shortage',
      'b',
      '−0.20',
      'higher value, more shortage',
    ]);
    expect(text(table)).toContain(
      '3 inputs had no detectable effect at 2,000 futures: their rank correlations are within ±0.04, which chance alone can give, so they are not shown.',
    );
  });

  it('says so when no input has a detectable effect', () => {
    const html = render(createElement(Tornado, { ...base, entries: entries.slice(2) }));
    expect(html).not.toContain('<svg');
    expect(text(html)).toContain(
      'No input has a detectable effect on the 2040 gap: 3 inputs had no detectable effect at 2,000 futures.',
    );
  });
});

describe('tornado labels', () => {
  it('never break inside a number', () => {
    expect(keepNumbersWhole('Target per 1 000 people')).toBe('Target per 1\u00a0000 people');
    expect(keepNumbersWhole('from 12 500 to 1 250 000')).toBe(
      'from 12\u00a0500 to 1\u00a0250\u00a0000',
    );
    expect(keepNumbersWhole('in 2030 1 person')).toBe('in 2030 1 person');
    for (let chars = 4; chars < 30; chars++) {
      const lines = wrapToFit(
        keepNumbersWhole('Doctors › Demand: target per 1 000 people'),
        (l) => l.length <= chars,
        3,
      );
      for (const line of lines) expect(line).not.toMatch(/(^| )000/);
    }
  });

  it('fit their column at any width, whole when three lines hold them', () => {
    const words = fc.stringMatching(/^[A-Za-zé›:→]{1,16}$/);
    fc.assert(
      fc.property(
        fc.array(fc.array(words, { minLength: 1, maxLength: 10 }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 320, max: 1920 }),
        fc.constantFrom(13, 16, 24),
        (labels, width, fontSize) => {
          const texts = labels.map((w) => w.join(' '));
          const { lines, column } = tornadoLabels(texts, width, fontSize);
          expect(column).toBeLessThanOrEqual(width / 2);
          lines.forEach((drawn, i) => {
            expect(drawn.length).toBeLessThanOrEqual(LABEL_LINES);
            for (const line of drawn)
              expect(textWidth(line, fontSize)).toBeLessThanOrEqual(column + 1e-9);
            if (!drawn.join(' ').includes('…')) expect(drawn.join(' ')).toBe(texts[i]);
          });
        },
      ),
    );
  });

  it('show the task-shifting label whole at the width of a results column', () => {
    const label = 'Task shifting General practitioners → Nurses: share of tasks moved';
    const entries = [{ input: 'substitution[0].share', rankCorrelation: -0.5 }];
    const html = render(
      createElement(Tornado, { name: 'Nurses', targetYear: 2040, entries, labelFor: () => label }),
    );
    const drawn = [...html.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]).join(' ');
    expect(drawn).toBe(label);
    expect(html).toContain(`<title>${label}</title>`);
  });
});

describe('the pyramid says which futures its median is of', () => {
  const profile: AgeProfile = {
    minAge: 20,
    maxAge: 21,
    baseYear: 2025,
    targetYear: 2040,
    runs: 1000,
    base: { female: [10, 20], male: [5, 6] },
    target: { female: [11, 21], male: [6, 7] },
  };

  it('names the first 1 000 of 2 000 futures', () => {
    expect(medianOfWords(1000, 2000, en)).toBe('the median of the first 1,000 of 2,000 futures');
    expect(medianOfWords(500, 500, en)).toBe('the median of 500 futures');
    expect(medianOfWords(1, 1, en)).toBe('its only future');
    const html = render(createElement(AgePyramid, { name: 'Nurses', profile, totalRuns: 2000 }));
    expect(text(html)).toContain('Bars: 2040, the median of the first 1,000 of 2,000 futures.');
  });
});

describe('intervals of a fixed input', () => {
  const years = [2025, 2026];
  const fixed = (v: number): SeriesSummary =>
    Object.fromEntries(
      ['p5', 'p10', 'p25', 'p50', 'p75', 'p90', 'p95', 'mean'].map((k) => [k, years.map(() => v)]),
    ) as SeriesSummary;
  const fan = {
    name: 'Nurses',
    years,
    targetYear: 2026,
    measure: 'fte' as const,
    supply: fixed(3340),
    demand: fixed(3340.4),
  };

  it('print one number in the table and the readout, never "3,340–3,340"', () => {
    const table = render(createElement(FanTable, fan));
    expect(text(table)).not.toContain('3,340–3,340');
    expect(cells(table)).toContain('3,340');
    const chart = render(createElement(FanChart, fan));
    expect(text(chart) + (imageLabel(chart) ?? '')).not.toContain('3,340–3,340');
  });
});
