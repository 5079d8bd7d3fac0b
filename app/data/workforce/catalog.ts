/**
 * The observed workforce densities that ship with the app: WHO Global Health Observatory,
 * medical doctors (HWF_0001) and nursing and midwifery personnel (HWF_0006) per 10 000
 * inhabitants, by year, for the 19 HEROES countries (docs/observed-data.md). The numbers are
 * in who-densities.json, loaded on demand (`loadObservedDensities`), never in the main
 * bundle; this module holds the words, the countries and their HEROES clusters.
 */
import type { DensityPoint, ObservedSeriesKey } from '../../../model/observed/series.ts';
import { OBSERVED_SERIES } from '../../../model/observed/series.ts';
import { countryName } from '../../i18n/country-name.ts';

export interface HeroesCountry {
  /** ISO 3166-1 alpha-2, upper case, as the population data sets. */
  iso2: string;
  /** ISO 3166-1 alpha-3, lower case, as the WHO files. */
  iso3: string;
  /** English short name. */
  name: string;
  /** The HEROES cluster, 1–3. */
  cluster: 1 | 2 | 3;
}

/** The three HEROES clusters: countries grouped by similar health systems and mobility
 *  flows, in the order the Joint Action lists them. */
export const HEROES_CLUSTERS: readonly (readonly string[])[] = [
  ['PT', 'NO', 'GR', 'SE', 'ES', 'IT'],
  ['HR', 'RO', 'SI', 'LT', 'HU', 'PL'],
  ['BE', 'EE', 'NL', 'SK', 'CZ', 'MT', 'DE'],
];

const NAMES: readonly (readonly [iso2: string, iso3: string, name: string])[] = [
  ['BE', 'bel', 'Belgium'],
  ['CZ', 'cze', 'Czechia'],
  ['DE', 'deu', 'Germany'],
  ['EE', 'est', 'Estonia'],
  ['ES', 'esp', 'Spain'],
  ['GR', 'grc', 'Greece'],
  ['HR', 'hrv', 'Croatia'],
  ['HU', 'hun', 'Hungary'],
  ['IT', 'ita', 'Italy'],
  ['LT', 'ltu', 'Lithuania'],
  ['MT', 'mlt', 'Malta'],
  ['NL', 'nld', 'Netherlands'],
  ['NO', 'nor', 'Norway'],
  ['PL', 'pol', 'Poland'],
  ['PT', 'prt', 'Portugal'],
  ['RO', 'rou', 'Romania'],
  ['SE', 'swe', 'Sweden'],
  ['SI', 'svn', 'Slovenia'],
  ['SK', 'svk', 'Slovakia'],
];

/** The 19 countries in the order of their ISO codes. */
export const HEROES_COUNTRIES: readonly HeroesCountry[] = NAMES.map(([iso2, iso3, name]) =>
  Object.freeze({
    iso2,
    iso3,
    /** In the page's language (i18n/country-name.ts); English outside a page. */
    get name() {
      return countryName(iso2, name);
    },
    cluster: (HEROES_CLUSTERS.findIndex((c) => c.includes(iso2)) + 1) as 1 | 2 | 3,
  }),
);

/** The country of an ISO alpha-2 code (either case), or undefined. */
export function heroesCountry(iso2: string): HeroesCountry | undefined {
  const code = iso2.toUpperCase();
  return HEROES_COUNTRIES.find((c) => c.iso2 === code);
}

/** What each series is. */
export const WHO_SERIES: Readonly<
  Record<ObservedSeriesKey, { indicator: string; name: string; short: string }>
> = {
  doctors: {
    indicator: 'HWF_0001',
    name: 'Medical doctors (per 10 000 population)',
    short: 'Doctors',
  },
  nurses: {
    indicator: 'HWF_0006',
    name: 'Nursing and midwifery personnel (per 10 000 population)',
    short: 'Nurses and midwives',
  },
};

