/**
 * The result as one long CSV table (`hwf simulate --format csv`, the app's download):
 *
 *   profession,measure,year,statistic,value
 *
 * - `headcount`, `fte`, `demand`, `gap`: one row per year and statistic (mean, p5 … p95);
 * - `shortageProbability`: one row per year, statistic `probability`;
 * - `requiredIntake`: rows for the target year, statistics mean, p5 … p95 (empty value
 *   when the statistic is undefined).
 *
 * Every field is written by `csvField` (./csv-field.ts): text quoted as RFC 4180 asks and
 * kept from being read as a spreadsheet formula, numbers at full precision (`String(n)`), so
 * the CSV loses nothing against the JSON result. Lines end with `\n`.
 */
import { csvLine } from './csv-field.ts';
import { MEASURES, PERCENTILE_KEYS } from './result.ts';
import type { HwfResult } from './result.ts';

/** One CSV field; kept here for the readers of this module. */
export { csvField } from './csv-field.ts';

export const CSV_HEADER = ['profession', 'measure', 'year', 'statistic', 'value'] as const;

const STATISTICS = ['mean', ...PERCENTILE_KEYS] as const;

export function resultToCsv(result: HwfResult): string {
  const lines: string[] = [csvLine(CSV_HEADER)];
  const row = (
    profession: string,
    measure: string,
    year: number,
    statistic: string,
    value: number | null | undefined,
  ): void => {
    lines.push(csvLine([profession, measure, year, statistic, value]));
  };

  for (const p of result.professions) {
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
    for (const statistic of STATISTICS) {
      row(p.id, 'requiredIntake', result.targetYear, statistic, p.requiredIntake[statistic]);
    }
  }
  return lines.join('\n') + '\n';
}
