/**
 * A population projection by year, single year of age and sex (MODEL.md §1, the
 * scenario's inline `population`) from a long CSV table: `age,sex,year,value`, or
 * Eurostat's SDMX-CSV (`age`, `sex`, `TIME_PERIOD`, `OBS_VALUE`, as in `proj_23np`).
 *
 * The ages run from the lowest in the file to the open group (`Y_GE100`, `100+`), which
 * becomes the last, open-ended age; without an open group the last age is taken as open,
 * with a warning. Every year needs a value for every age of both sexes.
 */
import type { PopulationInline } from '../../model/scenario/types.ts';
import { startSummary, yearList } from './import-stock.ts';
import type { ImportSummary } from './import-stock.ts';
import { ageRanges, duplicateProblem, quote, readLongTable } from './long-table.ts';
import type { Cell, ImportProblem, Sex } from './long-table.ts';

export interface PopulationImportOptions {
  /** The projected years (baseYear..baseYear + horizonYears): a warning when the table
   *  does not cover them. */
  projection?: { first: number; last: number };
}

export interface PopulationImport {
  summary: ImportSummary;
  errors: ImportProblem[];
  warnings: ImportProblem[];
  /** Present when there is no error. */
  population?: PopulationInline;
}

/** The model's limit on ages (docs/scenario-format.md). */
const MAX_AGE = 120;

export function importPopulation(
  text: string,
  options: PopulationImportOptions = {},
): PopulationImport {
  const table = readLongTable(text, 'required');
  const { columns, cells } = table;
  const errors = table.errors;
  const warnings: ImportProblem[] = [];
  const summary = startSummary(table);
  const done = (): PopulationImport => ({ summary, errors, warnings });
  if (cells.length === 0) {
    if (errors.length === 0) errors.push({ message: 'no row could be used' });
    return done();
  }

  // The open group: one for the whole table.
  const ageColumn = columns.age!;
  const opens = cells.filter((c) => c.age.kind === 'open');
  let openFrom: number | undefined;
  for (const c of opens) {
    const from = (c.age as { from: number }).from;
    if (openFrom === undefined) openFrom = from;
    else if (from !== openFrom) {
      errors.push({
        row: c.row,
        column: ageColumn.name,
        message: `${quote(c.fields[ageColumn.index].trim())} is a second open age group (the first is ${openFrom} and over, in row ${opens[0].row}); the table needs one`,
      });
    }
  }
  const singles = cells.filter((c) => c.age.kind === 'single').map((c) => ageOf(c));
  const min = singles.length > 0 ? Math.min(...singles) : openFrom!;
  const max = openFrom ?? Math.max(...singles);
  for (const c of cells) {
    if (c.age.kind === 'single' && openFrom !== undefined && c.age.age > openFrom) {
      errors.push({
        row: c.row,
        column: ageColumn.name,
        message: `age ${c.age.age} lies inside the open age group ${openFrom} and over; leave it out, or leave the open group out`,
      });
    } else if (ageOf(c) > MAX_AGE) {
      errors.push({
        row: c.row,
        column: ageColumn.name,
        message: `age ${ageOf(c)} is above ${MAX_AGE}, the oldest age a scenario can hold`,
      });
    }
  }
  if (errors.length > 0) return done();

  const years = [...new Set(cells.map((c) => c.year!))].sort((a, b) => a - b);
  const n = max - min + 1;
  const yearIndex = new Map(years.map((y, i) => [y, i]));
  const grid = (): (Cell | undefined)[][] =>
    years.map(() => new Array<Cell | undefined>(n).fill(undefined));
  const seen: Record<Sex, (Cell | undefined)[][]> = { female: grid(), male: grid() };
  for (const c of cells) {
    const k = yearIndex.get(c.year!)!;
    const i = ageOf(c) - min;
    const first = seen[c.sex][k][i];
    if (first) {
      const a = ageOf(c);
      const age = openFrom !== undefined && a === openFrom ? `${a} and over` : String(a);
      errors.push(
        duplicateProblem(table.csv.header, columns, first, c, `${c.year}, ${c.sex}, age ${age}`),
      );
      continue;
    }
    seen[c.sex][k][i] = c;
  }
  // Every year, sex and age must have its value.
  for (const sex of ['female', 'male'] as const) {
    years.forEach((year, k) => {
      const missing: number[] = [];
      seen[sex][k].forEach((c, i) => {
        if (!c) missing.push(min + i);
      });
      if (missing.length === n) {
        errors.push({ message: `no rows for ${sex} in ${year}` });
      } else if (missing.length > 0) {
        errors.push({
          message: `no row for ${year}, ${sex}, ${missing.length === 1 ? 'age' : 'ages'} ${ageRanges(missing)}`,
        });
      }
    });
  }
  if (errors.length > 0) return done();

  const values = (sex: Sex) => seen[sex].map((row) => row.map((c) => c!.value));
  const population: PopulationInline = {
    ages: { min, max },
    years,
    female: values('female'),
    male: values('male'),
  };
  summary.rowsUsed = cells.length;
  summary.ages = { min, max, open: openFrom !== undefined };
  summary.years = years;
  // Totals of the base year when the table has it, else of its first year.
  const k0 = (options.projection && yearIndex.get(options.projection.first)) ?? 0;
  summary.totalsYear = years[k0];
  summary.totals = {
    female: population.female[k0].reduce((a, b) => a + b, 0),
    male: population.male[k0].reduce((a, b) => a + b, 0),
  };

  if (openFrom === undefined) {
    warnings.push({
      column: ageColumn.name,
      message: `the table has no open age group (such as Y_GE100 or 100+): age ${max}, the last, is taken as "${max} and over"`,
    });
  }
  if (min > 0) {
    warnings.push({
      column: ageColumn.name,
      message: `the youngest age is ${min}: demand will follow the population aged ${min} and over only`,
    });
  }
  const projection = options.projection;
  const gaps = years.filter((y, k) => k > 0 && y !== years[k - 1] + 1);
  if (!projection && gaps.length > 0) {
    warnings.push({
      column: columns.year?.name,
      message: `the years are not consecutive (${yearList(years)}); every projected year must be among them`,
    });
  }
  if (projection) {
    const have = new Set(years);
    const missing: number[] = [];
    for (let y = projection.first; y <= projection.last; y++) if (!have.has(y)) missing.push(y);
    if (missing.length > 0) {
      warnings.push({
        column: columns.year?.name,
        message:
          `the projection runs ${projection.first}–${projection.last}, and the table has no rows for ${yearList(missing)}: ` +
          'the scenario will list this as a problem until its years are covered',
      });
    }
  }
  if (summary.totals.female + summary.totals.male === 0) {
    warnings.push({
      message: `the total population of ${years[k0]} is 0: demand cannot be scaled from it`,
    });
  }
  return { summary, errors, warnings, population };
}

function ageOf(c: Cell): number {
  return c.age.kind === 'open' ? c.age.from : c.age.age;
}
