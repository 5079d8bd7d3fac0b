/**
 * The population data sets that ship with the app: UN World Population Prospects 2019,
 * medium variant, by single year of age and sex, 2000–2050 (estimates to 2019, projections after), for the 19 HEROES countries
 * (see SOURCES.md and docs/population-data.md).
 *
 * The catalog holds no numbers, so the app can list the data sets cheaply. `loadDataset`
 * imports one country's file on demand: vite makes one chunk per file, and none of them
 * is part of the main bundle.
 */
import type { PopulationInline } from '../../../model/scenario/types.ts';
import { DatasetError, readDataset } from './read-dataset.ts';
import type { LoadedDataset } from './read-dataset.ts';
import { countryName } from '../../i18n/country-name.ts';
import type { Translate } from '../../i18n/translate.ts';

export { DatasetError } from './read-dataset.ts';
export type { LoadedDataset } from './read-dataset.ts';

/** The credit line the licence asks for, shown wherever the numbers are used. */
export const WPP2019_ATTRIBUTION =
  'United Nations, DESA, Population Division, World Population Prospects 2019';

/** The `source` text of every file. */
export const WPP2019_SOURCE =
  'United Nations, Department of Economic and Social Affairs, Population Division (2019). ' +
  'World Population Prospects 2019 (WPP2019), medium variant, population by single year of ' +
  'age and sex, 1 July (interpolated single ages; 100 = 100 and over). ' +
  'https://population.un.org/wpp/ ; machine-readable copy taken from the Gapminder/open-numbers ' +
  'DDF package https://github.com/open-numbers/ddf--unpop--wpp_population ' +
  '(population--by--geo--time--age1yearinterval--gender). ' +
  'Values converted from thousands to persons.';

/** The `licence` text of every file. */
export const WPP2019_LICENCE =
  'UN WPP data: Creative Commons Attribution 3.0 IGO (CC BY 3.0 IGO), ' +
  'http://creativecommons.org/licenses/by/3.0/igo/ ; cite the UN Population Division.';

export interface PopulationDatasetInfo {
  /** `wpp2019-<iso2>`, what a scenario names: `"population": {"dataset": "wpp2019-it"}`. */
  id: string;
  /** English short name, e.g. `Italy`. */
  country: string;
  /** ISO 3166-1 alpha-2, upper case, e.g. `IT`. */
  iso2: string;
  /** UN M49 numeric code. */
  unCode: number;
  /** The file in app/data/population/, e.g. `it.json`. */
  file: string;
  /** Every year first..last, population on 1 July. */
  years: { first: number; last: number };
  /** Single ages min..max; the last age is open-ended (100 = 100 and over). */
  ages: { min: number; max: number; lastOpen: boolean };
  /** `WPP 2019, medium variant`: for a short label. */
  edition: string;
  source: string;
  sourceUrl: string;
  licence: string;
  /** `CC BY 3.0 IGO` */
  licenceName: string;
  licenceUrl: string;
  attribution: string;
}

const COUNTRIES: readonly (readonly [iso2: string, country: string, unCode: number])[] = [
  ['BE', 'Belgium', 56],
  ['CZ', 'Czechia', 203],
  ['DE', 'Germany', 276],
  ['EE', 'Estonia', 233],
  ['ES', 'Spain', 724],
  ['GR', 'Greece', 300],
  ['HR', 'Croatia', 191],
  ['HU', 'Hungary', 348],
  ['IT', 'Italy', 380],
  ['LT', 'Lithuania', 440],
  ['MT', 'Malta', 470],
  ['NL', 'Netherlands', 528],
  ['NO', 'Norway', 578],
  ['PL', 'Poland', 616],
  ['PT', 'Portugal', 620],
  ['RO', 'Romania', 642],
  ['SE', 'Sweden', 752],
  ['SI', 'Slovenia', 705],
  ['SK', 'Slovakia', 703],
];

