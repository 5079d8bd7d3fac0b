/**
 * Axis labels never collide: the age pyramid's and the fan chart's tick labels, drawn at
 * widths 320–1920 px and label sizes from the planner's screen (13 px) to the workshop's
 * (32 px), for the built-in examples and every country's scenario, never overlap and never
 * run past the edge. Widths are a conservative estimate (app/charts/tick-labels.ts); the
 * browser test tests/e2e/chart-axes.test.ts measures the real ones.
 */
import { createElement } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { AgePyramid } from '../../app/charts/age-pyramid.tsx';
import { FanChart } from '../../app/charts/fan-chart.tsx';
import { GapChart } from '../../app/charts/gap-chart.tsx';
import { pyramidAxis } from '../../app/charts/pyramid-layout.ts';
import {
  boxesOverlap,
  collisions,
  labelBox,
  textWidth,
  withinWidth,
} from '../../app/charts/tick-labels.ts';
import { createFormats } from '../../app/format.ts';
import { POPULATION_DATASET_IDS, loadDataset } from '../../app/data/population/catalog.ts';
import { countryScenarioTemplate } from '../../app/scenario/country-template.ts';
import type { HwfResult } from '../../model/result/result.ts';
import { simulate } from '../../model/projection/simulate.ts';
import { formatIssue, parseScenario } from '../../model/scenario/parse.ts';
import { resolvePopulation } from '../../model/scenario/validate-population.ts';
import { EXAMPLES, exampleJson } from '../helpers/scenarios.ts';
import { en, renderMarkup } from '../helpers/markup.ts';
import { svgLabels, svgWidth } from '../helpers/svg-labels.ts';
import type * as ElementWidth from '../../app/charts/use-element-width.ts';

/** The size the mocked container reports. */
const size = { width: 720, fontSize: 13 };
vi.mock('../../app/charts/use-element-width.ts', async (original) => ({
  ...(await original<typeof ElementWidth>()),
  useElementWidth: () => ({ ref: () => {}, width: size.width, fontSize: size.fontSize }),
}));

/** For the 21 scenarios: the narrowest, common and widest widths; screen and workshop type. */
const SOME_WIDTHS = [320, 480, 720, 1366, 1920];
const SOME_FONT_SIZES = [13, 32];
/** Labels side by side keep at least this far apart, in pixels. */
const PAD = 2;
const fr = createFormats('fr-FR');
const de = createFormats('de-DE');

/** The labels of the chart's axes (and their overlaps) as drawn at `width` × `fontSize`. */
function axisLabels(
  element: () => ReturnType<typeof createElement>,
  width: number,
  fontSize: number,
) {
  size.width = width;
  size.fontSize = fontSize;
  const html = renderMarkup(element(), en);
  const labels = svgLabels(html, fontSize).filter((l) => l.classes.includes('hwf-axis'));
  return { labels, width: svgWidth(html) };
}

function expectApart(
  what: string,
  element: () => ReturnType<typeof createElement>,
  widths: readonly number[],
  fontSizes: readonly number[],
): void {
  for (const fontSize of fontSizes) {
    for (const width of widths) {
      const { labels, width: drawn } = axisLabels(element, width, fontSize);
      expect(labels.length, `${what} has labels`).toBeGreaterThan(2);
      const boxes = labels.map((l) => l.box);
      const clashes = collisions(boxes, PAD).map(
        ([i, j]) => `"${labels[i].text}" × "${labels[j].text}"`,
      );
      expect(clashes, `${what} at ${width} px, ${fontSize} px labels`).toEqual([]);
      const outside = labels.filter((l) => !withinWidth([l.box], drawn)).map((l) => l.text);
      expect(outside, `${what} at ${width} px, ${fontSize} px labels: cut by the edge`).toEqual([]);
    }
  }
}

describe('text width estimate', () => {
  it('grows with every character and with the font size', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.string({ minLength: 1 }),
        fc.integer({ min: 8, max: 40 }),
        (a, b, px) => {
          expect(textWidth(a + b, px)).toBeGreaterThan(textWidth(a, px));
          expect(textWidth(a + b, px + 1)).toBeGreaterThan(textWidth(a + b, px));
        },
      ),
    );
    // "15,000" at 13 px: six characters of at least 0.64 em (a wide sans-serif digit).
    expect(textWidth('15,000', 13)).toBeGreaterThanOrEqual(6 * 0.64 * 13);
  });
});

describe('pyramid axis layout', () => {
  it('never lets two value labels overlap or leave the chart, at any width and size', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 320, max: 1920 }),
        fc.integer({ min: 10, max: 32 }),
        fc.double({ min: 0.5, max: 5e6, noNaN: true }),
        fc.constantFrom(en, fr, de),
        (width, fontSize, most, f) => {
          const axis = pyramidAxis(width, fontSize, most, f.count);
          const boxes = axis.labels.map((l) => labelBox(l, fontSize));
          expect(collisions(boxes, fontSize * 0.5)).toEqual([]);
          expect(withinWidth(boxes, width)).toBe(true);
          // 0 is labelled once, at the centre; every other tick on both halves.
          expect(axis.labels.filter((l) => l.text === f.count(0))).toHaveLength(1);
          expect(axis.labels).toHaveLength(2 * axis.ticks.length - 1);
          // The largest bar fits in its half.
          expect(axis.side(most)).toBeLessThanOrEqual(axis.centre - axis.gap + 1e-9);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('keeps "15,000", "10,000" and "5,000" apart on the planner’s screen, as drawn', () => {
    const profile = {
      minAge: 20,
      maxAge: 24,
      baseYear: 2025,
      targetYear: 2045,
      runs: 1000,
      base: {
        female: [14_800, 9_000, 7_000, 3_000, 1_000],
        male: [12_000, 8_000, 5_000, 2_000, 500],
      },
      target: {
        female: [14_000, 9_500, 7_200, 3_100, 900],
        male: [11_000, 8_200, 5_100, 2_100, 400],
      },
    };
    const widths = Array.from({ length: 33 }, (_, i) => 320 + i * 50);
    expectApart(
      'pyramid up to 15,000',
      () => createElement(AgePyramid, { name: 'Nurses', profile }),
      widths,
      [13, 16],
    );
  });

  it('labels more than the 0 on a planner’s screen', () => {
    for (const width of [320, 640, 1366, 1920]) {
      expect(pyramidAxis(width, 13, 15_000, en.count).ticks.length).toBeGreaterThan(1);
    }
  });
});

