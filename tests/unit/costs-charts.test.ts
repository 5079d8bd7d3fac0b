/**
 * The cost charts, their tables, the costs in the results and in the report, from a real
 * result of the built-in example with costs: the base year left out, the kinds stacked from
 * their means up to the mean total, the 90 % and 50 % bands of the total, labels apart at
 * every size, the table listing exactly what is drawn, and the report's present values and
 * years.
 */
import { readFileSync } from 'node:fs';
import { createElement } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { CostChart } from '../../app/charts/cost-chart.tsx';
import {
  costFrame,
  costRows,
  costSeries,
  costUnit,
  stackLayers,
  COST_KINDS,
} from '../../app/charts/cost-layout.ts';
import { CostTable } from '../../app/charts/cost-table.tsx';
import { createMoney } from '../../app/charts/money.ts';
import { collisions, labelBox } from '../../app/charts/tick-labels.ts';
import { ReportCostsPart } from '../../app/report/report-costs-part.tsx';
import { reportCosts, reportCostYears } from '../../app/report/report-costs.ts';
import { CostResults } from '../../app/results/cost-results.tsx';
import { simulate } from '../../model/projection/simulate.ts';
import type { HwfResult } from '../../model/result/result.ts';
import { parseScenario } from '../../model/scenario/parse.ts';
import { bodyRows, en, imageLabel, renderEnglish, textOf } from '../helpers/markup.ts';

let result: HwfResult;
let point: HwfResult;
const money = createMoney('en-GB', 'EUR');

beforeAll(() => {
  const doc = JSON.parse(
    readFileSync(
      new URL('../../app/data/examples/exampleland-costs.json', import.meta.url),
      'utf8',
    ),
  ) as object;
  const parsed = parseScenario(doc);
  if (!parsed.ok) throw new Error('the example with costs does not parse');
  result = simulate(parsed.scenario, { runs: 80 });
  point = simulate(parsed.scenario, { deterministic: true });
}, 60_000);

const props = (r: HwfResult, which: 'nurse' | 'total' = 'total') => ({
  name: which === 'total' ? 'all professions' : 'Nurses',
  years: r.years,
  targetYear: r.targetYear,
  cost: which === 'total' ? r.cost! : r.professions[0].cost!,
  money,
});

describe('the cost series', () => {
  it('leaves out the observed base year', () => {
    const s = costSeries(result.years, result.cost!);
    expect(s.years).toEqual(result.years.slice(1));
    expect(s.total.p50).toHaveLength(result.years.length - 1);
    expect(s.total.p50.every((v) => v > 0)).toBe(true);
  });

  it('stacks the kinds’ means up to the mean total', () => {
    const s = costSeries(result.years, result.cost!);
    const layers = stackLayers(s);
    expect(layers.map((l) => l.key)).toEqual(COST_KINDS.map((k) => k.key));
    const top = layers[layers.length - 1].high;
    top.forEach((v, i) => expect(v).toBeCloseTo(s.total.mean[i], -1));
    layers.forEach((l, k) =>
      l.low.forEach((v, i) => expect(v).toBe(k === 0 ? 0 : layers[k - 1].high[i])),
    );
  });
});

describe('the cost chart’s frame', () => {
  const widths = [320, 440, 720, 1200];
  const fonts = [13, 16, 24];

  it('draws four layers, the 90 % and 50 % bands, and room for every value', () => {
    const s = costSeries(result.years, result.cost!);
    const g = costFrame(s, 720, 400, 13, en, money);
    expect(g.layers).toHaveLength(4);
    expect(g.bands.map((b) => b.interval.share)).toEqual([90, 50]);
    const [low, high] = g.y.domain();
    expect(low).toBe(0);
    expect(high).toBeGreaterThanOrEqual(Math.max(...s.total.p95));
    expect(money.unitLabel(g.unit)).toBe('EUR million');
  });

  it('keeps its labels apart and inside the chart, at every size', () => {
    for (const cost of [result.cost!, result.professions[1].cost!]) {
      const s = costSeries(result.years, cost);
      for (const width of widths) {
        for (const font of fonts) {
          const height = 400;
          const g = costFrame(s, width, height, font, en, money);
          const boxes = g.labels.map((l) => labelBox(l, font));
          expect(collisions(boxes, 0), `${width} px, ${font} px`).toEqual([]);
          for (const b of boxes) {
            expect(b.left, `${width}/${font}`).toBeGreaterThanOrEqual(0);
            expect(b.right, `${width}/${font}`).toBeLessThanOrEqual(width + 1);
          }
        }
      }
    }
  });

  it('names the layers thick enough at their right end, and the total', () => {
    const s = costSeries(result.years, result.cost!);
    const g = costFrame(s, 720, 400, 13, en, money);
    const names = g.endLabels.map((l) => l.text);
    expect(names).toContain('Total');
    expect(names).toContain('Salaries');
    expect(names).not.toContain('Recruitment');
  });
});

