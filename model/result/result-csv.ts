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
 * Fields are quoted as RFC 4180 asks (ids with commas, quotes or line breaks); lines end
 * with `\n`. Numbers are written with full precision (`String(n)`), so the CSV loses
 * nothing against the JSON result.
 */
import { MEASURES, PERCENTILE_KEYS } from './result.ts';
import type { HwfResult } from './result.ts';

export const CSV_HEADER = ['profession', 'measure', 'year', 'statistic', 'value'] as const;

const STATISTICS = ['mean', ...PERCENTILE_KEYS] as const;

/** One CSV field, quoted when it holds a comma, a double quote or a line break. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** A number at full precision; null, undefined or a non-finite number give an empty field. */
function csvNumber(value: number | null | undefined): string {
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
}

export function resultToCsv(result: HwfResult): string {
  const lines: string[] = [CSV_HEADER.join(',')];
  const row = (
    profession: string,
    measure: string,
    year: number,
    statistic: string,
    value: number | null | undefined,
  ): void => {
    lines.push(
      [csvField(profession), measure, String(year), statistic, csvNumber(value)].join(','),
    );
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
