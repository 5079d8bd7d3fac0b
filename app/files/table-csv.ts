/**
 * A scenario's tables written in the long CSV layout the importers read (import-stock.ts,
 * import-population.ts): a template to fill in, and the way back for a round trip.
 * Every field is written by `csvField` (model/result/csv-field.ts), as in every CSV the app
 * writes: values keep full precision (`String(n)`), a cell that is not a number stays empty,
 * and text is kept from being read as a spreadsheet formula.
 */
import { csvLine } from '../../model/result/csv-field.ts';
import { getAtPath } from '../../model/scenario/json-path.ts';
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

/**
 * The template of a scenario with regions: `region,age,sex,value` (each region's headcount)
 * or `region,year,age,sex,value` (each region's population table), read back by the regional
 * import; undefined when the scenario does not hold such tables.
 */
export function regionalTemplate(
  draft: unknown,
  target: { kind: 'stock' | 'population'; path: string },
  regions: readonly { id: string; name: string }[],
): { text: string; name: string } | undefined {
  const withRegion = (id: string, csv: string) =>
    csv
      .trimEnd()
      .split('\n')
      .slice(1)
      .map((line) => `${csvLine([id])},${line}`);
  if (target.kind === 'stock') {
    const min = getAtPath(draft, 'ages.min');
    const max = getAtPath(draft, 'ages.max');
    if (typeof min !== 'number' || typeof max !== 'number' || max < min) return undefined;
    const lines = [csvLine(['region', 'age', 'sex', 'value'])];
    for (const r of regions) {
      const stock = getAtPath(draft, `${target.path}.${r.id}`);
      lines.push(...withRegion(r.id, stockToCsv(isObject(stock) ? stock : {}, { min, max })));
    }
    return { text: lines.join('\n') + '\n', name: 'stock-by-region.csv' };
  }
  const pop = getAtPath(draft, 'population');
  const ages = getAtPath(pop, 'ages');
  const years = getAtPath(pop, 'years');
  const tables = getAtPath(pop, 'regions');
  if (!isObject(tables) || !isObject(ages) || !Array.isArray(years)) return undefined;
  const lines = [csvLine(['region', 'year', 'age', 'sex', 'value'])];
  for (const r of regions) {
    const t = getAtPath(tables, r.id);
    const one = { ages, years, ...(isObject(t) ? t : {}) } as unknown as PopulationInline;
    lines.push(...withRegion(r.id, populationToCsv(one)));
  }
  return { text: lines.join('\n') + '\n', name: 'population-by-region.csv' };
}

function isObject(v: unknown): v is Record<string, never> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
