/**
 * The one order of a sensitivity list (docs/engine.md, Summaries), for the result document
 * and for every chart and table that shows it.
 */
import type { SensitivityEntry } from '../result/result.ts';

/**
 * Compare two sensitivity entries: the larger |ρ| first; equal |ρ| by input path in UTF-16
 * code-unit order (the `<` of JavaScript strings), not by locale, so the order is the same
 * on every machine and in every language the app is shown in. A correlation that is not a
 * number has no size and falls back to the path order.
 */
export function bySensitivity(a: SensitivityEntry, b: SensitivityEntry): number {
  return (
    Math.abs(b.rankCorrelation) - Math.abs(a.rankCorrelation) ||
    (a.input < b.input ? -1 : a.input > b.input ? 1 : 0)
  );
}
