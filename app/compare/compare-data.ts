/**
 * What the Compare countries view shows, as pure functions: the observed WHO densities per
 * 1 000 inhabitants with their possible breaks in series, the countries shown (all 19 or
 * one HEROES cluster), the latest observed year ranked, the working scenario's projected
 * density (headcount ÷ population × 1 000) and which scenario profession stands for which
 * observed series. No I/O: the view loads the data and passes it in.
 */
import { datasetInfo } from '../data/population/catalog.ts';
import { densitiesOf, heroesCountry, HEROES_COUNTRIES } from '../data/workforce/catalog.ts';
import type { HeroesCountry, ObservedDensities } from '../data/workforce/catalog.ts';
import { markBreaks, populationTotal, seriesForProfession } from '../../model/observed/series.ts';
import type { DensityPoint, ObservedSeriesKey } from '../../model/observed/series.ts';
import type { ProfessionResult } from '../../model/result/result.ts';
import type { PopulationInline } from '../../model/scenario/types.ts';
import { pageLanguage } from '../i18n/country-name.ts';

/** Per 10 000 (as WHO publishes) to per 1 000 (as the view shows). */
export function per1000(per10000: number): number {
  return per10000 / 10;
}

/** One observed year of a country, per 1 000 inhabitants. */
export interface LinePoint {
  year: number;
  value: number;
  /** The change from the previous observed point is over 25 %: a possible break in series. */
  possibleBreak: boolean;
}

/** The observed points of one country, per 1 000, in year order, breaks marked. */
export function per1000Series(points: readonly DensityPoint[]): LinePoint[] {
  return markBreaks(points).map((p) => ({
    year: p.year,
    value: per1000(p.per10000),
    possibleBreak: p.possibleBreak,
  }));
}

/** One country's line. */
export interface CountryLine {
  country: HeroesCountry;
  points: LinePoint[];
}

/** The lines of `countries` for series `key` (a country without points has an empty line). */
export function countryLines(
  data: ObservedDensities,
  key: ObservedSeriesKey,
  countries: readonly HeroesCountry[],
): CountryLine[] {
  return countries.map((country) => ({
    country,
    points: per1000Series(densitiesOf(data, country.iso2, key)),
  }));
}

/** The first and last observed year over `lines`, or null when none has a point. */
export function yearSpan(lines: readonly CountryLine[]): [number, number] | null {
  const years = lines.flatMap((l) => l.points.map((p) => p.year));
  return years.length === 0 ? null : [Math.min(...years), Math.max(...years)];
}

const byName = (a: HeroesCountry, b: HeroesCountry) => a.name.localeCompare(b.name, pageLanguage());

/** The 19 countries sorted by name. */
export function countriesByName(): HeroesCountry[] {
  return [...HEROES_COUNTRIES].sort(byName);
}

/** The countries of the HEROES cluster of `iso2`, sorted by name ([] for an unknown code). */
export function clusterOf(iso2: string): HeroesCountry[] {
  const country = heroesCountry(iso2);
  if (!country) return [];
  return HEROES_COUNTRIES.filter((c) => c.cluster === country.cluster).sort(byName);
}

/** Which countries the view shows. */
export type CountryScope = 'all' | 'cluster';

/** The countries shown: all 19, or those of the cluster of `iso2`; sorted by name. */
export function shownCountries(iso2: string, scope: CountryScope): HeroesCountry[] {
  return scope === 'cluster' ? clusterOf(iso2) : countriesByName();
}

/** The shipped data set a scenario's population names (`{"dataset": "wpp2019-it"}`), or
 *  undefined for an inline table, no population or an unknown id. */
export function datasetIdOf(population: unknown): string | undefined {
  if (typeof population !== 'object' || population === null) return undefined;
  const id = (population as { dataset?: unknown }).dataset;
  return typeof id === 'string' && datasetInfo(id) ? id : undefined;
}

/** The HEROES country of a scenario's population data set, if it names one. */
export function datasetCountry(population: unknown): HeroesCountry | undefined {
  const id = datasetIdOf(population);
  const iso2 = id === undefined ? undefined : datasetInfo(id)?.iso2;
  return iso2 === undefined ? undefined : heroesCountry(iso2);
}

/** The country the view starts with: the scenario's data set's, else the first by name. */
export function defaultCountry(population: unknown): string {
  return datasetCountry(population)?.iso2 ?? countriesByName()[0].iso2;
}

/** The observed series a scenario profession most likely stands for, or null (not shown):
 *  the guess of the check against history and the command line too. */
export function guessSeries(profession: { id: string; name: string }): ObservedSeriesKey | null {
  return seriesForProfession(profession) ?? null;
}

/** The profession shown as series `key` unless the planner picks another: the first whose
 *  id or name suggests it, else none. */
export function defaultProfession(
  professions: readonly { id: string; name: string }[],
  key: ObservedSeriesKey,
): string | null {
  return professions.find((p) => guessSeries(p) === key)?.id ?? null;
}

