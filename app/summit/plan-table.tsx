/**
 * The plan against the baseline, as a table: per profession the probability of a shortage
 * and the median gap in the target year, and (when the scenario has costs) the present
 * value of what each costs. Used by the summit's rounds and by the debrief.
 */
import { useFormats } from '../charts/formats-context.ts';
import { createMoney } from '../charts/money.ts';
import type { HwfResult } from '../../model/result/result.ts';
import { planRows, presentValue } from './debrief-figures.ts';

/** Props of {@link PlanTable}. */
export interface PlanTableProps {
  baseline: HwfResult;
  plan: HwfResult;
  caption: string;
}

export function PlanTable({ baseline, plan, caption }: PlanTableProps) {
  const f = useFormats();
  const rows = planRows(baseline, plan);
  const year = f.year(plan.targetYear);
  const pvBase = presentValue(baseline);
  const pvPlan = presentValue(plan);
  const money = plan.cost ? createMoney(f.locale, plan.cost.currency) : null;
  return (
    <table className="hwf-summit-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">In {year}</th>
          <th scope="col">Baseline</th>
          <th scope="col">The plan</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <th scope="row">
              {r.name}: shortage likely
              <span className="hwf-summit-sub">median gap (FTE)</span>
            </th>
            <td>
              {f.percent(r.baseline.shortage)}
              <span className="hwf-summit-sub">{f.signed(r.baseline.gap)}</span>
            </td>
            <td>
              {f.percent(r.plan.shortage)}
              <span className="hwf-summit-sub">{f.signed(r.plan.gap)}</span>
            </td>
          </tr>
        ))}
        {money && pvBase && pvPlan && (
          <tr>
            <th scope="row">
              Cost, present value{' '}
              <span className="hwf-summit-sub">
                {f.years(plan.years[1] ?? plan.years[0], plan.years[plan.years.length - 1])}
              </span>
            </th>
            <td>{money.amount(pvBase.p50)}</td>
            <td>{money.amount(pvPlan.p50)}</td>
          </tr>
        )}
      </tbody>
    </table>
  );
}
