/**
 * The check year by year: each observed year from the start, how far from the start it is
 * (the horizon), what was observed, the projection's median and 90 % band, the error of
 * the median, whether the observed value fell inside the 50 % and 90 % bands, and why a
 * year is left out of the score.
 */
import { useFormats } from '../charts/formats-context.ts';
import type { BacktestPoint } from '../../model/backtest/score.ts';
import { horizonRows } from './history-words.ts';
import '../charts/charts.css';
import './history.css';

export interface HistoryTableProps {
  /** What the table is about; the units and the error's sign are added. */
  caption: string;
  points: readonly BacktestPoint[];
}

export function HistoryTable({ caption, points }: HistoryTableProps) {
  const f = useFormats();
  const { t } = f;
  const rows = horizonRows(points, f);
  const full = t('history.table.caption', { caption });
  return (
    <div
      className="hwf-chart-table hwf-table-scroll hwf-history-table"
      role="region"
      aria-label={caption}
      tabIndex={0}
    >
      <table>
        <caption>{full}</caption>
        <thead>
          <tr>
            <th scope="col">{t('history.table.year')}</th>
            <th scope="col">{t('history.table.horizon')}</th>
            <th scope="col">{t('history.table.observed')}</th>
            <th scope="col">{t('history.table.median')}</th>
            <th scope="col">{t('history.table.band', { share: f.percent(0.9) })}</th>
            <th scope="col">{t('history.table.error')}</th>
            <th scope="col">{t('history.table.inBand', { share: f.percent(0.5) })}</th>
            <th scope="col">{t('history.table.inBand', { share: f.percent(0.9) })}</th>
            <th scope="col">{t('history.table.leftOut')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr
              key={r.year}
              className={r.excluded === false ? undefined : 'hwf-history-left-out-row'}
              data-excluded={r.excluded || undefined}
            >
              <th scope="row">{r.year}</th>
              <td>{r.horizon}</td>
              <td>{r.observed}</td>
              <td>{r.median}</td>
              <td>{r.band90}</td>
              <td>{r.error}</td>
              <td>{r.in50}</td>
              <td>{r.in90}</td>
              <td>{r.leftOut}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
