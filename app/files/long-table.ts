/**
 * The long table layout of Eurostat and OECD downloads: one row per number, with columns
 * for the age, the sex, the year and the value (`age,sex,year,value`, or Eurostat's and
 * the OECD's SDMX-CSV names `AGE`, `SEX`, `TIME_PERIOD`, `OBS_VALUE`). Other columns (geo,
 * unit, flags, labels) are ignored, but a second value for the same age, sex and year is
 * an error that names the columns in which the two rows differ.
 *
 * Eurostat's bulk download (TSV, years across) is read as its long form first
 * (eurostat-tsv.ts), and SDMX-CSV's `OBS_FLAG` is kept with each value.
 *
 * Every problem names the row (the header is row 1) and the column as the file writes it:
 * `row 14, column OBS_VALUE: "12,5a" is not a number`, `row 3, column 2019: …` in a TSV.
 * Never throws.
 */
import type { Translate } from '../i18n/translate.ts';
import { say, words, type Words } from '../shell/words.ts';
import { parseCsv, separatorName } from './csv.ts';
import type { CsvRecord, CsvTable } from './csv.ts';
import { chooseRows, isMissing, missingNote, readEurostatTsv } from './eurostat-tsv.ts';
import type { SeriesChoice } from './eurostat-tsv.ts';
import { readAge, readSex, readValue, readYear } from './table-cells.ts';
import type { Age, Read, Sex } from './table-cells.ts';

export type { Age, Read, Sex } from './table-cells.ts';
export { quote, readAge, readSex, readValue, readYear } from './table-cells.ts';

export interface ImportProblem {
  /** 1-based row of the file (the header is row 1), when the problem is in one row. */
  row?: number;
  /** The column's name as the file's header writes it. */
  column?: string;
  /** What is wrong, to say in the reader's language (files.json). */
  message: Words;
}

