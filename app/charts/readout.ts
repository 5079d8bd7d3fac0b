/**
 * The words of the year readout and of the charts' aria-labels: a median with its 90 %
 * interval, from the summaries only.
 */
import type { Formats } from '../format.ts';
import type { SeriesSummary } from '../../model/result/result.ts';

/** "supply median 18 470 FTE (90 %: 16 170–21 410)", or without the interval when collapsed.
 *  `label` and `unit` are already in the reader's language. */
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
  if (show(low) === show(high)) {
    return f.t('charts.readout.fixed', { label, value: show(median), unit });
  }
  return f.t('charts.readout.median', {
    label,
    median: show(median),
    unit,
    share: f.percent(0.9),
    interval: f.interval(low, high, signed),
  });
}

/** "In 2040 (the target year)" or "In 2031". */
export function yearPhrase(year: number, targetYear: number, f: Formats): string {
  return year === targetYear
    ? f.t('charts.readout.inTargetYear', { year: f.year(year) })
    : f.t('charts.readout.inYear', { year: f.year(year) });
}

/** "a shortage is 41 % likely"; "no future has a shortage" and "every future has a
 *  shortage" at the exact ends. */
export function shortageWords(share: number, f: Formats): string {
  if (share === 0) return f.t('charts.shortage.never');
  if (share === 1) return f.t('charts.shortage.always');
  return f.t('charts.shortage.likely', { share: f.percent(share) });
}

/** "In 2040 (the target year): supply median …." — a chart's aria-label after its title:
 *  "{title}. {when}: {readout}.", the readout "not projected" when the year is not. */
export function chartLabel(title: string, when: string, readout: string | null, f: Formats) {
  return f.t('charts.readout.chartLabel', {
    title,
    when,
    readout: readout ?? f.t('charts.readout.notProjected'),
  });
}

/** A year in a table's first column: "2040 (target)" for the target year, else "2031". */
export function targetYearWords(year: number, target: boolean, f: Formats): string {
  return target ? f.t('charts.table.targetYear', { year: f.year(year) }) : f.year(year);
}