/** Results of the examples and the 19 countries' scenarios, a few futures each. */
const results: { name: string; result: HwfResult }[] = [];

beforeAll(async () => {
  for (const name of EXAMPLES) {
    const parsed = parseScenario(exampleJson(name));
    if (!parsed.ok) throw new Error(parsed.errors.map(formatIssue).join('\n'));
    results.push({ name, result: simulate(parsed.scenario, { runs: 40 }) });
  }
  for (const id of POPULATION_DATASET_IDS) {
    const data = await loadDataset(id);
    const parsed = parseScenario(countryScenarioTemplate(id, data), { datasets: { [id]: data } });
    if (!parsed.ok) throw new Error(parsed.errors.map(formatIssue).join('\n'));
    const population = resolvePopulation(parsed.scenario.population, { [id]: data });
    results.push({ name: id, result: simulate(parsed.scenario, { runs: 40, population }) });
  }
}, 120_000);

describe('axes of every example and country', () => {
  it('holds 2 examples and 19 countries', () => {
    expect(results).toHaveLength(EXAMPLES.length + 19);
  });

  it('the age pyramid’s labels never collide', () => {
    for (const { name, result } of results) {
      for (const p of result.professions) {
        expectApart(
          `${name} ${p.name} pyramid`,
          () =>
            createElement(AgePyramid, {
              name: p.name,
              profile: p.ageProfile,
              totalRuns: result.runs,
            }),
          SOME_WIDTHS,
          SOME_FONT_SIZES,
        );
      }
    }
  });

  it('the fan chart’s labels never collide, in FTE and in headcount', () => {
    for (const { name, result } of results) {
      for (const p of result.professions) {
        for (const measure of ['fte', 'headcount'] as const) {
          expectApart(
            `${name} ${p.name} ${measure} fan`,
            () =>
              createElement(FanChart, {
                name: p.name,
                years: result.years,
                targetYear: result.targetYear,
                measure,
                supply: measure === 'fte' ? p.fte : p.headcount,
                demand: p.demand,
              }),
            SOME_WIDTHS,
            SOME_FONT_SIZES,
          );
        }
      }
    }
  });
});

describe('gap chart', () => {
  it('puts "surplus" and "shortage" beside the plot, where no band is drawn', () => {
    const { result } = results[1];
    const p = result.professions[0];
    for (const width of [320, 720, 1366]) {
      size.width = width;
      size.fontSize = 13;
      const html = renderMarkup(
        createElement(GapChart, {
          name: p.name,
          years: result.years,
          targetYear: result.targetYear,
          gap: p.gap,
          shortageProbability: p.shortageProbability,
        }),
        en,
      );
      const right = Number(
        html.match(/class="hwf-zero-line" data-zero="true" x1="[\d.]+" x2="([\d.]+)"/)?.[1],
      );
      const sides = svgLabels(html, 13).filter((l) => /surplus|shortage$/.test(l.text));
      expect(sides.map((l) => l.text)).toEqual(['↑ surplus', '↓ shortage']);
      for (const l of sides) {
        expect(l.box.left).toBeGreaterThan(right);
        expect(l.box.right).toBeLessThanOrEqual(svgWidth(html));
      }
    }
  });

  it('keeps the bars’ title clear of their 100 % tick and of a label over any full bar', () => {
    const { result } = results[1];
    const p = result.professions[0];
    size.width = 1366;
    size.fontSize = 13;
    // Every year a shortage: each bar reaches 100 %, and the label over the cursor's bar.
    const html = renderMarkup(
      createElement(GapChart, {
        name: p.name,
        years: result.years,
        targetYear: result.targetYear,
        gap: p.gap,
        shortageProbability: p.shortageProbability.map(() => 1),
      }),
      en,
    );
    const labels = svgLabels(html, 13);
    const title = labels.find((l) => l.text === 'Shortage probability')!;
    const hundred = labels.find((l) => l.text === '100%')!;
    const bar = /<rect class="hwf-bar" x="([\d.]+)" y="([\d.]+)" width="([\d.]+)"/.exec(html)!;
    const [x, top, w] = [Number(bar[1]), Number(bar[2]), Number(bar[3])];
    // The label the cursor puts over the first bar (4 px above it, as over any bar).
    const overFirst = labelBox(
      { text: '100%', x: x + w / 2, y: top - 4 - 0.32 * 13, anchor: 'middle' },
      13,
    );
    for (const other of [hundred.box, overFirst])
      expect(boxesOverlap(title.box, other)).toBe(false);
    expect(title.box.bottom).toBeLessThanOrEqual(top);
  });
});