export const WHO_SOURCE =
  'World Health Organization, Global Health Observatory: Medical doctors (per 10 000 ' +
  'population), HWF_0001, and Nursing and midwifery personnel (per 10 000 population), ' +
  'HWF_0006; https://www.who.int/data/gho ; machine-readable copy from the Gapminder/' +
  'open-numbers DDF package https://github.com/open-numbers/ddf--who--gho (commit 433fd1e).';

export const WHO_TERMS =
  'WHO terms and conditions of use for its data sets: use, reproduction and distribution for ' +
  'public health purposes, with acknowledgement of WHO and of the countries that provided ' +
  'the data. https://www.who.int/about/policies/publishing/data-policy/terms-and-conditions';

/** The credit the terms ask for, shown wherever the numbers are. */
export const WHO_ATTRIBUTION =
  'WHO, Global Health Observatory, National Health Workforce Accounts data (HWF_0001, ' +
  'HWF_0006), data provided by the countries';

/** The shipped data, as read and checked. */
export interface ObservedDensities {
  source: string;
  terms: string;
  attribution: string;
  /** ISO alpha-2 → series → points in year order. */
  countries: Readonly<Record<string, Readonly<Record<ObservedSeriesKey, DensityPoint[]>>>>;
}

export class ObservedDataError extends Error {
  override name = 'ObservedDataError';
}

/** Checks and converts the JSON of who-densities.json; an ObservedDataError names the
 *  country, series and point at fault. */
export function readDensities(raw: unknown): ObservedDensities {
  const fail = (message: string): never => {
    throw new ObservedDataError(`observed workforce data (who-densities.json): ${message}`);
  };
  if (typeof raw !== 'object' || raw === null) return fail('must be a JSON object');
  const r = raw as Record<string, unknown>;
  const countries = r.countries as Record<string, unknown> | undefined;
  if (typeof countries !== 'object' || countries === null) return fail('countries is missing');
  const out: Record<string, Record<ObservedSeriesKey, DensityPoint[]>> = {};
  for (const c of HEROES_COUNTRIES) {
    const entry = countries[c.iso2] as Record<string, unknown> | undefined;
    if (typeof entry !== 'object' || entry === null) return fail(`${c.iso2} is missing`);
    const series = {} as Record<ObservedSeriesKey, DensityPoint[]>;
    for (const key of OBSERVED_SERIES) {
      const rows = entry[key];
      if (!Array.isArray(rows)) return fail(`${c.iso2}.${key} must be a list`);
      let last = -Infinity;
      series[key] = rows.map((row: unknown, i) => {
        const [year, value] = Array.isArray(row) ? (row as unknown[]) : [];
        if (typeof year !== 'number' || !Number.isInteger(year) || year <= last) {
          return fail(`${c.iso2}.${key}[${i}]: the years must be whole and rising`);
        }
        if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
          return fail(`${c.iso2}.${key}[${i}] (${year}): not a density`);
        }
        last = year;
        return { year, per10000: value };
      });
    }
    out[c.iso2] = series;
  }
  return {
    source: typeof r.source === 'string' ? r.source : WHO_SOURCE,
    terms: typeof r.terms === 'string' ? r.terms : WHO_TERMS,
    attribution: typeof r.attribution === 'string' ? r.attribution : WHO_ATTRIBUTION,
    countries: out,
  };
}

let cached: Promise<ObservedDensities> | undefined;

/** The shipped densities, imported once on demand (vite makes a chunk of the file). */
export function loadObservedDensities(): Promise<ObservedDensities> {
  cached ??= import('./who-densities.json')
    .then((m: { default: unknown }) => readDensities(m.default))
    .catch((error: unknown) => {
      cached = undefined;
      throw error;
    });
  return cached;
}

/** The points of one country and series ([] for a country not shipped). */
export function densitiesOf(
  data: ObservedDensities,
  iso2: string,
  key: ObservedSeriesKey,
): readonly DensityPoint[] {
  return data.countries[iso2.toUpperCase()]?.[key] ?? [];
}
