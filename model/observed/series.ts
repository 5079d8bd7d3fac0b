/**
 * Observed workforce series: densities per 10 000 inhabitants by year (WHO GHO, see
 * docs/observed-data.md), possible breaks in series, and headcounts from densities.
 * Pure functions, no I/O.
 */
import type { PopulationInline } from '../scenario/types.ts';

/** The two observed series the app ships. */
export type ObservedSeriesKey = 'doctors' | 'nurses';
export const OBSERVED_SERIES: readonly ObservedSeriesKey[] = ['doctors', 'nurses'];

/** One observed year: the density per 10 000 inhabitants. */
export interface DensityPoint {
  year: number;
  per10000: number;
}

/** A point with what break detection found. */
export interface MarkedPoint extends DensityPoint {
  /** The change from the previous observed point is larger than the threshold. */
  possibleBreak: boolean;
  /** The relative change from the previous observed point (undefined for the first). */
  change?: number;
}

/** A year-on-year change larger than this is shown as a possible break in series. */
export const BREAK_THRESHOLD = 0.25;

/**
 * Marks possible breaks in series: a point whose value differs from the previous observed
 * point by more than `threshold` (relative to the previous value, either way). A gap of
 * missing years is compared across, as the points stand. The points are sorted by year.
 */
export function markBreaks(
  points: readonly DensityPoint[],
  threshold = BREAK_THRESHOLD,
): MarkedPoint[] {
  const sorted = [...points].sort((a, b) => a.year - b.year);
  return sorted.map((p, i) => {
    if (i === 0) return { ...p, possibleBreak: false };
    const prev = sorted[i - 1].per10000;
    const change = prev > 0 ? p.per10000 / prev - 1 : Infinity;
    return { ...p, possibleBreak: Math.abs(change) > threshold, change };
  });
}

/** The years of the possible breaks. */
export function breakYears(points: readonly DensityPoint[], threshold = BREAK_THRESHOLD): number[] {
  return markBreaks(points, threshold)
    .filter((p) => p.possibleBreak)
    .map((p) => p.year);
}

/** Whether a break lies after `from` and at or before `year` (either order of the two):
 *  the two points are then on different definitions. */
export function breakBetween(breaks: readonly number[], from: number, year: number): boolean {
  const lo = Math.min(from, year);
  const hi = Math.max(from, year);
  return breaks.some((b) => b > lo && b <= hi);
}

/** Total population of `year`, or undefined when the data do not hold it. */
export function populationTotal(pop: PopulationInline, year: number): number | undefined {
  const k = pop.years.indexOf(year);
  if (k < 0) return undefined;
  let total = 0;
  for (const x of pop.female[k]) total += x;
  for (const x of pop.male[k]) total += x;
  return total;
}

/** Headcount from a density: per10000 / 10 000 × the population of the year. */
export function headcountOf(per10000: number, population: number): number {
  return (per10000 / 10_000) * population;
}

/** An observed headcount, with where it came from. */
export interface ObservedHeadcount {
  year: number;
  headcount: number;
  per10000: number;
  population: number;
  possibleBreak: boolean;
}

/** The observed headcounts of the years the population data hold. */
export function observedHeadcounts(
  points: readonly DensityPoint[],
  pop: PopulationInline,
): ObservedHeadcount[] {
  const out: ObservedHeadcount[] = [];
  for (const p of markBreaks(points)) {
    const population = populationTotal(pop, p.year);
    if (population === undefined) continue;
    out.push({
      year: p.year,
      per10000: p.per10000,
      population,
      headcount: headcountOf(p.per10000, population),
      possibleBreak: p.possibleBreak,
    });
  }
  return out;
}

/** How a total is carried from its observed year to the base year. */
export interface CarriedTotal {
  /** The headcount in the base year. */
  headcount: number;
  /** The observed year it starts from, its density and headcount. */
  observedYear: number;
  observedPer10000: number;
  observedHeadcount: number;
  /** The annual growth used (0 when the total was kept). */
  annualGrowth: number;
  /** `trend`: carried by the observed trend; `kept`: the observed total kept;
   *  `observed`: the base year itself is observed. */
  how: 'observed' | 'trend' | 'kept';
  /** The first year of the span the trend was taken from (when `trend`). */
  trendFrom?: number;
  /** The observation it starts from follows a possible break in series. */
  afterBreak: boolean;
}

/** The trend is taken over at most this many years before the last observed one. */
export const TREND_YEARS = 5;
/** The trend is bounded to ±this a year, so that one odd year does not run away. */
export const TREND_CAP = 0.03;

/**
 * The headcount of `baseYear` from the latest observation at or before it (documented in
 * docs/observed-data.md): the base year's own observation when there is one; otherwise the
 * latest observed headcount carried forward by the compound annual growth of the observed
 * headcounts over the last TREND_YEARS years before it that hold no break in series
 * (bounded to ±TREND_CAP a year), or kept as it is when fewer than three years can be used.
 * Undefined when nothing is observed at or before the base year.
 */
export function carryToBaseYear(
  observed: readonly ObservedHeadcount[],
  baseYear: number,
): CarriedTotal | undefined {
  const usable = observed.filter((o) => o.year <= baseYear);
  if (usable.length === 0) return undefined;
  const last = usable[usable.length - 1];
  const from = {
    afterBreak: last.possibleBreak,
    observedYear: last.year,
    observedPer10000: last.per10000,
    observedHeadcount: last.headcount,
  };
  if (last.year === baseYear) {
    return { headcount: last.headcount, annualGrowth: 0, how: 'observed', ...from };
  }
  // The span: back from the last point, at most TREND_YEARS years, stopping at a break.
  const span: ObservedHeadcount[] = [last];
  for (let i = usable.length - 2; i >= 0; i--) {
    const o = usable[i];
    if (last.year - o.year > TREND_YEARS) break;
    if (span[0].possibleBreak) break;
    span.unshift(o);
  }
  const first = span[0];
  if (span.length < 3 || first.headcount <= 0) {
    return { headcount: last.headcount, annualGrowth: 0, how: 'kept', ...from };
  }
  const raw = (last.headcount / first.headcount) ** (1 / (last.year - first.year)) - 1;
  const annualGrowth = Math.max(-TREND_CAP, Math.min(TREND_CAP, raw));
  return {
    headcount: last.headcount * (1 + annualGrowth) ** (baseYear - last.year),
    annualGrowth,
    how: 'trend',
    trendFrom: first.year,
    ...from,
  };
}

/** The observed series a scenario's profession most likely matches, by its id and name:
 *  nurses and midwives (nurs…, midwi…), doctors (doctor, physician, medic… but not
 *  paramedic, GP, general practitioner), or undefined when neither fits (the user then
 *  picks: pharmacists, dentists, paramedics…). */
export function seriesForProfession(p: {
  id: string;
  name: string;
}): ObservedSeriesKey | undefined {
  const text = `${p.id} ${p.name}`.toLowerCase();
  if (/nurs|midwi/.test(text)) return 'nurses';
  if (/doctor|physician|(?<!para)medic|\bgps?\b|general practi/.test(text)) return 'doctors';
  return undefined;
}