describe('the cost chart and its table', () => {
  it('is an image whose label gives the target year’s total with its interval', () => {
    const html = renderEnglish(createElement(CostChart, props(result)));
    const label = imageLabel(html) ?? '';
    expect(label).toMatch(/^Costs of all professions per year \(EUR\), 2026–2045\./);
    expect(label).toMatch(/In 2040 \(the target year\): total EUR [\d.]+ billion \(90%: /);
    expect(html).toContain('data-interval="90"');
    expect(html).toContain('data-interval="50"');
    expect(html).not.toContain('data-interval="80"');
    expect(textOf(html)).toContain('each kind’s average (mean) cost, stacked');
    expect(textOf(html)).toContain('EUR million a year');
  });

  it('draws no bands for one run at the point values, and says so', () => {
    const html = renderEnglish(createElement(CostChart, props(point)));
    expect(html).not.toContain('data-interval');
    expect(textOf(html)).toContain('One run at the point values');
  });

  it('lists exactly the drawn numbers, one row per year with costs', () => {
    const html = renderEnglish(createElement(CostTable, props(result, 'nurse')));
    const rows = bodyRows(html);
    expect(rows).toHaveLength(result.years.length - 1);
    const s = costSeries(result.years, result.professions[0].cost!);
    const unit = costUnit(s);
    const expected = costRows(s, result.targetYear, money, unit);
    rows.forEach((row, i) => {
      const r = expected[i];
      expect(row).toEqual([
        `${r.year}${r.target ? ' (target)' : ''}`,
        ...COST_KINDS.map((k) => r.kinds[k.key]),
        r.mean,
        r.median,
        r.intervals[50],
        r.intervals[90],
      ]);
    });
    // The top of the stack is the mean total.
    expect(rows[0][5]).toBe(money.inUnit(s.total.mean[0], unit, 1, true));
    expect(textOf(html)).toContain('Mean by kind (EUR million)');
    expect(rows[0][7]).toMatch(/^[\d,.]+–[\d,.]+$/);
  });
});

describe('the costs in the results', () => {
  it('gives the present values first, then the profession’s and the total’s charts', () => {
    const html = renderEnglish(
      createElement(CostResults, { result, profession: result.professions[0] }),
    );
    const text = textOf(html);
    expect(text).toMatch(
      /Nurses: Present value 2026–2045 at 3% a year: EUR [\d.]+ billion \(90%: [\d.]+–[\d.]+ billion\)\./,
    );
    expect(text).toMatch(/All professions: Present value 2026–2045 at 3% a year: EUR/);
    expect(text).toContain('Costs per year: Nurses');
    expect(text).toContain('Costs per year: all professions');
  });

  it('follows a chosen region, and says the total is the nation’s', () => {
    const html = renderEnglish(
      createElement(CostResults, {
        result,
        profession: result.professions[0],
        region: { id: 'north', name: 'North' },
      }),
    );
    const text = textOf(html);
    expect(text).toContain('Costs per year: Nurses in North');
    expect(text).toContain('Costs per year: all professions, national');
    expect(text).toContain('The total of all professions is the nation’s');
  });

  it('shows nothing for a result without costs', () => {
    const bare = { ...result, cost: undefined };
    expect(
      renderEnglish(
        createElement(CostResults, { result: bare, profession: result.professions[0] }),
      ),
    ).toBe('');
  });
});

describe('the costs in the report', () => {
  it('lists every fifth year, the target year and the last', () => {
    const years = Array.from({ length: 21 }, (_, i) => 2025 + i);
    expect(reportCostYears(years, 2040)).toEqual([2030, 2035, 2040, 2045]);
    expect(reportCostYears(years, 2038)).toEqual([2030, 2035, 2038, 2040, 2045]);
    expect(reportCostYears([2025, 2026, 2027], 2027)).toEqual([2027]);
  });

  it('gives the present value per profession and in total, and the yearly total', () => {
    const c = reportCosts(result, en)!;
    expect(c.presentValues.map((r) => r.name)).toEqual([
      'Nurses',
      'General practitioners',
      'All professions',
    ]);
    expect(c.pvUnit).toBe('EUR billion');
    expect(c.presentValues[2].interval).toMatch(/^[\d.]+–[\d.]+$/);
    expect(c.years.map((r) => r.year)).toEqual([2030, 2035, 2040, 2045]);
    expect(c.intro).toMatch(/^Present value of the costs 2026–2045, at 3% a year, in EUR billion/);
    const html = renderEnglish(createElement(ReportCostsPart, { result }));
    expect(textOf(html)).toContain('2040 (target)');
    expect(reportCosts({ ...result, cost: undefined }, en)).toBeNull();
  });
});
