/**
 * Which inputs drive the gap: the sensitivity entries ranked by the size of their rank
 * correlation, cut to the top N, with the count of the rest. An input whose correlation is
 * within what chance gives at this number of futures (|ρ| < 1.96 / √(n − 1), the two-sided
 * 95 % bound of a correlation of unrelated inputs) is not called a driver: it is counted
 * as having no detectable effect instead.
 */
import type { Formats } from '../format.ts';
import type { SensitivityEntry } from '../../model/result/result.ts';
import { bySensitivity } from '../../model/summaries/sensitivity-order.ts';

/** The default number of inputs a tornado shows. */
export const DEFAULT_TOP = 8;

/** The inputs shown, how many more drivers there are, and how many inputs had no
 *  detectable effect. */
export interface RankedSensitivity {
  shown: SensitivityEntry[];
  more: number;
  undetectable: number;
}

/**
 * The smallest |ρ| told apart from no relation at `runs` futures: 1.96 / √(runs − 1), the
 * 95 % bound of Spearman's ρ between unrelated inputs. 0 when the number of futures is not
 * known (every correlation counts).
 */
export function detectableBound(runs: number | undefined): number {
  if (runs === undefined || !Number.isFinite(runs)) return 0;
  return runs > 1 ? 1.96 / Math.sqrt(runs - 1) : Infinity;
}

/** Drops non-numbers and the correlations below {@link detectableBound}, puts the rest in
 *  the result document's order (the model's `bySensitivity`, so the chart and the document
 *  never disagree on ties) and keeps the first `top`. */
export function rankSensitivity(
  entries: readonly SensitivityEntry[],
  top = DEFAULT_TOP,
  runs?: number,
): RankedSensitivity {
  const finite = entries.filter((e) => Number.isFinite(e.rankCorrelation));
  const bound = detectableBound(runs);
  const sorted = finite.filter((e) => Math.abs(e.rankCorrelation) >= bound).sort(bySensitivity);
  const count = Math.max(0, Math.floor(top));
  return {
    shown: sorted.slice(0, count),
    more: Math.max(0, sorted.length - count),
    undetectable: finite.length - sorted.length,
  };
}

/** "3 inputs had no detectable effect at 2 000 futures" (or "1 input had …"). */
export function undetectableWords(undetectable: number, runs: number, f: Formats): string {
  return f.t('charts.tornado.undetectable', {
    count: f.integer(undetectable),
    inputs: undetectable,
    futures: f.integer(runs),
    runs,
  });
}

/** "higher value, less shortage" or the reverse, for a correlation with the gap. */
export function directionWords(rankCorrelation: number, f: Formats): string {
  if (rankCorrelation > 0) return f.t('charts.tornado.lessShortage');
  if (rankCorrelation < 0) return f.t('charts.tornado.moreShortage');
  return f.t('charts.tornado.noRelation');
}

/** "and 3 more inputs" (or "and 1 more input"). */
export function moreWords(more: number, f: Formats): string {
  return f.t('charts.tornado.more', { count: f.count(more), more });
}

/** The default label of an input: its path as the engine names it. */
export const pathLabel = (path: string): string => path;
