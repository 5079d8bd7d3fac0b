/**
 * A population projection by year, single year of age and sex (MODEL.md §1, the
 * scenario's inline `population`) from a long CSV table: `age,sex,year,value`, or
 * Eurostat's SDMX-CSV (`age`, `sex`, `TIME_PERIOD`, `OBS_VALUE`, as in `proj_23np`).
 *
 * The ages run from the lowest in the file to the open group (`Y_GE100`, `100+`), which
 * becomes the last, open-ended age; without an open group the last age is taken as open,
 * with a warning. Every year needs a value for every age of both sexes. Groups of ages below
 * the open group (`Y_LT5`, `Y5-9`, …) are spread over single years (age-groups.ts).
 * Eurostat's TSV and SDMX-CSV are read as eurostat-tsv.ts says (several countries or
 * projections, totals, flags).
 */
import type { PopulationInline } from '../../model/scenario/types.ts';
import { words } from '../shell/words.ts';
import { arrangeSpans, hasGroups, spanWords, splitGroups } from './age-groups.ts';
import type { SplitMethod } from './age-groups.ts';
import { flagNotes } from './eurostat-tsv.ts';
import { givenRow, readOptionsOf, startSummary, yearList } from './import-stock.ts';
import type { ImportSummary, SplitSeries } from './import-stock.ts';
import { ageRanges, quote, readLongTable, seriesWords, spanProblem } from './long-table.ts';
import type { ImportProblem, LongTable, Placed, ReadOptions, Sex } from './long-table.ts';

export interface PopulationImportOptions extends ReadOptions {
  /** The projected years (baseYear..baseYear + horizonYears): a warning when the table
   *  does not cover them. */
  projection?: { first: number; last: number };
  /** How groups of ages are spread over single years; 'smooth' unless given. */
  split?: SplitMethod;
}

export interface PopulationImport {
  summary: ImportSummary;
  errors: ImportProblem[];
  warnings: ImportProblem[];
  /** Present when there is no error. */
  population?: PopulationInline;
}

/** The model's limit on ages (docs/scenario-format.md). */
const MAX_AGE = 120;

export function importPopulation(
  text: string,
  options: PopulationImportOptions = {},
): PopulationImport {
  const table = readLongTable(text, 'required', readOptionsOf(options));
  const r = populationFromTable(table, options);
  return { ...r, warnings: [...table.notes, ...r.warnings] };
}

