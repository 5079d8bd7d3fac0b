/**
 * Series that may have no value in some years (MODEL.md §4: `null` with a `reason`), as the
 * density charts show them: gaps in the drawing, the years without a value in words, and
 * densities and ratios with one decimal.
 */
import type { Formats } from '../format.ts';
import type { NullableSeries } from '../../model/regions/simulate.ts';

/** Runs of consecutive years without a value: first and last year of each. */
export function nullSpans(
  values: readonly (number | null)[],
  years: readonly number[],
): [number, number][] {
  const spans: [number, number][] = [];
  values.forEach((v, i) => {
    if (v !== null && Number.isFinite(v)) return;
    const last = spans[spans.length - 1];
    if (last && i > 0 && last[1] === years[i - 1]) last[1] = years[i];
    else spans.push([years[i], years[i]]);
  });
  return spans;
}

/** "2031", "2031–2033", "2031–2033 and 2040", "2026, 2031–2033 and 2040". */
export function spansInWords(spans: readonly [number, number][], f: Formats): string {
  const parts = spans.map(([a, b]) => (a === b ? f.year(a) : f.years(a, b)));
  if (parts.length <= 1) return parts[0] ?? '';
  return f.t('charts.list.and', {
    items: parts.slice(0, -1).join(', '),
    last: parts[parts.length - 1],
  });
}

/** "No value in 2031–2033: the region has no inhabitants in this year." or null. */
export function gapNote(
  series: NullableSeries,
  years: readonly number[],
  f: Formats,
): string | null {
  const spans = nullSpans(series.p50, years);
  if (spans.length === 0) return null;
  const when = spansInWords(spans, f);
  return series.reason
    ? f.t('charts.noValue.inYearsBecause', { years: when, reason: series.reason })
    : f.t('charts.noValue.inYears', { years: when });
}

/** A density or a ratio with one decimal, in the formats' locale ("15.3", "1.9"). */
export function decimal(f: Formats): (value: number) => string {
  const format = new Intl.NumberFormat(f.locale, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  return (value) => format.format(value).replace('-', '\u2212');
}

/** "8.2–9.1", or one number when both ends show alike. */
export function decimalInterval(
  show: (value: number) => string,
  low: number,
  high: number,
): string {
  return show(low) === show(high) ? show(low) : `${show(low)}–${show(high)}`;
}

/** The value at index `i`, or null when there is none. */
export function valueAt(values: readonly (number | null)[], i: number): number | null {
  const v = values[i];
  return v !== null && v !== undefined && Number.isFinite(v) ? v : null;
}
