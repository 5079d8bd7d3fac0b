/**
 * The words of the long table's problems and notes (./long-table.ts): ages as ranges, a
 * second value for the same cell, a series named by sex and year, a place in the file, an
 * age group that cannot be spread.
 */
import { words, wordsList, type Words } from '../shell/words.ts';
import { spanWords } from './age-groups.ts';
import type { Span, SpanFinding } from './age-groups.ts';
import { quote } from './table-cells.ts';
import type { Sex } from './table-cells.ts';
import type { Cell, Column, ImportProblem, Role } from './long-table.ts';

/** Ages as text for a message: `20–24, 30, 72–74`. */
export function ageRanges(ages: readonly number[]): string {
  const sorted = [...new Set(ages)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    parts.push(i === j ? String(sorted[i]) : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(', ');
}

/**
 * A second row for the same key: an error at the later row naming the first, and the
 * columns in which the two rows differ (a second country, projection or unit).
 */
export function duplicateProblem(
  header: readonly string[],
  columns: Partial<Record<Role, Column>>,
  first: Cell,
  second: Cell,
  what: Words,
): ImportProblem {
  const used = new Set(Object.values(columns).map((c) => c.index));
  const differ: Words[] = [];
  header.forEach((name, i) => {
    if (used.has(i) || name === '') return;
    const a = (first.fields[i] ?? '').trim();
    const b = (second.fields[i] ?? '').trim();
    if (a !== b && differ.length < 3) {
      differ.push(
        words('files.table.differsIn', { column: name, first: quote(a), second: quote(b) }),
      );
    }
  });
  const row = String(first.row);
  return {
    row: second.row,
    column: second.valueColumn ?? columns.value?.name,
    message: differ.length
      ? words('files.table.secondValueDiffers', { what, row, differ: wordsList(differ, ', ') })
      : words('files.table.secondValue', { what, row }),
  };
}

/** A series of rows, in words: "female", "2025, male". */
export function seriesWords(sex: Sex, year?: number): Words {
  return year === undefined
    ? words('files.series.sex', { sex })
    : words('files.series.yearSex', { sex, year: String(year) });
}

/** A row's ages as a span: a single year, a group, or an open group (`from` and over)
 *  that the importer placed at `from`…`to`. */
export interface Placed extends Span {
  cell: Cell;
  /** The age cell as the file writes it. */
  label: string;
  open: boolean;
}

/** `age 20`, `ages 20–24`, `age 85 and over` */
export function placedWords(p: Placed): Words {
  const from = p.cell.age.kind === 'open' ? p.cell.age.from : p.from;
  return p.open ? words('files.ages.andOver', { from: String(from) }) : spanWords(p);
}

/**
 * What `arrangeSpans` found in one series (`series`: "female", "2025, male"), as a problem
 * at the later row: a second value for the same ages, two rows that overlap, or ages
 * without a row between two groups.
 */
export function spanProblem(
  header: readonly string[],
  columns: Partial<Record<Role, Column>>,
  finding: SpanFinding<Placed>,
  series: Words,
): ImportProblem {
  const column = columns.age?.name;
  if (finding.kind === 'same') {
    const { first, second } = finding;
    return duplicateProblem(
      header,
      columns,
      first.cell,
      second.cell,
      words('files.series.ages', { series, ages: placedWords(second) }),
    );
  }
  if (finding.kind === 'overlap') {
    const { first, second } = finding;
    return {
      row: second.cell.row,
      column,
      message: words('files.table.overlap', {
        cell: quote(second.label),
        ages: placedWords(second),
        otherCell: quote(first.label),
        otherAges: placedWords(first),
        row: String(first.cell.row),
        series,
      }),
    };
  }
  const { before, after } = finding;
  return {
    row: Math.max(before.cell.row, after.cell.row),
    column,
    message: words('files.table.gap', {
      series,
      ages: spanWords(finding),
      before: quote(before.label),
      beforeRow: String(before.cell.row),
      after: quote(after.label),
      afterRow: String(after.cell.row),
    }),
  };
}
