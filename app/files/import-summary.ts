/**
 * The preview of an import in words: rows read, the columns used, ages, years and totals
 * by sex (next to what the scenario holds now), so the planner can check the table before
 * anything changes.
 */
import type { Translate } from '../i18n/translate.ts';
import { say } from '../shell/words.ts';
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
  /** The messages in the app's language. */
  t: Translate;
  /** Whether to say the table's layout and columns (a region's preview says them once,
   *  above); true unless given. */
  columns?: boolean;
}

/** One sentence per line of the preview. */
export function describeSummary(summary: ImportSummary, context: SummaryContext): string[] {
  const { t } = context;
  const number = new Intl.NumberFormat(context.locale, { maximumFractionDigits: 2 });
  const n = (v: number) => number.format(v);
  const lines: string[] = [];
  lines.push(
    t('files.summary.rows', {
      read: summary.rowsRead,
      readCount: n(summary.rowsRead),
      used: summary.rowsUsed,
      usedCount: n(summary.rowsUsed),
      separator: say(t, separatorName(summary.separator)),
      decimalComma: summary.decimalComma ? 'yes' : 'no',
    }),
  );
  const roles = (['age', 'sex', 'year', 'value'] as const)
    .filter((r) => summary.columns[r] !== undefined)
    .map((r) =>
      summary.columns[r] === r
        ? t('files.summary.role', { role: r })
        : t('files.summary.roleFrom', { role: r, column: summary.columns[r] ?? '' }),
    );
  if (roles.length > 0 && context.columns !== false) {
    const list = roles.join(', ');
    if (summary.ignored.length > 0) {
      const ignored = `${summary.ignored.slice(0, 8).join(', ')}${summary.ignored.length > 8 ? ', …' : ''}`;
      lines.push(t('files.summary.columnsIgnored', { roles: list, ignored }));
    } else {
      lines.push(t('files.summary.columns', { roles: list }));
    }
  }
  if (summary.ages) {
    const { min, max, open } = summary.ages;
    const ages = { min: String(min), max: String(max) };
    lines.push(open ? t('files.summary.agesOpen', ages) : t('files.summary.ages', ages));
  }
  if (summary.split) {
    const { groupRows, method } = summary.split;
    lines.push(t('files.summary.split', { n: groupRows, count: n(groupRows), method }));
  }
  if (summary.years.length > 0) {
    const years = summary.years;
    lines.push(
      years.length === 1
        ? t('files.summary.year', { year: String(years[0]) })
        : t('files.summary.years', { years: yearList(years), count: String(years.length) }),
    );
  }
  if (summary.rowsUsed > 0) {
    const { female, male } = summary.totals;
    const population = context.kind === 'population';
    const when =
      population && summary.totalsYear !== undefined
        ? { hasYear: 'yes', year: String(summary.totalsYear) }
        : { hasYear: 'no', year: '' };
    const totals = { ...when, female: n(female), male: n(male), all: n(female + male) };
    const now = context.current;
    lines.push(
      now
        ? t('files.summary.totalsNow', {
            ...totals,
            nowFemale: n(now.female),
            nowMale: n(now.male),
            nowHasYear: population && now.year !== undefined ? 'yes' : 'no',
            nowYear: now.year === undefined ? '' : String(now.year),
          })
        : t('files.summary.totals', totals),
    );
  }
  return lines;
}
