/**
 * The regions of a result (MODEL.md §6) as the results views read them: whether a result
 * has regions, the figures of a chosen region (or the national ones), and which region a
 * shortage is most likely in. Pure functions of the summaries.
 */
import type { HwfResult, ProfessionResult } from '../../model/result/result.ts';
import type {
  NationalProfessionResult,
  RegionResult,
  RegionalProfessionResult,
} from '../../model/regions/simulate.ts';

/** The regions of a result, or null for a national scenario. */
export function regionsOf(result: HwfResult | null | undefined): RegionResult[] | null {
  const regions = (result as { regions?: unknown } | null | undefined)?.regions;
  return Array.isArray(regions) && regions.length > 0 ? (regions as RegionResult[]) : null;
}

/** The region a choice names in `result`, or null for the national figures (no choice, a
 *  national result, or a region the result no longer has). */
export function chosenRegion(result: HwfResult, choice: string | null): RegionResult | null {
  if (choice === null) return null;
  return regionsOf(result)?.find((r) => r.id === choice) ?? null;
}

/** A region's profession as the national views read it: the sensitivity list may be left
 *  out of a region's results (MODEL.md §6), the views take it as empty. */
function complete(p: RegionalProfessionResult): RegionalProfessionResult {
  return Array.isArray(p.sensitivity) ? p : { ...p, sensitivity: [] };
}

/** The professions to show: the region's, or the national ones when `region` is null. */
export function professionsOf(
  result: HwfResult,
  region: RegionResult | null,
): readonly ProfessionResult[] {
  return region ? region.professions.map(complete) : result.professions;
}

/** One profession in every region: the region and its figures, in the result's order. */
export interface RegionProfession {
  id: string;
  name: string;
  profession: RegionalProfessionResult;
}

/** Profession `id` in every region that has it. */
export function acrossRegions(regions: readonly RegionResult[], id: string): RegionProfession[] {
  const out: RegionProfession[] = [];
  for (const r of regions) {
    const profession = r.professions.find((p) => p.id === id);
    if (profession) out.push({ id: r.id, name: r.name, profession: complete(profession) });
  }
  return out;
}

/** The national figures of profession `id`, with the density ratio when there is one. */
export function nationalOf(result: HwfResult, id: string): NationalProfessionResult | undefined {
  return result.professions.find((p) => p.id === id);
}

/** A region's shortage at one year. */
export interface RegionShortage {
  id: string;
  name: string;
  /** P(gap < 0). */
  probability: number;
  /** Median gap ÷ median demand: how short, relative to the region's size. */
  relativeGap: number;
}

/**
 * Every region's shortage probability at year index `t`, most likely short first; equal
 * probabilities (every future short, say) are ordered by the median gap as a share of
 * the region's demand, the largest shortage first.
 */
export function shortagesAt(regions: readonly RegionProfession[], t: number): RegionShortage[] {
  return regions
    .map(({ id, name, profession: p }) => {
      const demand = p.demand.p50[t];
      const gap = p.gap.p50[t];
      return {
        id,
        name,
        probability: p.shortageProbability[t] ?? 0,
        relativeGap: demand > 0 ? gap / demand : gap,
      };
    })
    .sort((a, b) => b.probability - a.probability || a.relativeGap - b.relativeGap);
}
