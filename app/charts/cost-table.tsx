/**
 * The table alternative of a cost chart: for each year, every kind's mean (the layers), the
 * mean total (the top of the stack), and the total's median with its 50 % and 90 %
 * intervals (the line and the bands), in the unit of the chart's axis.
 */
import { useMemo } from 'react';
import type { CostResult } from '../../model/result/result.ts';
import { costRows, costSeries, costUnit, COST_INTERVALS, COST_KINDS } from './cost-layout.ts';
import { costTitle } from './cost-chart.tsx';
import { useFormats } from './formats-context.ts';
import type { Money } from './money.ts';
import { targetYearWords } from './readout.ts';
import './charts.css';

/** Props of {@link CostTable}: those of the chart it stands for. */
export interface CostTableProps {
  name: string;
  years: readonly number[];
  targetYear: number;
  cost: CostResult;
  money: Money;
}

/** The chart's numbers by year. */
export function CostTable({ name, years, targetYear, cost, money }: CostTableProps) {
  const f = useFormats();
  const s = useMemo(() => costSeries(years, cost), [years, cost]);
  const unit = costUnit(s);
  const rows = costRows(s, targetYear, money, unit);
  if (s.years.length === 0) return <p className="hwf-note">{f.t('charts.cost.noYears')}</p>;
  const span = f.years(s.years[0], s.years[s.years.length - 1]);
  const caption = f.t('charts.cost.caption', {
    title: costTitle(name, span, money.currency, f.t),
    unit: money.unitLabel(unit),
  });
  const unitLabel = money.unitLabel(unit);
  const narrowFirst = [...COST_INTERVALS].reverse();
  return (
    <div
      className="hwf-chart-table hwf-table-scroll"
      role="region"
      aria-label={caption}
      tabIndex={0}
    >
      <table className="hwf-cost-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              {f.t('charts.table.year')}
            </th>
            <th scope="colgroup" colSpan={COST_KINDS.length}>
              {f.t('charts.cost.meanByKind', { unit: unitLabel })}
            </th>
            <th scope="colgroup" colSpan={2 + narrowFirst.length}>
              {f.t('charts.cost.totalIn', { unit: unitLabel })}
            </th>
          </tr>
          <tr>
            {COST_KINDS.map((k) => (
              <th key={k.key} scope="col">
                {f.t(k.name)}
              </th>
            ))}
            <th scope="col">{f.t('charts.table.mean')}</th>
            <th scope="col">{f.t('charts.table.median')}</th>
            {narrowFirst.map((i) => (
              <th key={i.share} scope="col">
                {f.t('charts.table.interval', { share: f.percent(i.share / 100) })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.year} className={r.target ? 'hwf-target-row' : undefined}>
              <th scope="row">{targetYearWords(r.year, r.target, f)}</th>
              {COST_KINDS.map((k) => (
                <td key={k.key}>{r.kinds[k.key]}</td>
              ))}
              <td>{r.mean}</td>
              <td>{r.median}</td>
              {narrowFirst.map((i) => (
                <td key={i.share}>{r.intervals[i.share as 50 | 90]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
