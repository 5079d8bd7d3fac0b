/**
 * Nested central intervals of a series summary (90, 80 and 50 %) and its median, scaled to
 * pixels before any mark sees them: marks only draw what they are given.
 */
import { area, line } from 'd3';
import { BAND_OPACITY } from '../palette.ts';
import type { PercentileKey, SeriesSummary } from '../../model/result/result.ts';

/** One central interval of the fan. */
export interface Interval {
  /** Share of futures inside, in percent. */
  share: 90 | 80 | 50;
  low: PercentileKey;
  high: PercentileKey;
  opacity: number;
}

/** The intervals drawn, widest (lightest) first. */
export const INTERVALS: readonly Interval[] = [
  {
    share: 90,
    low: 'p5',
    high: 'p95',
    opacity: BAND_OPACITY[90],
  },
  {
    share: 80,
    low: 'p10',
    high: 'p90',
    opacity: BAND_OPACITY[80],
  },
  {
    share: 50,
    low: 'p25',
    high: 'p75',
    opacity: BAND_OPACITY[50],
  },
];

/** A scale from data to pixels. */
export type Scale = (value: number) => number;

/** A band in pixel space: x, and the pixel y of its low and high edge, per year. */
export interface ScaledBand {
  interval: Interval;
  x: number[];
  low: number[];
  high: number[];
}

/** Points of a line in pixel space. */
export interface ScaledLine {
  x: number[];
  y: number[];
}

/** The three bands of `summary` in pixels. */
export function scaleBands(
  summary: SeriesSummary,
  years: readonly number[],
  x: Scale,
  y: Scale,
): ScaledBand[] {
  const xs = years.map(x);
  return INTERVALS.map((interval) => ({
    interval,
    x: xs,
    low: summary[interval.low].map(y),
    high: summary[interval.high].map(y),
  }));
}

/** The median of `summary` in pixels. */
export function scaleMedian(
  summary: SeriesSummary,
  years: readonly number[],
  x: Scale,
  y: Scale,
): ScaledLine {
  return { x: years.map(x), y: summary.p50.map(y) };
}

/** The SVG path of a band (d3.area over already scaled points). */
export function areaPath(band: ScaledBand): string {
  return (
    area<number>()
      .x((i) => band.x[i])
      .y0((i) => band.low[i])
      .y1((i) => band.high[i])(band.x.map((_, i) => i)) ?? ''
  );
}

/** The SVG path of a line (d3.line over already scaled points). */
export function linePath(points: ScaledLine): string {
  return (
    line<number>()
      .x((i) => points.x[i])
      .y((i) => points.y[i])(points.x.map((_, i) => i)) ?? ''
  );
}

/** True when every interval has collapsed onto the median (one run at the point values). */
export function isCollapsed(summary: SeriesSummary): boolean {
  return summary.p5.every((low, i) => low === summary.p95[i]);
}
