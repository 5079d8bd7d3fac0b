import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DatasetError,
  POPULATION_DATASETS,
  POPULATION_DATASET_IDS,
  WPP2019_ATTRIBUTION,
  WPP2019_LICENCE,
  WPP2019_SOURCE,
  datasetInfo,
  datasetTotal,
  loadDataset,
} from '../../app/data/population/catalog.ts';
import type { PopulationDatasetInfo } from '../../app/data/population/catalog.ts';
import { readDataset } from '../../app/data/population/read-dataset.ts';
import { parseScenario } from '../../model/scenario/parse.ts';
import { resolvePopulation } from '../../model/scenario/validate-population.ts';
import { readDatasets } from '../../cli/datasets.ts';

const DIR = join(import.meta.dirname, '../../app/data/population');

const COUNTRIES: Record<string, string> = {
  be: 'Belgium',
  cz: 'Czechia',
  de: 'Germany',
  ee: 'Estonia',
  es: 'Spain',
  gr: 'Greece',
  hr: 'Croatia',
  hu: 'Hungary',
  it: 'Italy',
  lt: 'Lithuania',
  mt: 'Malta',
  nl: 'Netherlands',
  no: 'Norway',
  pl: 'Poland',
  pt: 'Portugal',
  ro: 'Romania',
  se: 'Sweden',
  si: 'Slovenia',
  sk: 'Slovakia',
};

const YEARS = Array.from({ length: 51 }, (_, i) => 2000 + i);

function rawFile(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Record<string, unknown>;
}

describe('the catalog', () => {
  it('lists the 19 data sets, each with its country, codes, ranges, source and licence', () => {
    expect(POPULATION_DATASET_IDS).toEqual(Object.keys(COUNTRIES).map((c) => `wpp2019-${c}`));
    expect(POPULATION_DATASETS).toHaveLength(19);
    for (const d of POPULATION_DATASETS) {
      const iso = d.id.slice('wpp2019-'.length);
      expect(d.country).toBe(COUNTRIES[iso]);
      expect(d.iso2).toBe(iso.toUpperCase());
      expect(d.file).toBe(`${iso}.json`);
      expect(d.years).toEqual({ first: 2000, last: 2050 });
      expect(d.ages).toEqual({ min: 0, max: 100, lastOpen: true });
      expect(d.licenceName).toBe('CC BY 3.0 IGO');
      expect(d.licence).toContain('CC BY 3.0 IGO');
      expect(d.source).toContain('World Population Prospects 2019');
      expect(d.attribution).toBe(
        'United Nations, DESA, Population Division, World Population Prospects 2019',
      );
      expect(datasetInfo(d.id)).toBe(d);
    }
    expect(datasetInfo('wpp2019-xx')).toBeUndefined();
    expect(Object.isFrozen(POPULATION_DATASETS[0])).toBe(true);
  });

  it('matches the files: one per entry, and the same id, country, codes, source and licence', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.json'));
    expect(files.sort()).toEqual(POPULATION_DATASETS.map((d) => d.file).sort());
    for (const d of POPULATION_DATASETS) {
      const raw = rawFile(d.file);
      expect(raw.id).toBe(d.id);
      expect(raw.country).toBe(d.country);
      expect(raw.iso2).toBe(d.iso2);
      expect(raw.un_code).toBe(d.unCode);
      expect(raw.source).toBe(WPP2019_SOURCE);
      expect(raw.licence).toBe(WPP2019_LICENCE);
      expect(raw.unit).toBe('persons');
      expect(raw.variant).toBe('medium');
    }
    expect(WPP2019_ATTRIBUTION).toMatch(/^United Nations, DESA, Population Division/);
  });
});

