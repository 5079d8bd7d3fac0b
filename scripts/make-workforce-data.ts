/**
 * Regenerates app/data/workforce/who-densities.json from the WHO GHO copies in
 * scripts/sources/who-gho/ (see the README there):
 *
 *   npx tsx scripts/make-workforce-data.ts
 *
 * Keeps the 19 HEROES countries, writes each series as [year, value] pairs in year order,
 * with the value as the source writes it (a number per 10 000 inhabitants).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  HEROES_COUNTRIES,
  WHO_ATTRIBUTION,
  WHO_SERIES,
  WHO_SOURCE,
  WHO_TERMS,
} from '../app/data/workforce/catalog.ts';
import type { ObservedSeriesKey } from '../model/observed/series.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** The rows of one source file: ISO3 → [year, value][] in year order. */
export function readWhoCsv(text: string, column: string): Map<string, [number, number][]> {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  if (lines[0] !== `country,year,${column}`) throw new Error(`unexpected header: ${lines[0]}`);
  const out = new Map<string, [number, number][]>();
  for (const line of lines.slice(1)) {
    const [iso3, year, value] = line.split(',');
    const y = Number(year);
    const v = Number(value);
    if (!/^[a-z]{3}$/.test(iso3) || !Number.isInteger(y) || !Number.isFinite(v) || v < 0) {
      throw new Error(`bad row: ${line}`);
    }
    const rows = out.get(iso3) ?? [];
    rows.push([y, v]);
    out.set(iso3, rows);
  }
  for (const rows of out.values()) rows.sort((a, b) => a[0] - b[0]);
  return out;
}

function main(): void {
  const countries: Record<string, Record<ObservedSeriesKey, [number, number][]>> = {};
  const read = Object.fromEntries(
    (Object.keys(WHO_SERIES) as ObservedSeriesKey[]).map((key) => {
      const code = WHO_SERIES[key].indicator.toLowerCase();
      const text = readFileSync(here(`./sources/who-gho/${code}.csv`), 'utf8');
      return [key, readWhoCsv(text, code)];
    }),
  ) as Record<ObservedSeriesKey, Map<string, [number, number][]>>;
  for (const c of HEROES_COUNTRIES) {
    countries[c.iso2] = {
      doctors: read.doctors.get(c.iso3) ?? [],
      nurses: read.nurses.get(c.iso3) ?? [],
    };
  }
  const json = {
    id: 'who-gho-hwf',
    source: WHO_SOURCE,
    terms: WHO_TERMS,
    attribution: WHO_ATTRIBUTION,
    unit: 'per 10 000 population',
    series: WHO_SERIES,
    countries,
  };
  writeFileSync(here('../app/data/workforce/who-densities.json'), JSON.stringify(json) + '\n');
  const points = Object.values(countries).reduce(
    (n, c) => n + c.doctors.length + c.nurses.length,
    0,
  );
  console.log(`who-densities.json: ${HEROES_COUNTRIES.length} countries, ${points} points`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
