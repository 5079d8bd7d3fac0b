/**
 * A profession's stock (headcount at the start of the base year by single year of age and
 * sex, MODEL.md §1) from a long CSV table: `age,sex,value`, optionally with a `year` column
 * (only the base year's rows are used). Ages outside the workforce ages are errors unless
 * the user chose to leave them out; ages without a row become 0, with a warning.
 */
import type { BySex } from '../../model/scenario/types.ts';
import type { Separator } from './csv.ts';
import { ageRanges, duplicateProblem, readLongTable } from './long-table.ts';
import type { Cell, ImportProblem, LongTable, Sex } from './long-table.ts';

export interface AgeSpan {
  min: number;
  max: number;
}

export interface StockImportOptions {
  /** The scenario's workforce ages. */
  ages: AgeSpan;
  /** The scenario's base year: with a year column, only its rows are used. */
  baseYear?: number;
  /** Leave out rows of ages outside `ages` (with a warning) instead of refusing them. */
  dropOutside?: boolean;
}

export interface ImportSummary {
  /** Non-blank data rows in the file. */
  rowsRead: number;
  /** Rows that went into the result. */
  rowsUsed: number;
  separator: Separator;
  decimalComma: boolean;
  /** The columns read, as the header names them. */
  columns: { age?: string; sex?: string; year?: string; value?: string };
  /** Header names not used. */
  ignored: string[];
  /** Ages in the rows used; `open` when the last is an open group. */
  ages: { min: number; max: number; open: boolean } | null;
  /** Years of the rows used. */
  years: number[];
  /** Totals by sex: of the stock; for a population, of the year `totalsYear`. */
  totals: { female: number; male: number };
  /** The population's year of `totals` (the base year when the table has it). */
  totalsYear?: number;
}

/** The summary of a table read, before any row is used. */
export function startSummary(table: LongTable): ImportSummary {
  const { columns } = table;
  return {
    rowsRead: table.rowsRead,
    rowsUsed: 0,
    separator: table.csv.separator,
    decimalComma: table.csv.decimalComma,
    columns: {
      age: columns.age?.name,
      sex: columns.sex?.name,
      year: columns.year?.name,
      value: columns.value?.name,
    },
    ignored: table.ignored,
    ages: null,
    years: [],
    totals: { female: 0, male: 0 },
  };
}

export interface StockImport {
  summary: ImportSummary;
  errors: ImportProblem[];
  warnings: ImportProblem[];
  /** Present when there is no error. */
  stock?: BySex;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function importStock(text: string, options: StockImportOptions): StockImport {
  const { ages, baseYear, dropOutside = false } = options;
  const table = readLongTable(text, 'optional');
  const errors = table.errors;
  const warnings: ImportProblem[] = [];
  const { columns } = table;
  const summary = startSummary(table);
  const where = `the workforce ages ${ages.min}–${ages.max}`;

  // Only the base year's rows, when the table has years.
  let cells = table.cells;
  if (columns.year && baseYear !== undefined && cells.length > 0) {
    const mine = cells.filter((c) => c.year === baseYear);
    const others = [...new Set(cells.filter((c) => c.year !== baseYear).map((c) => c.year!))];
    others.sort((a, b) => a - b);
    if (mine.length === 0) {
      errors.push({
        column: columns.year.name,
        message:
          `no row is for the base year ${baseYear} (the table has ${yearList(others)}); ` +
          'to use the figures of another year, leave the year column out',
      });
      cells = [];
    } else {
      if (others.length > 0) {
        const n = cells.length - mine.length;
        warnings.push({
          column: columns.year.name,
          message: `${plural(n, 'row')} of other years (${yearList(others)}) left out: only the base year ${baseYear} is used`,
        });
      }
      cells = mine;
    }
  }

  const n = ages.max - ages.min + 1;
  const stock: BySex = { female: new Array<number>(n).fill(0), male: new Array<number>(n).fill(0) };
  const seen: Record<Sex, (Cell | undefined)[]> = {
    female: new Array<Cell | undefined>(n).fill(undefined),
    male: new Array<Cell | undefined>(n).fill(undefined),
  };
  const dropped: { ages: number[]; rows: number; people: number } = {
    ages: [],
    rows: 0,
    people: 0,
  };

  for (const cell of cells) {
    const { age } = cell;
    let a: number;
    if (age.kind === 'open') {
      if (age.from < ages.max) {
        errors.push({
          row: cell.row,
          column: columns.age?.name,
          message:
            `"${cell.fields[columns.age!.index].trim()}" is an open age group (${age.from} and over); ` +
            `${where} need single years up to ${ages.max}`,
        });
        continue;
      }
      a = age.from === ages.max ? ages.max : ages.max + 1;
    } else a = age.age;
    if (a < ages.min || a > ages.max) {
      const shown = age.kind === 'open' ? `${age.from} and over` : String(a);
      if (dropOutside) {
        dropped.ages.push(age.kind === 'open' ? age.from : a);
        dropped.rows++;
        dropped.people += cell.value;
      } else {
        errors.push({
          row: cell.row,
          column: columns.age?.name,
          message: `age ${shown} is outside ${where}; leave such rows out, or choose to have them left out`,
        });
      }
      continue;
    }
    const i = a - ages.min;
    const first = seen[cell.sex][i];
    if (first) {
      errors.push(
        duplicateProblem(table.csv.header, columns, first, cell, `${cell.sex}, age ${a}`),
      );
      continue;
    }
    seen[cell.sex][i] = cell;
    stock[cell.sex][i] = cell.value;
    summary.rowsUsed++;
  }

  if (dropped.rows > 0) {
    warnings.push({
      column: columns.age?.name,
      message:
        `${plural(dropped.rows, 'row')} of ages outside ${where} (${ageRanges(dropped.ages)}) ` +
        `left out, as chosen: ${formatCount(dropped.people)} people`,
    });
  }

  const used = [...seen.female, ...seen.male].filter((c): c is Cell => c !== undefined);
  if (used.length > 0) {
    const usedAges = used.map((c) => (c.age.kind === 'open' ? ages.max : c.age.age));
    summary.ages = {
      min: Math.min(...usedAges),
      max: Math.max(...usedAges),
      open: used.some((c) => c.age.kind === 'open'),
    };
    summary.years = [...new Set(used.map((c) => c.year).filter((y) => y !== undefined))];
    summary.totals = { female: sum(stock.female), male: sum(stock.male) };
    for (const sex of ['female', 'male'] as const) {
      const missing: number[] = [];
      seen[sex].forEach((c, i) => {
        if (!c) missing.push(ages.min + i);
      });
      if (missing.length === n) {
        warnings.push({ message: `no row for ${sex}: every age set to 0` });
      } else if (missing.length > 0) {
        warnings.push({
          message: `no row for ${sex}, ${missing.length === 1 ? 'age' : 'ages'} ${ageRanges(missing)}: set to 0`,
        });
      }
    }
  } else if (errors.length === 0) {
    errors.push({ message: `no row could be used for ${where}` });
  }

  return errors.length === 0 ? { summary, errors, warnings, stock } : { summary, errors, warnings };
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** Years as text: `2019–2023` for a run, else a list. */
export function yearList(years: readonly number[]): string {
  return ageRanges(years);
}

/** `12 345` with a thin grouping, at most two decimals. */
export function formatCount(n: number): string {
  return n.toLocaleString('en-GB', { maximumFractionDigits: 2 }).replaceAll(',', '\u2009');
}
