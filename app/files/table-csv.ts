/**
 * A scenario's tables written in the long CSV layout the importers read (import-stock.ts,
 * import-population.ts): a template to fill in, and the way back for a round trip.
 * Every field is written by `csvField` (model/result/csv-field.ts), as in every CSV the app
 * writes: values keep full precision (`String(n)`), a cell that is not a number stays empty,
 * and text is kept from being read as a spreadsheet formula.
 */
import { csvLine } from '../../model/result/csv-field.ts';
import type { BySex, PopulationInline } from '../../model/scenario/types.ts';
import type { AgeSpan } from './import-stock.ts';

/** A number, or an empty cell for anything else. */
function cell(value: unknown): number | null {
  return typeof value === 'number' ? value : null;
}

const SEX_CODES = [
  ['female', 'F'],
  ['male', 'M'],
] as const;

/** `age,sex,value`, one row per age and sex (females first). */
export function stockToCsv(stock: Partial<BySex>, ages: AgeSpan): string {
  const lines = [csvLine(['age', 'sex', 'value'])];
  for (const [sex, code] of SEX_CODES) {
    const values: unknown = stock[sex];
    for (let age = ages.min; age <= ages.max; age++) {
      const v: unknown = Array.isArray(values) ? values[age - ages.min] : undefined;
      lines.push(csvLine([age, code, cell(v)]));
    }
  }
  return lines.join('\n') + '\n';
}

/** `year,age,sex,value`, one row per year, age and sex; the last, open age as `100+`. */
export function populationToCsv(population: PopulationInline): string {
  const { ages, years } = population;
  const lines = [csvLine(['year', 'age', 'sex', 'value'])];
  years.forEach((year, k) => {
    for (const [sex, code] of SEX_CODES) {
      const row: unknown = population[sex]?.[k];
      for (let age = ages.min; age <= ages.max; age++) {
        const v: unknown = Array.isArray(row) ? row[age - ages.min] : undefined;
        const label = age === ages.max ? `${age}+` : String(age);
        lines.push(csvLine([year, label, code, cell(v)]));
      }
    }
  });
  return lines.join('\n') + '\n';
}
