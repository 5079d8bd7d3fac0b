/**
 * The words of the year readout and of the charts' aria-labels: a median with its 90 %
 * interval, from the summaries only.
 */
import type { Formats } from '../format.ts';
import type { SeriesSummary } from '../../model/result/result.ts';

/** "supply median 18 470 FTE (90 %: 16 170–21 410)", or without the interval when collapsed. */
export function seriesReadout(
  label: string,
  summary: SeriesSummary,
  index: number,
  f: Formats,
  unit: string,
  signed = false,
): string {
  const show = signed ? f.signed : f.count;
  const median = summary.p50[index];
  const low = summary.p5[index];
  const high = summary.p95[index];
  // A fixed input: one value, never an interval whose ends are alike.
  if (show(low) === show(high)) return `${label} ${show(median)} ${unit}`;
  return `${label} median ${show(median)} ${unit} (${f.percent(0.9)}: ${f.interval(low, high, signed)})`;
}

/** "In 2040 (the target year)" or "In 2031". */
export function yearPhrase(year: number, targetYear: number, f: Formats): string {
  return year === targetYear ? `In ${f.year(year)} (the target year)` : `In ${f.year(year)}`;
}

/** "a shortage is 41 % likely"; "no future has a shortage" and "every future has a
 *  shortage" at the exact ends. */
export function shortageWords(share: number, f: Formats): string {
  if (share === 0) return 'no future has a shortage';
  if (share === 1) return 'every future has a shortage';
  return `a shortage is ${f.percent(share)} likely`;
}
