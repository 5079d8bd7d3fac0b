/**
 * FTE per 1 000 inhabitants by region at one year, and the density ratio (the best-staffed
 * region's density ÷ the least-staffed one's) in words: the numbers the density charts and
 * their tables show, from the summaries only. A value the model could not define is null
 * with its reason, never a number.
 */
import type { Formats } from '../format.ts';
import type { NullableSeries } from '../../model/regions/simulate.ts';
import { decimal, decimalInterval, valueAt } from './nullable.ts';

/** The interval the density charts draw (8 in 10 futures). */
export const DENSITY_LOW = 'p10';
export const DENSITY_HIGH = 'p90';

/** One region's density at one year. */
export interface DensityRow {
  id: string;
  name: string;
  /** Null when the density has no value that year (see `reason`). */
  median: number | null;
  low: number | null;
  high: number | null;
  reason?: string;
}

/** Each region's density at year index `t`; null when no region has a density (the
 *  scenario has no population). `f` words the reason of a region without one. */
export function densityRows(
  regions: readonly { id: string; name: string; density?: NullableSeries }[],
  t: number,
  f: Formats,
): DensityRow[] | null {
  if (!regions.some((r) => r.density)) return null;
  return regions.map(({ id, name, density }) => {
    const median = density ? valueAt(density.p50, t) : null;
    const low = density ? valueAt(density[DENSITY_LOW], t) : null;
    const high = density ? valueAt(density[DENSITY_HIGH], t) : null;
    const defined = median !== null && low !== null && high !== null;
    if (defined) return { id, name, median, low, high };
    const reason = density?.reason ?? f.t('charts.density.noPopulation');
    return { id, name, median: null, low: null, high: null, reason };
  });
}

/** The largest value a density chart draws (its axis's end), at least 1. */
export function densityTop(rows: readonly DensityRow[]): number {
  return Math.max(1, ...rows.map((r) => r.high ?? 0));
}

/** "12.3 (80 %: 11.0–13.5)" or "no value: the region has no inhabitants in this year". */
export function densityWords(row: DensityRow, f: Formats): string {
  if (row.median === null || row.low === null || row.high === null) {
    return f.t('charts.density.noValue', {
      reason: row.reason ?? f.t('charts.noValue.notDefined'),
    });
  }
  const show = decimal(f);
  const interval = decimalInterval(show, row.low, row.high);
  return interval === show(row.median)
    ? show(row.median)
    : f.t('charts.density.value', { median: show(row.median), share: f.percent(0.8), interval });
}

/**
 * "In 2040 the best-staffed region has 1.9 times the FTE per 1 000 inhabitants of the
 * least-staffed (80 % of futures: 1.7–2.1)." The ratio is 1 when all regions are alike.
 */
export function ratioWords(
  ratio: NullableSeries | undefined,
  years: readonly number[],
  year: number,
  f: Formats,
): string {
  if (!ratio) {
    return f.t('charts.ratio.needsPopulation');
  }
  const t = years.indexOf(year);
  const median = valueAt(ratio.p50, t);
  const low = valueAt(ratio[DENSITY_LOW], t);
  const high = valueAt(ratio[DENSITY_HIGH], t);
  if (t < 0) return f.t('charts.ratio.outside', { year: f.year(year) });
  if (median === null || low === null || high === null) {
    return f.t('charts.ratio.noValue', {
      year: f.year(year),
      reason: ratio.reason ?? f.t('charts.ratio.notDefined'),
    });
  }
  const show = decimal(f);
  const interval = decimalInterval(show, low, high);
  return interval === show(median)
    ? f.t('charts.ratio.words', { year: f.year(year), ratio: show(median) })
    : f.t('charts.ratio.wordsInterval', {
        year: f.year(year),
        ratio: show(median),
        share: f.percent(0.8),
        interval,
      });
}
