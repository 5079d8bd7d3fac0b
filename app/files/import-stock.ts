/**
 * A profession's stock (headcount at the start of the base year by single year of age and
 * sex, MODEL.md §1) from a long CSV table: `age,sex,value`, optionally with a `year` column
 * (only the base year's rows are used). Ages outside the workforce ages are errors unless
 * the user chose to leave them out; ages without a row become 0, with a warning. Groups of
 * ages (`Y25-29`, `65+`) are spread over single years (age-groups.ts); an open group is
 * spread up to the oldest workforce age, and in a Eurostat download (`Y_LT35`) a group
 * "under" an age from the youngest workforce age. Eurostat's TSV and SDMX-CSV are read as
 * eurostat-tsv.ts says (several countries, totals, flags).
 */
import type { BySex } from '../../model/scenario/types.ts';
import { words } from '../shell/words.ts';
import { arrangeSpans, hasGroups, spanWords, splitGroups } from './age-groups.ts';
import type { SplitMethod } from './age-groups.ts';
import type { Separator } from './csv.ts';
import { flagNotes } from './eurostat-tsv.ts';
import type { SeriesChoice } from './eurostat-tsv.ts';
import { ageRanges, quote, readLongTable, seriesWords, spanProblem } from './long-table.ts';
import type { Cell, ImportProblem, LongTable, Placed, ReadOptions, Sex } from './long-table.ts';

export interface AgeSpan {
  min: number;
  max: number;
}

export interface StockImportOptions extends ReadOptions {
  /** The scenario's workforce ages. */
  ages: AgeSpan;
  /** The scenario's base year: with a year column, only its rows are used. */
  baseYear?: number;
  /** Leave out rows of ages outside `ages` (with a warning) instead of refusing them. */
  dropOutside?: boolean;
  /** How groups of ages are spread over single years; 'smooth' unless given. */
  split?: SplitMethod;
}

/** A row of the table as given, for the preview of a split. */
export interface GivenRow {
  /** The age cell as the file writes it. */
  label: string;
  from: number;
  to: number;
  /** An open-ended group (`65+`), placed at `from`…`to`. */
  open: boolean;
  value: number;
  row: number;
}

/** One sex (of one year) whose rows give groups of ages, before and after the split. */
export interface SplitSeries {
  sex: Sex;
  year?: number;
  /** The rows as given, in age order. */
  given: GivenRow[];
  /** The single ages after the split: `values[i]` is age `ages.min + i`. */
  ages: { min: number; max: number };
  values: number[];
  /** The last age is open-ended (a population's last age). */
  openLast: boolean;
}

export interface SplitSummary {
  method: SplitMethod;
  /** Rows that give a group of ages (in every year, for a population). */
  groupRows: number;
  /** The series with groups (for a population, of the year of the totals). */
  series: SplitSeries[];
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
  /** Present when rows give groups of ages, spread over single years. */
  split?: SplitSummary;
  /** Columns whose values make several tables (countries, units, projections), when any. */
  choices?: SeriesChoice[];
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
    ...(table.choices.length > 0 ? { choices: table.choices } : {}),
  };
}

/** The reading options of an importer's options. */
export function readOptionsOf(options: ReadOptions): ReadOptions {
  const { pick, totals, missing } = options;
  return { pick, totals, missing };
}

export interface StockImport {
  summary: ImportSummary;
  errors: ImportProblem[];
  warnings: ImportProblem[];
  /** Present when there is no error. */
  stock?: BySex;
}

export function importStock(text: string, options: StockImportOptions): StockImport {
  const table = readLongTable(text, 'optional', readOptionsOf(options));
  const r = stockFromTable(table, options);
  return { ...r, warnings: [...table.notes, ...r.warnings] };
}

