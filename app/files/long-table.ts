/**
 * The long table layout of Eurostat and OECD downloads: one row per number, with columns
 * for the age, the sex, the year and the value (`age,sex,year,value`, or Eurostat's and
 * the OECD's SDMX-CSV names `AGE`, `SEX`, `TIME_PERIOD`, `OBS_VALUE`). Other columns (geo,
 * unit, flags, labels) are ignored, but a second value for the same age, sex and year is
 * an error that names the columns in which the two rows differ.
 *
 * Every problem names the row (the header is row 1) and the column as the file writes it:
 * `row 14, column OBS_VALUE: "12,5a" is not a number`. Never throws.
 */
import { spanWords } from './age-groups.ts';
import type { Span, SpanFinding } from './age-groups.ts';
import { parseCsv, separatorName } from './csv.ts';
import type { CsvRecord, CsvTable } from './csv.ts';
import { quote, readAge, readSex, readValue, readYear } from './table-cells.ts';
import type { Age, Read, Sex } from './table-cells.ts';

export type { Age, Read, Sex } from './table-cells.ts';
export { quote, readAge, readSex, readValue, readYear } from './table-cells.ts';

export interface ImportProblem {
  /** 1-based row of the file (the header is row 1), when the problem is in one row. */
  row?: number;
  /** The column's name as the file's header writes it. */
  column?: string;
  message: string;
}

/** `row 14, column value: "12,5a" is not a number` */
export function formatProblem(p: ImportProblem): string {
  const where = [
    p.row !== undefined ? `row ${p.row}` : '',
    p.column !== undefined ? `column ${p.column}` : '',
  ]
    .filter(Boolean)
    .join(', ');
  return where ? `${where}: ${p.message}` : p.message;
}

export type Role = 'age' | 'sex' | 'year' | 'value';

/** Header names (lower case) that give each column its role; the first such column wins
 *  (label downloads put the code column before its label column). */
export const COLUMN_NAMES: Readonly<Record<Role, readonly string[]>> = {
  age: ['age', 'age group', 'age_group', 'agegroup'],
  sex: ['sex', 'gender'],
  year: ['year', 'time_period', 'time period', 'time', 'yea', 'period'],
  value: [
    'value',
    'obs_value',
    'observation value',
    'count',
    'number',
    'persons',
    'headcount',
    'population',
  ],
};

const ROLE_WORDS: Readonly<Record<Role, string>> = {
  age: 'the age',
  sex: 'the sex',
  year: 'the year',
  value: 'the value',
};

export interface Column {
  index: number;
  /** As the header writes it. */
  name: string;
}

/** Where each wanted role's column is. */
export function findColumns(
  header: readonly string[],
  roles: readonly Role[],
): Partial<Record<Role, Column>> {
  const out: Partial<Record<Role, Column>> = {};
  for (const role of roles) {
    const index = header.findIndex((h) => COLUMN_NAMES[role].includes(h.trim().toLowerCase()));
    if (index >= 0) out[role] = { index, name: header[index] };
  }
  return out;
}

function missingColumn(role: Role): string {
  const names = COLUMN_NAMES[role];
  const upper = role === 'year' ? 'TIME_PERIOD' : role === 'value' ? 'OBS_VALUE' : undefined;
  const examples = upper ? `${names[0]} or ${upper}` : names[0];
  return `there is no column for ${ROLE_WORDS[role]} (a column named ${examples})`;
}

/** One data row read: its age, sex, year (when the table has a year column) and value. */
export interface Cell {
  row: number;
  age: Age;
  sex: Sex;
  year?: number;
  value: number;
  fields: readonly string[];
}

export interface LongTable {
  csv: CsvTable;
  columns: Partial<Record<Role, Column>>;
  /** Rows that were read without a problem. */
  cells: Cell[];
  errors: ImportProblem[];
  /** Non-blank data rows in the file. */
  rowsRead: number;
  /** Header names no role uses. */
  ignored: string[];
}

/**
 * Reads the rows of a long table. `year` is 'required', 'optional' (used when present) or
 * 'none'. Rows with a problem are left out of `cells` and described in `errors`.
 */
export function readLongTable(text: string, year: 'required' | 'optional' | 'none'): LongTable {
  const csv = parseCsv(text);
  const errors: ImportProblem[] = csv.problems.map((p) => ({ row: p.row, message: p.message }));
  const roles: Role[] = year === 'none' ? ['age', 'sex', 'value'] : ['age', 'sex', 'year', 'value'];
  const columns = findColumns(csv.header, roles);
  const base: LongTable = {
    csv,
    columns,
    cells: [],
    errors,
    rowsRead: csv.records.length,
    ignored: [],
  };
  if (csv.header.length === 0) {
    errors.push({ message: 'the text is empty; paste or choose a CSV table with a header row' });
    return base;
  }
  if (csv.header.some((h) => h.includes('\\'))) {
    errors.push({
      row: csv.headerRow,
      message:
        'this is a wide table (years across, as in Eurostat’s TSV download); ' +
        'download the long layout instead (SDMX-CSV: one row per value, with TIME_PERIOD and OBS_VALUE)',
    });
    return base;
  }
  const across = wideHeader(csv.header, columns);
  if (across) {
    errors.push({ row: csv.headerRow, message: across });
    return base;
  }
  const needed: Role[] = year === 'required' ? roles : ['age', 'sex', 'value'];
  for (const role of needed) {
    if (!columns[role]) errors.push({ row: csv.headerRow, message: missingColumn(role) });
  }
  if (errors.length > 0 && needed.some((r) => !columns[r])) {
    if (csv.header.length === 1 && csv.records.length > 0) {
      errors.push({
        row: csv.headerRow,
        message: `the header has one column only; are the columns separated by something other than ${separatorName(csv.separator)}? Use commas, semicolons or tabs`,
      });
    }
    return base;
  }
  const used = new Set(Object.values(columns).map((c) => c.index));
  base.ignored = csv.header.filter((_, i) => !used.has(i) && csv.header[i] !== '');
  if (csv.records.length === 0) {
    errors.push({ row: csv.headerRow, message: 'the table has a header but no rows of data' });
    return base;
  }

  for (const record of csv.records) {
    const cell = readRow(record, columns, csv.decimalComma, csv.header.length, errors);
    if (cell) base.cells.push(cell);
  }
  return base;
}

