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
  if (s.years.length === 0) return <p className="hwf-note">No years with costs.</p>;
  const span = f.years(s.years[0], s.years[s.years.length - 1]);
  const caption = `${costTitle(name, span, money.currency)}: in ${money.unitLabel(unit)}, each kind’s mean and the total’s median and central intervals by year`;
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
              Year
            </th>
            <th scope="colgroup" colSpan={COST_KINDS.length}>
              Mean by kind ({money.unitLabel(unit)})
            </th>
            <th scope="colgroup" colSpan={2 + narrowFirst.length}>
              Total ({money.unitLabel(unit)})
            </th>
          </tr>
          <tr>
            {COST_KINDS.map((k) => (
              <th key={k.key} scope="col">
                {k.label}
              </th>
            ))}
            <th scope="col">Mean</th>
            <th scope="col">Median</th>
            {narrowFirst.map((i) => (
              <th key={i.share} scope="col">
                {f.percent(i.share / 100)} interval
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.year} className={r.target ? 'hwf-target-row' : undefined}>
              <th scope="row">
                {f.year(r.year)}
                {r.target ? ' (target)' : ''}
              </th>
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