/** The stock from a table already read (its `errors` are added to). */
export function stockFromTable(table: LongTable, options: StockImportOptions): StockImport {
  const { ages, baseYear, dropOutside = false, split = 'smooth' } = options;
  const errors = table.errors;
  const warnings: ImportProblem[] = [];
  const { columns } = table;
  const summary = startSummary(table);
  // The workforce ages, as the messages say them.
  const where = { min: String(ages.min), max: String(ages.max) };

  // Only the base year's rows, when the table has years.
  let cells = table.cells;
  const tsvYears = new Set(table.layout === 'eurostat-tsv' ? cells.map((c) => c.year) : []);
  if (baseYear === undefined && tsvYears.size > 1) {
    errors.unshift({
      row: table.csv.headerRow,
      message: words('files.stock.wideTsvYears', { years: String(tsvYears.size) }),
    });
    return { summary, errors, warnings };
  }
  if (columns.year && baseYear !== undefined && cells.length > 0) {
    const mine = cells.filter((c) => c.year === baseYear);
    const others = [...new Set(cells.filter((c) => c.year !== baseYear).map((c) => c.year!))];
    others.sort((a, b) => a - b);
    if (mine.length === 0) {
      errors.push({
        column: columns.year.name,
        message: words('files.stock.noBaseYear', {
          baseYear: String(baseYear),
          years: yearList(others),
        }),
      });
      cells = [];
    } else {
      if (others.length > 0) {
        const n = cells.length - mine.length;
        warnings.push({
          column: columns.year.name,
          message: words('files.stock.otherYearsLeftOut', {
            n,
            count: String(n),
            years: yearList(others),
            baseYear: String(baseYear),
          }),
        });
      }
      cells = mine;
    }
  }
  warnings.push(...flagNotes(cells, table.flagColumn?.name));

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
  const column = columns.age?.name;
  const rowErrors: ImportProblem[] = [];
  const bySex: Record<Sex, Placed[]> = { female: [], male: [] };

  for (const cell of cells) {
    const { age } = cell;
    const label = cell.fields[columns.age!.index].trim();
    // An open group is spread up to the oldest workforce age; one that starts there is
    // that age; one that starts above it is outside. In a Eurostat download, "under 35"
    // (`Y_LT35`) is the workforce under 35: from the youngest workforce age.
    const open = age.kind === 'open';
    const under =
      table.layout !== 'long' &&
      age.kind === 'group' &&
      age.to >= ages.min &&
      /^y_lt\d+$/i.test(label.split(':')[0].trim());
    const from = age.kind === 'single' ? age.age : under ? ages.min : age.from;
    const to =
      age.kind === 'single' ? age.age : age.kind === 'group' ? age.to : Math.max(from, ages.max);
    const span = { from, to };
    if (to < ages.min || from > ages.max) {
      if (dropOutside) {
        for (let a = from; a <= (open ? from : to); a++) dropped.ages.push(a);
        dropped.rows++;
        dropped.people += cell.value;
      } else {
        rowErrors.push({
          row: cell.row,
          column,
          message: open
            ? words('files.stock.outsideOpen', { from: String(from), ...where })
            : from === to
              ? words('files.stock.outsideOne', { age: String(from), ...where })
              : words('files.stock.outsideRange', { from: String(from), to: String(to), ...where }),
        });
      }
      continue;
    }
    if ((from < ages.min || to > ages.max) && !dropOutside) {
      rowErrors.push({
        row: cell.row,
        column,
        message: words('files.stock.reachesOutside', {
          cell: quote(label),
          ages: open ? words('files.ages.fromAndOver', { from: String(from) }) : spanWords(span),
          ...where,
        }),
      });
      continue;
    }
    bySex[cell.sex].push({ cell, label, from, to, open });
  }

  const series: SplitSeries[] = [];
  let groupRows = 0;
  const partial = new Map<Placed, { ages: number[]; people: number }>();
  for (const sex of ['female', 'male'] as const) {
    const rows = bySex[sex];
    const grouped = hasGroups(rows);
    const { ordered, findings } = arrangeSpans(rows, grouped);
    for (const f of findings) {
      rowErrors.push(spanProblem(table.csv.header, columns, f, seriesWords(sex)));
    }
    if (findings.length > 0) continue;
    const values = grouped
      ? splitGroups(
          ordered.map((p) => ({ from: p.from, to: p.to, total: p.cell.value })),
          split,
        )
      : ordered.map((p) => p.cell.value);
    let k = 0;
    for (const p of ordered) {
      for (let a = p.from; a <= p.to; a++, k++) {
        if (a < ages.min || a > ages.max) {
          const part = partial.get(p) ?? { ages: [], people: 0 };
          part.ages.push(a);
          part.people += values[k];
          partial.set(p, part);
          continue;
        }
        stock[sex][a - ages.min] = values[k];
        seen[sex][a - ages.min] = p.cell;
      }
      summary.rowsUsed++;
    }
    if (grouped) {
      groupRows += ordered.filter((p) => p.to > p.from).length;
      const min = Math.max(ages.min, ordered[0].from);
      const max = Math.min(ages.max, ordered[ordered.length - 1].to);
      series.push({
        sex,
        given: ordered.map(givenRow),
        ages: { min, max },
        values: stock[sex].slice(min - ages.min, max - ages.min + 1),
        openLast: false,
      });
    }
  }
  errors.push(...rowErrors);
  // In the order of the file's rows (stable: the problems of one row keep their order).
  errors.sort((a, b) => (a.row ?? Infinity) - (b.row ?? Infinity));
  if (series.length > 0) summary.split = { method: split, groupRows, series };

  if (dropped.rows > 0) {
    warnings.push({
      column,
      message: words('files.stock.droppedOutside', {
        n: dropped.rows,
        count: String(dropped.rows),
        ...where,
        ages: ageRanges(dropped.ages),
        people: formatCount(dropped.people),
      }),
    });
  }
  for (const [p, part] of [...partial].sort((a, b) => a[0].cell.row - b[0].cell.row)) {
    warnings.push({
      row: p.cell.row,
      column,
      message: words('files.stock.partlyOutside', {
        cell: quote(p.label),
        ...where,
        n: part.ages.length,
        ages: ageRanges(part.ages),
        people: formatCount(part.people),
      }),
    });
  }

  const usedAges = seen.female
    .map((c, i) => (c || seen.male[i] ? ages.min + i : -1))
    .filter((a) => a >= 0);
  if (usedAges.length > 0) {
    const top = [...bySex.female, ...bySex.male].some(
      (p) => p.open && p.from === ages.max && p.to === ages.max,
    );
    summary.ages = {
      min: usedAges[0],
      max: usedAges[usedAges.length - 1],
      open: top && usedAges[usedAges.length - 1] === ages.max,
    };
    const used = [...seen.female, ...seen.male].filter((c): c is Cell => c !== undefined);
    summary.years = [...new Set(used.map((c) => c.year).filter((y) => y !== undefined))];
    summary.totals = { female: sum(stock.female), male: sum(stock.male) };
    for (const sex of ['female', 'male'] as const) {
      const missing: number[] = [];
      seen[sex].forEach((c, i) => {
        if (!c) missing.push(ages.min + i);
      });
      if (missing.length === n) {
        warnings.push({ message: words('files.stock.noRowsForSex', { sex }) });
      } else if (missing.length > 0) {
        warnings.push({
          message: words('files.stock.noRowForAges', {
            sex,
            n: missing.length,
            ages: ageRanges(missing),
          }),
        });
      }
    }
  } else if (errors.length === 0) {
    errors.push({ message: words('files.stock.noRowUsed', where) });
  }

  return errors.length === 0 ? { summary, errors, warnings, stock } : { summary, errors, warnings };
}

/** A row as given, for the preview. */
export function givenRow(p: Placed): GivenRow {
  return {
    label: p.label,
    from: p.from,
    to: p.to,
    open: p.open,
    value: p.cell.value,
    row: p.cell.row,
  };
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