/** A country's latest observed value. */
export interface RankRow {
  iso2: string;
  name: string;
  year: number;
  value: number;
  possibleBreak: boolean;
}

/** The latest observed values of the countries shown, highest first. */
export interface Ranking {
  rows: RankRow[];
  /** The latest year most countries share (the later one on a tie); null without rows. */
  commonYear: number | null;
  /** Countries without any observed value in the series. */
  missing: HeroesCountry[];
}

/** Each country's latest observed value, sorted from the highest down (ties by name). */
export function latestRanking(
  data: ObservedDensities,
  key: ObservedSeriesKey,
  countries: readonly HeroesCountry[],
): Ranking {
  const rows: RankRow[] = [];
  const missing: HeroesCountry[] = [];
  for (const line of countryLines(data, key, countries)) {
    const last = line.points[line.points.length - 1];
    if (!last) missing.push(line.country);
    else rows.push({ iso2: line.country.iso2, name: line.country.name, ...last });
  }
  rows.sort((a, b) => b.value - a.value || a.name.localeCompare(b.name, 'en'));
  const counts = new Map<number, number>();
  for (const r of rows) counts.set(r.year, (counts.get(r.year) ?? 0) + 1);
  let commonYear: number | null = null;
  for (const [year, n] of counts) {
    const best = commonYear === null ? 0 : counts.get(commonYear)!;
    if (n > best || (n === best && year > commonYear!)) commonYear = year;
  }
  return { rows, commonYear, missing };
}

/** Whether a row's year is written beside its name (it is not the common latest year). */
export function yearNoted(row: { year: number }, commonYear: number | null): boolean {
  return row.year !== commonYear;
}

/** One projected year of the working scenario, per 1 000 inhabitants. */
export interface ProjectionPoint {
  year: number;
  median: number;
  /** The 80 % band: 10th and 90th percentiles. */
  low: number;
  high: number;
  /** The headcount's median and the population it is divided by. */
  headcount: number;
  population: number;
}

/** A population as a result may have been run with: national, or one table per region. */
export type AnyPopulation =
  | PopulationInline
  | { years: number[]; regions: Record<string, { female: number[][]; male: number[][] }> };

/** Total population of `year` (summed over regions when split), or undefined. */
export function totalPopulation(pop: AnyPopulation, year: number): number | undefined {
  if (!('regions' in pop)) return populationTotal(pop, year);
  const k = pop.years.indexOf(year);
  if (k < 0) return undefined;
  let total = 0;
  for (const region of Object.values(pop.regions)) {
    for (const x of region.female[k] ?? []) total += x;
    for (const x of region.male[k] ?? []) total += x;
  }
  return total;
}

/**
 * The projected density of a profession: each percentile of its headcount ÷ the total
 * population of that year × 1 000, for the result's years (from the base year on) that the
 * population holds with people in them.
 */
export function projectedDensity(
  profession: Pick<ProfessionResult, 'headcount'>,
  years: readonly number[],
  population: AnyPopulation,
): ProjectionPoint[] {
  const { p10, p50, p90 } = profession.headcount;
  const out: ProjectionPoint[] = [];
  years.forEach((year, i) => {
    const total = totalPopulation(population, year);
    if (total === undefined || !(total > 0)) return;
    const values = [p50[i], p10[i], p90[i]];
    if (!values.every(Number.isFinite)) return;
    const [median, low, high] = values.map((v) => (v / total) * 1000);
    out.push({ year, median, low, high, headcount: p50[i], population: total });
  });
  return out;
}

/** The projected year the ranking shows by default: `preferred` when projected, else the
 *  last projected year (undefined without a projection). */
export function projectionYear(
  points: readonly { year: number }[],
  preferred = 2035,
): number | undefined {
  if (points.some((p) => p.year === preferred)) return preferred;
  return points[points.length - 1]?.year;
}

/** Where a projected value would rank among the other countries' latest observed values:
 *  1 + how many of them are higher, of them all plus one. */
export function projectedRank(
  rows: readonly RankRow[],
  iso2: string,
  value: number,
): { rank: number; of: number } {
  const others = rows.filter((r) => r.iso2 !== iso2);
  return { rank: 1 + others.filter((r) => r.value > value).length, of: others.length + 1 };
}

/** A row of the ranked dot plot: a country's latest observed value, or the projection. */
export type DotRow =
  | ({ kind: 'observed' } & RankRow)
  | { kind: 'projected'; iso2: string; name: string; point: ProjectionPoint };

/** The ranking with the projection of `iso2` placed by its median (after equal values). */
export function dotRows(
  rows: readonly RankRow[],
  projected?: { iso2: string; name: string; point: ProjectionPoint },
): DotRow[] {
  const out: DotRow[] = rows.map((r) => ({ kind: 'observed', ...r }));
  if (!projected) return out;
  const at = out.findIndex((r) => r.kind === 'observed' && r.value < projected.point.median);
  out.splice(at < 0 ? out.length : at, 0, { kind: 'projected', ...projected });
  return out;
}
