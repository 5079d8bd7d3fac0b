/**
 * How well a projection did against what was observed (docs/backtest.md): the error of the
 * median per year, the bias and the mean absolute percentage error by horizon, and how many
 * observed points fall inside the 50 % and 90 % bands (calibration: a well-calibrated
 * projection holds about half of them in its 50 % band and nine in ten in its 90 % band).
 */
import type { SeriesSummary } from '../result/result.ts';

/** An observed headcount with its horizon and whether the score leaves it out. */
export interface ScoredInput {
  year: number;
  horizon: number;
  headcount: number;
  excluded: false | 'start' | 'break';
}

export interface BacktestPoint extends ScoredInput {
  median: number;
  p5: number;
  p25: number;
  p75: number;
  p95: number;
  /** (median − observed) / observed: above 0 the projection was too high. */
  error: number;
  in50: boolean;
  in90: boolean;
}

export interface HorizonScore {
  horizon: number;
  /** Points scored at this horizon. */
  n: number;
  /** Mean of the errors (a share: 0.05 = 5 % too high). */
  bias: number;
  /** Mean of the absolute errors (a share). */
  mape: number;
}

export interface BacktestScore {
  points: BacktestPoint[];
  byHorizon: HorizonScore[];
  /** Over every scored point. */
  scored: number;
  bias: number;
  mape: number;
  inside50: number;
  inside90: number;
}

/** The points of one projection: `years` and `headcount` of a profession's result. */
export function backtestPoints(
  years: readonly number[],
  headcount: SeriesSummary,
  observed: readonly ScoredInput[],
): BacktestPoint[] {
  const out: BacktestPoint[] = [];
  for (const o of observed) {
    const k = years.indexOf(o.year);
    if (k < 0) continue;
    const median = headcount.p50[k];
    const p5 = headcount.p5[k];
    const p25 = headcount.p25[k];
    const p75 = headcount.p75[k];
    const p95 = headcount.p95[k];
    out.push({
      ...o,
      median,
      p5,
      p25,
      p75,
      p95,
      error: o.headcount > 0 ? (median - o.headcount) / o.headcount : NaN,
      in50: o.headcount >= p25 && o.headcount <= p75,
      in90: o.headcount >= p5 && o.headcount <= p95,
    });
  }
  return out;
}

const mean = (xs: readonly number[]) =>
  xs.length === 0 ? NaN : xs.reduce((a, b) => a + b, 0) / xs.length;

/** The score of points (of one projection, or pooled over several): excluded points and
 *  points with no error (an observed 0) are left out. */
export function scorePoints(points: readonly BacktestPoint[]): BacktestScore {
  const scored = points.filter((p) => p.excluded === false && Number.isFinite(p.error));
  const horizons = [...new Set(scored.map((p) => p.horizon))].sort((a, b) => a - b);
  return {
    points: [...points],
    byHorizon: horizons.map((horizon) => {
      const at = scored.filter((p) => p.horizon === horizon).map((p) => p.error);
      return { horizon, n: at.length, bias: mean(at), mape: mean(at.map(Math.abs)) };
    }),
    scored: scored.length,
    bias: mean(scored.map((p) => p.error)),
    mape: mean(scored.map((p) => Math.abs(p.error))),
    inside50: scored.filter((p) => p.in50).length,
    inside90: scored.filter((p) => p.in90).length,
  };
}

/** `backtestPoints` then `scorePoints`. */
export function scoreBacktest(
  years: readonly number[],
  headcount: SeriesSummary,
  observed: readonly ScoredInput[],
): BacktestScore {
  return scorePoints(backtestPoints(years, headcount, observed));
}
