/**
 * Money in the Plan view, as the rest of the app writes it (charts/money.ts): one sum in a
 * sentence ("EUR 25.4 billion"), and a column or an axis of sums in one unit ("EUR
 * million") with the decimals that suit them — three or four digits, or, for candidates
 * whose costs lie close together, enough to tell them apart.
 */
import {
  createMoney,
  ratePercent,
  scaleUnit,
  type Money,
  type MoneyUnit,
} from '../charts/money.ts';

export { createMoney, ratePercent, type Money };

/** Sums shown in one unit: its label ("EUR million") and the writing of one sum in it. */
export interface MoneyColumn {
  unit: MoneyUnit;
  label: string;
  show: (value: number) => string;
}

/** Decimals that give sums of up to `top` (in their unit) three digits or so. */
function decimalsFor(top: number, unit: MoneyUnit): number {
  if (unit.divisor === 1) return 0;
  return top < 10 ? 2 : top < 100 ? 1 : 0;
}

/**
 * A column of `values` in one unit. `distinct`: more decimals when the values lie close
 * together, so that neighbours differ (at most four).
 */
export function moneyColumn(m: Money, values: readonly number[], distinct = false): MoneyColumn {
  const finite = values.filter(Number.isFinite);
  const size = Math.max(0, ...finite.map(Math.abs));
  const unit = scaleUnit(size);
  let decimals = decimalsFor(size / unit.divisor, unit);
  if (distinct && finite.length > 1) {
    const spread = (Math.max(...finite) - Math.min(...finite)) / unit.divisor;
    if (spread > 0) {
      decimals = Math.min(4, Math.max(decimals, Math.ceil(-Math.log10(spread)) + 2));
    }
  }
  return { unit, label: m.unitLabel(unit), show: (v) => m.inUnit(v, unit, decimals, true) };
}

/** The labels of an axis whose ticks are `ticks`: their unit, and as many decimals as
 *  their step needs. */
export function moneyAxis(m: Money, ticks: readonly number[]): MoneyColumn {
  const size = Math.max(0, ...ticks.map(Math.abs));
  const unit = scaleUnit(size);
  const step = ticks.length > 1 ? Math.abs(ticks[1] - ticks[0]) / unit.divisor : 1;
  const decimals = step > 0 ? Math.min(4, Math.max(0, Math.ceil(-Math.log10(step) - 1e-9))) : 0;
  return { unit, label: m.unitLabel(unit), show: (v) => m.inUnit(v, unit, decimals, true) };
}
