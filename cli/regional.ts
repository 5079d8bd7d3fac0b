/**
 * A scenario with regions on the command line (MODEL.md §6): its runs with progress, the
 * check of `--region`, and the result limited to one region.
 *
 * The runs are made in chunks by the regional chunk engine (the WebAssembly core's, or the
 * reference) and summarised by `summarizeRegionalBlock`, so the result is the one
 * `simulateRegions` gives, number for number.
 */
import type { RegionResult, RegionalResult } from '../model/regions/simulate.ts';
import type { RegionalScenario } from '../model/regions/types.ts';
import type { HwfResult } from '../model/result/result.ts';
import { listWords } from '../model/scenario/issues.ts';
import type { Scenario } from '../model/scenario/types.ts';

export { simulateRegional, type RegionalRunOptions } from '../model/regions/simulate-chunks.ts';

/** Why `--region id` does not fit the scenario, or null when it does. */
export function regionProblem(
  scenario: Scenario,
  rs: RegionalScenario | null,
  id: string,
): string | null {
  if (rs === null) {
    return `--region ${id}: the scenario "${scenario.name}" has no regions, so its result is national only`;
  }
  if (rs.regions.some((r) => r.id === id)) return null;
  const ids = rs.regions.map((r) => r.id);
  return `--region ${id}: the scenario has no region '${id}'; its regions are ${listWords(ids)}`;
}

/** The result of one region alone: the document without the national professions, and
 *  `regions` holding that region only (the same shape as the full result, less of it). */
export type OneRegionResult = Omit<RegionalResult, 'professions' | 'regions'> & {
  regions: [RegionResult];
};

export function resultOfRegion(result: RegionalResult, id: string): OneRegionResult {
  const region = result.regions.find((r) => r.id === id);
  if (region === undefined) throw new RangeError(`the result has no region '${id}'`);
  const rest: Partial<RegionalResult> = { ...result };
  delete rest.professions;
  delete rest.regions;
  return { ...(rest as Omit<HwfResult, 'professions'>), regions: [region] };
}