describe('loadDataset', () => {
  it('loads and validates every data set: years 2000..2050, 101 ages, whole counts', async () => {
    for (const meta of POPULATION_DATASETS) {
      const d = await loadDataset(meta.id);
      expect(d.meta).toBe(meta);
      expect(d.ages).toEqual({ min: 0, max: 100 });
      expect(d.years).toEqual(YEARS);
      for (const sex of ['female', 'male'] as const) {
        expect(d[sex]).toHaveLength(51);
        for (const row of d[sex]) {
          expect(row).toHaveLength(101);
          expect(row.every((x) => Number.isSafeInteger(x) && x >= 0)).toBe(true);
        }
      }
      for (const y of YEARS) expect(datasetTotal(d, y)).toBeGreaterThan(100_000);
    }
  });

  it('gives the totals of the source', async () => {
    const total = async (id: string, year: number) => datasetTotal(await loadDataset(id), year);
    expect(await total('wpp2019-it', 2025)).toBe(59_876_553);
    expect(await total('wpp2019-de', 2025)).toBe(83_515_017);
    expect(await total('wpp2019-mt', 2025)).toBe(447_186);
    // WPP2019: Italy 2020 was 60 461.8 thousand; 2025 follows the medium variant down.
    expect(await total('wpp2019-it', 2050)).toBeLessThan(59_876_553);
    // The past, WPP2019 estimates: Italy 2020 60 461.826 thousand, 2010 59 325.232 thousand
    // (the sum of 202 values rounded to persons, so within 101 of the thousands × 1000).
    expect(Math.abs((await total('wpp2019-it', 2020)) - 60_461_826)).toBeLessThanOrEqual(101);
    expect(Math.abs((await total('wpp2019-it', 2010)) - 59_325_232)).toBeLessThanOrEqual(101);
  });

  it('returns fresh arrays on each call', async () => {
    const a = await loadDataset('wpp2019-mt');
    a.female[0][0] = -1;
    const b = await loadDataset('wpp2019-mt');
    expect(b.female[0][0]).toBeGreaterThan(0);
  });

  it('rejects an unknown id and lists the known ones', async () => {
    const err = await loadDataset('wpp2019-xx').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DatasetError);
    expect((err as Error).message).toContain('unknown population data set "wpp2019-xx"');
    for (const id of POPULATION_DATASET_IDS) expect((err as Error).message).toContain(id);
  });

  it('reads the same numbers as the command line', async () => {
    const cli = readDatasets();
    expect(Object.keys(cli)).toEqual(POPULATION_DATASET_IDS);
    for (const id of ['wpp2019-it', 'wpp2019-mt', 'wpp2019-sk']) {
      const { meta, ...app } = await loadDataset(id);
      expect(meta.id).toBe(id);
      expect(cli[id]).toEqual(app);
      expect('meta' in cli[id]).toBe(false);
    }
  });

  it('is accepted by the parser as a data set and resolved to the same arrays', async () => {
    const it_ = await loadDataset('wpp2019-it');
    const scenario = JSON.parse(
      readFileSync(join(import.meta.dirname, '../../app/data/examples/minimal.json'), 'utf8'),
    ) as Record<string, unknown>;
    const datasets = { 'wpp2019-it': it_ };
    const r = parseScenario({ ...scenario, population: { dataset: 'wpp2019-it' } }, { datasets });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.scenario.population).toEqual({ dataset: 'wpp2019-it' });
    expect(resolvePopulation(r.scenario.population, datasets)).toBe(it_);
  });
});

describe('readDataset: a damaged file gets a clear error', () => {
  const meta = datasetInfo('wpp2019-mt') as PopulationDatasetInfo;
  const good = () => rawFile('mt.json') as Record<string, unknown> & { female: unknown[][] };
  const fails = (raw: unknown, message: string | RegExp) => {
    expect(() => readDataset(raw, meta)).toThrow(DatasetError);
    expect(() => readDataset(raw, meta)).toThrow(message);
  };

  it('accepts the shipped file', () => {
    expect(datasetTotal(readDataset(good(), meta), 2025)).toBe(447_186);
  });

  it('names the data set, the file and the broken rule', () => {
    fails(null, 'population data set wpp2019-mt (mt.json): must be a JSON object, got null');
    fails({ ...good(), id: 'wpp2019-it' }, 'its id must be "wpp2019-mt", got "wpp2019-it"');
    fails({ ...good(), ages: { min: 0, max: 99 } }, 'ages must run 0–100 as in the catalog');
    fails({ ...good(), ages: 'all' }, 'ages must be an object with whole numbers min and max');
    fails({ ...good(), years: [] }, 'years must be a non-empty list');
    fails({ ...good(), years: YEARS.slice(0, 20) }, 'years must run 2000–2050 (51 years), got 20');
    fails({ ...good(), years: [2000, 2002, ...YEARS.slice(3)] }, 'years[1] must be 2001, got 2002');
    fails({ ...good(), male: undefined }, 'male must be a list of 51 rows, one per year');
  });

  it('checks each row: 101 values, whole and non-negative', () => {
    const short = good();
    short.female[3] = short.female[3].slice(1);
    fails(short, 'female[3] (2003) must hold 101 values, one per age 0–100, got a list of 100');
    const negative = good();
    negative.female[0][40] = -5;
    fails(negative, 'female[0] (2000), age 40: a population must be a whole number of at least 0');
    const fraction = good();
    fraction.female[50][100] = 1.5;
    fails(fraction, /female\[50\] \(2050\), age 100: .* got 1\.5/);
    const text = good();
    text.female[1][0] = '12';
    fails(text, 'got "12"');
  });
});

describe('datasetTotal', () => {
  const pop = {
    ages: { min: 0, max: 1 },
    years: [2030, 2031],
    female: [
      [1, 2],
      [3, 4],
    ],
    male: [
      [10, 20],
      [30, 40],
    ],
  };

  it('adds both sexes over all ages of one year', () => {
    expect(datasetTotal(pop, 2030)).toBe(33);
    expect(datasetTotal(pop, 2031)).toBe(77);
  });

  it('throws a RangeError for a year outside the data', () => {
    expect(() => datasetTotal(pop, 2029)).toThrow(RangeError);
    expect(() => datasetTotal(pop, 2029)).toThrow('the population data hold 2030–2031, not 2029');
  });
});
