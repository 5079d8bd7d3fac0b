/**
 * The table alternatives of the density charts: each region's FTE per 1 000 inhabitants at
 * the chosen year, and the density ratio year by year; a value the model could not define
 * says so, with its reason.
 */
import { TableBox } from './table-box.tsx';
import { useFormats } from './formats-context.ts';
import { densityTitle } from './density-chart.tsx';
import { DENSITY_HIGH, DENSITY_LOW, type DensityRow } from './density-rows.ts';
import { decimal, decimalInterval, valueAt } from './nullable.ts';
import { ratioTitle } from './ratio-chart.tsx';
import { targetYearWords } from './readout.ts';
import type { NullableSeries } from '../../model/regions/simulate.ts';
import './charts.css';

/** Props of {@link DensityTable}. */
export interface DensityTableProps {
  name: string;
  year: number;
  rows: readonly DensityRow[];
}

/** Each region's density at one year: median and 80 % interval. */
export function DensityTable({ name, year, rows }: DensityTableProps) {
  const f = useFormats();
  const show = decimal(f);
  return (
    <TableBox
      caption={f.t('charts.table.mediansAndIntervals', {
        title: densityTitle(name, f.year(year), f.t),
        share: f.percent(0.8),
      })}
    >
      <thead>
        <tr>
          <th scope="col">{f.t('charts.table.region')}</th>
          <th scope="col">{f.t('charts.table.median')}</th>
          <th scope="col">{f.t('charts.table.interval', { share: f.percent(0.8) })}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <th scope="row">{row.name}</th>
            {row.median === null || row.low === null || row.high === null ? (
              <td colSpan={2} className="hwf-text-cell">
                {f.t('charts.table.noValue', {
                  reason: row.reason ?? f.t('charts.noValue.notDefined'),
                })}
              </td>
            ) : (
              <>
                <td>{show(row.median)}</td>
                <td>{decimalInterval(show, row.low, row.high)}</td>
              </>
            )}
          </tr>
        ))}
      </tbody>
    </TableBox>
  );
}

/** Props of {@link RatioTable}. */
export interface RatioTableProps {
  name: string;
  years: readonly number[];
  targetYear: number;
  ratio: NullableSeries;
}

/** The density ratio by year: median and 80 % interval, or why there is none. */
export function RatioTable({ name, years, targetYear, ratio }: RatioTableProps) {
  const f = useFormats();
  const show = decimal(f);
  return (
    <TableBox
      caption={f.t('charts.table.mediansAndIntervals', {
        title: ratioTitle(name, f.years(years[0], years[years.length - 1]), f.t),
        share: f.percent(0.8),
      })}
    >
      <thead>
        <tr>
          <th scope="col">{f.t('charts.table.year')}</th>
          <th scope="col">{f.t('charts.table.median')}</th>
          <th scope="col">{f.t('charts.table.interval', { share: f.percent(0.8) })}</th>
        </tr>
      </thead>
      <tbody>
        {years.map((year, i) => {
          const median = valueAt(ratio.p50, i);
          const low = valueAt(ratio[DENSITY_LOW], i);
          const high = valueAt(ratio[DENSITY_HIGH], i);
          return (
            <tr key={year} className={year === targetYear ? 'hwf-target-row' : undefined}>
              <th scope="row">{targetYearWords(year, year === targetYear, f)}</th>
              {median === null || low === null || high === null ? (
                <td colSpan={2} className="hwf-text-cell">
                  {f.t('charts.table.noValue', {
                    reason: ratio.reason ?? f.t('charts.noValue.notDefined'),
                  })}
                </td>
              ) : (
                <>
                  <td>{show(median)}</td>
                  <td>{decimalInterval(show, low, high)}</td>
                </>
              )}
            </tr>
          );
        })}
      </tbody>
    </TableBox>
  );
}