/** The population from a table already read (its `errors` are added to). */
export function populationFromTable(
  table: LongTable,
  options: PopulationImportOptions = {},
): PopulationImport {
  const { columns, cells } = table;
  const errors = table.errors;
  const warnings: ImportProblem[] = [];
  const summary = startSummary(table);
  const done = (): PopulationImport => ({ summary, errors, warnings });
  if (cells.length === 0) {
    if (errors.length === 0) errors.push({ message: words('files.population.noRowUsed') });
    return done();
  }

  const split = options.split ?? 'smooth';
  warnings.push(...flagNotes(cells, table.flagColumn?.name));
  // Each row's ages; an open group is the last, open-ended age.
  const ageColumn = columns.age!;
  const placed: Placed[] = cells.map((cell) => {
    const { age } = cell;
    const from = age.kind === 'single' ? age.age : age.from;
    const to = age.kind === 'group' ? age.to : from;
    const label = cell.fields[ageColumn.index].trim();
    return { cell, label, from, to, open: age.kind === 'open' };
  });

  // The open group: one for the whole table.
  const opens = placed.filter((p) => p.open);
  let openFrom: number | undefined;
  for (const p of opens) {
    if (openFrom === undefined) openFrom = p.from;
    else if (p.from !== openFrom) {
      errors.push({
        row: p.cell.row,
        column: ageColumn.name,
        message: words('files.population.secondOpen', {
          cell: quote(p.label),
          from: String(openFrom),
          row: String(opens[0].cell.row),
        }),
      });
    }
  }
  for (const p of placed) {
    if (!p.open && openFrom !== undefined && p.to > openFrom) {
      errors.push({
        row: p.cell.row,
        column: ageColumn.name,
        message:
          p.from === p.to
            ? words('files.population.ageInsideOpen', {
                age: String(p.from),
                from: String(openFrom),
              })
            : words(
                p.from > openFrom
                  ? 'files.population.groupInsideOpen'
                  : 'files.population.groupIntoOpen',
                { cell: quote(p.label), ages: spanWords(p), from: String(openFrom) },
              ),
      });
    } else if (p.to > MAX_AGE) {
      errors.push({
        row: p.cell.row,
        column: ageColumn.name,
        message:
          p.from === p.to
            ? words('files.population.ageTooOld', { age: String(p.to), max: String(MAX_AGE) })
            : words('files.population.groupTooOld', {
                cell: quote(p.label),
                ages: spanWords(p),
                max: String(MAX_AGE),
              }),
      });
    }
  }
  if (errors.length > 0) return done();

  const min = Math.min(...placed.map((p) => p.from));
  const max = openFrom ?? Math.max(...placed.map((p) => p.to));
  const years = [...new Set(cells.map((c) => c.year!))].sort((a, b) => a - b);
  const n = max - min + 1;
  const yearIndex = new Map(years.map((y, i) => [y, i]));
  const grid = (): (number | undefined)[][] =>
    years.map(() => new Array<number | undefined>(n).fill(undefined));
  const got: Record<Sex, (number | undefined)[][]> = { female: grid(), male: grid() };
  const series = new Map<string, Placed[]>();
  for (const p of placed) {
    const key = `${p.cell.year}|${p.cell.sex}`;
    const list = series.get(key);
    if (list) list.push(p);
    else series.set(key, [p]);
  }
  const rowErrors: ImportProblem[] = [];
  const splits: SplitSeries[] = [];
  let groupRows = 0;
  for (const rows of series.values()) {
    const { year, sex } = rows[0].cell;
    const k = yearIndex.get(year!)!;
    const grouped = hasGroups(rows);
    const { ordered, findings } = arrangeSpans(rows, grouped);
    for (const f of findings) {
      rowErrors.push(spanProblem(table.csv.header, columns, f, seriesWords(sex, year)));
    }
    if (findings.length > 0) continue;
    // The open group is the last age as it is; the groups below it are spread.
    const closed = ordered.filter((p) => !p.open);
    const values = grouped
      ? splitGroups(
          closed.map((p) => ({ from: p.from, to: p.to, total: p.cell.value })),
          split,
        )
      : closed.map((p) => p.cell.value);
    let v = 0;
    for (const p of closed) {
      for (let a = p.from; a <= p.to; a++) got[sex][k][a - min] = values[v++];
    }
    for (const p of ordered) if (p.open) got[sex][k][p.from - min] = p.cell.value;
    if (grouped) {
      groupRows += closed.filter((p) => p.to > p.from).length;
      const first = ordered[0].from;
      const last = ordered[ordered.length - 1].to;
      splits.push({
        sex,
        year,
        given: ordered.map(givenRow),
        ages: { min: first, max: last },
        values: got[sex][k].slice(first - min, last - min + 1).map((x) => x ?? 0),
        openLast: ordered[ordered.length - 1].open,
      });
    }
  }
  errors.push(...rowErrors);
  // In the order of the file's rows (stable: the problems of one row keep their order).
  errors.sort((a, b) => (a.row ?? Infinity) - (b.row ?? Infinity));
  if (errors.length > 0) return done();

  // Every year, sex and age must have its value.
  for (const sex of ['female', 'male'] as const) {
    years.forEach((year, k) => {
      const missing: number[] = [];
      got[sex][k].forEach((value, i) => {
        if (value === undefined) missing.push(min + i);
      });
      if (missing.length === n) {
        errors.push({
          message: words('files.population.noRowsForSex', { sex, year: String(year) }),
        });
      } else if (missing.length > 0) {
        errors.push({
          message: words('files.population.noRowForAges', {
            year: String(year),
            sex,
            n: missing.length,
            ages: ageRanges(missing),
          }),
        });
      }
    });
  }
  if (errors.length > 0) return done();

  const values = (sex: Sex) => got[sex].map((row) => row.map((v) => v!));
  const population: PopulationInline = {
    ages: { min, max },
    years,
    female: values('female'),
    male: values('male'),
  };
  summary.rowsUsed = cells.length;
  summary.ages = { min, max, open: openFrom !== undefined };
  summary.years = years;
  // Totals of the base year when the table has it, else of its first year.
  const k0 = (options.projection && yearIndex.get(options.projection.first)) ?? 0;
  summary.totalsYear = years[k0];
  if (splits.length > 0) {
    const shown = splits
      .filter((x) => x.year === years[k0])
      .sort((a, b) => (a.sex === b.sex ? 0 : a.sex === 'female' ? -1 : 1));
    summary.split = { method: split, groupRows, series: shown };
  }
  summary.totals = {
    female: population.female[k0].reduce((a, b) => a + b, 0),
    male: population.male[k0].reduce((a, b) => a + b, 0),
  };

  if (openFrom === undefined) {
    warnings.push({
      column: ageColumn.name,
      message: words('files.population.noOpenGroup', { max: String(max) }),
    });
  }
  if (min > 0) {
    warnings.push({
      column: ageColumn.name,
      message: words('files.population.youngest', { min: String(min) }),
    });
  }
  const projection = options.projection;
  const gaps = years.filter((y, k) => k > 0 && y !== years[k - 1] + 1);
  if (!projection && gaps.length > 0) {
    warnings.push({
      column: columns.year?.name,
      message: words('files.population.notConsecutive', { years: yearList(years) }),
    });
  }
  if (projection) {
    const have = new Set(years);
    const missing: number[] = [];
    for (let y = projection.first; y <= projection.last; y++) if (!have.has(y)) missing.push(y);
    if (missing.length > 0) {
      warnings.push({
        column: columns.year?.name,
        message: words('files.population.projectionGap', {
          first: String(projection.first),
          last: String(projection.last),
          years: yearList(missing),
        }),
      });
    }
  }
  if (summary.totals.female + summary.totals.male === 0) {
    warnings.push({
      message: words('files.population.zeroTotal', { year: String(years[k0]) }),
    });
  }
  return { summary, errors, warnings, population };
}
