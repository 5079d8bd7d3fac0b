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
  const { t } = f;
  const id = useId();
  const c = reportCosts(result, f);
  if (!c) return null;
  return (
    <section className="hwf-report-costs" aria-labelledby={id}>
      <h3 id={id}>{t('report.costs.title')}</h3>
      <p>{c.intro}</p>
      <table className="hwf-report-facts hwf-report-costs-pv">
        <caption>{t('report.costs.pvCaption', { unit: c.pvUnit })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('report.costs.profession')}</th>
            <th scope="col">{t('report.costs.median')}</th>
            <th scope="col">{t('report.costs.interval', { share: f.percent(0.9) })}</th>
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
        <caption>{t('report.costs.yearsCaption', { unit: c.yearUnit })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('report.costs.year')}</th>
            {COST_KINDS.map((k) => (
              <th key={k.key} scope="col">
                {t(k.name)}
              </th>
            ))}
            <th scope="col">{t('report.costs.totalMedian')}</th>
            <th scope="col">{t('report.costs.interval', { share: f.percent(0.9) })}</th>
          </tr>
        </thead>
        <tbody>
          {c.years.map((r) => (
            <tr key={r.year} className={r.target ? 'hwf-report-total-row' : undefined}>
              <th scope="row">
                {r.target ? t('report.costs.targetYear', { year: f.year(r.year) }) : f.year(r.year)}
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
