/**
 * The preview of an import in words: rows read, the columns used, ages, years and totals
 * by sex (next to what the scenario holds now), so the planner can check the table before
 * anything changes.
 */
import { METHOD_WORDS } from './age-groups.ts';
import { separatorName } from './csv.ts';
import type { ImportSummary } from './import-stock.ts';
import { yearList } from './import-stock.ts';

export interface SummaryContext {
  /** The import's target, for the totals line: 'stock' or 'population'. */
  kind: 'stock' | 'population';
  /** Totals by sex the target holds now, when known. */
  current?: { female: number; male: number; year?: number };
  /** For the numbers; the browser's when undefined. */
  locale?: string;
}

const plural = (n: string, count: number, one: string, many = `${one}s`) =>
  `${n} ${count === 1 ? one : many}`;

/** One sentence per line of the preview. */
export function describeSummary(summary: ImportSummary, context: SummaryContext): string[] {
  const number = new Intl.NumberFormat(context.locale, { maximumFractionDigits: 2 });
  const n = (v: number) => number.format(v);
  const lines: string[] = [];
  const layout = `columns separated by ${separatorName(summary.separator)}${
    summary.decimalComma ? ', decimal comma' : ''
  }`;
  lines.push(
    `${plural(n(summary.rowsRead), summary.rowsRead, 'row')} read (${layout}); ${plural(
      n(summary.rowsUsed),
      summary.rowsUsed,
      'row',
    )} used.`,
  );
  const roles = (['age', 'sex', 'year', 'value'] as const)
    .filter((r) => summary.columns[r] !== undefined)
    .map((r) => (summary.columns[r] === r ? r : `${r} from ${summary.columns[r]}`));
  if (roles.length > 0) {
    const ignored =
      summary.ignored.length > 0
        ? ` Not used: ${summary.ignored.slice(0, 8).join(', ')}${summary.ignored.length > 8 ? ', …' : ''}.`
        : '';
    lines.push(`Columns: ${roles.join(', ')}.${ignored}`);
  }
  if (summary.ages) {
    const { min, max, open } = summary.ages;
    lines.push(`Ages ${min}–${max}${open ? ` (the last is ${max} and over)` : ''}.`);
  }
  if (summary.split) {
    const { groupRows, method } = summary.split;
    lines.push(
      `${plural(n(groupRows), groupRows, 'row gives a group', 'rows give groups')} of ages, spread over single years: ${METHOD_WORDS[method].name.toLowerCase()}.`,
    );
  }
  if (summary.years.length > 0) {
    const years = summary.years;
    lines.push(
      years.length === 1 ? `Year ${years[0]}.` : `Years ${yearList(years)} (${years.length}).`,
    );
  }
  if (summary.rowsUsed > 0) {
    const { female, male } = summary.totals;
    const when =
      context.kind === 'population' && summary.totalsYear !== undefined
        ? ` in ${summary.totalsYear}`
        : '';
    const now = context.current;
    const nowText = now
      ? `; the scenario has ${n(now.female)} and ${n(now.male)}${
          context.kind === 'population' && now.year !== undefined ? ` in ${now.year}` : ''
        } now`
      : '';
    lines.push(
      `Totals${when}: ${n(female)} female, ${n(male)} male, ${n(female + male)} in all${nowText}.`,
    );
  }
  return lines;
}
