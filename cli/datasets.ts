/**
 * The population data sets of the app (app/data/population/), read from disk for the
 * command line: every file of the catalog, synchronously, once per process, checked the
 * way the app checks them (readDataset).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { POPULATION_DATASETS } from '../app/data/population/catalog.ts';
import { readDataset, toPopulationInline } from '../app/data/population/read-dataset.ts';
import type { PopulationInline } from '../model/scenario/types.ts';

/** The folder of the shipped files. */
export const POPULATION_DIR = fileURLToPath(new URL('../app/data/population/', import.meta.url));

export type Datasets = Readonly<Record<string, PopulationInline>>;

/** Reads and checks every data set of the catalog from `dir`; throws on a damaged file. */
export function readDatasets(dir: string = POPULATION_DIR): Datasets {
  const out: Record<string, PopulationInline> = {};
  for (const meta of POPULATION_DATASETS) {
    const path = join(dir, meta.file);
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      throw new Error(`cannot read the population data set ${meta.id} from ${path}: ${why}`, {
        cause: error,
      });
    }
    out[meta.id] = toPopulationInline(readDataset(raw, meta));
  }
  return Object.freeze(out);
}

let shipped: Datasets | undefined;

/** The shipped data sets, read on the first call and kept. */
export function shippedDatasets(): Datasets {
  shipped ??= readDatasets();
  return shipped;
}
