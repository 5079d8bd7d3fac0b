/**
 * What the report says of costs (MODEL.md §7), pure: the present value with its 90 %
 * interval per profession and for all together, in one unit ("EUR billion"), and the
 * yearly total every fifth year and in the target year, in the unit of the cost charts.
 */
import type { CostResult, HwfResult } from '../../model/result/result.ts';
import { costSeries, costUnit, costRows, type CostKind } from '../charts/cost-layout.ts';
import { createMoney, ratePercent, sentenceUnit, type Money } from '../charts/money.ts';
import type { Formats } from '../format.ts';

/** One row of the present values. */
export interface PresentValueRow {
  name: string;
  /** The row of every profession together. */
  total: boolean;
  median: string;
  /** "22.9–28.3", or the one number when both ends read alike. */
  interval: string;
}

/** One row of the yearly total. */
export interface CostYearRow {
  year: number;
  target: boolean;
  kinds: Record<CostKind, string>;
  median: string;
  interval: string;
}

/** The costs part of the report. */
export interface ReportCosts {
  money: Money;
  /** "Present values of the costs 2026–2045 at 3% a year, in EUR billion: …" */
  intro: string;
  /** "EUR billion": the unit of the present values. */
  pvUnit: string;
  presentValues: PresentValueRow[];
  /** "EUR million": the unit of the yearly table. */
  yearUnit: string;
  years: CostYearRow[];
}

/** Decimals of a present value of this size in its unit. */
const decimalsOf = (scaled: number) => (scaled >= 100 ? 0 : scaled >= 10 ? 1 : 2);

/** The years of the table: every fifth after the base year, the target year, the last. */
export function reportCostYears(years: readonly number[], targetYear: number): number[] {
  const base = years[0];
  const last = years[years.length - 1];
  return years.filter((y, i) => i > 0 && ((y - base) % 5 === 0 || y === targetYear || y === last));
}

/** The costs part of the report, or null when the result has no costs. */
export function reportCosts(result: HwfResult, f: Formats): ReportCosts | null {
  const total = result.cost;
  if (!total) return null;
  const money = createMoney(f.locale, total.currency, f.t);
  const { years, targetYear } = result;
  const costed = result.professions.filter((p) => p.cost);
  const all: { name: string; total: boolean; cost: CostResult }[] = [
    ...costed.map((p) => ({ name: p.name, total: false, cost: p.cost! })),
    ...(costed.length > 1
      ? [{ name: f.t('report.costs.allProfessions'), total: true, cost: total }]
      : []),
  ];
  const unit = sentenceUnit(Math.max(...all.map((r) => Math.abs(r.cost.presentValue.p95))));
  const d = decimalsOf(Math.abs(total.presentValue.p50) / unit.divisor);
  const n = (v: number) => money.inUnit(v, unit, unit.divisor === 1 ? 0 : d, true);
  const presentValues = all.map((r) => {
    const pv = r.cost.presentValue;
    const [lo, hi] = [n(pv.p5), n(pv.p95)];
    return {
      name: r.name,
      total: r.total,
      median: n(pv.p50),
      interval: lo === hi ? lo : `${lo}–${hi}`,
    };
  });
  const span = years.length > 1 ? f.years(years[1], years[years.length - 1]) : f.year(years[0]);
  const rate = total.discountRate;
  const intro =
    rate > 0
      ? f.t('report.costs.introDiscounted', {
          span,
          rate: ratePercent(rate, f.locale),
          unit: money.unitLabel(unit),
        })
      : f.t('report.costs.introUndiscounted', { span, unit: money.unitLabel(unit) });
  const s = costSeries(years, total);
  const yearUnit = costUnit(s);
  const shown = new Set(reportCostYears(years, targetYear));
  const rows = costRows(s, targetYear, money, yearUnit)
    .filter((r) => shown.has(r.year))
    .map((r) => ({
      year: r.year,
      target: r.target,
      kinds: r.kinds,
      median: r.median,
      interval: r.intervals[90],
    }));
  return {
    money,
    intro,
    pvUnit: money.unitLabel(unit),
    presentValues,
    yearUnit: money.unitLabel(yearUnit),
    years: rows,
  };
}