/** `row 14, column value: "12,5a" is not a number` */
export function formatProblem(p: ImportProblem, t: Translate): string {
  const message = say(t, p.message);
  if (p.row !== undefined && p.column !== undefined) {
    return t('files.problem.rowColumn', { row: String(p.row), column: p.column, message });
  }
  if (p.row !== undefined) return t('files.problem.row', { row: String(p.row), message });
  if (p.column !== undefined) return t('files.problem.column', { column: p.column, message });
  return message;
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

/** "There is no column for …", by role. */
const NO_COLUMN = {
  age: 'files.table.noAgeColumn',
  sex: 'files.table.noSexColumn',
  year: 'files.table.noYearColumn',
  value: 'files.table.noValueColumn',
} as const;

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

function missingColumn(role: Role): Words {
  return words(NO_COLUMN[role]);
}

/** Header names (lower case) of the column of flags (`OBS_FLAG` of SDMX-CSV). */
export const FLAG_COLUMN_NAMES: readonly string[] = ['obs_flag', 'flag', 'flags'];

/** A row of the table; in a TSV, one value of a row, and the year column it came from. */
export interface LongRecord extends CsvRecord {
  /** The column of the value as the file's header writes it (a TSV's year). */
  valueColumn?: string;
  /** The file has no value here (`:`). */
  missing?: boolean;
}

/** One data row read: its age, sex, year (when the table has a year column) and value. */
export interface Cell {
  row: number;
  age: Age;
  sex: Sex;
  year?: number;
  value: number;
  fields: readonly string[];
  /** The flags of the value (`b`, `e`, `p`, …), when the table has them. */
  flag?: string;
  /** The value's column as the file writes it, when it is not the value column (a TSV). */
  valueColumn?: string;
}

/** `long`: any long table; `sdmx-csv`: SDMX-CSV 1.0 or 2.0 (a DATAFLOW or STRUCTURE column);
 *  `eurostat-tsv`: Eurostat's bulk download, read as its long form. */
export type Layout = 'long' | 'sdmx-csv' | 'eurostat-tsv';

export interface LongTable {
  csv: CsvTable;
  layout: Layout;
  columns: Partial<Record<Role, Column>>;
  /** The column of flags (`OBS_FLAG`), when there is one. */
  flagColumn?: Column;
  /** Rows that were read without a problem. */
  cells: Cell[];
  errors: ImportProblem[];
  /** What the reading left out or noticed (totals, missing values, …). */
  notes: ImportProblem[];
  /** Columns whose values make more than one table (countries, units, projections). */
  choices: SeriesChoice[];
  /** Non-blank data rows in the file (in a TSV, its values). */
  rowsRead: number;
  /** Header names no role uses. */
  ignored: string[];
}

/** What an importer may choose (all optional; without them, nothing is chosen). */
export interface ReadOptions {
  /** The value to keep of a column that makes more than one table: `{geo: 'DE'}`. */
  pick?: Readonly<Record<string, string>>;
  /** Rows of totals (sex `T`, age `TOTAL`, `UNK`, a sum of groups the table also has):
   *  left out with a note, or refused. Left out in a TSV unless given. */
  totals?: 'refuse' | 'leave out';
  /** A value that is missing (`:`): skipped with a note, or refused. Skipped in a TSV or
   *  an SDMX-CSV unless given. */
  missing?: 'refuse' | 'skip';
}

/**
 * Reads the rows of a long table. `year` is 'required', 'optional' (used when present) or
 * 'none'. Rows with a problem are left out of `cells` and described in `errors`. With
 * `options`, the table's several countries, units or projections are told apart (`choices`,
 * the rows of `pick`), and totals and missing values are handled as they say.
 */
export function readLongTable(
  text: string,
  year: 'required' | 'optional' | 'none',
  options?: ReadOptions,
): LongTable {
  const tsv = readEurostatTsv(text);
  const csv = tsv?.csv ?? parseCsv(text);
  const errors: ImportProblem[] = csv.problems.map((p) => ({ row: p.row, message: p.message }));
  if (tsv) errors.push(...tsv.errors);
  const roles: Role[] = year === 'none' ? ['age', 'sex', 'value'] : ['age', 'sex', 'year', 'value'];
  const columns = findColumns(csv.header, roles);
  if (tsv && columns.value) columns.value = { ...columns.value, name: tsv.valueName };
  const first = (csv.header[0] ?? '').trim().toLowerCase();
  const flagIndex = csv.header.findIndex((h) => FLAG_COLUMN_NAMES.includes(h.toLowerCase()));
  const base: LongTable = {
    csv,
    layout: tsv
      ? 'eurostat-tsv'
      : first === 'dataflow' || first === 'structure'
        ? 'sdmx-csv'
        : 'long',
    columns,
    flagColumn: flagIndex >= 0 ? { index: flagIndex, name: csv.header[flagIndex] } : undefined,
    cells: [],
    errors,
    notes: tsv ? [...tsv.notes] : [],
    choices: [],
    rowsRead: csv.records.length,
    ignored: [],
  };
  if (csv.header.length === 0) {
    errors.push({ message: words('files.table.empty') });
    return base;
  }
  if (csv.header.some((h) => h.includes('\\'))) {
    errors.push({ row: csv.headerRow, message: words('files.table.wideTsv') });
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
        message: words('files.table.oneColumn', { separator: separatorName(csv.separator) }),
      });
    }
    return base;
  }
  const used = new Set(Object.values(columns).map((c) => c.index));
  base.ignored = csv.header.filter(
    (_, i) => !used.has(i) && csv.header[i] !== '' && i !== base.flagColumn?.index,
  );
  if (csv.records.length === 0) {
    if (!tsv || errors.length === 0) {
      errors.push({ row: csv.headerRow, message: words('files.table.noRows') });
    }
    return base;
  }

  let records: LongRecord[] = csv.records;
  const eurostat = base.layout !== 'long';
  if (options) {
    const chosen = chooseRows(records, base, {
      ...options,
      totals: options.totals ?? (tsv ? 'leave out' : 'refuse'),
    });
    base.choices = chosen.choices;
    errors.push(...chosen.errors);
    base.notes.push(...chosen.notes);
    if (chosen.stop) return base;
    records = chosen.records;
  }
  const skip = (options?.missing ?? (options && eurostat ? 'skip' : 'refuse')) === 'skip';
  const missing: LongRecord[] = [];
  for (const record of records) {
    if (skip && columns.value && isMissing(record, columns.value.index)) {
      missing.push(record);
      continue;
    }
    const cell = readRow(record, base, errors);
    if (cell) base.cells.push(cell);
  }
  if (missing.length > 0) base.notes.push(missingNote(missing, base));
  if (tsv) {
    // A TSV row is read once per year: its problems of the codes are said once.
    const once = new Map(errors.map((e) => [JSON.stringify(e), e]));
    base.errors = [...once.values()];
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
): Words | undefined {
  if (columns.value) return undefined;
  const shown = (names: string[]) =>
    names.length > 3 ? `${names.slice(0, 3).join(', ')}, …` : names.join(', ');
  const years = header.filter((h) => /^\d{4}$/.test(h.trim()));
  const ages = header.filter((h) => /\d/.test(h) && readAge(h).ok);
  if (ages.length >= 2 && ages.length >= years.length) {
    return words('files.table.wideAges', { columns: shown(ages) });
  }
  if (years.length >= 2) {
    return words('files.table.wideYears', { columns: shown(years) });
  }
  return undefined;
}

function readRow(record: LongRecord, table: LongTable, errors: ImportProblem[]): Cell | undefined {
  const { row, fields, valueColumn } = record;
  const { columns, flagColumn } = table;
  const { decimalComma } = table.csv;
  const width = table.csv.header.length;
  let good = true;
  const take = <T>(role: Role, read: (text: string) => Read<T>): T | undefined => {
    const found = columns[role];
    if (!found) return undefined;
    const column = role === 'value' && valueColumn ? { ...found, name: valueColumn } : found;
    if (column.index >= fields.length) {
      errors.push({
        row,
        column: column.name,
        message: words('files.table.rowEnds', {
          fields: String(fields.length),
          header: String(width),
        }),
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
  const flag = flagColumn ? (fields[flagColumn.index] ?? '').trim() : '';
  return {
    row,
    age,
    sex,
    year,
    value,
    fields,
    ...(flag ? { flag } : {}),
    ...(valueColumn ? { valueColumn } : {}),
  };
}

export type { Placed } from './long-table-words.ts';
export {
  ageRanges,
  duplicateProblem,
  placedWords,
  seriesWords,
  spanProblem,
} from './long-table-words.ts';
