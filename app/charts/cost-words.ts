/**
 * Costs in words, from the summaries only: the present value with its 90 % interval
 * ("Present value 2026–2045 at 3% a year: EUR 25.5 billion (90%: 22.9–28.3 billion)"), a
 * year's costs for the chart's readout, and the legend's sentence.
 */
import type { CostResult } from '../../model/result/result.ts';
import type { Formats } from '../format.ts';
import { COST_KINDS, type CostSeries } from './cost-layout.ts';
import { ratePercent, type Money } from './money.ts';

/**
 * "Present value 2026–2045 at 3% a year: EUR 25.5 billion (90%: 22.9–28.3 billion)"; without
 * discounting, "Total cost 2026–2045, not discounted: …". `years`: the result's, base year
 * first (its costs are not counted: it is observed).
 */
export function presentValueWords(
  years: readonly number[],
  cost: CostResult,
  discountRate: number,
  money: Money,
  f: Formats,
): string {
  const span =
    years.length > 1 ? f.years(years[1], years[years.length - 1]) : f.year(years[0] ?? 0);
  const pv = cost.presentValue;
  const value = money.withInterval(pv.p50, pv.p5, pv.p95, f.percent(0.9));
  return discountRate > 0
    ? f.t('charts.cost.presentValue', {
        years: span,
        rate: ratePercent(discountRate, f.locale),
        value,
      })
    : f.t('charts.cost.notDiscounted', { years: span, value });
}

/** The readout of year `i` (of the series without the base year): the total's median and
 *  90 % interval, then each kind's mean. */
export function costReadout(s: CostSeries, i: number, money: Money, f: Formats): string {
  const t = s.total;
  const total = money.withInterval(t.p50[i], t.p5[i], t.p95[i], f.percent(0.9));
  const kinds = COST_KINDS.map((k) => f.t(k.amount, { amount: money.amount(s.means[k.key][i]) }));
  return f.t('charts.cost.readout', { total, kinds: kinds.join(', ') });
}

/** The legend's sentence: what the layers and the bands (90 % and 50 %) are. */
export function costLegendWords(collapsed: boolean, f: Formats): string {
  return collapsed ? f.t('charts.cost.legendOneRun') : f.t('charts.cost.legend');
}