/** The id of a country's data set, `wpp2019-<iso2>` (whether or not it is shipped). */
export function countryDatasetId(iso2: string): string {
  return `wpp2019-${iso2.toLowerCase()}`;
}

/** The edition of the shipped data sets, as written in their files' words. */
const WPP2019_MEDIUM = 'WPP 2019, medium variant';

/** A data set's edition in the language of `t` ("WPP 2019, variante media"). */
export function editionWords(info: PopulationDatasetInfo, t: Translate): string {
  return info.edition === WPP2019_MEDIUM ? t('population.edition.wpp2019Medium') : info.edition;
}

/** The 19 data sets, in the order of their ids. */
export const POPULATION_DATASETS: readonly PopulationDatasetInfo[] = COUNTRIES.map(
  ([iso2, country, unCode]) =>
    Object.freeze({
      id: countryDatasetId(iso2),
      /** In the page's language (i18n/country-name.ts); English outside a page. */
      get country() {
        return countryName(iso2, country);
      },
      iso2,
      unCode,
      file: `${iso2.toLowerCase()}.json`,
      years: Object.freeze({ first: 2000, last: 2050 }),
      ages: Object.freeze({ min: 0, max: 100, lastOpen: true }),
      edition: WPP2019_MEDIUM,
      source: WPP2019_SOURCE,
      sourceUrl: 'https://population.un.org/wpp/',
      licence: WPP2019_LICENCE,
      licenceName: 'CC BY 3.0 IGO',
      licenceUrl: 'https://creativecommons.org/licenses/by/3.0/igo/',
      attribution: WPP2019_ATTRIBUTION,
    }),
);

/** The ids of POPULATION_DATASETS, in the same order. */
export const POPULATION_DATASET_IDS: readonly string[] = POPULATION_DATASETS.map((d) => d.id);

/** The catalog entry of `id`, or undefined for an id that is not shipped. */
export function datasetInfo(id: string): PopulationDatasetInfo | undefined {
  return POPULATION_DATASETS.find((d) => d.id === id);
}

type FileLoader = () => Promise<unknown>;
let loaders: Record<string, FileLoader> | undefined;

/** The files, one lazy import each. Called only when a data set is loaded, so that the
 *  catalog can also be imported outside vite (the command line). */
function fileLoaders(): Record<string, FileLoader> {
  loaders ??= import.meta.glob('./*.json', { import: 'default' });
  return loaders;
}

/**
 * Imports, validates and converts one data set. Rejects with a DatasetError for an
 * unknown id (listing the known ones) or a damaged file, and with an Error when the file
 * cannot be fetched. Each call returns fresh arrays.
 */
export async function loadDataset(id: string): Promise<LoadedDataset> {
  const meta = datasetInfo(id);
  if (meta === undefined) {
    throw new DatasetError(
      `unknown population data set ${JSON.stringify(id)}; known: ${POPULATION_DATASET_IDS.join(', ')}`,
    );
  }
  const load = fileLoaders()[`./${meta.file}`];
  if (load === undefined) {
    throw new DatasetError(`population data set ${meta.id}: the file ${meta.file} is missing`);
  }
  let raw: unknown;
  try {
    raw = await load();
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new Error(`the population data set ${meta.id} could not be loaded: ${why}`, {
      cause: error,
    });
  }
  return readDataset(raw, meta);
}

/**
 * Total population (both sexes, all ages) of `year`. Throws a RangeError when the data do
 * not hold that year.
 */
export function datasetTotal(pop: PopulationInline, year: number): number {
  const k = pop.years.indexOf(year);
  if (k < 0) {
    const first = pop.years[0];
    const last = pop.years[pop.years.length - 1];
    throw new RangeError(`the population data hold ${first}–${last}, not ${year}`);
  }
  let total = 0;
  for (const x of pop.female[k]) total += x;
  for (const x of pop.male[k]) total += x;
  return total;
}
