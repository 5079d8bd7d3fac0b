/**
 * The report's "Costs" part, when the result has costs: the present value with its 90 %
 * interval per profession and for all together, and the yearly total every fifth year and
 * in the target year (report-costs.ts). Self-contained: the document places it whole.
 */
import { useId } from 'react';
import type { HwfResult } from '../../model/result/result.ts';
import { COST_KINDS } from '../charts/cost-layout.ts';
import { useFormats } from '../charts/formats-context.ts';
import { reportCosts } from './report-costs.ts';

/** The costs part of the report; nothing when the result has no costs. */
export function ReportCostsPart({ result }: { result: HwfResult }) {
  const f = useFormats();
  const id = useId();
  const c = reportCosts(result, f);
  if (!c) return null;
  return (
    <section className="hwf-report-costs" aria-labelledby={id}>
      <h3 id={id}>Costs</h3>
      <p>{c.intro}</p>
      <table className="hwf-report-facts hwf-report-costs-pv">
        <caption>Present value ({c.pvUnit})</caption>
        <thead>
          <tr>
            <th scope="col">Profession</th>
            <th scope="col">Median</th>
            <th scope="col">{f.percent(0.9)} interval</th>
          </tr>
        </thead>
        <tbody>
          {c.presentValues.map((r) => (
            <tr key={r.name} className={r.total ? 'hwf-report-total-row' : undefined}>
              <th scope="row">{r.name}</th>
              <td>{r.median}</td>
              <td>{r.interval}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="hwf-report-facts hwf-report-costs-years">
        <caption>
          Costs of all professions per year ({c.yearUnit}): the mean of each kind, and the total’s
          median with the range that holds 9 in 10 futures
        </caption>
        <thead>
          <tr>
            <th scope="col">Year</th>
            {COST_KINDS.map((k) => (
              <th key={k.key} scope="col">
                {k.label}
              </th>
            ))}
            <th scope="col">Total, median</th>
            <th scope="col">{f.percent(0.9)} interval</th>
          </tr>
        </thead>
        <tbody>
          {c.years.map((r) => (
            <tr key={r.year} className={r.target ? 'hwf-report-total-row' : undefined}>
              <th scope="row">
                {f.year(r.year)}
                {r.target ? ' (target)' : ''}
              </th>
              {COST_KINDS.map((k) => (
                <td key={k.key}>{r.kinds[k.key]}</td>
              ))}
              <td>{r.median}</td>
              <td>{r.interval}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
