/**
 * The result as one long CSV table (`hwf simulate --format csv`, the app's download):
 *
 *   profession,measure,year,statistic,value
 *
 * - `headcount`, `fte`, `demand`, `gap`: one row per year and statistic (mean, p5 … p95);
 * - `shortageProbability`: one row per year, statistic `probability`;
 * - `requiredIntake`: rows for the target year, statistics mean, p5 … p95 (empty value
 *   when the statistic is undefined);
 * - with costs (MODEL.md §7): `cost.training`, `cost.salary`, `cost.recruitment`,
 *   `cost.programmes`, `cost.total` per year and statistic, then `cost.presentValue` per
 *   statistic with an empty year (it spans every projected year). After the professions,
 *   the same rows for every profession together, under the profession `(all)` (a word no
 *   profession id can be).
 *
 * A result with regions (MODEL.md §6) gains a first column, `region`:
 *
 *   region,profession,measure,year,statistic,value
 *
 * The national rows come first, with the region `(national)` (a word no region id can be:
 * ids hold only letters, digits, - and _), then each region's rows under its id, in the
 * scenario's order. Each profession's rows are as above, plus, where a population is given,
 * `densityPer1000` (a region's FTE per 1 000 inhabitants) or, on national rows,
 * `densityRatio` (the highest regional density ÷ the lowest), one row per year and
 * statistic, before `requiredIntake`; an undefined value is an empty field. `{ region: id }`
 * keeps only that region's rows (same header). A result without regions is written as it
 * always was.
 *
 * Every field is written by `csvField` (./csv-field.ts): text quoted as RFC 4180 asks and
 * kept from being read as a spreadsheet formula, numbers at full precision (`String(n)`), so
 * the CSV loses nothing against the JSON result. Lines end with `\n`.
 */
import { csvLine, type CsvValue } from './csv-field.ts';
import { MEASURES, PERCENTILE_KEYS } from './result.ts';
import type { CostResult, HwfResult, PercentileKey, ProfessionResult } from './result.ts';

/** One CSV field; kept here for the readers of this module. */
export { csvField } from './csv-field.ts';

export const CSV_HEADER = ['profession', 'measure', 'year', 'statistic', 'value'] as const;

/** The header of a result with regions. */
export const REGIONAL_CSV_HEADER = ['region', ...CSV_HEADER] as const;

/** The `region` of the national rows. */
export const NATIONAL_REGION = '(national)';

/** The `profession` of the rows of every profession's costs together. */
export const ALL_PROFESSIONS = '(all)';

const COST_SERIES = ['training', 'salary', 'recruitment', 'programmes', 'total'] as const;

const STATISTICS = ['mean', ...PERCENTILE_KEYS] as const;

/** Mean and percentiles per year, null where undefined (a density, a density ratio). */
type MaybeSeries = { mean: readonly (number | null)[] } & Record<
  PercentileKey,
  readonly (number | null)[]
>;

/** A profession's figures with the density measures a result with regions adds. */
export type CsvProfession = ProfessionResult & {
  densityPer1000?: MaybeSeries;
  densityRatio?: MaybeSeries;
};

/** What the CSV reads of a result with regions (model/regions/simulate.ts RegionalResult). */
export interface RegionalCsvResult extends HwfResult {
  professions: CsvProfession[];
  regions: { id: string; professions: CsvProfession[] }[];
}

export interface CsvOptions {
  /** Only this region's rows (a result with regions). */
  region?: string;
}

/** True when the result has a `regions` part. */
export function hasRegions(result: HwfResult): result is RegionalCsvResult {
  return Array.isArray((result as Partial<RegionalCsvResult>).regions);
}

type Row = (
  profession: string,
  measure: string,
  year: number | null,
  statistic: string,
  value: CsvValue,
) => void;

/** One profession's rows, in the order of the top of this file. */
function professionRows(result: HwfResult, p: CsvProfession, row: Row): void {
  for (const measure of MEASURES) {
    const summary = p[measure];
    result.years.forEach((year, i) => {
      for (const statistic of STATISTICS)
        row(p.id, measure, year, statistic, summary[statistic][i]);
    });
  }
  result.years.forEach((year, i) => {
    row(p.id, 'shortageProbability', year, 'probability', p.shortageProbability[i]);
  });
  for (const measure of ['densityPer1000', 'densityRatio'] as const) {
    const summary = p[measure];
    if (summary === undefined) continue;
    result.years.forEach((year, i) => {
      for (const statistic of STATISTICS)
        row(p.id, measure, year, statistic, summary[statistic][i]);
    });
  }
  for (const statistic of STATISTICS) {
    row(p.id, 'requiredIntake', result.targetYear, statistic, p.requiredIntake[statistic]);
  }
  if (p.cost) costRows(result, p.id, p.cost, row);
}

/** The cost rows of one profession or of all together (see the top). */
function costRows(result: HwfResult, who: string, cost: CostResult, row: Row): void {
  for (const kind of COST_SERIES) {
    result.years.forEach((year, i) => {
      for (const statistic of STATISTICS)
        row(who, `cost.${kind}`, year, statistic, cost[kind][statistic][i]);
    });
  }
  for (const statistic of STATISTICS) {
    row(who, 'cost.presentValue', null, statistic, cost.presentValue[statistic]);
  }
}

export function resultToCsv(result: HwfResult, options: CsvOptions = {}): string {
  if (hasRegions(result)) return regionalResultToCsv(result, options);
  if (options.region !== undefined) {
    throw new RangeError(`the result has no regions, so it has no region '${options.region}'`);
  }
  const lines: string[] = [csvLine(CSV_HEADER)];
  const row: Row = (profession, measure, year, statistic, value) => {
    lines.push(csvLine([profession, measure, year, statistic, value]));
  };
  for (const p of result.professions) professionRows(result, p, row);
  if (result.cost) costRows(result, ALL_PROFESSIONS, result.cost, row);
  return lines.join('\n') + '\n';
}

/** The table of a result with regions: national rows, then each region's (see the top). */
export function regionalResultToCsv(result: RegionalCsvResult, options: CsvOptions = {}): string {
  const only = options.region;
  if (only !== undefined && !result.regions.some((r) => r.id === only)) {
    const ids = result.regions.map((r) => r.id).join(', ');
    throw new RangeError(`the result has no region '${only}' (its regions: ${ids})`);
  }
  const lines: string[] = [csvLine(REGIONAL_CSV_HEADER)];
  const block = (region: string, professions: CsvProfession[]): void => {
    const row: Row = (profession, measure, year, statistic, value) => {
      lines.push(csvLine([region, profession, measure, year, statistic, value]));
    };
    for (const p of professions) professionRows(result, p, row);
  };
  if (only === undefined) {
    block(NATIONAL_REGION, result.professions);
    if (result.cost) {
      costRows(
        result,
        ALL_PROFESSIONS,
        result.cost,
        (profession, measure, year, statistic, value) =>
          lines.push(csvLine([NATIONAL_REGION, profession, measure, year, statistic, value])),
      );
    }
  }
  for (const r of result.regions) {
    if (only === undefined || r.id === only) block(r.id, r.professions);
  }
  return lines.join('\n') + '\n';
}
