/**
 * Checks one shipped population file (see SOURCES.md for its fields) against its catalog
 * entry and turns it into the scenario's `PopulationInline`. Used by the app (loadDataset
 * in ./catalog.ts) and by the command line (cli/datasets.ts), so both read the files alike.
 */
import type { PopulationInline } from '../../../model/scenario/types.ts';
import type { PopulationDatasetInfo } from './catalog.ts';

/** A shipped data set: the population arrays and its catalog entry. */
export type LoadedDataset = PopulationInline & { meta: PopulationDatasetInfo };

/** A shipped population file is damaged or does not match the catalog. */
export class DatasetError extends Error {
  override name = 'DatasetError';
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function describe(v: unknown): string {
  if (Array.isArray(v)) return `a list of ${v.length}`;
  if (v === null) return 'null';
  if (typeof v === 'string') return JSON.stringify(v.length > 30 ? `${v.slice(0, 29)}…` : v);
  if (typeof v === 'number') return String(v);
  return typeof v;
}

function isCount(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
}

/**
 * Validates `raw` (the parsed JSON of `meta.file`) and converts it. Throws a DatasetError
 * naming the file and the first broken rule: the id, the ages and years of the catalog,
 * one row per year for each sex, each row one whole, non-negative number per age.
 */
export function readDataset(raw: unknown, meta: PopulationDatasetInfo): LoadedDataset {
  const fail = (what: string): never => {
    throw new DatasetError(`population data set ${meta.id} (${meta.file}): ${what}`);
  };
  if (!isRecord(raw)) return fail(`must be a JSON object, got ${describe(raw)}`);
  if (raw.id !== meta.id) fail(`its id must be "${meta.id}", got ${describe(raw.id)}`);

  const ages = raw.ages;
  if (!isRecord(ages) || !Number.isInteger(ages.min) || !Number.isInteger(ages.max)) {
    return fail('ages must be an object with whole numbers min and max');
  }
  if (ages.min !== meta.ages.min || ages.max !== meta.ages.max) {
    fail(
      `ages must run ${meta.ages.min}–${meta.ages.max} as in the catalog, ` +
        `got ${describe(ages.min)}–${describe(ages.max)}`,
    );
  }
  const width = meta.ages.max - meta.ages.min + 1;

  const years = raw.years;
  if (!Array.isArray(years) || years.length === 0) {
    return fail(`years must be a non-empty list, got ${describe(years)}`);
  }
  years.forEach((y: unknown, i) => {
    const expected = meta.years.first + i;
    if (y !== expected) fail(`years[${i}] must be ${expected}, got ${describe(y)}`);
  });
  const span = meta.years.last - meta.years.first + 1;
  if (years.length !== span) {
    fail(
      `years must run ${meta.years.first}–${meta.years.last} (${span} years), got ${years.length}`,
    );
  }

  const rows = (sex: 'female' | 'male'): number[][] => {
    const v = raw[sex];
    if (!Array.isArray(v) || v.length !== years.length) {
      return fail(
        `${sex} must be a list of ${years.length} rows, one per year, got ${describe(v)}`,
      );
    }
    return v.map((row: unknown, k) => {
      const where = `${sex}[${k}] (${meta.years.first + k})`;
      if (!Array.isArray(row) || row.length !== width) {
        return fail(
          `${where} must hold ${width} values, one per age ${meta.ages.min}–${meta.ages.max}, ` +
            `got ${describe(row)}`,
        );
      }
      const bad = row.findIndex((x) => !isCount(x));
      if (bad >= 0) {
        fail(
          `${where}, age ${meta.ages.min + bad}: a population must be a whole number ` +
            `of at least 0, got ${describe(row[bad])}`,
        );
      }
      return (row as number[]).slice();
    });
  };

  return {
    ages: { min: meta.ages.min, max: meta.ages.max },
    years: (years as number[]).slice(),
    female: rows('female'),
    male: rows('male'),
    meta,
  };
}

/** The population arrays alone, as `ParseOptions.datasets` and `simulate` take them. */
export function toPopulationInline(d: PopulationInline): PopulationInline {
  return { ages: d.ages, years: d.years, female: d.female, male: d.male };
}