/**
 * The message for a wide table whose columns are ages or years (`sex,20,21,22` or
 * `age;2024;2025`), whatever the separator; undefined for a long table.
 */
function wideHeader(
  header: readonly string[],
  columns: Partial<Record<Role, Column>>,
): string | undefined {
  if (columns.value) return undefined;
  const shown = (names: string[]) =>
    names.length > 3 ? `${names.slice(0, 3).join(', ')}, …` : names.join(', ');
  const years = header.filter((h) => /^\d{4}$/.test(h.trim()));
  const ages = header.filter((h) => /\d/.test(h) && readAge(h).ok);
  const long =
    'the import reads the long layout: one row per number, with a column for the age, one for the sex and one for the value';
  if (ages.length >= 2 && ages.length >= years.length) {
    return `this is a wide table (ages across: ${shown(ages)}); ${long} (age,sex,value)`;
  }
  if (years.length >= 2) {
    return `this is a wide table (years across: ${shown(years)}); ${long}, and one for the year (age,sex,year,value)`;
  }
  return undefined;
}

function readRow(
  record: CsvRecord,
  columns: Partial<Record<Role, Column>>,
  decimalComma: boolean,
  width: number,
  errors: ImportProblem[],
): Cell | undefined {
  const { row, fields } = record;
  let good = true;
  const take = <T>(role: Role, read: (text: string) => Read<T>): T | undefined => {
    const column = columns[role];
    if (!column) return undefined;
    if (column.index >= fields.length) {
      errors.push({
        row,
        column: column.name,
        message: `the row ends before this column (it has ${fields.length} fields, the header ${width})`,
      });
      good = false;
      return undefined;
    }
    const r = read(fields[column.index]);
    if (r.ok) return r.value;
    errors.push({ row, column: column.name, message: r.message });
    good = false;
    return undefined;
  };
  const age = take('age', readAge);
  const sex = take('sex', readSex);
  const year = take('year', readYear);
  const value = take('value', (t) => readValue(t, decimalComma));
  if (!good || age === undefined || sex === undefined || value === undefined) return undefined;
  return { row, age, sex, year, value, fields };
}

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
  what: string,
): ImportProblem {
  const used = new Set(Object.values(columns).map((c) => c.index));
  const differ: string[] = [];
  header.forEach((name, i) => {
    if (used.has(i) || name === '') return;
    const a = (first.fields[i] ?? '').trim();
    const b = (second.fields[i] ?? '').trim();
    if (a !== b && differ.length < 3) differ.push(`${name} (${quote(a)} and ${quote(b)})`);
  });
  const tail = differ.length
    ? `; the two rows differ in ${differ.join(', ')}: keep the rows of one only`
    : '';
  return {
    row: second.row,
    column: columns.value?.name,
    message: `a second value for ${what} (the first is in row ${first.row})${tail}`,
  };
}

export const SEX_WORD: Readonly<Record<Sex, string>> = { female: 'female', male: 'male' };

/** A row's ages as a span: a single year, a group, or an open group (`from` and over)
 *  that the importer placed at `from`…`to`. */
export interface Placed extends Span {
  cell: Cell;
  /** The age cell as the file writes it. */
  label: string;
  open: boolean;
}

/** `age 20`, `ages 20–24`, `age 85 and over` */
export function placedWords(p: Placed): string {
  const from = p.cell.age.kind === 'open' ? p.cell.age.from : p.from;
  return p.open ? `age ${from} and over` : spanWords(p);
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
  series: string,
): ImportProblem {
  const column = columns.age?.name;
  if (finding.kind === 'same') {
    const { first, second } = finding;
    return duplicateProblem(
      header,
      columns,
      first.cell,
      second.cell,
      `${series}, ${placedWords(second)}`,
    );
  }
  if (finding.kind === 'overlap') {
    const { first, second } = finding;
    return {
      row: second.cell.row,
      column,
      message:
        `${quote(second.label)} (${placedWords(second)}) overlaps ${quote(first.label)} ` +
        `(${placedWords(first)}) in row ${first.cell.row}, both for ${series}; ` +
        'each age can be in one row only: leave out one of them',
    };
  }
  const { before, after } = finding;
  return {
    row: Math.max(before.cell.row, after.cell.row),
    column,
    message:
      `no row for ${series}, ${spanWords(finding)}, between ${quote(before.label)} (row ` +
      `${before.cell.row}) and ${quote(after.label)} (row ${after.cell.row}); ` +
      'groups of ages must follow one another without a gap',
  };
}
