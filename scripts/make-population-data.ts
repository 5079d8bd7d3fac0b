/**
 * Regenerates the shipped population files, app/data/population/<iso2>.json, from a copy
 * of Gapminder's DDF package of the UN World Population Prospects 2019
 * (https://github.com/open-numbers/ddf--unpop--wpp_population):
 *
 *   npx tsx scripts/make-population-data.ts <path to a clone of ddf--unpop--wpp_population>
 *
 * It reads `population--by--geo--time--age1yearinterval--gender/
 * ddf--datapoints--population--by--country-<UN code>--time--age1yearinterval--gender.csv`
 * (columns country, time, age1yearinterval, gender (1 male, 2 female), population in
 * thousands), keeps the years FIRST_YEAR…LAST_YEAR (estimates to 2019, the medium variant
 * after) and writes persons (× 1000, rounded), ages 0…100 (100 = 100 and over).
 * The path may also be a bare git directory: the files are then read from its HEAD.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  POPULATION_DATASETS,
  WPP2019_LICENCE,
  WPP2019_SOURCE,
} from '../app/data/population/catalog.ts';

export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2050;
const MAX_AGE = 100;
const FOLDER = 'population--by--geo--time--age1yearinterval--gender';

function fileName(unCode: number): string {
  return `ddf--datapoints--population--by--country-${unCode}--time--age1yearinterval--gender.csv`;
}

/** The text of one source file, from a work tree or a bare git directory. */
function readSource(root: string, unCode: number): string {
  const inTree = join(root, FOLDER, fileName(unCode));
  if (existsSync(inTree)) return readFileSync(inTree, 'utf8');
  return execFileSync('git', ['--git-dir', root, 'show', `HEAD:${FOLDER}/${fileName(unCode)}`], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}

export interface CountryPopulation {
  years: number[];
  female: number[][];
  male: number[][];
}

/** The persons by year, sex and single age in one country's source CSV. */
export function readCountry(text: string, unCode: number): CountryPopulation {
  const years = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);
  const empty = () => years.map(() => new Array<number>(MAX_AGE + 1).fill(-1));
  const female = empty();
  const male = empty();
  const lines = text.split(/\r?\n/);
  if (lines[0].trim() !== 'country,time,age1yearinterval,gender,population') {
    throw new Error(`unexpected header in the file of ${unCode}: ${lines[0]}`);
  }
  for (const line of lines.slice(1)) {
    if (line.trim() === '') continue;
    const [country, time, age, gender, value] = line.split(',');
    if (Number(country) !== unCode) throw new Error(`row of another country: ${line}`);
    const year = Number(time);
    if (year < FIRST_YEAR || year > LAST_YEAR) continue;
    const a = Number(age);
    if (!Number.isInteger(a) || a < 0 || a > MAX_AGE) throw new Error(`bad age: ${line}`);
    const persons = Math.round(Number(value) * 1000);
    if (!Number.isFinite(persons) || persons < 0) throw new Error(`bad value: ${line}`);
    const rows = gender === '2' ? female : gender === '1' ? male : undefined;
    if (!rows) throw new Error(`bad gender: ${line}`);
    rows[year - FIRST_YEAR][a] = persons;
  }
  for (const [sex, rows] of [
    ['female', female],
    ['male', male],
  ] as const) {
    rows.forEach((row, k) => {
      const missing = row.indexOf(-1);
      if (missing >= 0) {
        throw new Error(`${unCode}: no ${sex} population of age ${missing} in ${years[k]}`);
      }
    });
  }
  return { years, female, male };
}

function main(root: string | undefined): void {
  if (!root) {
    console.error('usage: npx tsx scripts/make-population-data.ts <clone of the WPP2019 DDF>');
    process.exit(2);
  }
  const out = fileURLToPath(new URL('../app/data/population/', import.meta.url));
  for (const d of POPULATION_DATASETS) {
    const { years, female, male } = readCountry(readSource(root, d.unCode), d.unCode);
    const json = {
      id: d.id,
      country: d.country,
      iso2: d.iso2,
      un_code: d.unCode,
      source: WPP2019_SOURCE,
      licence: WPP2019_LICENCE,
      unit: 'persons',
      reference_date: '1 July',
      variant: 'medium',
      ages: { min: 0, max: MAX_AGE, last_open: true },
      years,
      female,
      male,
    };
    writeFileSync(join(out, d.file), JSON.stringify(json));
    console.log(`${d.file}: ${years[0]}–${years[years.length - 1]}`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv[2]);
