/**
 * Sizes and domains: pure functions from data and the container's size to scales. Margins
 * follow the font size, so a larger presentation font keeps its labels inside the chart.
 */
import { scaleLinear } from 'd3';
import type { ScaleLinear } from 'd3';
import type { SeriesSummary } from '../../model/result/result.ts';
import { collisions, labelBox, LABEL_GAP_EM, textWidth } from './tick-labels.ts';
import type { PlacedLabel } from './tick-labels.ts';

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

/** How many value ticks a y axis of this height can carry legibly (one per four lines). */
export function yTickCount(height: number, fontSize: number): number {
  return Math.max(2, Math.round(height / (fontSize * 4)));
}

/** A chart height that suits its width: wide charts stay short enough for a laptop screen. */
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

/** Gap between an axis and its labels, in pixels. */
export const TICK_PAD = 6;

/** How far below the x axis its labels' lines start: far enough that the lowest value
 *  label of the y axis (centred on the axis line) never touches the first year. */
export function xLabelOffset(fontSize: number): number {
  return Math.round(fontSize * 0.81 + 2);
}

/** The baseline of the unit above a y axis whose plot starts at `top`: clear of the top
 *  value label, which is centred on the top line. */
export function unitLabelBaseline(top: number, fontSize: number): number {
  return Math.round(top - fontSize * 0.88 - 2);
}

/** The value labels of a y axis as drawn by YAxis: right-aligned left of the plot. */
export function yTickLabels(
  scale: ScaleLinear<number, number>,
  left: number,
  ticks: number,
  format: (value: number) => string,
): PlacedLabel[] {
  return scale
    .ticks(ticks)
    .map((value) => ({ text: format(value), x: left - TICK_PAD, y: scale(value), anchor: 'end' }));
}

/** The year labels of an x axis as drawn by XAxis: centred under their ticks, at most
 *  `most` of them, fewer when their labels would come closer than half an em. */
export function xTickLabels(
  scale: ScaleLinear<number, number>,
  y: number,
  format: (year: number) => string,
  most: number,
  fontSize: number,
): PlacedLabel[] {
  const [first, last] = scale.domain();
  // The line hangs from the offset (dy 0.71em): its middle is 0.39 em lower.
  const middle = y + xLabelOffset(fontSize) + fontSize * 0.39;
  const place = (years: readonly number[]): PlacedLabel[] =>
    years.map((year) => ({ text: format(year), x: scale(year), y: middle, anchor: 'middle' }));
  for (let count = Math.max(2, most); count >= 2; count--) {
    const labels = place(yearTicks(Math.ceil(first), Math.floor(last), count));
    const boxes = labels.map((l) => labelBox(l, fontSize));
    if (collisions(boxes, fontSize * LABEL_GAP_EM).length === 0) return labels;
  }
  // Too narrow for two years apart: the first alone.
  return place(yearTicks(Math.ceil(first), Math.floor(last), 2).slice(0, 1));
}

/** How many year ticks an x axis `width` pixels wide carries: about one per six ems. */
export function xTickCount(width: number, fontSize: number): number {
  return Math.max(2, Math.round(width / (fontSize * 6)));
}

/**
 * A left margin wide enough for the y axis labels of `scale` (at `ticks` ticks): at least
 * `ems` ems, more when a label is wider.
 */
export function leftMarginFor(
  scale: ScaleLinear<number, number>,
  ticks: number,
  format: (value: number) => string,
  fontSize: number,
  ems = 4.5,
): number {
  const widest = Math.max(0, ...scale.ticks(ticks).map((v) => textWidth(format(v), fontSize)));
  return Math.round(Math.max(fontSize * ems, widest + TICK_PAD + 4));
}

/** The frame of a fan chart: margins, scales and the labels of both axes. */
export interface FanFrame {
  m: Margins;
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  yTicks: number;
  xTicks: number;
  labels: PlacedLabel[];
}

/** Margins, scales and axis labels of a fan chart of `series` (pure, for the component and
 *  the collision tests alike). */
export function fanFrame(
  years: readonly number[],
  series: readonly SeriesSummary[],
  width: number,
  height: number,
  fontSize: number,
  formats: { count: (v: number) => string; year: (y: number) => string },
  endLabels: readonly string[] = [],
): FanFrame {
  // Room on the right for the labels at the lines' ends ("Supply", "Demand", in any
  // language), and at least 5 ems.
  const widest = Math.max(0, ...endLabels.map((l) => textWidth(l, fontSize)));
  const base = chartMargins(fontSize, 5);
  base.right = Math.max(base.right, Math.round(widest + fontSize));
  const yTicks = yTickCount(height, fontSize);
  const domain = levelDomain(series);
  const probe = valueScale(domain, height - base.bottom, base.top);
  const m = { ...base, left: leftMarginFor(probe, yTicks, formats.count, fontSize) };
  const x = yearScale(years, m.left, width - m.right);
  const y = valueScale(domain, height - m.bottom, m.top);
  const xTicks = xTickCount(width, fontSize);
  const labels = [
    ...yTickLabels(y, m.left, yTicks, formats.count),
    ...xTickLabels(x, height - m.bottom, formats.year, xTicks, fontSize),
  ];
  return { m, x, y, yTicks, xTicks, labels };
}
