/**
 * Which inputs drive the gap: the sensitivity entries ranked by the size of their rank
 * correlation, cut to the top N, with the count of the rest.
 */
import type { Formats } from '../format.ts';
import type { SensitivityEntry } from '../../model/result/result.ts';
import { bySensitivity } from '../../model/summaries/sensitivity-order.ts';

/** The default number of inputs a tornado shows. */
export const DEFAULT_TOP = 8;

/** The inputs shown and how many more there are. */
export interface RankedSensitivity {
  shown: SensitivityEntry[];
  more: number;
}

/** Drops non-numbers, puts the rest in the result document's order (the model's
 *  `bySensitivity`, so the chart and the document never disagree on ties) and keeps the
 *  first `top`. */
export function rankSensitivity(
  entries: readonly SensitivityEntry[],
  top = DEFAULT_TOP,
): RankedSensitivity {
  const sorted = entries.filter((e) => Number.isFinite(e.rankCorrelation)).sort(bySensitivity);
  const count = Math.max(0, Math.floor(top));
  return { shown: sorted.slice(0, count), more: Math.max(0, sorted.length - count) };
}

/** "higher value, less shortage" or the reverse, for a correlation with the gap. */
export function directionWords(rankCorrelation: number): string {
  if (rankCorrelation > 0) return 'higher value, less shortage';
  if (rankCorrelation < 0) return 'higher value, more shortage';
  return 'no relation';
}

/** "and 3 more inputs" (or "and 1 more input"). */
export function moreWords(more: number, f: Formats): string {
  return `and ${f.count(more)} more ${more === 1 ? 'input' : 'inputs'}`;
}

/** The default label of an input: its path as the engine names it. */
export const pathLabel = (path: string): string => path;
