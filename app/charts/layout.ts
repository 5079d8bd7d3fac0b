/**
 * Sizes and domains: pure functions from data and the container's size to scales. Margins
 * follow the font size, so a larger presentation font keeps its labels inside the chart.
 */
import { scaleLinear } from 'd3';
import type { ScaleLinear } from 'd3';
import type { SeriesSummary } from '../../model/result/result.ts';

/** Space around the plotting area, in pixels. */
export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Margins for a chart with `fontSize` px labels; `right` in ems leaves room for end labels. */
export function chartMargins(fontSize: number, rightEms = 1.5, leftEms = 4.5): Margins {
  return {
    top: Math.round(fontSize * 2),
    right: Math.round(fontSize * rightEms),
    bottom: Math.round(fontSize * 2.5),
    left: Math.round(fontSize * leftEms),
  };
}

/** A chart height that suits its width: wide charts stay short enough for a laptop screen. */
/** How many value ticks a y axis of this height can carry legibly (one per four lines). */
export function yTickCount(height: number, fontSize: number): number {
  return Math.max(2, Math.round(height / (fontSize * 4)));
}

export function chartHeight(width: number, fontSize: number): number {
  return Math.round(Math.min(fontSize * 34, Math.max(fontSize * 18, width * 0.42)));
}

/** The x scale of a series of years, from the left to the right edge of the plot. */
export function yearScale(
  years: readonly number[],
  left: number,
  right: number,
): ScaleLinear<number, number> {
  const first = years[0] ?? 0;
  const last = years[years.length - 1] ?? first;
  return scaleLinear()
    .domain([first, last === first ? first + 1 : last])
    .range([left, right]);
}

function finiteValues(series: readonly SeriesSummary[]): number[] {
  const values: number[] = [];
  for (const s of series) {
    for (const key of ['p5', 'p95', 'mean'] as const) {
      for (const v of s[key]) if (Number.isFinite(v)) values.push(v);
    }
  }
  return values;
}

/** The domain of a level (FTE, headcount): from zero to the largest 95th percentile or mean. */
export function levelDomain(series: readonly SeriesSummary[]): [number, number] {
  const top = Math.max(0, ...finiteValues(series));
  return [0, top > 0 ? top : 1];
}

/** A domain centred on zero that holds every value. */
export function symmetricDomain(values: readonly number[]): [number, number] {
  let size = 0;
  for (const v of values) if (Number.isFinite(v)) size = Math.max(size, Math.abs(v));
  return size > 0 ? [-size, size] : [-1, 1];
}

/** The domain of a gap: centred on zero, holding every 5th and 95th percentile and mean. */
export function gapDomain(gap: SeriesSummary): [number, number] {
  return symmetricDomain(finiteValues([gap]));
}

/** A linear y scale over `domain`, rounded outward to nice ticks, bottom to top. */
export function valueScale(
  domain: [number, number],
  bottom: number,
  top: number,
): ScaleLinear<number, number> {
  return scaleLinear().domain(domain).nice().range([bottom, top]);
}

/** Steps between year ticks, in order of preference (2 is skipped: 5-year steps read better). */
const YEAR_STEPS = [1, 5, 10, 25, 50, 100];

/** Year ticks at multiples of a round step, at most `most` of them. */
export function yearTicks(first: number, last: number, most: number): number[] {
  const span = Math.max(0, last - first);
  const step =
    YEAR_STEPS.find((s) => Math.floor(span / s) + 1 <= Math.max(2, most)) ??
    YEAR_STEPS[YEAR_STEPS.length - 1];
  const ticks: number[] = [];
  for (let year = Math.ceil(first / step) * step; year <= last; year += step) ticks.push(year);
  // A short range between two multiples of the step: label its ends.
  if (ticks.length === 0) return span > 0 && most >= 2 ? [first, last] : [first];
  return ticks;
}
