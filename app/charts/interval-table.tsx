/**
 * The table behind a fan: for each year and series the median and the 50, 80 and 90 %
 * intervals, exactly the numbers the bands are drawn from, plus optional extra columns.
 */
import { INTERVALS } from './bands.ts';
import { useFormats } from './formats-context.ts';
import { targetYearWords } from './readout.ts';
import type { SeriesSummary } from '../../model/result/result.ts';
import './charts.css';

/** One series (a column group). */
export interface TableSeries {
  label: string;
  summary: SeriesSummary;
  /** Show signs ("+180", "−1 200"): for gaps. */
  signed?: boolean;
}

/** An extra column of already formatted values, one per year. */
export interface ExtraColumn {
  label: string;
  values: readonly string[];
}

/** Props of {@link IntervalTable}. */
export interface IntervalTableProps {
  caption: string;
  years: readonly number[];
  targetYear: number;
  /** The unit after each series' label ("FTE"). */
  unit: string;
  series: readonly TableSeries[];
  extra?: readonly ExtraColumn[];
}

/** Medians and central intervals by year; the target year's row is marked. */
export function IntervalTable({
  caption,
  years,
  targetYear,
  unit,
  series,
  extra = [],
}: IntervalTableProps) {
  const f = useFormats();
  const narrowFirst = [...INTERVALS].reverse();
  return (
    // A table wider than its frame scrolls sideways; the region takes the keyboard's focus
    // so it can be scrolled without a pointer.
    <div
      className="hwf-chart-table hwf-table-scroll"
      role="region"
      aria-label={caption}
      tabIndex={0}
    >
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              {f.t('charts.table.year')}
            </th>
            {series.map((s) => (
              <th key={s.label} scope="colgroup" colSpan={1 + INTERVALS.length}>
                {f.t('charts.table.seriesUnit', { series: s.label, unit })}
              </th>
            ))}
            {extra.map((column) => (
              <th key={column.label} scope="col" rowSpan={2}>
                {column.label}
              </th>
            ))}
          </tr>
          <tr>
            {series.map((s) => [
              <th key={`${s.label}-median`} scope="col">
                {f.t('charts.table.median')}
              </th>,
              ...narrowFirst.map((interval) => (
                <th key={`${s.label}-${interval.share}`} scope="col">
                  {f.t('charts.table.interval', { share: f.percent(interval.share / 100) })}
                </th>
              )),
            ])}
          </tr>
        </thead>
        <tbody>
          {years.map((year, i) => (
            <tr key={year} className={year === targetYear ? 'hwf-target-row' : undefined}>
              <th scope="row">{targetYearWords(year, year === targetYear, f)}</th>
              {series.map((s) => {
                const show = s.signed ? f.signed : f.count;
                return [
                  <td key={`${s.label}-median`}>{show(s.summary.p50[i])}</td>,
                  ...narrowFirst.map((interval) => (
                    <td key={`${s.label}-${interval.share}`}>
                      {f.interval(
                        s.summary[interval.low][i],
                        s.summary[interval.high][i],
                        s.signed,
                      )}
                    </td>
                  )),
                ];
              })}
              {extra.map((column) => (
                <td key={column.label}>{column.values[i]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
